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

/// <summary>A column of the history grid: one judgement strand.</summary>
/// <param name="Key">The strand's id.</param>
/// <param name="Name">The strand's name in words.</param>
/// <param name="Description">What the strand holds, for its tooltip.</param>
internal sealed record StrandColumn(string Key, string Name, string Description);

/// <summary>One graded cell: the grade id as written and, where the framework's scale knows it, the grade.</summary>
internal sealed record StrandCell(string JudgementId, string GradeId, Grade? Grade)
{
    /// <summary>The grade in words (its label), else its id.</summary>
    public string Label => Grade?.Label ?? GradeId;
}

/// <summary>A change drawn in the grid: the earlier cell, the later cell and the library's comparison of the two.</summary>
internal sealed record StrandLink(StrandColumn Column, HistoryEntry Before, HistoryEntry After, JudgementComparison Comparison, bool Dashed);

/// <summary>
/// The strands of a history as the grid draws them: its columns (strands some inspection graded), each inspection's
/// grade per strand, and each change of <see cref="AuthorityHistory.Changes"/> placed in the strand of its later
/// judgement.
/// </summary>
internal sealed class HistoryStrands
{
    private readonly Dictionary<(HistoryEntry, StrandColumn), StrandCell> _cells = [];
    private readonly Dictionary<(HistoryEntry, StrandColumn), StrandLink> _into = [];

    private HistoryStrands(List<StrandColumn> columns, List<StrandLink> links, List<Grade> grades)
    {
        Columns = columns;
        Links = links;
        Grades = grades;
    }

    public List<StrandColumn> Columns { get; }

    public List<StrandLink> Links { get; }

    /// <summary>The grades shown, best first within each scale, for the key.</summary>
    public List<Grade> Grades { get; }

    public StrandCell? GradeOf(HistoryEntry entry, StrandColumn column) => _cells.TryGetValue((entry, column), out var cell) ? cell : null;

    public StrandLink? ChangeInto(HistoryEntry entry, StrandColumn column) => _into.TryGetValue((entry, column), out var link) ? link : null;

    public static HistoryStrands Of(AuthorityHistory history, FrameworkCatalog catalog)
    {
        var columns = new List<StrandColumn>();
        var byKey = new Dictionary<string, StrandColumn>(StringComparer.Ordinal);
        var grades = new List<Grade>();
        var cells = new List<(HistoryEntry, StrandColumn, StrandCell)>();
        foreach (var entry in history.Entries)
        {
            var inspection = entry.Inspection;
            catalog.TryGet(inspection.FrameworkId, out var framework);
            foreach (var judgement in inspection.Judgements)
            {
                var column = ColumnOf(inspection.FrameworkId, judgement.JudgementId, catalog, byKey, columns);
                Grade? grade = framework is not null && framework.TryGetGrade(inspection, judgement.JudgementId, out var g) ? g : null;
                if (grade is not null && !grades.Contains(grade))
                {
                    grades.Add(grade);
                }

                cells.Add((entry, column, new StrandCell(judgement.JudgementId, judgement.GradeId, grade)));
            }
        }

        var order = columns.Select((c, i) => (c, i)).OrderBy(p => StrandOrder(p.c.Key)).ThenBy(p => p.i).Select(p => p.c).ToList();
        var strands = new HistoryStrands(order, [], grades.OrderBy(g => g.Scale.Id, StringComparer.Ordinal).ThenBy(g => g.Rank).ToList());
        foreach (var (entry, column, cell) in cells)
        {
            strands._cells.TryAdd((entry, column), cell);
        }

        foreach (var change in history.Changes)
        {
            foreach (var line in change.Comparison.Judgements)
            {
                if (line.AfterJudgementId is not { } afterId || line.BeforeGradeId is null || line.AfterGradeId is null)
                {
                    continue;
                }

                var column = ColumnOf(change.After.Inspection.FrameworkId, afterId, catalog, byKey, columns);
                var link = new StrandLink(column, change.Before, change.After, line, change.FrameworkChanged || change.Reorganisation is not null);
                if (strands._into.TryAdd((change.After, column), link) && line.BeforeJudgementId is { } beforeId
                    && ReferenceEquals(ColumnOf(change.Before.Inspection.FrameworkId, beforeId, catalog, byKey, columns), column))
                {
                    strands.Links.Add(link);
                }
            }
        }

        return strands;
    }

    // Provisional until the catalog's judgement strands land: one column per judgement id, named by its framework.
    private static StrandColumn ColumnOf(string frameworkId, string judgementId, FrameworkCatalog catalog, Dictionary<string, StrandColumn> byKey, List<StrandColumn> columns)
    {
        if (!byKey.TryGetValue(judgementId, out var column))
        {
            string name = catalog.TryGet(frameworkId, out var framework) && framework.TryGetJudgement(judgementId, out var judgement) ? judgement.Name : judgementId;
            column = new StrandColumn(judgementId, name, $"{name} ({judgementId})");
            byKey.Add(judgementId, column);
            columns.Add(column);
        }

        return column;
    }

    private static int StrandOrder(string key) => 0;
}

/// <summary>The words of the history grid.</summary>
internal static partial class HistoryWords
{
    /// <summary>A date written out: "1 April 2021".</summary>
    public static string LongDate(NodaTime.LocalDate date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A change in words: "better by 1 band (same-scale)", "not comparable".</summary>
    public static string Change(JudgementComparison line) => line.Comparison.Direction switch
    {
        ComparisonDirection.Better => $"better by {Words.Bands(line.Comparison.Steps ?? 0)} ({Words.Of(line.Comparison.Basis)})",
        ComparisonDirection.Worse => $"worse by {Words.Bands(line.Comparison.Steps ?? 0)} ({Words.Of(line.Comparison.Basis)})",
        ComparisonDirection.Same => $"the same ({Words.Of(line.Comparison.Basis)})",
        _ => "not comparable",
    };

    /// <summary>A change as the cell shows it: "▲ better by 1", "▼ worse by 2", "= same", "≠ not comparable"; "≈" when approximate.</summary>
    public static string ShortChange(StrandLink link)
    {
        var c = link.Comparison.Comparison;
        string approximate = c.Basis == ComparisonBasis.CrosswalkApproximate || link.Comparison.IsApproximate ? " ≈" : string.Empty;
        return c.Direction switch
        {
            ComparisonDirection.Better => $"▲ better by {Math.Abs(c.Steps ?? 0).ToString(CultureInfo.InvariantCulture)}{approximate}",
            ComparisonDirection.Worse => $"▼ worse by {Math.Abs(c.Steps ?? 0).ToString(CultureInfo.InvariantCulture)}{approximate}",
            ComparisonDirection.Same => $"= same{approximate}",
            _ => "≠ not comparable",
        };
    }

    /// <summary>The framework and visit in words: "SIF 2013, full inspection".</summary>
    public static string Inspection(Inspection inspection)
    {
        string framework = inspection.FrameworkId switch
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
        string visit = inspection.VisitTypeId switch
        {
            "lscb-review" => "LSCB review",
            var other => other.Replace('-', ' '),
        };
        return $"{framework}, {visit}";
    }
}
