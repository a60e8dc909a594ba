using System;
using NodaTime;

namespace Inspections.Core.Frameworks;

/// <summary>
/// A timescale for acting on a recommendation, such as <c>within-three-months</c>, with the calendar period it
/// stands for. Due dates use calendar arithmetic: 31 August + 6 months is 29 February in a leap year.
/// </summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record Timescale
{
    /// <summary>Creates a timescale.</summary>
    /// <param name="id">The id, lower-case kebab-case.</param>
    /// <param name="name">The words the reports use.</param>
    /// <param name="period">The calendar period from publication to the due date (zero for "immediately").</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed or the name blank.</exception>
    public Timescale(string id, string name, Period period)
    {
        Id = Identifier.Require(id, nameof(id));
        Name = Preconditions.Label(name, nameof(name));
        Period = period ?? throw new ArgumentNullException(nameof(period));
    }

    /// <summary>The id, such as <c>within-six-months</c>.</summary>
    public string Id { get; }

    /// <summary>The words the reports use, such as "Within six months".</summary>
    public string Name { get; }

    /// <summary>The calendar period from the start date to the due date.</summary>
    public Period Period { get; }

    /// <summary>The due date counted from <paramref name="from"/> (publication, or the end of fieldwork).</summary>
    /// <param name="from">The date to count from.</param>
    /// <returns>The due date.</returns>
    public LocalDate DueDate(LocalDate from) => from + Period;

    /// <summary>The id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
