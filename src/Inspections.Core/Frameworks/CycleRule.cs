using System;
using System.Collections.Immutable;
using NodaTime;

namespace Inspections.Core.Frameworks;

/// <summary>
/// One rule of a framework's <see cref="InspectionCycle"/>: for an authority whose last graded inspection meets the
/// <see cref="Conditions"/>, what comes next (<see cref="NextVisitTypeId"/>), whether it comes in the cycle's
/// window, the visits in between (monitoring visits every <see cref="MonitoringInterval"/> for an inadequate
/// authority; focused visits for the others), with the <see cref="Source"/> that states it and what the sources
/// leave <see cref="Unconfirmed"/>.
/// </summary>
/// <remarks>
/// Rule ids name the rule, not the framework: the same rule in two versions of a framework has the same id, so the
/// record of how Ofsted kept to it spans the versions. Immutable and thread-safe.
/// </remarks>
public sealed class CycleRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">The id, lower-case kebab-case, such as <c>requires-improvement-standard-inspection</c>.</param>
    /// <param name="description">The rule in plain English.</param>
    /// <param name="conditions">The conditions on the last graded inspection, all of which must hold.</param>
    /// <param name="nextVisitTypeId">The visit type of the next graded inspection, such as <c>standard-inspection</c>.</param>
    /// <param name="inWindow">Whether the next inspection comes in the cycle's window (false for a re-inspection Ofsted times itself).</param>
    /// <param name="monitoringInterval">How often monitoring visits come until the next inspection, or null when there are none.</param>
    /// <param name="between">The ungraded visits between inspections, in words, or null.</param>
    /// <param name="source">Where the rule is stated: publication, section or paragraph, address.</param>
    /// <param name="unconfirmed">What of the rule the sources do not confirm, or null when a source states all of it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, a text blank, or there is no condition.</exception>
    public CycleRule(
        string id,
        string description,
        ImmutableArray<CycleCondition> conditions,
        string nextVisitTypeId,
        bool inWindow,
        Period? monitoringInterval,
        string? between,
        string source,
        string? unconfirmed)
    {
        Id = Identifier.Require(id, nameof(id));
        Description = Preconditions.Label(description, nameof(description));
        if (conditions.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Cycle rule '{id}' has no condition.", nameof(conditions));
        }

        foreach (var condition in conditions)
        {
            if (condition is null)
            {
                throw new ArgumentNullException(nameof(conditions), $"A condition of cycle rule '{id}' is null.");
            }
        }

        Conditions = conditions;
        NextVisitTypeId = Identifier.Require(nextVisitTypeId, nameof(nextVisitTypeId));
        InWindow = inWindow;
        MonitoringInterval = monitoringInterval;
        Between = between is null ? null : Preconditions.Label(between, nameof(between));
        Source = Preconditions.Label(source, nameof(source));
        Unconfirmed = unconfirmed is null ? null : Preconditions.Label(unconfirmed, nameof(unconfirmed));
    }

    /// <summary>The rule's id.</summary>
    public string Id { get; }

    /// <summary>The rule in plain English.</summary>
    public string Description { get; }

    /// <summary>The conditions on the last graded inspection; the rule applies when all hold.</summary>
    public ImmutableArray<CycleCondition> Conditions { get; }

    /// <summary>The visit type of the next graded inspection.</summary>
    public string NextVisitTypeId { get; }

    /// <summary>Whether the next inspection comes in the cycle's <see cref="InspectionCycle.Window"/>.</summary>
    public bool InWindow { get; }

    /// <summary>How often monitoring visits come until the next inspection (three months: quarterly), or null.</summary>
    public Period? MonitoringInterval { get; }

    /// <summary>The ungraded visits between inspections, in words, or null.</summary>
    public string? Between { get; }

    /// <summary>Where the rule is stated.</summary>
    public string Source { get; }

    /// <summary>What of the rule the sources leave unconfirmed, or null.</summary>
    public string? Unconfirmed { get; }

    /// <summary>Whether the rule applies to an authority whose last graded inspection gave <paramref name="judgements"/>.</summary>
    /// <param name="judgements">The last graded inspection's judgements.</param>
    /// <returns><see langword="true"/> when every condition holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="judgements"/> is null.</exception>
    public bool AppliesTo(JudgementGrades judgements)
    {
        if (judgements is null)
        {
            throw new ArgumentNullException(nameof(judgements));
        }

        foreach (var condition in Conditions)
        {
            if (!condition.IsMetBy(judgements))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
