namespace Inspections.Core;

/// <summary>The ids of the timescales of recommendations, as constants.</summary>
/// <remarks>Each value is an id of ../shared/spec/identifiers.md; ids never change meaning once shipped.</remarks>
public static class TimescaleIds
{
    /// <summary><c>immediately</c>.</summary>
    public const string Immediately = "immediately";

    /// <summary><c>within-three-months</c>.</summary>
    public const string WithinThreeMonths = "within-three-months";

    /// <summary><c>within-six-months</c>.</summary>
    public const string WithinSixMonths = "within-six-months";
}
