using System;
using NodaTime;

namespace Inspections.Core.Frameworks;

/// <summary>
/// When a framework's next graded inspection usually comes: from <see cref="Before"/> before to <see cref="After"/>
/// after the <see cref="Anniversary"/> of the previous inspection's first day of fieldwork, in calendar arithmetic
/// (ILACS: "usually between six months before and six months after the three year anniversary of the previous
/// inspection").
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CycleWindow
{
    /// <summary>Creates a window.</summary>
    /// <param name="anniversary">The period from the previous inspection to the anniversary, such as three years.</param>
    /// <param name="before">How long before the anniversary the window opens.</param>
    /// <param name="after">How long after the anniversary it closes.</param>
    /// <param name="wording">The source's own words for the window.</param>
    /// <exception cref="ArgumentNullException">A period is null.</exception>
    /// <exception cref="ArgumentException">The wording is blank.</exception>
    public CycleWindow(Period anniversary, Period before, Period after, string wording)
    {
        Anniversary = anniversary ?? throw new ArgumentNullException(nameof(anniversary));
        Before = before ?? throw new ArgumentNullException(nameof(before));
        After = after ?? throw new ArgumentNullException(nameof(after));
        Wording = Preconditions.Label(wording, nameof(wording));
    }

    /// <summary>The period from the previous inspection to the anniversary.</summary>
    public Period Anniversary { get; }

    /// <summary>How long before the anniversary the window opens.</summary>
    public Period Before { get; }

    /// <summary>How long after the anniversary the window closes.</summary>
    public Period After { get; }

    /// <summary>The source's own words.</summary>
    public string Wording { get; }

    /// <summary>The window's first and last days after a previous inspection that began on <paramref name="previous"/>.</summary>
    /// <param name="previous">The previous inspection's first day of fieldwork (or its publication, when that is all the record gives).</param>
    /// <returns>The days, both included.</returns>
    public DateInterval Following(LocalDate previous)
    {
        var anniversary = previous + Anniversary;
        return new DateInterval(anniversary - Before, anniversary + After);
    }

    /// <inheritdoc/>
    public override string ToString() => Wording;
}
