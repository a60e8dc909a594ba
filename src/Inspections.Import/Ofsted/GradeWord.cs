namespace Inspections.Import.Ofsted;

/// <summary>
/// The words Ofsted's tables write for grades, and the grade ids they stand for.
/// </summary>
/// <remarks>
/// The tables use the current framework's wording for every framework: "In the as at 31 March data, we have used
/// the current inspection framework's sub judgement wording rather than the wording at the time of inspection"
/// (Ofsted, <i>Local authority inspection outcomes as at 31 March 2025</i>, notes; ../shared/data/README.md). So
/// under the frameworks before the SIF, whose scale is outstanding, good, adequate, inadequate, "Requires
/// improvement to be good" is the recoded "adequate". "-" is "not judged".
/// </remarks>
internal static class GradeWord
{
    /// <summary>What Ofsted's tables write for "not judged".</summary>
    public const string NotJudged = "-";

    /// <summary>The current wording of the third grade.</summary>
    public const string RequiresImprovementToBeGood = "Requires improvement to be good";

    /// <summary>Reads a grade word.</summary>
    /// <param name="text">The cell's text (not empty, not "-").</param>
    /// <param name="adequateScale">Whether the framework grades on outstanding/good/adequate/inadequate (before the SIF).</param>
    /// <param name="grade">The grade id.</param>
    /// <param name="recoded">Whether the word was the current wording for the old grade "adequate".</param>
    /// <returns>False when the text is no grade word.</returns>
    public static bool TryRead(string text, bool adequateScale, out string grade, out bool recoded)
    {
        recoded = false;
        switch (text)
        {
            case "Outstanding":
                grade = "outstanding";
                return true;
            case "Good":
                grade = "good";
                return true;
            case "Inadequate":
                grade = "inadequate";
                return true;
            case RequiresImprovementToBeGood:
            case "Requires improvement":
                grade = adequateScale ? "adequate" : "requires-improvement";
                recoded = adequateScale;
                return true;
            case "Adequate" when adequateScale:
                grade = "adequate";
                return true;
            default:
                grade = string.Empty;
                return false;
        }
    }
}
