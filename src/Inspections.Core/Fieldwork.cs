using System;
using NodaTime;

namespace Inspections.Core;

/// <summary>
/// The days inspectors spent on an inspection or visit, from <see cref="Start"/> to <see cref="End"/>, both
/// inclusive; the end may be unknown (Ofsted's official tables give some inspections the first day of fieldwork only).
/// </summary>
/// <remarks>
/// A fieldwork value may be ill-ordered (end before start): it is then a defect that validation reports
/// (INS031), not something the type hides. An unknown end is not invented: <see cref="End"/> is null.
/// Dates are in the ISO calendar, as documents write them.
/// Immutable; equal by value. The default value starts on 0001-01-01 with its end unknown.
/// </remarks>
public readonly struct Fieldwork : IEquatable<Fieldwork>
{
    /// <summary>Creates fieldwork dates.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day (inclusive), or null when it is not known.</param>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public Fieldwork(LocalDate start, LocalDate? end = null)
    {
        Start = Preconditions.IsoDate(start, nameof(start));
        End = end is { } known ? Preconditions.IsoDate(known, nameof(end)) : null;
    }

    /// <summary>The first day of fieldwork.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of fieldwork (inclusive), or null when it is not known.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether the end is on or after the start; <see langword="true"/> when the end is not known.</summary>
    public bool IsWellOrdered => End is not { } end || end >= Start;

    /// <summary>
    /// How many calendar days the fieldwork spans, both ends counted; zero or less when ill-ordered; null when
    /// the end is not known.
    /// </summary>
    public int? LengthInDays => End is { } end ? Period.DaysBetween(Start, end) + 1 : null;

    /// <summary>The fieldwork as a NodaTime interval.</summary>
    /// <returns>The interval.</returns>
    /// <exception cref="InvalidOperationException">The end is not known, or the fieldwork ends before it starts.</exception>
    public DateInterval ToDateInterval() => End is not { } end
        ? throw new InvalidOperationException($"Fieldwork starting {DateText.Format(Start)} has no known end, so it is not an interval.")
        : end >= Start
            ? new DateInterval(Start, end)
            : throw new InvalidOperationException($"Fieldwork ends ({DateText.Format(end)}) before it starts ({DateText.Format(Start)}).");

    /// <inheritdoc/>
    public bool Equals(Fieldwork other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fieldwork other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>
    /// The fieldwork as <c>yyyy-MM-dd/yyyy-MM-dd</c>, or <c>yyyy-MM-dd/..</c> when the end is not known (ISO 8601
    /// intervals, whatever the current culture; a year before 1 CE has a sign: <c>0000</c> is 1 BCE, <c>-0001</c> 2 BCE).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => DateText.Interval(Start, End);

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
