using Inspections.Core.Catalog;
using Inspections.Core.Comparison;
using Inspections.Core.Scales;

namespace Inspections.Core.Histories;

/// <summary>
/// One judgement strand across a <see cref="HistoryChange"/>: the grade the earlier and the later inspection gave it,
/// and the comparer's line that joins the two judgements through the lineage, such as help and protection from
/// North Northamptonshire's 2022 ILACS inspection (requires improvement) to its May 2026 one (good): better by 1 band.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StrandChange
{
    internal StrandChange(JudgementStrand strand, StrandGrade? before, StrandGrade? after, JudgementComparison? comparison, string reason)
    {
        Strand = strand;
        Before = before;
        After = after;
        Comparison = comparison;
        Reason = reason;
    }

    /// <summary>The strand.</summary>
    public JudgementStrand Strand { get; }

    /// <summary>The earlier inspection's grade in the strand, or null when it did not grade the strand.</summary>
    public StrandGrade? Before { get; }

    /// <summary>The later inspection's grade in the strand, or null when it did not grade the strand.</summary>
    public StrandGrade? After { get; }

    /// <summary>
    /// The comparer's line for the two judgements of the strand (<see cref="InspectionComparison.Judgements"/>), or null
    /// when one side did not grade the strand or the comparer does not join the two judgements.
    /// </summary>
    public JudgementComparison? Comparison { get; }

    /// <summary>Whether the grades are compared: both sides graded the strand and the comparer compares them.</summary>
    public bool IsComparable => Comparison is { } c && c.Comparison.IsComparable;

    /// <summary>How the strand changed, or why it is not compared, in words.</summary>
    public string Reason { get; }

    /// <summary>The change as text, such as <c>help-and-protection: Requires improvement to be good -> Good, ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Strand.Id}: {Before?.Grade.Label ?? "—"} -> {After?.Grade.Label ?? "—"}: {Reason}";

    /// <summary>Compares the strand across a change, from the grades each side gave it and the comparer's lines.</summary>
    internal static StrandChange Of(JudgementStrand strand, HistoryEntry before, HistoryEntry after, InspectionComparison comparison)
    {
        var from = before.GradeOf(strand);
        var to = after.GradeOf(strand);
        if (from is null || to is null)
        {
            string what = strand.Name.ToLowerInvariant();
            return new StrandChange(strand, from, to, null, from is null && to is null
                ? $"Not compared: neither inspection graded {what}."
                : $"Not compared: the {(from is null ? "earlier" : "later")} inspection did not grade {what}.");
        }

        foreach (var line in comparison.Judgements)
        {
            if (line.BeforeJudgementId == from.JudgementId && line.AfterJudgementId == to.JudgementId)
            {
                return new StrandChange(strand, from, to, line, line.Comparison.Reason);
            }
        }

        return new StrandChange(strand, from, to, null,
            $"Not comparable: no lineage link joins {before.Inspection.FrameworkId}'s '{from.JudgementId}' to {after.Inspection.FrameworkId}'s '{to.JudgementId}' directly, so the grades are not compared.");
    }
}
