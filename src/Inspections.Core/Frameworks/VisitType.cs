using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Inspections.Core.Frameworks;

/// <summary>
/// A kind of inspection event under a framework: a graded inspection (the SIF's full inspection, an ILACS
/// standard or short inspection) or an ungraded visit (an ILACS focused or monitoring visit).
/// </summary>
/// <remarks>Immutable. Built with <see cref="FrameworkBuilder"/>.</remarks>
public sealed class VisitType
{
    /// <summary>Creates a visit type.</summary>
    /// <param name="id">The id, lower-case kebab-case.</param>
    /// <param name="name">The framework's own words for it.</param>
    /// <param name="judgementIds">The judgement ids graded on this visit, in the framework's order; empty for an ungraded visit.</param>
    /// <param name="requiredJudgementIds">The judgement ids that must be graded; each one of <paramref name="judgementIds"/>.</param>
    /// <param name="usualFieldworkLength">The usual length of fieldwork on site, as a calendar period.</param>
    /// <param name="notice">How much notice the subject usually gets, in the framework's words.</param>
    /// <param name="headlineJudgementId">The judgement that sums up the visit (usually overall effectiveness), or null when there is none.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// An id is malformed or repeated, a required or headline judgement is not among <paramref name="judgementIds"/>,
    /// or the usual length is not positive.
    /// </exception>
    public VisitType(
        string id,
        string name,
        IEnumerable<string> judgementIds,
        IEnumerable<string> requiredJudgementIds,
        Period usualFieldworkLength,
        string notice,
        string? headlineJudgementId = null)
    {
        Id = Identifier.Require(id, nameof(id));
        Name = Preconditions.Label(name, nameof(name));
        JudgementIds = CheckIds(judgementIds, nameof(judgementIds));
        RequiredJudgementIds = CheckIds(requiredJudgementIds, nameof(requiredJudgementIds));
        foreach (var required in RequiredJudgementIds)
        {
            if (!JudgementIds.Contains(required, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Visit type '{id}' requires judgement '{required}' but does not grade it.", nameof(requiredJudgementIds));
            }
        }

        UsualFieldworkLength = usualFieldworkLength ?? throw new ArgumentNullException(nameof(usualFieldworkLength));
        var probe = new LocalDate(2000, 1, 1);
        if (probe + usualFieldworkLength <= probe)
        {
            throw new ArgumentException($"Visit type '{id}' needs a positive usual fieldwork length.", nameof(usualFieldworkLength));
        }

        Notice = Preconditions.Label(notice, nameof(notice));
        if (headlineJudgementId is not null && !JudgementIds.Contains(headlineJudgementId, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Visit type '{id}' has headline judgement '{headlineJudgementId}' but does not grade it.", nameof(headlineJudgementId));
        }

        HeadlineJudgementId = headlineJudgementId;
    }

    /// <summary>The id, such as <c>focused-visit</c>.</summary>
    public string Id { get; }

    /// <summary>The framework's own words for the visit type.</summary>
    public string Name { get; }

    /// <summary>Whether the visit gives graded judgements.</summary>
    public bool IsGraded => !JudgementIds.IsEmpty;

    /// <summary>The judgement ids graded on this visit, in the framework's order; empty for an ungraded visit.</summary>
    public ImmutableArray<string> JudgementIds { get; }

    /// <summary>The judgement ids that must be graded (INS014 when missing).</summary>
    public ImmutableArray<string> RequiredJudgementIds { get; }

    /// <summary>The usual length of fieldwork on site, as a calendar period (INS032 when exceeded).</summary>
    public Period UsualFieldworkLength { get; }

    /// <summary>How much notice the subject usually gets, in words.</summary>
    public string Notice { get; }

    /// <summary>
    /// Whether the visit judges a body other than the subject's children's services: the SIF's review of the Local
    /// Safeguarding Children Board (<c>lscb-review</c>), made alongside the inspection of the authority, judges the
    /// board. Its grade is not the authority's, so histories and the state of the nation do not count it as the
    /// authority's latest inspection. False unless the definition says so (<c>new VisitType(...) { JudgesAnotherBody = true }</c>).
    /// </summary>
    public bool JudgesAnotherBody { get; init; }

    /// <summary>The judgement that sums the visit up, or null (ILACS from April 2026 has no overall effectiveness).</summary>
    public string? HeadlineJudgementId { get; }

    /// <summary>The longest usual fieldwork, in calendar days counted from <paramref name="start"/> (both ends included).</summary>
    /// <param name="start">The first day of fieldwork.</param>
    /// <returns>The number of days.</returns>
    public int UsualLengthInDaysFrom(LocalDate start) => Period.DaysBetween(start, start + UsualFieldworkLength);

    /// <summary>The id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    private static ImmutableArray<string> CheckIds(IEnumerable<string> ids, string parameterName)
    {
        if (ids is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var list = ids.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in list)
        {
            Identifier.Require(id, parameterName);
            if (!seen.Add(id))
            {
                throw new ArgumentException($"Judgement '{id}' is listed twice.", parameterName);
            }
        }

        return list;
    }
}
