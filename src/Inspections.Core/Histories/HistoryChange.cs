using System.Collections.Immutable;
using Inspections.Core.Authorities;
using Inspections.Core.Comparison;

namespace Inspections.Core.Histories;

/// <summary>
/// A graded inspection compared with the graded inspection before it in the same history: the headline and each
/// judgement joined by lineage (by <see cref="InspectionComparer"/>), with every caveat that applies.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class HistoryChange
{
    internal HistoryChange(HistoryEntry before, HistoryEntry after, InspectionComparison comparison, Reorganisation? reorganisation, ImmutableArray<string> caveats, ImmutableArray<StrandChange> strands)
    {
        Strands = strands;
        Before = before;
        After = after;
        Comparison = comparison;
        Reorganisation = reorganisation;
        Caveats = caveats;
    }

    /// <summary>The earlier graded inspection.</summary>
    public HistoryEntry Before { get; }

    /// <summary>The later graded inspection.</summary>
    public HistoryEntry After { get; }

    /// <summary>The comparison, headline (<see cref="InspectionComparison.Overall"/>) and judgement by judgement.</summary>
    public InspectionComparison Comparison { get; }

    /// <summary>Whether the two inspections were under different frameworks.</summary>
    public bool FrameworkChanged => Comparison.FrameworkChanged;

    /// <summary>The reorganisation between the two inspections when they were of different authorities (a predecessor and its successor), else null.</summary>
    public Reorganisation? Reorganisation { get; }

    /// <summary>What a reader must know before reading the change: the framework changed, the authority changed, a date is a publication date.</summary>
    public ImmutableArray<string> Caveats { get; }

    /// <summary>
    /// Strand by strand: each judgement strand that either inspection graded, in the order of
    /// <see cref="Catalog.JudgementStrands.All"/>, with both grades and the comparer's line that joins them through the
    /// lineage (across framework revisions), or why they are not compared. The headline is one strand among them
    /// (overall effectiveness), so a change with no headline on one side is still compared in every other strand.
    /// </summary>
    public ImmutableArray<StrandChange> Strands { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Before} -> {After}: {Comparison.Overall}";
}
