using System;
using System.Collections.Generic;
using System.Linq;
using Inspections.Core.Validation;

namespace Inspections.Import.Ofsted;

/// <summary>
/// Merges the events read from different sheets that are one inspection or visit into one event whose sources name
/// every row: an ILACS inspection is in the ILACS history (first day of fieldwork and publication date), in the
/// 2009–2023 table's first or second ILACS columns (publication date) and in an in-year sheet (first day of
/// fieldwork). Two graded ILACS inspections of one authority are the same inspection when their first days of
/// fieldwork are at most 31 days apart, or their publication dates at most 120 days apart, or one's publication
/// falls within 150 days after the other's first day of fieldwork: an authority's graded ILACS inspections are
/// years apart, and the sheets do disagree by a day or two (Cumbria 2022: fieldwork from 20 or 21 September) or by
/// a mistyped month (Nottingham 2022: published 5 September or 5 November). Other events are the same when
/// framework, visit type and dates all agree.
/// </summary>
/// <remarks>
/// Where merged rows disagree (a grade, a date, the visit type), the most authoritative row stands (the 2025
/// workbook over the 2023 one; the ILACS history over the in-year sheet) and the disagreement is reported (IMP111)
/// and said in the notes. Thread-safe: no state.
/// </remarks>
internal static class EventMerger
{
    /// <summary>Merges events.</summary>
    /// <param name="events">The events, one per row or group of columns.</param>
    /// <param name="issues">Where disagreements and repeats are reported.</param>
    /// <returns>The merged events, in no particular order.</returns>
    public static List<OfficialEvent> Merge(IReadOnlyList<OfficialEvent> events, List<Diagnostic> issues)
    {
        var merged = new List<OfficialEvent>();
        foreach (var authority in events.GroupBy(e => e.Key, StringComparer.Ordinal))
        {
            var list = authority.ToList();
            var parent = Enumerable.Range(0, list.Count).ToArray();
            for (int i = 0; i < list.Count; i++)
            {
                for (int j = i + 1; j < list.Count; j++)
                {
                    if (Same(list[i], list[j]))
                    {
                        parent[Find(parent, j)] = Find(parent, i);
                    }
                }
            }

            foreach (var cluster in Enumerable.Range(0, list.Count).GroupBy(i => Find(parent, i)))
            {
                merged.Add(MergeCluster(cluster.Select(i => list[i]).ToList(), issues));
            }
        }

        return merged;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static bool Same(OfficialEvent a, OfficialEvent b)
    {
        if (a.IsIlacsInspection && b.IsIlacsInspection)
        {
            return Near(a.FieldworkStart, b.FieldworkStart, 0, SameFieldworkDays)
                || Near(a.Published, b.Published, 0, SamePublicationDays)
                || Near(a.FieldworkStart, b.Published, 0, FieldworkToPublicationDays)
                || Near(b.FieldworkStart, a.Published, 0, FieldworkToPublicationDays);
        }

        return a.Framework == b.Framework && a.Visit == b.Visit && a.FieldworkStart == b.FieldworkStart && a.Published == b.Published;
    }

    private const int SameFieldworkDays = 31, SamePublicationDays = 120, FieldworkToPublicationDays = 150;

    /// <summary>Whether <paramref name="later"/> falls from <paramref name="min"/> to <paramref name="max"/> days after <paramref name="earlier"/> (either way when min is 0 and both are the same kind of date).</summary>
    private static bool Near(NodaTime.LocalDate? earlier, NodaTime.LocalDate? later, int min, int max)
    {
        if (earlier is not { } a || later is not { } b)
        {
            return false;
        }

        int days = NodaTime.Period.DaysBetween(a, b);
        return max == FieldworkToPublicationDays ? days >= min && days <= max : System.Math.Abs(days) <= max;
    }

    private static OfficialEvent MergeCluster(List<OfficialEvent> cluster, List<Diagnostic> issues)
    {
        var ordered = cluster
            .OrderByDescending(e => e.Rank)
            .ThenByDescending(e => e.FieldworkStart is not null)
            .ThenBy(e => e.Sources[0].Sheet)
            .ThenBy(e => e.Sources[0].Line)
            .ToList();
        var first = ordered[0];
        if (ordered.Count == 1)
        {
            return first;
        }

        var merged = new OfficialEvent(first.Framework, first.Visit, first.Name, first.Sources[0])
        {
            Gss = ordered.Select(e => e.Gss).FirstOrDefault(g => g is not null),
            RegisterKey = first.RegisterKey,
            La = ordered.Select(e => e.La).FirstOrDefault(l => l is not null),
            FieldworkStart = ordered.Select(e => e.FieldworkStart).FirstOrDefault(d => d is not null),
            Published = ordered.Select(e => e.Published).FirstOrDefault(d => d is not null),
            Theme = first.Theme,
            Recoded = first.Recoded,
        };
        merged.Judgements.AddRange(first.Judgements);
        merged.NotJudged.AddRange(first.NotJudged);
        foreach (string remark in first.Remarks)
        {
            merged.Remark(remark);
        }

        foreach (var other in ordered.Skip(1))
        {
            var source = other.Sources[0];
            merged.Sources.Add(source);
            foreach (string remark in other.Remarks)
            {
                merged.Remark(remark);
            }

            if (source.Sheet == first.Sources[0].Sheet)
            {
                Report(issues, other, "name", ImportCodes.SheetRowRepeated,
                    $"The same inspection is also on line {first.Sources[0].Line} of this sheet; the rows are merged.");
            }

            Compare(issues, merged, first, other, "fieldwork", "the first day of fieldwork", other.FieldworkStart, merged.FieldworkStart);
            Compare(issues, merged, first, other, "published", "the publication date", other.Published, merged.Published);
            if (other.Visit != first.Visit)
            {
                Disagree(issues, merged, first, other, "visit", "the inspection type", other.Visit, first.Visit);
            }

            if (other.Theme is not null && other.Theme != first.Theme)
            {
                Disagree(issues, merged, first, other, "visit", "the theme", other.Theme, first.Theme ?? "none");
            }

            foreach (var (judgement, grade) in other.Judgements)
            {
                var given = first.Judgements.FirstOrDefault(j => j.Key == judgement);
                if (given.Key is not null && given.Value != grade)
                {
                    Disagree(issues, merged, first, other, judgement, judgement, grade, given.Value);
                }
            }
        }

        return merged;
    }

    private static void Compare(List<Diagnostic> issues, OfficialEvent merged, OfficialEvent first, OfficialEvent other, string key, string what, NodaTime.LocalDate? theirs, NodaTime.LocalDate? kept)
    {
        if (theirs is { } t && kept is { } k && t != k)
        {
            Disagree(issues, merged, first, other, key, what, OfstedRow.Iso(t), OfstedRow.Iso(k));
        }
    }

    private static void Disagree(List<Diagnostic> issues, OfficialEvent merged, OfficialEvent first, OfficialEvent other, string key, string what, string theirs, string kept)
    {
        var source = other.Sources[0];
        Report(issues, other, key, ImportCodes.SheetsDisagree,
            $"This row gives {theirs} for {what}; {first.Sources[0]}, of the same inspection, gives {kept}, which stands ({Why(first.Sources[0], source)}).");
        merged.Remark($"{source} gives {theirs} for {what}; {first.Sources[0]} gives {kept}, which stands ({Why(first.Sources[0], source)}).");
    }

    private static string Why(SourceRow kept, SourceRow other) =>
        kept.Rank > other.Rank ? "the 2025 workbook corrects the 2023 one"
        : kept.Sheet == OfstedSheet.IlacsHistory ? "the ILACS history is the record of every ILACS inspection"
        : kept.Sheet != OfstedSheet.History2009To2023 && other.Sheet == OfstedSheet.History2009To2023 ? "the in-year sheet gives the first day of fieldwork"
        : "the first of the rows";

    private static void Report(List<Diagnostic> issues, OfficialEvent e, string key, Core.Validation.DiagnosticDescriptor descriptor, string message)
    {
        var source = e.Sources[0];
        (int, string)? cell = e.Columns.TryGetValue(key, out var c) ? c : e.Columns.TryGetValue("visit", out c) ? c : null;
        issues.Add(OfstedRow.Issue(source.File, source.Line, cell, descriptor, message));
    }
}
