using System;

namespace Inspections.Core;

/// <summary>
/// A recommendation, area for improvement or required action of a report: its text and, where the report
/// gave one, its timescale id (<c>immediately</c>, <c>within-three-months</c>, <c>within-six-months</c>).
/// </summary>
/// <remarks>
/// The timescale is kept as an id so that a timescale the framework does not have can be reported (INS033)
/// rather than lost. Its due date comes from the framework: see <c>InspectionFramework.DueDateOf</c>.
/// Immutable; equal by value.
/// </remarks>
public sealed record Recommendation
{
    /// <summary>Creates a recommendation.</summary>
    /// <param name="text">The text as written; not blank (not only white space, control or invisible characters such as U+200B).</param>
    /// <param name="timescaleId">The timescale id, or null when the report gave none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, or <paramref name="timescaleId"/> is empty.</exception>
    public Recommendation(string text, string? timescaleId = null)
    {
        Text = text;
        TimescaleId = timescaleId;
    }

    /// <summary>The recommendation as written.</summary>
    public string Text
    {
        get;
        init => field = value is null
            ? throw new ArgumentNullException(nameof(Text))
            : Core.Text.IsBlank(value)
                ? throw new ArgumentException("A recommendation's text must not be blank (only white space, control or invisible characters).", nameof(Text))
                : value;
    }

    /// <summary>The timescale id, or null.</summary>
    public string? TimescaleId
    {
        get;
        init => field = value is { Length: 0 } ? throw new ArgumentException("A timescale id must not be empty; leave it out instead.", nameof(TimescaleId)) : value;
    }

    /// <summary>
    /// The recommendation as a person reads it: its text, then its timescale id in brackets when it has one, such as
    /// <c>Reduce the time it takes to complete adoptions. (timescale: immediately)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => TimescaleId is { } timescale ? $"{Text} (timescale: {timescale})" : Text;
}
