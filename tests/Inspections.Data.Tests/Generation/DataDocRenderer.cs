using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Inspections.Core;

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
        doc = Replace(doc, "counts", Counts(build));
        doc = Replace(doc, "issues", Issues(build));
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
        var official = build.Official.Inspections;
        var keys = build.Record.Select(i => (i.FrameworkId, i.VisitTypeId)).Distinct().OrderBy(k => k.FrameworkId, StringComparer.Ordinal).ThenBy(k => k.VisitTypeId, StringComparer.Ordinal);
        foreach (var (framework, visit) in keys)
        {
            int o = official.Count(i => i.FrameworkId == framework && i.VisitTypeId == visit);
            int s = build.FromScrapeAdded.Count(i => i.FrameworkId == framework && i.VisitTypeId == visit);
            text.Append(CultureInfo.InvariantCulture, $"| `{framework}` | `{visit}` | {o} | {s} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| **all** | | **{official.Length}** | **{build.FromScrapeAdded.Length}** |\n\n");
        int authorities = build.Record.Select(i => RecordBuild.AuthorityKey(i.Subject)).Distinct(StringComparer.Ordinal).Count();
        int publishedOnly = official.Count(i => i.Fieldwork is null);
        int startOnly = official.Count(i => i.Fieldwork is not null && i.Published is null);
        int notJudged = official.Count(i => !i.NotJudgedIds.IsDefaultOrEmpty);
        int merged = official.Count(i => i.Notes is { } n && n.Split("; ").Length > 1);
        text.Append(CultureInfo.InvariantCulture, $"{build.Record.Length} inspections and visits of {authorities} local authorities; ");
        text.Append(CultureInfo.InvariantCulture, $"{build.Official.RowCount} rows of the four sheets. ");
        text.Append(CultureInfo.InvariantCulture, $"{publishedOnly} give a publication date only, {startOnly} the first day of fieldwork only; ");
        text.Append(CultureInfo.InvariantCulture, $"{merged} are merged from rows of more than one sheet; {notJudged} have a judgement Ofsted's table marks '-' (not judged).\n");
        return text.ToString();
    }

    private static string Issues(RecordBuild build)
    {
        var text = new StringBuilder();
        var issues = build.Official.Issues;
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

    private static string Reconciliation(RecordBuild build)
    {
        var rows = new List<string>();
        foreach (var (scrape, official) in build.Pairs.OrderBy(p => p.Official.Subject.Name, StringComparer.Ordinal).ThenBy(p => RecordBuild.DateOf(p.Official)))
        {
            var s = scrape.Inspection;
            string where = $"{official.Subject.Name}, {Date(official.Fieldwork?.Start)}";
            void Row(string field, string officialValue, string scrapeValue) =>
                rows.Add($"| {Cell(where)} | {field} | {officialValue} | {scrapeValue} | {scrape.Line} |");
            if (official.VisitTypeId != s.VisitTypeId)
            {
                Row("visit type", official.VisitTypeId, s.VisitTypeId);
            }

            if (official.FrameworkId != s.FrameworkId)
            {
                Row("framework", official.FrameworkId, s.FrameworkId);
            }

            if (official.Fieldwork?.Start != s.Fieldwork?.Start)
            {
                Row("first day of fieldwork", Date(official.Fieldwork?.Start), Date(s.Fieldwork?.Start));
            }

            if (official.Published != s.Published)
            {
                Row("published", Date(official.Published), Date(s.Published));
            }

            foreach (var judgement in official.Judgements)
            {
                if (s.Judgements.TryGetGradeId(judgement.JudgementId, out var grade) && grade != judgement.GradeId)
                {
                    Row($"`{judgement.JudgementId}`", judgement.GradeId, grade);
                }
            }
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{build.Scrape.Inspections.Length} scrape rows typed ({build.Scrape.RowCount} rows in all; the rest the scrape could not read); "
            + $"{build.Pairs.Length} are inspections of the official record, {build.FromScrapeAdded.Length} began or were published after 31 March 2025 and are added to the record, "
            + $"{build.OnlyInScrape.Length} match no official inspection. {rows.Count} disagreements:\n\n");
        if (rows.Count > 0)
        {
            text.Append("| inspection (official) | what | official (stands) | scrape | scrape line |\n|---|---|---|---|---:|\n");
            foreach (string row in rows)
            {
                text.Append(row).Append('\n');
            }
        }

        if (build.OnlyInScrape.Length > 0)
        {
            text.Append("\nScrape rows begun and published by 31 March 2025 that match no inspection of the official record:\n\n");
            foreach (var row in build.OnlyInScrape)
            {
                var i = row.Inspection;
                text.Append(CultureInfo.InvariantCulture, $"- line {row.Line}: {Cell(i.Subject.Name)}, {i.FrameworkId} {i.VisitTypeId}, fieldwork from {Date(i.Fieldwork?.Start)}, published {Date(i.Published)}\n");
            }
        }

        return text.ToString();
    }

    private static string Date(NodaTime.LocalDate? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
