using System;

namespace Inspections.Core.Catalog;

/// <summary>
/// A strand's judgement in one framework, such as the SIF's "leadership, management and governance" in the strand
/// <see cref="JudgementStrands.ImpactOfLeadersId"/>, with the lineage link that joins it to the strand.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class JudgementStrandMember
{
    internal JudgementStrandMember(string frameworkId, string judgementId, JudgementSuccession? succession, bool isApproximate)
    {
        FrameworkId = frameworkId;
        JudgementId = judgementId;
        Succession = succession;
        IsApproximate = isApproximate;
    }

    /// <summary>The framework's id.</summary>
    public string FrameworkId { get; }

    /// <summary>The id of the framework's judgement that is the strand in that framework.</summary>
    public string JudgementId { get; }

    /// <summary>
    /// The lineage link from this judgement to the later member of the strand it joins (its source and what changed
    /// are the link's <see cref="JudgementSuccession.Note"/>); null for the strand's newest judgement.
    /// </summary>
    public JudgementSuccession? Succession { get; }

    /// <summary>
    /// Whether this judgement covers different ground from the strand's newest judgement: somewhere on the way the
    /// lineage split or merged a judgement (<see cref="JudgementSuccession.IsApproximate"/>), as ILACS 2018's single
    /// judgement on children in care and care leavers, which is in both the children in care and the care leavers
    /// strands.
    /// </summary>
    public bool IsApproximate { get; }

    /// <summary>The member as <c>framework/judgement</c>, with <c> (approximate)</c> when it is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{FrameworkId}/{JudgementId}{(IsApproximate ? " (approximate)" : string.Empty)}";
}
