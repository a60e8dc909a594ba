using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Inspections.Cli.Output;
using Inspections.Core;
using Inspections.Core.Catalog;
using Inspections.Core.Comparison;
using Inspections.Core.Histories;
using Inspections.Core.Scales;

namespace Inspections.Cli.Commands;

/// <summary>A change drawn in the grid: the earlier cell, the later cell and the library's comparison of the strand.</summary>
internal sealed record StrandLink(JudgementStrand Strand, HistoryEntry Before, HistoryEntry After, StrandChange Change, bool Dashed);

/// <summary>
/// The strands of a history as the grid draws them: its columns (the strands some inspection of it graded, in the
/// order of <see cref="JudgementStrands.All"/>), each inspection's grade per strand (<see cref="HistoryEntry.GradeOf"/>),
/// and each change of <see cref="AuthorityHistory.Changes"/> strand by strand (<see cref="HistoryChange.Strands"/>).
/// </summary>
internal sealed class HistoryStrands
{
    private readonly Dictionary<(HistoryEntry, string), StrandLink> _into = [];

    private HistoryStrands(List<JudgementStrand> columns, List<StrandLink> links, List<Grade> grades)
    {
        Columns = columns;
        Links = links;
        Grades = grades;
    }

    public List<JudgementStrand> Columns { get; }

    /// <summary>Every change in a strand both inspections graded.</summary>
    public List<StrandLink> Links { get; }

    /// <summary>The grades shown, for the key.</summary>
    public List<Grade> Grades { get; }

    public static StrandGrade? GradeOf(HistoryEntry entry, JudgementStrand column) => entry.GradeOf(column);

    public StrandLink? ChangeInto(HistoryEntry entry, JudgementStrand column) => _into.TryGetValue((entry, column.Id), out var link) ? link : null;

    public static HistoryStrands Of(AuthorityHistory history)
    {
        var graded = history.Entries.SelectMany(e => e.Strands).ToList();
        var columns = graded.Select(g => g.Strand).Distinct().ToList();
        var order = JudgementStrands.Default.All.Select(s => s.Id).ToList();
        columns = columns.OrderBy(c => order.IndexOf(c.Id) is var i && i >= 0 ? i : int.MaxValue).ToList();
        var grades = graded.Select(g => g.Grade).Distinct().OrderBy(g => g.Rank).ToList();
        var strands = new HistoryStrands(columns, [], grades);
        foreach (var change in history.Changes)
        {
            foreach (var strand in change.Strands.Where(s => s.Before is not null && s.After is not null))
            {
                var link = new StrandLink(strand.Strand, change.Before, change.After, strand, change.FrameworkChanged || change.Reorganisation is not null || !ReferenceEquals(change.Before.Authority, change.After.Authority));
                if (strands._into.TryAdd((change.After, strand.Strand.Id), link))
                {
                    strands.Links.Add(link);
                }
            }
        }

        return strands;
    }
}

/// <summary>The words of the history grid.</summary>
internal static partial class HistoryWords
{
    /// <summary>A strand's change in words: "better by 1 band (same-scale)", "not comparable".</summary>
    public static string Change(StrandChange change) => change.Comparison is { } line && change.IsComparable
        ? line.Comparison.Direction switch
        {
            ComparisonDirection.Better => $"better by {Words.Bands(line.Comparison.Steps ?? 0)} ({Words.Of(line.Comparison.Basis)})",
            ComparisonDirection.Worse => $"worse by {Words.Bands(line.Comparison.Steps ?? 0)} ({Words.Of(line.Comparison.Basis)})",
            _ => $"the same ({Words.Of(line.Comparison.Basis)})",
        }
        : "not comparable";

    /// <summary>The direction of a strand's change as JSON and CSV write it: better, worse, same or not-comparable.</summary>
    public static string Direction(StrandChange change) => change.IsComparable ? Words.Of(change.Comparison!.Comparison.Direction) : Words.Of(ComparisonDirection.NotComparable);

    /// <summary>A change as the cell shows it: "▲ better by 1", "▼ worse by 2", "= same", "≠ not comparable"; "≈" when approximate.</summary>
    public static string ShortChange(StrandChange change)
    {
        if (!change.IsComparable)
        {
            return "≠ not comparable";
        }

        var line = change.Comparison!;
        var c = line.Comparison;
        string approximate = c.Basis == ComparisonBasis.CrosswalkApproximate || line.IsApproximate ? " ≈" : string.Empty;
        return c.Direction switch
        {
            ComparisonDirection.Better => $"▲ better by {Math.Abs(c.Steps ?? 0).ToString(CultureInfo.InvariantCulture)}{approximate}",
            ComparisonDirection.Worse => $"▼ worse by {Math.Abs(c.Steps ?? 0).ToString(CultureInfo.InvariantCulture)}{approximate}",
            _ => $"= same{approximate}",
        };
    }

    /// <summary>
    /// A strand's name as the pictures and tables show it: the strand's own name for those ILACS grades ("Help and
    /// protection"); for an earlier framework's own strand, the framework in short and the judgement's name ("Child
    /// protection 2012: Overall effectiveness").
    /// </summary>
    public static string StrandName(JudgementStrand strand)
    {
        if (JudgementStrands.Default.Ilacs.Any(s => s.Id == strand.Id))
        {
            return strand.Name;
        }

        var newest = strand.Newest;
        string judgement = FrameworkCatalog.Default.TryGet(newest.FrameworkId, out var f) && f.TryGetJudgement(newest.JudgementId, out var j) ? j.Name : newest.JudgementId;
        return $"{Framework(newest.FrameworkId)}: {judgement}";
    }

    /// <summary>A framework in short: "SIF 2013", "Child protection 2012"; its id when the table does not know it.</summary>
    public static string Framework(string frameworkId) => frameworkId switch
    {
        "apa-2008" => "APA 2008",
        "cafcass-2009" => "Cafcass 2009",
        "slac-2009" => "SLAC 2009",
        "protection-of-children-2012" => "Child protection 2012",
        "looked-after-children-2013" => "Looked after 2013",
        "sif-2013" => "SIF 2013",
        "ilacs-2018" => "ILACS 2018",
        "ilacs-2023" => "ILACS 2023",
        "ilacs-2026" => "ILACS 2026",
        var other => other,
    };

    /// <summary>The framework and visit in words: "SIF 2013, full inspection".</summary>
    public static string Inspection(Inspection inspection)
    {
        string framework = Framework(inspection.FrameworkId);
        string visit = inspection.VisitTypeId switch
        {
            "lscb-review" => "LSCB review",
            var other => other.Replace('-', ' '),
        };
        return $"{framework}, {visit}";
    }
}
