namespace Inspections.Core;

/// <summary>The ids of the grades of the built-in grading scales, as constants.</summary>
/// <remarks>Each value is an id of ../shared/spec/identifiers.md; ids never change meaning once shipped.</remarks>
public static class GradeIds
{
    /// <summary><c>outstanding</c>.</summary>
    public const string Outstanding = "outstanding";

    /// <summary><c>good</c>.</summary>
    public const string Good = "good";

    /// <summary><c>satisfactory</c>: Cafcass inspections.</summary>
    public const string Satisfactory = "satisfactory";

    /// <summary><c>adequate</c>: APA, SLAC and the 2012–13 inspections.</summary>
    public const string Adequate = "adequate";

    /// <summary><c>requires-improvement</c>: the SIF and ILACS, in full "requires improvement to be good".</summary>
    public const string RequiresImprovement = "requires-improvement";

    /// <summary><c>inadequate</c>.</summary>
    public const string Inadequate = "inadequate";
}
