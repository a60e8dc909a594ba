namespace Inspections.Import.Ofsted;

/// <summary>The inspection and visit types as Ofsted's ILACS tables write them, and their visit type ids.</summary>
internal static class IlacsType
{
    /// <summary>Reads a type.</summary>
    /// <param name="text">The cell: "ILACS Standard Inspection", "ILACS Short Inspection", "ILACS Focused Visit" or "LA Monitoring visit".</param>
    /// <param name="visit">The visit type id.</param>
    /// <returns>False when the text is none of them.</returns>
    public static bool TryRead(string text, out string visit)
    {
        visit = text switch
        {
            "ILACS Standard Inspection" => "standard-inspection",
            "ILACS Short Inspection" => "short-inspection",
            "ILACS Focused Visit" => "focused-visit",
            "LA Monitoring visit" or "LA Monitoring Visit" => "monitoring-visit",
            _ => string.Empty,
        };
        return visit.Length > 0;
    }

    /// <summary>Whether a visit type is graded (a standard or short inspection).</summary>
    /// <param name="visit">The visit type id.</param>
    /// <returns>The result.</returns>
    public static bool IsGraded(string visit) => visit is "standard-inspection" or "short-inspection";
}
