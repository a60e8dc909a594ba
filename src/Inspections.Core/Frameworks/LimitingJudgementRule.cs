using System;
using System.Collections.Immutable;
using Inspections.Core;
using Inspections.Core.Scales;

namespace Inspections.Core.Frameworks;

/// <summary>
/// "The target can be no better than the limiting judgement": for example, the SIF's overall effectiveness
/// was limited by the judgement on children who need help and protection (Bradford 2014).
/// </summary>
public sealed class LimitingJudgementRule : FrameworkRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="targetJudgementId">The judgement that is limited.</param>
    /// <param name="limitingJudgementId">The judgement that limits it.</param>
    /// <param name="strength">How firmly the rule holds.</param>
    /// <param name="description">The rule in plain English.</param>
    /// <param name="source">Where the rule comes from (a citation or URL), or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, the description or source is blank, or the judgement limits itself.</exception>
    public LimitingJudgementRule(
        string id,
        string targetJudgementId,
        string limitingJudgementId,
        RuleStrength strength,
        string description,
        string? source = null)
        : base(id, targetJudgementId, strength, description, source)
    {
        LimitingJudgementId = Identifier.Require(limitingJudgementId, nameof(limitingJudgementId));
        ConditionJudgementIds = [limitingJudgementId];
        if (string.Equals(limitingJudgementId, targetJudgementId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Rule '{id}': a judgement cannot limit itself.", nameof(limitingJudgementId));
        }
    }

    /// <summary>The judgement that limits the target.</summary>
    public string LimitingJudgementId { get; }

    /// <inheritdoc/>
    public override ImmutableArray<string> ConditionJudgementIds { get; }

    internal override bool FindBreach(JudgementGrades judgements, GradingScale scale, out Grade? targetGrade, out JudgementGrade? culprit)
    {
        culprit = null;
        if (!TryGrade(judgements, scale, TargetJudgementId, out targetGrade)
            || !TryGrade(judgements, scale, LimitingJudgementId, out var limit)
            || targetGrade!.Rank >= limit!.Rank)
        {
            return false;
        }

        culprit = new JudgementGrade(LimitingJudgementId, limit.Id);
        return true;
    }

    private protected override string FormatBreach(JudgementGrade culprit, Grade targetGrade) =>
        $"{Description} Here '{TargetJudgementId}' is '{targetGrade.Id}', better than '{culprit.JudgementId}', which is '{culprit.GradeId}'.";
}
