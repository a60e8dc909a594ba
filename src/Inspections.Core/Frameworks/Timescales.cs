using System.Collections.Immutable;
using NodaTime;

namespace Inspections.Core.Frameworks;

/// <summary>The three timescales the reports of 2007–2013 give for recommendations and areas for improvement.</summary>
public static class Timescales
{
    /// <summary><c>immediately</c>: due on the day the report is published.</summary>
    public static Timescale Immediately { get; } = new("immediately", "Immediately", Period.Zero);

    /// <summary><c>within-three-months</c>: due three calendar months after publication.</summary>
    public static Timescale WithinThreeMonths { get; } = new("within-three-months", "Within three months", Period.FromMonths(3));

    /// <summary><c>within-six-months</c>: due six calendar months after publication.</summary>
    public static Timescale WithinSixMonths { get; } = new("within-six-months", "Within six months", Period.FromMonths(6));

    /// <summary>All three, shortest first.</summary>
    public static ImmutableArray<Timescale> All { get; } = [Immediately, WithinThreeMonths, WithinSixMonths];
}
