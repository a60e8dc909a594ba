using System.Collections.Immutable;
using Inspections.Core.Catalog;
using Inspections.Core.Scales;

namespace Inspections.Core.Comparison;

/// <summary>
/// One line of an <see cref="InspectionComparison"/>: a judgement of the later inspection and its predecessor in
/// the earlier one (through the framework lineage when the framework changed), their grades, and the honest
/// comparison of the two.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class JudgementComparison
{
    internal JudgementComparison(
        string judgementId,
        string? beforeJudgementId,
        string? afterJudgementId,
        string? beforeGradeId,
        string? afterGradeId,
        GradeComparison comparison,
        ImmutableArray<JudgementSuccession> lineage)
    {
        JudgementId = judgementId;
        BeforeJudgementId = beforeJudgementId;
        AfterJudgementId = afterJudgementId;
        BeforeGradeId = beforeGradeId;
        AfterGradeId = afterGradeId;
        Comparison = comparison;
        Lineage = lineage;
    }

    /// <summary>The judgement this line is about: the later inspection's id, or the earlier one's when the later has no successor.</summary>
    public string JudgementId { get; }

    /// <summary>The judgement id in the earlier inspection, or null when it has no counterpart there.</summary>
    public string? BeforeJudgementId { get; }

    /// <summary>The judgement id in the later inspection, or null when it has no counterpart there.</summary>
    public string? AfterJudgementId { get; }

    /// <summary>The grade id given in the earlier inspection, or null.</summary>
    public string? BeforeGradeId { get; }

    /// <summary>The grade id given in the later inspection, or null.</summary>
    public string? AfterGradeId { get; }

    /// <summary>The comparison: direction, steps, basis, reason and any caveat.</summary>
    public GradeComparison Comparison { get; }

    /// <summary>The successions followed from the earlier judgement to the later one (empty within one framework).</summary>
    public ImmutableArray<JudgementSuccession> Lineage { get; }

    /// <summary>
    /// Whether the two judgements do not cover the same ground (a judgement split or merged along the lineage),
    /// so that even a comparable line is only an approximate match; <see cref="Note"/> says how.
    /// </summary>
    public bool IsApproximate
    {
        get
        {
            foreach (var link in Lineage)
            {
                if (link.IsApproximate)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// How the two judgements were matched when the match is approximate (the notes of the approximate links, such
    /// as "Split in 2023: …"), or null when they are the same judgement or a plain succession.
    /// </summary>
    public string? Note
    {
        get
        {
            string? note = null;
            foreach (var link in Lineage)
            {
                if (link.IsApproximate)
                {
                    note = note is null ? $"Approximate match ({link}): {link.Note}" : $"{note} {link.Note}";
                }
            }

            return note;
        }
    }

    /// <summary>The judgement id with the comparison, and the note of an approximate match.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Note is { } note ? $"{JudgementId}: {Comparison.Direction} ({Comparison.Reason}) {note}" : $"{JudgementId}: {Comparison.Direction} ({Comparison.Reason})";
}
