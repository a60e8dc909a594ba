using System.Collections.Generic;
using System.Linq;
using Inspections.Core;

namespace Inspections.Import.Record;

/// <summary>The notes of the record's inspections: every source named, what each gave, where they disagreed; the attribution last.</summary>
internal static class RecordNotes
{
    /// <summary>The words for the tables' date (<c>31 March 2025</c>).</summary>
    private static string AsAt => Inspections.Core.DateText.Words(RecordBuilder.TablesAsAt);

    /// <summary>An event of the scrape alone.</summary>
    public static string FromScrape(string fileName, int line, string? rowNotes) =>
        $"Not in Ofsted's official tables, which run to {AsAt}: taken from the ILACS scrape "
        + $"(JT-39/ofsted-ilacs-scrape-tool, MIT, of Ofsted's published reports), {fileName} line {line}. "
        + rowNotes + " " + RecordBuilder.Attribution;

    /// <summary>An event with reports: the reports first (what they gave), their own notes, the disagreements, then the table's notes (or that no table has it).</summary>
    public static string WithReports(Draft draft)
    {
        var parts = new List<string>();
        var first = draft.Reports[0];
        string also = draft.Reports.Count == 1 ? string.Empty : " (also " + string.Join(", ", draft.Reports.Skip(1).Select(r => $"'{r.File}'")) + ")";
        string url = first.Inspection.Source is { } source ? $" ({source.OriginalString})" : string.Empty;
        string given = first.PublishedFrom == ReportPublication.Printed
            ? "the fieldwork, the judgements and the publication date as the report prints them"
            : "the fieldwork and the judgements as the report prints them";
        parts.Add(draft.Table is null
            ? $"Not in Ofsted's official tables: from Ofsted's report '{first.File}'{url}{also}, {given}."
            : $"From Ofsted's report '{first.File}'{url}{also}: {given}.");
        if (WithoutAttribution(first.Inspection.Notes) is { Length: > 0 } reportNotes)
        {
            parts.Add(reportNotes);
        }

        parts.AddRange(draft.Disagreements.Where(d => d.InNotes).Select(d => d.ToString()));
        parts.Add(draft.Table?.Notes ?? RecordBuilder.Attribution);
        return string.Join(" ", parts);
    }

    private static string? WithoutAttribution(string? notes)
    {
        if (notes is null)
        {
            return null;
        }

        notes = notes.Trim();
        return notes.EndsWith(RecordBuilder.Attribution, System.StringComparison.Ordinal) ? notes[..^RecordBuilder.Attribution.Length].TrimEnd() : notes;
    }
}
