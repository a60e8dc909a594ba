using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;

namespace Inspections.Core.Comparison;

/// <summary>
/// Compares two inspections of the same subject judgement by judgement. Under one framework grades are compared
/// on its scale; across frameworks each judgement of the later inspection is matched to its predecessor through
/// the catalog's lineage and the grades go through the scale crosswalk, with the framework-changed caveat. A
/// judgement with no predecessor or successor is not comparable, with the reason.
/// </summary>
/// <remarks>
/// <para>
/// Only judgements joined by the lineage are compared, and each judgement is in one line: two judgements of
/// different frameworks that share an id but no lineage (the overall effectiveness of a 2012 protection of
/// children inspection and of an ILACS inspection) are one line, not comparable. The overall line compares the
/// two visit types' headline judgements only when they are the same judgement or joined by the lineage: a
/// full SIF inspection's overall effectiveness and its LSCB review's effectiveness of the board are not, nor are
/// an APA's overall effectiveness and SLAC's safeguarding strand. Where the lineage splits a judgement (ILACS
/// 2018's children in care and care leavers became 2023's children in care and care leavers) the earlier grade is
/// compared with each part and the line says the match is approximate (<see cref="JudgementComparison.IsApproximate"/>).
/// A judgement the published record lists as not judged is never compared.
/// </para>
/// </remarks>
/// <remarks>Thread-safe.</remarks>
public static class InspectionComparer
{
    /// <summary>Compares two inspections using a catalog's frameworks, lineage and crosswalks.</summary>
    /// <param name="first">One inspection.</param>
    /// <param name="second">The other inspection.</param>
    /// <param name="catalog">The catalog, or null for the built-in <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The comparison, earlier inspection first (by first day of fieldwork; on a tie, <paramref name="first"/> first).</returns>
    /// <exception cref="ArgumentNullException">An inspection is null.</exception>
    /// <exception cref="ArgumentException">The inspections are of different subjects.</exception>
    public static InspectionComparison Compare(Inspection first, Inspection second, FrameworkCatalog? catalog = null)
    {
        if (first is null)
        {
            throw new ArgumentNullException(nameof(first));
        }

        if (second is null)
        {
            throw new ArgumentNullException(nameof(second));
        }

        catalog ??= FrameworkCatalog.Default;

        if (!IsSameSubject(first.Subject, second.Subject))
        {
            throw new ArgumentException(
                $"The inspections are of different subjects ('{first.Subject.Name}' and '{second.Subject.Name}'); only inspections of one subject are compared.",
                nameof(second));
        }

        var (before, after) = second.Date < first.Date ? (second, first) : (first, second);
        bool changed = !string.Equals(before.FrameworkId, after.FrameworkId, StringComparison.Ordinal);
        catalog.TryGet(before.FrameworkId, out var beforeFramework);
        catalog.TryGet(after.FrameworkId, out var afterFramework);

        if (beforeFramework is null || afterFramework is null)
        {
            string unknown = beforeFramework is null ? before.FrameworkId : after.FrameworkId;
            string reason = $"Framework '{unknown}' is not in the catalog, so its grades cannot be read.";
            var lines = ImmutableArray.CreateBuilder<JudgementComparison>();
            foreach (var pair in after.Judgements)
            {
                before.Judgements.TryGetGradeId(pair.JudgementId, out var beforeGrade);
                lines.Add(NotComparable(pair.JudgementId, before.Judgements.Contains(pair.JudgementId) ? pair.JudgementId : null, pair.JudgementId, beforeGrade, pair.GradeId, changed, reason));
            }

            foreach (var pair in before.Judgements)
            {
                if (!after.Judgements.Contains(pair.JudgementId))
                {
                    lines.Add(NotComparable(pair.JudgementId, pair.JudgementId, null, pair.GradeId, null, changed, reason));
                }
            }

            return new InspectionComparison(before, after, NotComparable("overall", null, null, null, null, changed, reason), lines.ToImmutable());
        }

        var overall = CompareOverall(before, after, beforeFramework, afterFramework, catalog, changed);

        // First find, for each judgement given in the later inspection, its predecessor in the earlier framework,
        // so that an earlier judgement joined to any later one is never also listed as having no successor.
        var chains = new Dictionary<string, ImmutableArray<JudgementSuccession>>(StringComparer.Ordinal);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var judgement in afterFramework.Judgements)
        {
            if (IsGiven(after, judgement.Id)
                && catalog.TryFindPredecessor(afterFramework.Id, judgement.Id, beforeFramework.Id, out var chain))
            {
                chains.Add(judgement.Id, chain);
                matched.Add(chain.IsEmpty ? judgement.Id : chain[0].FromJudgementId);
            }
        }

        var judgements = ImmutableArray.CreateBuilder<JudgementComparison>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var judgement in afterFramework.Judgements)
        {
            if (!IsGiven(after, judgement.Id))
            {
                continue;
            }

            after.Judgements.TryGetGradeId(judgement.Id, out var afterGrade);
            string? notJudgedLater = NotJudgedReason(after, judgement.Id, "later");
            if (!chains.TryGetValue(judgement.Id, out var chain))
            {
                // No lineage: an earlier judgement that happens to share the id is the same row, not a second one.
                if (!matched.Contains(judgement.Id) && IsGiven(before, judgement.Id) && beforeFramework.IndexOfJudgement(judgement.Id) >= 0)
                {
                    before.Judgements.TryGetGradeId(judgement.Id, out var sameIdGrade);
                    listed.Add(judgement.Id);
                    judgements.Add(NotComparable(judgement.Id, judgement.Id, judgement.Id, sameIdGrade, afterGrade, changed,
                        notJudgedLater ?? NotJudgedReason(before, judgement.Id, "earlier") ?? $"No lineage joins '{NameOf(beforeFramework, judgement.Id)}' ({judgement.Id}) of {beforeFramework.Id} to '{judgement.Name}' of {afterFramework.Id}: the id is the same but they judge different things."));
                    continue;
                }

                judgements.Add(NotComparable(judgement.Id, null, judgement.Id, null, afterGrade, changed,
                    notJudgedLater ?? $"'{judgement.Name}' ({judgement.Id}) of {afterFramework.Id} has no predecessor in {beforeFramework.Id}, so there is nothing to compare it with."));
                continue;
            }

            string beforeId = chain.IsEmpty ? judgement.Id : chain[0].FromJudgementId;
            listed.Add(beforeId);
            before.Judgements.TryGetGradeId(beforeId, out var beforeGrade);
            string? notJudged = NotJudgedReason(before, beforeId, "earlier") ?? notJudgedLater;
            if (notJudged is not null)
            {
                judgements.Add(NotComparable(judgement.Id, beforeId, judgement.Id, beforeGrade, afterGrade, changed, notJudged, chain));
                continue;
            }

            if (beforeGrade is null || afterGrade is null)
            {
                judgements.Add(NotComparable(judgement.Id, beforeId, judgement.Id, null, afterGrade, changed,
                    $"'{beforeId}' was not graded in the earlier inspection, so there is nothing to compare '{judgement.Id}' with."));
                continue;
            }

            judgements.Add(CompareGrades(judgement.Id, beforeId, judgement.Id, beforeGrade, afterGrade, beforeFramework, afterFramework, catalog, changed, chain));
        }

        foreach (var pair in after.Judgements)
        {
            if (afterFramework.IndexOfJudgement(pair.JudgementId) < 0)
            {
                judgements.Add(NotComparable(pair.JudgementId, null, pair.JudgementId, null, pair.GradeId, changed,
                    $"'{pair.JudgementId}' is not a judgement of {afterFramework.Id}."));
            }
        }

        foreach (var judgementId in GivenIds(before, beforeFramework))
        {
            if (matched.Contains(judgementId) || listed.Contains(judgementId))
            {
                continue;
            }

            before.Judgements.TryGetGradeId(judgementId, out var beforeGrade);
            judgements.Add(NotComparable(judgementId, judgementId, null, beforeGrade, null, changed,
                NotJudgedReason(before, judgementId, "earlier")
                ?? (changed
                    ? $"'{judgementId}' of {beforeFramework.Id} has no successor graded in the later inspection under {afterFramework.Id}."
                    : $"'{judgementId}' was not graded in the later inspection.")));
        }

        return new InspectionComparison(before, after, overall, judgements.ToImmutable());
    }

    /// <summary>
    /// Whether two subjects are the same body: same kind, and the same GSS code or DfE number where both give
    /// one, otherwise the same name ignoring case and surrounding white space.
    /// </summary>
    /// <param name="a">A subject.</param>
    /// <param name="b">Another subject.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">A subject is null.</exception>
    public static bool IsSameSubject(InspectionSubject a, InspectionSubject b)
    {
        if (a is null)
        {
            throw new ArgumentNullException(nameof(a));
        }

        if (b is null)
        {
            throw new ArgumentNullException(nameof(b));
        }

        if (a.Kind != b.Kind)
        {
            return false;
        }

        if (a.GssCode is not null && b.GssCode is not null)
        {
            return string.Equals(a.GssCode, b.GssCode, StringComparison.Ordinal);
        }

        if (a.LaNumber is not null && b.LaNumber is not null)
        {
            return a.LaNumber == b.LaNumber;
        }

        return string.Equals(a.Name.Trim(), b.Name.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static JudgementComparison CompareOverall(
        Inspection before, Inspection after, InspectionFramework beforeFramework, InspectionFramework afterFramework, FrameworkCatalog catalog, bool changed)
    {
        beforeFramework.TryGetVisitType(before.VisitTypeId, out var beforeVisit);
        afterFramework.TryGetVisitType(after.VisitTypeId, out var afterVisit);
        string? beforeId = beforeVisit?.HeadlineJudgementId;
        string? afterId = afterVisit?.HeadlineJudgementId;
        if (beforeId is null || afterId is null)
        {
            var missing = beforeId is null ? (before, beforeFramework, beforeVisit) : (after, afterFramework, afterVisit);
            string reason = missing.Item3 is null
                ? $"'{missing.Item1.VisitTypeId}' is not a visit type of {missing.Item2.Id}."
                : $"A {missing.Item3.Name.ToLowerInvariant()} under {missing.Item2.Id} has no overall judgement.";
            return NotComparable("overall", beforeId, afterId, null, null, changed, reason);
        }

        before.Judgements.TryGetGradeId(beforeId, out var beforeGrade);
        after.Judgements.TryGetGradeId(afterId, out var afterGrade);

        // The headlines are compared only when they are one judgement, or joined by the lineage.
        var chain = ImmutableArray<JudgementSuccession>.Empty;
        bool joined = changed
            ? catalog.TryFindPredecessor(afterFramework.Id, afterId, beforeFramework.Id, out chain) && chain[0].FromJudgementId == beforeId
            : string.Equals(beforeId, afterId, StringComparison.Ordinal);
        if (!joined)
        {
            string reason = changed
                ? $"No lineage joins {beforeFramework.Id}'s headline '{NameOf(beforeFramework, beforeId)}' ({beforeId}) to {afterFramework.Id}'s '{NameOf(afterFramework, afterId)}' ({afterId}): they judge different things, so the headlines are not compared."
                : $"The headlines judge different things: '{NameOf(beforeFramework, beforeId)}' ({beforeId}) of the {beforeVisit!.Name.ToLowerInvariant()} and '{NameOf(afterFramework, afterId)}' ({afterId}) of the {afterVisit!.Name.ToLowerInvariant()}.";
            return NotComparable("overall", beforeId, afterId, beforeGrade, afterGrade, changed, reason);
        }

        string? notJudged = NotJudgedReason(before, beforeId, "earlier") ?? NotJudgedReason(after, afterId, "later");
        if (notJudged is not null)
        {
            return NotComparable("overall", beforeId, afterId, beforeGrade, afterGrade, changed, notJudged, chain);
        }

        if (beforeGrade is null || afterGrade is null)
        {
            return NotComparable("overall", beforeId, afterId, beforeGrade, afterGrade, changed,
                $"'{(beforeGrade is null ? beforeId : afterId)}' is not graded in the {(beforeGrade is null ? "earlier" : "later")} inspection.");
        }

        return CompareGrades("overall", beforeId, afterId, beforeGrade, afterGrade, beforeFramework, afterFramework, catalog, changed, chain);
    }

    /// <summary>Whether the inspection grades the judgement or lists it as not judged.</summary>
    private static bool IsGiven(Inspection inspection, string judgementId) =>
        inspection.Judgements.Contains(judgementId) || IsNotJudged(inspection, judgementId);

    /// <summary>The judgements the inspection grades or lists as not judged, in the framework's order.</summary>
    private static IEnumerable<string> GivenIds(Inspection inspection, InspectionFramework framework)
    {
        foreach (var judgement in framework.Judgements)
        {
            if (IsGiven(inspection, judgement.Id))
            {
                yield return judgement.Id;
            }
        }
    }

    /// <summary>The reason a judgement is not compared because the inspection lists it as not judged, or null.</summary>
    private static string? NotJudgedReason(Inspection inspection, string judgementId, string which) =>
        IsNotJudged(inspection, judgementId)
            ? $"'{judgementId}' was not judged in the {which} inspection (the published record says so), so there is nothing to compare."
            : null;

    private static bool IsNotJudged(Inspection inspection, string judgementId)
    {
        foreach (string id in inspection.NotJudgedIds)
        {
            if (string.Equals(id, judgementId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string NameOf(InspectionFramework framework, string judgementId) =>
        framework.TryGetJudgement(judgementId, out var judgement) ? judgement.Name : judgementId;

    private static JudgementComparison CompareGrades(
        string judgementId,
        string beforeId,
        string afterId,
        string beforeGradeId,
        string afterGradeId,
        InspectionFramework beforeFramework,
        InspectionFramework afterFramework,
        FrameworkCatalog catalog,
        bool changed,
        ImmutableArray<JudgementSuccession> chain)
    {
        if (!beforeFramework.Scale.TryGetGrade(beforeGradeId, out var beforeGrade))
        {
            return NotComparable(judgementId, beforeId, afterId, beforeGradeId, afterGradeId, changed,
                $"'{beforeGradeId}' is not a grade of the {beforeFramework.Scale.Id} scale of {beforeFramework.Id}.");
        }

        if (!afterFramework.Scale.TryGetGrade(afterGradeId, out var afterGrade))
        {
            return NotComparable(judgementId, beforeId, afterId, beforeGradeId, afterGradeId, changed,
                $"'{afterGradeId}' is not a grade of the {afterFramework.Scale.Id} scale of {afterFramework.Id}.");
        }

        var comparison = catalog.Comparer.Compare(beforeGrade, afterGrade, changed);
        return new JudgementComparison(judgementId, beforeId, afterId, beforeGradeId, afterGradeId, comparison, chain);
    }

    private static JudgementComparison NotComparable(
        string judgementId, string? beforeId, string? afterId, string? beforeGrade, string? afterGrade, bool changed, string reason) =>
        NotComparable(judgementId, beforeId, afterId, beforeGrade, afterGrade, changed, reason, ImmutableArray<JudgementSuccession>.Empty);

    private static JudgementComparison NotComparable(
        string judgementId, string? beforeId, string? afterId, string? beforeGrade, string? afterGrade, bool changed, string reason, ImmutableArray<JudgementSuccession> chain) =>
        new(judgementId, beforeId, afterId, beforeGrade, afterGrade, GradeComparer.NotComparable(null, null, changed, reason), chain);
}
