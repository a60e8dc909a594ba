using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core.Inspections;
using Inspections.Core.Scales;

namespace Inspections.Core.Comparison;

/// <summary>
/// Compares two inspections of the same subject judgement by judgement. Under one framework grades are compared
/// on its scale; across frameworks each judgement of the later inspection is matched to its predecessor through
/// the catalog's lineage and the grades go through the scale crosswalk, with the framework-changed caveat. A
/// judgement with no predecessor or successor is not comparable, with the reason.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class InspectionComparer
{
    /// <summary>Compares two inspections using the built-in catalog.</summary>
    /// <param name="first">One inspection.</param>
    /// <param name="second">The other inspection.</param>
    /// <returns>The comparison, earlier inspection first (by first day of fieldwork; on a tie, <paramref name="first"/> first).</returns>
    /// <exception cref="ArgumentNullException">An inspection is null.</exception>
    /// <exception cref="ArgumentException">The inspections are of different subjects.</exception>
    public static InspectionComparison Compare(Inspection first, Inspection second) => Compare(first, second, FrameworkCatalog.Default);

    /// <summary>Compares two inspections using a catalog's frameworks, lineage and crosswalks.</summary>
    /// <param name="first">One inspection.</param>
    /// <param name="second">The other inspection.</param>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The comparison, earlier inspection first (by first day of fieldwork; on a tie, <paramref name="first"/> first).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The inspections are of different subjects.</exception>
    public static InspectionComparison Compare(Inspection first, Inspection second, FrameworkCatalog catalog)
    {
        if (first is null)
        {
            throw new ArgumentNullException(nameof(first));
        }

        if (second is null)
        {
            throw new ArgumentNullException(nameof(second));
        }

        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        if (!IsSameSubject(first.Subject, second.Subject))
        {
            throw new ArgumentException(
                $"The inspections are of different subjects ('{first.Subject.Name}' and '{second.Subject.Name}'); only inspections of one subject are compared.",
                nameof(second));
        }

        var (before, after) = (second.Fieldwork?.Start ?? second.Published) < (first.Fieldwork?.Start ?? first.Published) ? (second, first) : (first, second);
        bool changed = !string.Equals(before.Framework, after.Framework, StringComparison.Ordinal);
        catalog.TryGet(before.Framework, out var beforeFramework);
        catalog.TryGet(after.Framework, out var afterFramework);

        if (beforeFramework is null || afterFramework is null)
        {
            string unknown = beforeFramework is null ? before.Framework : after.Framework;
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
        var judgements = ImmutableArray.CreateBuilder<JudgementComparison>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var judgement in afterFramework.Judgements)
        {
            if (!after.Judgements.TryGetGradeId(judgement.Id, out var afterGrade))
            {
                continue;
            }

            if (!catalog.TryFindPredecessor(afterFramework.Id, judgement.Id, beforeFramework.Id, out var chain))
            {
                judgements.Add(NotComparable(judgement.Id, null, judgement.Id, null, afterGrade, changed,
                    $"'{judgement.Name}' ({judgement.Id}) of {afterFramework.Id} has no predecessor in {beforeFramework.Id}, so there is nothing to compare it with."));
                continue;
            }

            string beforeId = chain.IsEmpty ? judgement.Id : chain[0].FromJudgement;
            matched.Add(beforeId);
            if (!before.Judgements.TryGetGradeId(beforeId, out var beforeGrade))
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

        foreach (var pair in before.Judgements)
        {
            if (!matched.Contains(pair.JudgementId))
            {
                judgements.Add(NotComparable(pair.JudgementId, pair.JudgementId, null, pair.GradeId, null, changed,
                    changed
                        ? $"'{pair.JudgementId}' of {beforeFramework.Id} has no successor graded in the later inspection under {afterFramework.Id}."
                        : $"'{pair.JudgementId}' was not graded in the later inspection."));
            }
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

        if (a.Gss is not null && b.Gss is not null)
        {
            return string.Equals(a.Gss, b.Gss, StringComparison.Ordinal);
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
        beforeFramework.TryGetVisitType(before.Visit, out var beforeVisit);
        afterFramework.TryGetVisitType(after.Visit, out var afterVisit);
        string? beforeId = beforeVisit?.HeadlineJudgementId;
        string? afterId = afterVisit?.HeadlineJudgementId;
        if (beforeId is null || afterId is null)
        {
            var missing = beforeId is null ? (before, beforeFramework, beforeVisit) : (after, afterFramework, afterVisit);
            string reason = missing.Item3 is null
                ? $"'{missing.Item1.Visit}' is not a visit type of {missing.Item2.Id}."
                : $"A {missing.Item3.Name.ToLowerInvariant()} under {missing.Item2.Id} has no overall judgement.";
            return NotComparable("overall", beforeId, afterId, null, null, changed, reason);
        }

        before.Judgements.TryGetGradeId(beforeId, out var beforeGrade);
        after.Judgements.TryGetGradeId(afterId, out var afterGrade);
        if (beforeGrade is null || afterGrade is null)
        {
            return NotComparable("overall", beforeId, afterId, beforeGrade, afterGrade, changed,
                $"'{(beforeGrade is null ? beforeId : afterId)}' is not graded in the {(beforeGrade is null ? "earlier" : "later")} inspection.");
        }

        return CompareGrades("overall", beforeId, afterId, beforeGrade, afterGrade, beforeFramework, afterFramework, catalog, changed, ImmutableArray<JudgementSuccession>.Empty);
    }

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
        new(judgementId, beforeId, afterId, beforeGrade, afterGrade, GradeComparer.NotComparable(null, null, changed, reason), ImmutableArray<JudgementSuccession>.Empty);
}
