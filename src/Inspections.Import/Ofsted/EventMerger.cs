// One file because it is one step of the Ofsted importer: which rows are one event (the date rules and the
// near-linear grouping with disjoint sets), then merging each group into one event and reporting where its rows
// disagree. The rules are stated once here and the record build (Record/) calls them rather than copying them.
using System;
using System.Collections.Generic;
using System.Linq;
using Inspections.Core;
using Inspections.Core.Catalog;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Import.Ofsted;

/// <summary>
/// Merges the events read from different sheets that are one inspection or visit into one event whose sources name
/// every row: an ILACS inspection is in the ILACS history (first day of fieldwork and publication date), in the
/// 2009–2023 table's first or second ILACS columns (publication date) and in an in-year sheet (first day of
/// fieldwork). Two graded ILACS inspections of one authority are the same inspection when their dates are as near
/// as <see cref="SameInspectionDates"/> says. Other events are the same when framework, visit type and dates all agree.
/// </summary>
/// <remarks>
/// <para>
/// Where merged rows disagree (a grade, a date, the visit type), the most authoritative row stands (the 2025
/// workbook over the 2023 one; the ILACS history over the in-year sheet) and the disagreement is reported (IMP111),
/// said in the notes, and given as a typed <see cref="RowDisagreement"/>.
/// </para>
/// <para>
/// Near-linear in the number of events: events are joined through a hash of their exact dates, or, for ILACS
/// inspections, through their neighbours in date order (a sheet listing one inspection 60,000 times is merged in
/// one pass). A merged event whose document could not be written (its notes naming so many rows that it passes
/// 1 MiB) is reported (IMP300) and left out; the rest are merged. Thread-safe: no state.
/// </para>
/// </remarks>
internal static class EventMerger
{
    /// <summary>First days of fieldwork at most this many days apart are one inspection (Cumbria 2022: 20 or 21 September).</summary>
    public const int SameFieldworkDays = 31;

    /// <summary>Publication dates at most this many days apart are one inspection (Nottingham 2022: 5 September or 5 November).</summary>
    public const int SamePublicationDays = 120;

    /// <summary>A publication at most this many days after the other's first day of fieldwork is the same inspection.</summary>
    public const int FieldworkToPublicationDays = 150;

    /// <summary>
    /// Whether two graded inspections of one authority, each dated by its first day of fieldwork or its publication
    /// or both, are the same inspection: first days of fieldwork at most <see cref="SameFieldworkDays"/> apart, or
    /// publication dates at most <see cref="SamePublicationDays"/> apart, or one's publication from 0 to
    /// <see cref="FieldworkToPublicationDays"/> days after the other's first day of fieldwork. An authority's graded
    /// inspections are years apart, and the sheets do disagree by a day or two or by a mistyped month.
    /// </summary>
    /// <param name="startA">The first's first day of fieldwork, if known.</param>
    /// <param name="publishedA">The first's publication date, if known.</param>
    /// <param name="startB">The second's first day of fieldwork, if known.</param>
    /// <param name="publishedB">The second's publication date, if known.</param>
    /// <returns>Whether they are one inspection.</returns>
    public static bool SameInspectionDates(LocalDate? startA, LocalDate? publishedA, LocalDate? startB, LocalDate? publishedB) =>
        Within(startA, startB, SameFieldworkDays)
        || Within(publishedA, publishedB, SamePublicationDays)
        || After(startA, publishedB, FieldworkToPublicationDays)
        || After(startB, publishedA, FieldworkToPublicationDays);

    /// <summary>
    /// How far apart two inspections' dates are, for choosing the nearest of several candidates: the nearest of the
    /// pairs of dates <see cref="SameInspectionDates"/> compares (first days, publications, a publication and the
    /// other's first day), in days.
    /// </summary>
    /// <param name="startA">The first's first day of fieldwork, if known.</param>
    /// <param name="publishedA">The first's publication date, if known.</param>
    /// <param name="startB">The second's first day of fieldwork, if known.</param>
    /// <param name="publishedB">The second's publication date, if known.</param>
    /// <returns>The distance in days, or <see cref="int.MaxValue"/> when no pair of dates is known.</returns>
    public static int Distance(LocalDate? startA, LocalDate? publishedA, LocalDate? startB, LocalDate? publishedB) =>
        Math.Min(Math.Min(Days(startA, startB), Days(publishedA, publishedB)), Math.Min(Days(startA, publishedB), Days(startB, publishedA)));

    private static int Days(LocalDate? a, LocalDate? b) => a is { } x && b is { } y ? Math.Abs(Period.DaysBetween(x, y)) : int.MaxValue;

    private static bool Within(LocalDate? a, LocalDate? b, int days) =>
        a is { } x && b is { } y && Math.Abs(Period.DaysBetween(x, y)) <= days;

    private static bool After(LocalDate? earlier, LocalDate? later, int days) =>
        earlier is { } x && later is { } y && Period.DaysBetween(x, y) is var d && d >= 0 && d <= days;

    /// <summary>Merges events.</summary>
    /// <param name="events">The events, one per row or group of columns.</param>
    /// <param name="catalog">The catalog that says which frameworks are ILACS.</param>
    /// <param name="issues">Where disagreements, repeats and unwritable merges are reported.</param>
    /// <param name="disagreements">Where each disagreement between merged rows is given as a typed value, or null.</param>
    /// <returns>The merged events, in the order of their first rows' authorities.</returns>
    public static List<OfficialEvent> Merge(IReadOnlyList<OfficialEvent> events, FrameworkCatalog catalog, List<Diagnostic> issues, List<RowDisagreement>? disagreements = null)
    {
        var merged = new List<OfficialEvent>();
        foreach (var authority in events.GroupBy(e => e.Key, StringComparer.Ordinal))
        {
            var list = authority.ToList();
            var sets = new DisjointSets(list.Count);
            var exact = new Dictionary<(string, string, LocalDate?, LocalDate?), int>();
            var ilacs = new List<int>();
            for (int i = 0; i < list.Count; i++)
            {
                var e = list[i];
                if (e.IsIlacsInspection(catalog))
                {
                    ilacs.Add(i);
                }
                else if (exact.TryGetValue((e.Framework, e.Visit, e.FieldworkStart, e.Published), out int j))
                {
                    sets.Union(j, i);
                }
                else
                {
                    exact.Add((e.Framework, e.Visit, e.FieldworkStart, e.Published), i);
                }
            }

            JoinIlacs(list, ilacs, sets);
            foreach (var cluster in Enumerable.Range(0, list.Count).GroupBy(sets.Find))
            {
                var one = MergeCluster([.. cluster.Select(i => list[i])], issues, disagreements);
                if (one is not null)
                {
                    merged.Add(one);
                }
            }
        }

        return merged;
    }

    /// <summary>
    /// Joins the graded ILACS inspections <see cref="SameInspectionDates"/> calls one, in O(n log n): in date order,
    /// dates within a window of each other are joined through their neighbours; a publication is joined to the run
    /// of first days of fieldwork in the 150 days before it, each neighbouring pair of the run joined once.
    /// </summary>
    private static void JoinIlacs(List<OfficialEvent> list, List<int> ilacs, DisjointSets sets)
    {
        var byStart = ilacs.Where(i => list[i].FieldworkStart is not null).OrderBy(i => list[i].FieldworkStart!.Value).ToArray();
        var byPublished = ilacs.Where(i => list[i].Published is not null).OrderBy(i => list[i].Published!.Value).ToArray();
        JoinNeighbours(byStart, i => list[i].FieldworkStart!.Value, SameFieldworkDays, sets);
        JoinNeighbours(byPublished, i => list[i].Published!.Value, SamePublicationDays, sets);

        var starts = byStart.Select(i => list[i].FieldworkStart!.Value).ToArray();
        var runs = new RunJoiner(byStart, sets);
        foreach (int i in byPublished)
        {
            var published = list[i].Published!.Value;
            int from = LowerBound(starts, published.PlusDays(-FieldworkToPublicationDays));
            int to = LowerBound(starts, published.PlusDays(1)) - 1;
            if (from <= to)
            {
                sets.Union(i, byStart[from]);
                runs.Join(from, to);
            }
        }
    }

    private static void JoinNeighbours(int[] sorted, Func<int, LocalDate> date, int days, DisjointSets sets)
    {
        for (int k = 1; k < sorted.Length; k++)
        {
            if (Period.DaysBetween(date(sorted[k - 1]), date(sorted[k])) <= days)
            {
                sets.Union(sorted[k - 1], sorted[k]);
            }
        }
    }

    /// <summary>The first position whose date is on or after <paramref name="date"/>.</summary>
    private static int LowerBound(LocalDate[] sorted, LocalDate date)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < date)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Union–find with path halving.</summary>
    private sealed class DisjointSets(int count)
    {
        private readonly int[] _parent = [.. Enumerable.Range(0, count)];

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        /// <summary>Joins the sets of i and j; the set keeps i's root (so clusters keep the order of their first event).</summary>
        public void Union(int i, int j)
        {
            int a = Find(i), b = Find(j);
            if (a != b)
            {
                _parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }
    }

    /// <summary>Joins runs of positions of a sorted array, each neighbouring pair joined at most once over all runs.</summary>
    private sealed class RunJoiner(int[] items, DisjointSets sets)
    {
        // _next[k]: the first position from k whose pair (k, k + 1) is not yet joined.
        private readonly int[] _next = [.. Enumerable.Range(0, items.Length + 1)];

        public void Join(int from, int to)
        {
            for (int k = Next(from); k < to; k = Next(k))
            {
                sets.Union(items[k], items[k + 1]);
                _next[k] = k + 1;
            }
        }

        private int Next(int k)
        {
            while (_next[k] != k)
            {
                _next[k] = _next[_next[k]];
                k = _next[k];
            }

            return k;
        }
    }

    private static OfficialEvent? MergeCluster(List<OfficialEvent> cluster, List<Diagnostic> issues, List<RowDisagreement>? disagreements)
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
        var remarks = new Remarks(merged);
        foreach (string remark in first.Remarks)
        {
            remarks.Add(remark);
        }

        var found = new List<RowDisagreement>();
        foreach (var other in ordered.Skip(1))
        {
            var source = other.Sources[0];
            merged.Sources.Add(source);
            foreach (string remark in other.Remarks)
            {
                remarks.Add(remark);
            }

            if (source.Sheet == first.Sources[0].Sheet)
            {
                Report(issues, other, "name", ImportCodes.SheetRowRepeated,
                    $"The same inspection is also on line {first.Sources[0].Line} of this sheet; the rows are merged.");
            }

            Compare(issues, remarks, found, first, other, "fieldwork", "the first day of fieldwork", other.FieldworkStart, merged.FieldworkStart);
            Compare(issues, remarks, found, first, other, "published", "the publication date", other.Published, merged.Published);
            if (other.Visit != first.Visit)
            {
                Disagree(issues, remarks, found, first, other, "visit", "the inspection type", other.Visit, first.Visit);
            }

            if (other.Theme is not null && other.Theme != first.Theme)
            {
                Disagree(issues, remarks, found, first, other, "theme", "the theme", other.Theme, first.Theme ?? "none");
            }

            foreach (var (judgement, grade) in other.Judgements)
            {
                var given = first.Judgements.FirstOrDefault(j => j.Key == judgement);
                if (given.Key is not null && given.Value != grade)
                {
                    Disagree(issues, remarks, found, first, other, judgement, judgement, grade, given.Value);
                }
            }
        }

        if (Unwritable(merged) is { } why)
        {
            Report(issues, first, "visit", ImportCodes.MergedDocumentUnwritable,
                ImportCodes.MergedDocumentUnwritable.FormatMessage(merged.Framework, merged.Visit, merged.Name, merged.Sources.Count - 1, why));
            return null;
        }

        foreach (var d in found)
        {
            disagreements?.Add(d with { Merged = merged });
        }

        return merged;
    }

    /// <summary>Why the merged event's document cannot be written (over 1 MiB, its notes naming every row), or null.</summary>
    private static string? Unwritable(OfficialEvent merged)
    {
        // Only a merge of very many rows comes near the limit; the exact answer is the writer's.
        long estimate = merged.Sources.Sum(s => (long)s.ToString().Length + 2) + merged.Remarks.Sum(r => (long)r.Length + 1);
        if (estimate < InspectionJson.MaxDocumentBytes / 8)
        {
            return null;
        }

        try
        {
            InspectionJson.WriteToUtf8Bytes(OfficialInspection.Create(merged));
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    /// <summary>A merged event's remarks, each once (a hash beside the list, so that many rows stay linear).</summary>
    private sealed class Remarks(OfficialEvent e)
    {
        private readonly HashSet<string> _seen = new(e.Remarks, StringComparer.Ordinal);

        public void Add(string remark)
        {
            if (_seen.Add(remark))
            {
                e.Remarks.Add(remark);
            }
        }
    }

    private static void Compare(List<Diagnostic> issues, Remarks remarks, List<RowDisagreement> found, OfficialEvent first, OfficialEvent other, string key, string what, LocalDate? theirs, LocalDate? kept)
    {
        if (theirs is { } t && kept is { } k && t != k)
        {
            Disagree(issues, remarks, found, first, other, key, what, DateText.Format(t), DateText.Format(k));
        }
    }

    private static void Disagree(List<Diagnostic> issues, Remarks remarks, List<RowDisagreement> found, OfficialEvent first, OfficialEvent other, string key, string what, string theirs, string kept)
    {
        var source = other.Sources[0];
        var precedence = PrecedenceOf(first.Sources[0], source);
        string why = Why(precedence);
        Report(issues, other, key == "theme" ? "visit" : key, ImportCodes.SheetsDisagree,
            $"This row gives {theirs} for {what}; {first.Sources[0]}, of the same inspection, gives {kept}, which stands ({why}).");
        remarks.Add($"{source} gives {theirs} for {what}; {first.Sources[0]} gives {kept}, which stands ({why}).");
        found.Add(new RowDisagreement(first, key, first.Sources[0], kept, source, theirs, precedence));
    }

    private static RowPrecedence PrecedenceOf(SourceRow kept, SourceRow other) =>
        kept.Rank > other.Rank ? RowPrecedence.LaterWorkbook
        : kept.Sheet == OfstedSheet.IlacsHistory ? RowPrecedence.IlacsHistory
        : kept.Sheet != OfstedSheet.History2009To2023 && other.Sheet == OfstedSheet.History2009To2023 ? RowPrecedence.InYearFieldwork
        : RowPrecedence.FirstRow;

    /// <summary>Why one row stands over another, as the notes and IMP111 say it.</summary>
    public static string Why(RowPrecedence precedence) => precedence switch
    {
        RowPrecedence.LaterWorkbook => "the 2025 workbook corrects the 2023 one",
        RowPrecedence.IlacsHistory => "the ILACS history is the record of every ILACS inspection",
        RowPrecedence.InYearFieldwork => "the in-year sheet gives the first day of fieldwork",
        _ => "the first of the rows",
    };

    private static void Report(List<Diagnostic> issues, OfficialEvent e, string key, DiagnosticDescriptor descriptor, string message)
    {
        var source = e.Sources[0];
        (int, string)? cell = e.Columns.TryGetValue(key, out var c) ? c : e.Columns.TryGetValue("visit", out c) ? c : null;
        issues.Add(OfstedRow.Issue(source.File, source.Line, cell, descriptor, message));
    }
}

/// <summary>Why the row that stands over another does.</summary>
internal enum RowPrecedence
{
    /// <summary>The 2025 workbook corrects the 2023 one.</summary>
    LaterWorkbook,

    /// <summary>The ILACS history is the record of every ILACS inspection.</summary>
    IlacsHistory,

    /// <summary>The in-year sheet gives the first day of fieldwork (over the 2009–2023 table).</summary>
    InYearFieldwork,

    /// <summary>Neither is more authoritative: the first of the rows stands.</summary>
    FirstRow,
}

/// <summary>Two rows merged into one event that disagree about one field, and which stood.</summary>
/// <param name="Merged">The merged event (the first row's, until the merge is done).</param>
/// <param name="Field"><c>fieldwork</c> (first day), <c>published</c>, <c>visit</c>, <c>theme</c>, or a judgement id.</param>
/// <param name="Stood">The row whose value stands.</param>
/// <param name="StoodValue">Its value.</param>
/// <param name="Other">The row that disagrees.</param>
/// <param name="OtherValue">Its value.</param>
/// <param name="Precedence">Why the one stands.</param>
internal sealed record RowDisagreement(OfficialEvent Merged, string Field, SourceRow Stood, string StoodValue, SourceRow Other, string OtherValue, RowPrecedence Precedence);
