using System;
using NodaTime;

namespace Inspections.Core.Inspections;

/// <summary>
/// The days inspectors spent on an inspection or visit, from <see cref="Start"/> to <see cref="End"/>, both inclusive.
/// </summary>
/// <remarks>
/// A fieldwork value may be ill-ordered (end before start): it is then a defect that validation reports
/// (INS031), not something the type hides. Immutable; equal by value.
/// </remarks>
public readonly struct Fieldwork : IEquatable<Fieldwork>
{
    /// <summary>Creates fieldwork dates.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day (inclusive).</param>
    public Fieldwork(LocalDate start, LocalDate end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The first day of fieldwork.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of fieldwork (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Whether the end is on or after the start.</summary>
    public bool IsWellOrdered => End >= Start;

    /// <summary>How many calendar days the fieldwork spans, both ends counted; zero or less when ill-ordered.</summary>
    public int LengthInDays => Period.DaysBetween(Start, End) + 1;

    /// <summary>The fieldwork as a NodaTime interval.</summary>
    /// <returns>The interval.</returns>
    /// <exception cref="InvalidOperationException">The fieldwork ends before it starts.</exception>
    public DateInterval ToDateInterval() => IsWellOrdered
        ? new DateInterval(Start, End)
        : throw new InvalidOperationException($"Fieldwork ends ({End:yyyy-MM-dd}) before it starts ({Start:yyyy-MM-dd}).");

    /// <inheritdoc/>
    public bool Equals(Fieldwork other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fieldwork other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>The fieldwork as <c>yyyy-MM-dd/yyyy-MM-dd</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}";

    /// <summary>Whether two fieldwork values are equal.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>The result.</returns>
    public static bool operator ==(Fieldwork left, Fieldwork right) => left.Equals(right);

    /// <summary>Whether two fieldwork values differ.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>The result.</returns>
    public static bool operator !=(Fieldwork left, Fieldwork right) => !left.Equals(right);
}
