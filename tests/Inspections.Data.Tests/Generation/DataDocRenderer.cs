using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Inspections.Core;
using Inspections.Import.Record;

namespace Inspections.Data.Tests.Generation;

/// <summary>
/// Renders the generated sections of docs/data.md from <see cref="RecordBuild"/>: what the record holds (counts by
/// framework and visit type), what the import reported (counts by IMP code), and the reconciliation of the ILACS
/// scrape with the official record. Each section sits between <c>&lt;!-- BEGIN GENERATED: name --&gt;</c> and
/// <c>&lt;!-- END GENERATED: name --&gt;</c>; the prose around them is written by hand.
/// </summary>
internal static class DataDocRenderer
{
    public static string Render(string doc, RecordBuild build)
    {
        doc = Replace(doc, "reports", Reports(build));
        doc = Replace(doc, "counts", Counts(build));
        doc = Replace(doc, "issues", Issues(build));
        doc = Replace(doc, "disagreements", Disagreements(build));
        return Replace(doc, "reconciliation", Reconciliation(build));
    }

    private static string Replace(string doc, string name, string body)
    {
        var pattern = new Regex($@"(<!-- BEGIN GENERATED: {name} -->\n).*?(<!-- END GENERATED: {name} -->)", RegexOptions.Singleline);
        if (!pattern.IsMatch(doc))
        {
            throw new InvalidOperationException($"docs/data.md has no generated section '{name}'.");
        }

        return pattern.Replace(doc, m => m.Groups[1].Value + body + m.Groups[2].Value);
    }

    private static string Counts(RecordBuild build)
    {
        var text = new StringBuilder();
        text.Append("| framework | visit type | from the official tables | from the scrape (begun or published after 31 March 2025) |\n|---|---|---:|---:|\n");
        var events = build.Result.Events;
        var official = events.Where(e => e.InTables).Select(e => e.Inspection).ToList();
        var scrape = events.Where(e => e.FromScrape && !e.InTables && !e.InReports).Select(e => e.Inspection).ToList();
        var keys = build.Record.Select(i => (i.FrameworkId, i.VisitTypeId)).Distinct().OrderBy(k => k.FrameworkId, StringComparer.Ordinal).ThenBy(k => k.VisitTypeId, StringComparer.Ordinal);
        foreach (var (framework, visit) in keys)
        {
            int o = official.Count(i => i.FrameworkId == framework && i.VisitTypeId == visit);
            int s = scrape.Count(i => i.FrameworkId == framework && i.VisitTypeId == visit);
            text.Append(CultureInfo.InvariantCulture, $"| `{framework}` | `{visit}` | {o} | {s} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| **all** | | **{official.Count}** | **{scrape.Count}** |\n\n");
        int authorities = build.Record.Select(i => RecordBuild.AuthorityKey(i.Subject)).Distinct(StringComparer.Ordinal).Count();
        int publishedOnly = official.Count(i => i.Fieldwork is null);
        int startOnly = official.Count(i => i.Fieldwork is not null && i.Published is null);
        int notJudged = official.Count(i => !i.NotJudgedIds.IsDefaultOrEmpty);
        int merged = events.Count(e => e.Sources.Where(s => s.Kind == RecordSourceKind.OfficialTable).Select(s => s.File).Distinct(StringComparer.Ordinal).Count() > 1);
        text.Append(CultureInfo.InvariantCulture, $"{build.Record.Length} inspections and visits of {authorities} local authorities; ");
        text.Append(CultureInfo.InvariantCulture, $"{build.Tables.RowCount} rows of the four sheets. ");
        text.Append(CultureInfo.InvariantCulture, $"{publishedOnly} give a publication date only, {startOnly} the first day of fieldwork only; ");
        text.Append(CultureInfo.InvariantCulture, $"{merged} are merged from rows of more than one sheet; {notJudged} have a judgement Ofsted's table marks '-' (not judged).\n");
        return text.ToString();
    }

    private static string Reports(RecordBuild build)
    {
        var read = build.Reports;
        var refused = read.Issues.Where(d => d.IsError).ToList();
        int files = read.Reports.Select(r => r.File).Distinct(StringComparer.Ordinal).Count();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{read.Files} files: {files} reports gave {read.Reports.Length} documents; {refused.Count} files refused ({string.Join(", ", refused.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}); ");
        text.Append(CultureInfo.InvariantCulture,
            $"{read.Issues.Count(d => !d.IsError)} warnings ({string.Join(", ", read.Issues.Where(d => !d.IsError).GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}).\n\n");
        text.Append("| layout | framework | visit type | documents | with recommendations |\n|---|---|---|---:|---:|\n");
        foreach (var group in read.Reports.GroupBy(r => (r.Layout, r.Inspection.FrameworkId, r.Inspection.VisitTypeId))
            .OrderBy(g => g.Key.Layout, StringComparer.Ordinal).ThenBy(g => g.Key.FrameworkId, StringComparer.Ordinal).ThenBy(g => g.Key.VisitTypeId, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {group.Key.Layout} | `{group.Key.FrameworkId}` | `{group.Key.VisitTypeId}` | {group.Count()} | {group.Count(r => !r.Inspection.Recommendations.IsDefaultOrEmpty)} |\n");
        }

        return text.ToString();
    }

    private static string Issues(RecordBuild build)
    {
        var text = new StringBuilder();
        var issues = build.Tables.Issues;
        if (issues.IsEmpty)
        {
            text.Append("The import of the four sheets reports nothing.\n");
            return text.ToString();
        }

        text.Append("| code | severity | count | what |\n|---|---|---:|---|\n");
        foreach (var group in issues.GroupBy(i => i.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            text.Append(CultureInfo.InvariantCulture,
                $"| {group.Key} | {(first.IsError ? "error" : "warning")} | {group.Count()} | {Cell(Import.ImportCodes.All.First(d => d.Code == first.Code).Title)} |\n");
        }

        text.Append('\n');
        foreach (var issue in issues)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"- `{Path.GetFileName(issue.File)}:{issue.Line}:{issue.Column}` {issue.Code}: {Cell(issue.Message)}\n");
        }

        return text.ToString();
    }

    private static string Disagreements(RecordBuild build)
    {
        var listed = build.Result.Disagreements.Where(d => d.Reason != DisagreementReason.OfficialOverScrape).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{listed.Count} disagreements between the tables and the reports (the scrape's are in the next section). ");
        int grades = listed.Count(d => d.Field == RecordField.Judgement && (d.Stood.Kind == RecordSourceKind.Report || d.Other.Kind == RecordSourceKind.Report));
        text.Append(CultureInfo.InvariantCulture, $"{build.Result.ReportGradesCompared:N0} grades are given by both a report and Ofsted's table; {(grades == 0 ? "every one agrees" : $"{grades} disagree (the report's stands)")}.\n");
        if (listed.Count == 0)
        {
            return text.ToString();
        }

        text.Append("\n| field | stood | why | count |\n|---|---|---|---:|\n");
        foreach (var kind in listed.GroupBy(d => (Field: d.Field == RecordField.Judgement ? "a grade" : d.What, Sources: $"{Kind(d.Stood)} over {Kind(d.Other)}", d.Why))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Field, StringComparer.Ordinal).ThenBy(g => g.Key.Sources, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {kind.Key.Field} | {kind.Key.Sources} | {Cell(kind.Key.Why)} | {kind.Count()} |\n");
        }

        text.Append("\n| inspection | what | stood | source | other | source |\n|---|---|---|---|---|---|\n");
        foreach (var d in listed)
        {
            var i = d.Inspection;
            text.Append(CultureInfo.InvariantCulture,
                $"| {Cell($"{i.Subject.Name}, {i.FrameworkId} {i.VisitTypeId}, {Date(i.Date)}")} | {Field(d)} | {d.StoodValue} | {Cell(d.Stood.ToString())} | {d.OtherValue} | {Cell(d.Other.ToString())} |\n");
        }

        return text.ToString();
    }

    private static string Kind(RecordSource source) => source.Kind switch
    {
        RecordSourceKind.OfficialTable => "table",
        RecordSourceKind.Report => "report",
        _ => "scrape",
    };

    private static string Reconciliation(RecordBuild build)
    {
        var result = build.Result;
        var rows = result.Disagreements
            .Where(d => d.Reason == DisagreementReason.OfficialOverScrape)
            .Select(d => $"| {Cell($"{d.Inspection.Subject.Name}, {Date(d.Inspection.Fieldwork?.Start)}")} | {Field(d)} | {d.StoodValue} | {d.OtherValue} | {d.Other.Line} |")
            .ToList();
        int added = result.Events.Count(e => e.FromScrape && !e.InTables && !e.InReports);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{build.Scrape.Inspections.Length} scrape rows typed ({build.Scrape.RowCount} rows in all; the rest the scrape could not read); "
            + $"{result.ScrapeRowsMatched} are inspections of the official record, {added} began or were published after 31 March 2025 and are added to the record, "
            + $"{result.ScrapeRowsUnmatched.Length} match no official inspection. {rows.Count} disagreements:\n\n");
        if (rows.Count > 0)
        {
            text.Append("| inspection (official) | what | official (stands) | scrape | scrape line |\n|---|---|---|---|---:|\n");
            foreach (string row in rows)
            {
                text.Append(row).Append('\n');
            }
        }

        if (result.ScrapeRowsUnmatched.Length > 0)
        {
            text.Append("\nScrape rows begun and published by 31 March 2025 that match no inspection of the official record:\n\n");
            foreach (var row in result.ScrapeRowsUnmatched)
            {
                var i = row.Inspection;
                text.Append(CultureInfo.InvariantCulture, $"- line {row.Line}: {Cell(i.Subject.Name)}, {i.FrameworkId} {i.VisitTypeId}, fieldwork from {Date(i.Fieldwork?.Start)}, published {Date(i.Published)}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>A disagreement's field as the tables of this page name it.</summary>
    private static string Field(SourceDisagreement d) => d.Field switch
    {
        RecordField.Judgement => $"`{d.JudgementId}`",
        RecordField.VisitType => "visit type",
        RecordField.Framework => "framework",
        RecordField.FieldworkStart => "first day of fieldwork",
        RecordField.FieldworkEnd => "last day of fieldwork",
        RecordField.Published => "published",
        RecordField.Theme => "theme",
        _ => d.What,
    };

    private static string Date(NodaTime.LocalDate? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
