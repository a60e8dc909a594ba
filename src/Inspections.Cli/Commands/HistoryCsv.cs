using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Inspections.Cli.Output;
using Inspections.Core;
using Inspections.Core.Catalog;
using Inspections.Core.Histories;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>history --format csv</c>: one row per inspection in date order (RFC 4180, through the one CSV writer,
/// <see cref="Output.Csv"/>), with its date and what the date is, framework, visit, the authority it was of, where
/// it came from, its headline grade, and for every judgement strand of the catalog the grade it gave and how that
/// strand changed since the graded inspection before it (better/worse/same/not-comparable and the bands).
/// </summary>
internal static class HistoryCsv
{
    /// <summary>The columns before the strands'.</summary>
    public static readonly string[] Fixed = ["date", "dated_by", "fieldwork_start", "published", "framework", "visit", "authority", "gss", "source", "headline"];

    /// <summary>The header: the fixed columns, then two per strand (<c>STRAND</c>, <c>STRAND_change</c>), in the order of <see cref="JudgementStrands.All"/>.</summary>
    public static IReadOnlyList<string> Header(JudgementStrands strands) =>
        [.. Fixed, .. strands.All.SelectMany(s => new[] { s.Id, s.Id + "_change" })];

    public static void Write(TextWriter output, AuthorityHistory history, Func<HistoryEntry, string> origin)
    {
        var strands = JudgementStrands.Default;
        var into = history.Changes.GroupBy(c => c.After).ToDictionary(g => g.Key, g => g.First());
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var entry in history.Entries)
        {
            var i = entry.Inspection;
            var row = new List<string?>
            {
                entry.Date is { } d ? Words.Date(d) : null,
                entry.DateBasis switch { InspectionDateBasis.FieldworkStart => "fieldwork-start", InspectionDateBasis.Published => "published", _ => null },
                i.Fieldwork is { } f ? Words.Date(f.Start) : null,
                i.Published is { } p ? Words.Date(p) : null,
                i.FrameworkId,
                i.VisitTypeId,
                entry.Authority?.Name ?? i.Subject.Name,
                entry.Authority?.GssCode ?? i.Subject.GssCode,
                origin(entry),
                entry.Headline?.Id,
            };
            into.TryGetValue(entry, out var change);
            foreach (var strand in strands.All)
            {
                row.Add(entry.GradeOf(strand)?.Grade.Id);
                var moved = change?.Strands.FirstOrDefault(s => s.Strand.Id == strand.Id && s.After is not null && s.Before is not null);
                row.Add(moved is null ? null : Change(moved));
            }

            rows.Add(row);
        }

        Output.Csv.Write(output, Header(strands), rows);
    }

    private static string Change(StrandChange change)
    {
        string direction = HistoryWords.Direction(change);
        return change.IsComparable && change.Comparison!.Comparison.Steps is { } steps && steps != 0
            ? $"{direction} {Math.Abs(steps).ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : direction;
    }
}
