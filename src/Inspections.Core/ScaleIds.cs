namespace Inspections.Core;

/// <summary>The ids of the built-in grading scales, as constants.</summary>
/// <remarks>Each value is an id of ../shared/spec/identifiers.md; ids never change meaning once shipped.</remarks>
public static class ScaleIds
{
    /// <summary><c>apa-four-point</c>: outstanding, good, adequate, inadequate; official codes 4 to 1.</summary>
    public const string ApaFourPoint = "apa-four-point";

    /// <summary><c>cafcass-four-point</c>: outstanding, good, satisfactory, inadequate.</summary>
    public const string CafcassFourPoint = "cafcass-four-point";

    /// <summary><c>four-point-adequate</c>: outstanding, good, adequate, inadequate; official codes 1 to 4.</summary>
    public const string FourPointAdequate = "four-point-adequate";

    /// <summary><c>four-point-requires-improvement</c>: outstanding, good, requires improvement, inadequate; official codes 1 to 4.</summary>
    public const string FourPointRequiresImprovement = "four-point-requires-improvement";
}
