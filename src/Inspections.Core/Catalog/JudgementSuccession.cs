using System;

namespace Inspections.Core.Catalog;

/// <summary>
/// A link of framework lineage: the judgement of a later framework that succeeds a judgement of an earlier one,
/// such as ILACS 2018's "impact of leaders" succeeding the SIF's "leadership, management and governance".
/// Comparisons of inspections across frameworks follow these links, and only these.
/// </summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record JudgementSuccession
{
    /// <summary>Creates a link.</summary>
    /// <param name="fromFrameworkId">The earlier framework's id.</param>
    /// <param name="fromJudgementId">The earlier judgement's id.</param>
    /// <param name="toFrameworkId">The later framework's id.</param>
    /// <param name="toJudgementId">The later judgement's id.</param>
    /// <param name="note">What changed between the two, in plain English.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, the frameworks are the same, or the note is blank.</exception>
    public JudgementSuccession(string fromFrameworkId, string fromJudgementId, string toFrameworkId, string toJudgementId, string note)
        : this(fromFrameworkId, fromJudgementId, toFrameworkId, toJudgementId, note, approximate: false)
    {
    }

    /// <summary>Creates a link, saying whether the later judgement covers the same ground as the earlier one.</summary>
    /// <param name="fromFrameworkId">The earlier framework's id.</param>
    /// <param name="fromJudgementId">The earlier judgement's id.</param>
    /// <param name="toFrameworkId">The later framework's id.</param>
    /// <param name="toJudgementId">The later judgement's id.</param>
    /// <param name="note">What changed between the two, in plain English.</param>
    /// <param name="approximate">
    /// True when the two judgements do not cover the same ground, so a comparison along the link is only
    /// approximate: a judgement split in two (ILACS 2018's children in care and care leavers became 2023's
    /// children in care and care leavers), or two merged into one.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, the frameworks are the same, or the note is blank.</exception>
    public JudgementSuccession(string fromFrameworkId, string fromJudgementId, string toFrameworkId, string toJudgementId, string note, bool approximate)
    {
        FromFrameworkId = Identifier.Require(fromFrameworkId, nameof(fromFrameworkId));
        FromJudgementId = Identifier.Require(fromJudgementId, nameof(fromJudgementId));
        ToFrameworkId = Identifier.Require(toFrameworkId, nameof(toFrameworkId));
        ToJudgementId = Identifier.Require(toJudgementId, nameof(toJudgementId));
        if (string.Equals(fromFrameworkId, toFrameworkId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A succession links two different frameworks.", nameof(toFrameworkId));
        }

        Note = Preconditions.Label(note, nameof(note));
        IsApproximate = approximate;
    }

    /// <summary>The earlier framework's id.</summary>
    public string FromFrameworkId { get; }

    /// <summary>The earlier judgement's id.</summary>
    public string FromJudgementId { get; }

    /// <summary>The later framework's id.</summary>
    public string ToFrameworkId { get; }

    /// <summary>The later judgement's id.</summary>
    public string ToJudgementId { get; }

    /// <summary>What changed between the two judgements.</summary>
    public string Note { get; }

    /// <summary>
    /// Whether the later judgement covers different ground from the earlier one (a split or a merger), so that a
    /// comparison along this link is approximate.
    /// </summary>
    public bool IsApproximate { get; }

    /// <summary>The link as <c>framework/judgement → framework/judgement</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{FromFrameworkId}/{FromJudgementId} → {ToFrameworkId}/{ToJudgementId}";
}
