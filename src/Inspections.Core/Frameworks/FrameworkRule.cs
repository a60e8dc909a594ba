using System;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core;
using Inspections.Core.Scales;

namespace Inspections.Core.Frameworks;

/// <summary>
/// A rule a framework sets on how its judgements relate, such as the SIF's "inadequate in any key judgement
/// means inadequate overall". Rules are values with a <see cref="Strength"/>: a broken <see cref="RuleStrength.Must"/>
/// rule is an error (INS020), a broken <see cref="RuleStrength.Likely"/> rule a warning (INS021).
/// </summary>
/// <remarks>
/// The kinds of rule are <see cref="ForcedGradeRule"/> and <see cref="LimitingJudgementRule"/>. A rule reads
/// only judgements that are graded with a grade of the framework's scale; where one it needs is missing it
/// does not apply. Immutable and thread-safe; two rules are equal when they are of the same kind and every
/// property is equal.
/// </remarks>
public abstract class FrameworkRule : IEquatable<FrameworkRule>
{
    private protected FrameworkRule(string id, string targetJudgementId, RuleStrength strength, string description, string? source)
    {
        Id = Identifier.Require(id, nameof(id));
        TargetJudgementId = Identifier.Require(targetJudgementId, nameof(targetJudgementId));
        if (strength is not (RuleStrength.Must or RuleStrength.Likely))
        {
            throw new ArgumentOutOfRangeException(nameof(strength), strength, "Not a defined rule strength.");
        }

        Strength = strength;
        Description = Preconditions.Label(description, nameof(description));
        Source = source is null ? null : Preconditions.Label(source, nameof(source));
    }

    /// <summary>The rule's id, unique within its framework.</summary>
    public string Id { get; }

    /// <summary>The judgement the rule constrains (usually overall effectiveness).</summary>
    public string TargetJudgementId { get; }

    /// <summary>The judgements whose grades the rule reads besides the target.</summary>
    public abstract ImmutableArray<string> ConditionJudgementIds { get; }

    /// <summary>How firmly the rule holds.</summary>
    public RuleStrength Strength { get; }

    /// <summary>The rule in plain English, in the framework's words.</summary>
    public string Description { get; }

    /// <summary>Where the rule comes from (a handbook or a published outcome), or null.</summary>
    public string? Source { get; }

    /// <summary>Whether a set of judgements breaks the rule.</summary>
    /// <param name="judgements">The judgements of an inspection.</param>
    /// <param name="scale">The framework's scale, used to read the grades.</param>
    /// <returns><see langword="true"/> when the rule applies and is broken.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool IsBrokenBy(JudgementGrades judgements, GradingScale scale)
    {
        if (judgements is null)
        {
            throw new ArgumentNullException(nameof(judgements));
        }

        if (scale is null)
        {
            throw new ArgumentNullException(nameof(scale));
        }

        return FindBreach(judgements, scale, out _, out _);
    }

    /// <summary>A sentence saying how a set of judgements breaks the rule, or null when it does not.</summary>
    /// <param name="judgements">The judgements of an inspection.</param>
    /// <param name="scale">The framework's scale.</param>
    /// <returns>The sentence, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string? DescribeBreach(JudgementGrades judgements, GradingScale scale)
    {
        if (!IsBrokenBy(judgements, scale))
        {
            return null;
        }

        FindBreach(judgements, scale, out var target, out var culprit);
        return FormatBreach(culprit!.Value, target!);
    }

    /// <summary>Whether <paramref name="other"/> is the same kind of rule with equal properties.</summary>
    /// <param name="other">Another rule, or null.</param>
    /// <returns>The result.</returns>
    public bool Equals(FrameworkRule? other) =>
        other is not null
        && other.GetType() == GetType()
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(TargetJudgementId, other.TargetJudgementId, StringComparison.Ordinal)
        && Strength == other.Strength
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && ConditionJudgementIds.SequenceEqual(other.ConditionJudgementIds, StringComparer.Ordinal)
        && HasSameSpecifics(other);

    /// <inheritdoc/>
    public sealed override bool Equals(object? obj) => obj is FrameworkRule other && Equals(other);

    /// <inheritdoc/>
    public sealed override int GetHashCode() =>
        HashCode.Combine(GetType(), StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(TargetJudgementId), Strength);

    /// <summary>The rule's id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Compares what a kind of rule adds beyond the shared properties; <paramref name="other"/> is of the same type.</summary>
    private protected virtual bool HasSameSpecifics(FrameworkRule other) => true;

    internal abstract bool FindBreach(JudgementGrades judgements, GradingScale scale, out Grade? targetGrade, out JudgementGrade? culprit);

    private protected abstract string FormatBreach(JudgementGrade culprit, Grade targetGrade);

    private protected static bool TryGrade(JudgementGrades judgements, GradingScale scale, string judgementId, out Grade? grade)
    {
        grade = null;
        return judgements.TryGetGradeId(judgementId, out var gradeId) && scale.TryGetGrade(gradeId, out grade);
    }
}
