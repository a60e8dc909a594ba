using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core;
using Inspections.Core.Scales;

namespace Inspections.Core.Frameworks;

/// <summary>
/// "If any of these judgements is graded G, the target must be G too": for example, under the SIF a local
/// authority inadequate in any key judgement is inadequate overall.
/// </summary>
public sealed class ForcedGradeRule : FrameworkRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="targetJudgementId">The judgement that is forced.</param>
    /// <param name="triggerJudgementIds">The judgements any one of which forces it.</param>
    /// <param name="gradeId">The grade that forces, and is forced.</param>
    /// <param name="strength">How firmly the rule holds.</param>
    /// <param name="description">The rule in plain English.</param>
    /// <param name="source">Where the rule comes from (a citation or URL), or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, the description or source is blank, there is no trigger, or the target is among the triggers.</exception>
    public ForcedGradeRule(
        string id,
        string targetJudgementId,
        IEnumerable<string> triggerJudgementIds,
        string gradeId,
        RuleStrength strength,
        string description,
        string? source = null)
        : base(id, targetJudgementId, strength, description, source)
    {
        if (triggerJudgementIds is null)
        {
            throw new ArgumentNullException(nameof(triggerJudgementIds));
        }

        TriggerJudgementIds = triggerJudgementIds.Select(t => Identifier.Require(t, nameof(triggerJudgementIds))).ToImmutableArray();
        if (TriggerJudgementIds.IsEmpty)
        {
            throw new ArgumentException($"Rule '{id}' needs at least one trigger judgement.", nameof(triggerJudgementIds));
        }

        if (TriggerJudgementIds.Contains(targetJudgementId, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Rule '{id}': the target '{targetJudgementId}' cannot also trigger itself.", nameof(triggerJudgementIds));
        }

        GradeId = Identifier.Require(gradeId, nameof(gradeId));
    }

    /// <summary>The judgements any one of which, graded <see cref="GradeId"/>, forces the target.</summary>
    public ImmutableArray<string> TriggerJudgementIds { get; }

    /// <summary>The grade that forces and is forced, such as <c>inadequate</c>.</summary>
    public string GradeId { get; }

    /// <inheritdoc/>
    public override ImmutableArray<string> ConditionJudgementIds => TriggerJudgementIds;

    internal override bool FindBreach(JudgementGrades judgements, GradingScale scale, out Grade? targetGrade, out JudgementGrade? culprit)
    {
        culprit = null;
        if (!TryGrade(judgements, scale, TargetJudgementId, out targetGrade)
            || string.Equals(targetGrade!.Id, GradeId, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var trigger in TriggerJudgementIds)
        {
            if (judgements.TryGetGradeId(trigger, out var gradeId) && string.Equals(gradeId, GradeId, StringComparison.Ordinal))
            {
                culprit = new JudgementGrade(trigger, gradeId);
                return true;
            }
        }

        return false;
    }

    private protected override bool HasSameSpecifics(FrameworkRule other) =>
        string.Equals(GradeId, ((ForcedGradeRule)other).GradeId, StringComparison.Ordinal);

    private protected override string FormatBreach(JudgementGrade culprit, Grade targetGrade) =>
        $"{Description} Here '{culprit.JudgementId}' is '{culprit.GradeId}' but '{TargetJudgementId}' is '{targetGrade.Id}'.";
}
