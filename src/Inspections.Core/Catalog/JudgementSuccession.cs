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
    /// <param name="fromFramework">The earlier framework's id.</param>
    /// <param name="fromJudgement">The earlier judgement's id.</param>
    /// <param name="toFramework">The later framework's id.</param>
    /// <param name="toJudgement">The later judgement's id.</param>
    /// <param name="note">What changed between the two, in plain English.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, the frameworks are the same, or the note is blank.</exception>
    public JudgementSuccession(string fromFramework, string fromJudgement, string toFramework, string toJudgement, string note)
        : this(fromFramework, fromJudgement, toFramework, toJudgement, note, approximate: false)
    {
    }

    /// <summary>Creates a link, saying whether the later judgement covers the same ground as the earlier one.</summary>
    /// <param name="fromFramework">The earlier framework's id.</param>
    /// <param name="fromJudgement">The earlier judgement's id.</param>
    /// <param name="toFramework">The later framework's id.</param>
    /// <param name="toJudgement">The later judgement's id.</param>
    /// <param name="note">What changed between the two, in plain English.</param>
    /// <param name="approximate">
    /// True when the two judgements do not cover the same ground, so a comparison along the link is only
    /// approximate: a judgement split in two (ILACS 2018's children in care and care leavers became 2023's
    /// children in care and care leavers), or two merged into one.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, the frameworks are the same, or the note is blank.</exception>
    public JudgementSuccession(string fromFramework, string fromJudgement, string toFramework, string toJudgement, string note, bool approximate)
    {
        FromFramework = Identifier.Require(fromFramework, nameof(fromFramework));
        FromJudgement = Identifier.Require(fromJudgement, nameof(fromJudgement));
        ToFramework = Identifier.Require(toFramework, nameof(toFramework));
        ToJudgement = Identifier.Require(toJudgement, nameof(toJudgement));
        if (string.Equals(fromFramework, toFramework, StringComparison.Ordinal))
        {
            throw new ArgumentException("A succession links two different frameworks.", nameof(toFramework));
        }

        Note = Scales.GradingScale.RequireText(note, nameof(note));
        IsApproximate = approximate;
    }

    /// <summary>The earlier framework's id.</summary>
    public string FromFramework { get; }

    /// <summary>The earlier judgement's id.</summary>
    public string FromJudgement { get; }

    /// <summary>The later framework's id.</summary>
    public string ToFramework { get; }

    /// <summary>The later judgement's id.</summary>
    public string ToJudgement { get; }

    /// <summary>What changed between the two judgements.</summary>
    public string Note { get; }

    /// <summary>
    /// Whether the later judgement covers different ground from the earlier one (a split or a merger), so that a
    /// comparison along this link is approximate.
    /// </summary>
    public bool IsApproximate { get; }

    /// <summary>The link as <c>framework/judgement → framework/judgement</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{FromFramework}/{FromJudgement} → {ToFramework}/{ToJudgement}";
}
