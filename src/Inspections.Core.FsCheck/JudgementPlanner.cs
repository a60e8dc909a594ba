using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Frameworks;
using Inspections.Core;

namespace Inspections.Core.FsCheck;

/// <summary>
/// What the generators need to know about a framework's judgement tree and rules: which judgements a visit can
/// grade, their ancestors and descendants, and how to bring a set of grades into line with the rules.
/// </summary>
/// <remarks>
/// Everything here reads the framework's own definition (its judgements, visit types and rules through
/// <see cref="FrameworkRule.IsBrokenBy"/>); nothing is hard-coded about any one framework.
/// </remarks>
internal static class JudgementPlanner
{
    /// <summary>The ancestors of a judgement, nearest first (empty for a top-level judgement).</summary>
    public static ImmutableArray<string> AncestorsOf(InspectionFramework framework, string judgementId)
    {
        var ancestors = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { judgementId };
        string? current = judgementId;
        while (current is not null && framework.TryGetJudgement(current, out var judgement) && judgement.ParentId is { } parent && seen.Add(parent))
        {
            ancestors.Add(parent);
            current = parent;
        }

        return ancestors.ToImmutable();
    }

    /// <summary>The descendants of a judgement (children, grandchildren, ...), in the framework's order.</summary>
    public static ImmutableArray<string> DescendantsOf(InspectionFramework framework, string judgementId) =>
        framework.Judgements
            .Where(j => !string.Equals(j.Id, judgementId, StringComparison.Ordinal) && AncestorsOf(framework, j.Id).Contains(judgementId, StringComparer.Ordinal))
            .Select(j => j.Id)
            .ToImmutableArray();

    /// <summary>Whether a visit can grade a judgement without INS016: the judgement and all its ancestors are judgements of the visit.</summary>
    public static bool IsGradeable(InspectionFramework framework, VisitType visit, string judgementId) =>
        visit.JudgementIds.Contains(judgementId, StringComparer.Ordinal)
        && AncestorsOf(framework, judgementId).All(a => visit.JudgementIds.Contains(a, StringComparer.Ordinal));

    /// <summary>The visit's judgements that can be graded without INS016, in the visit's order.</summary>
    public static ImmutableArray<string> GradeableJudgements(InspectionFramework framework, VisitType visit) =>
        visit.JudgementIds.Where(j => IsGradeable(framework, visit, j)).ToImmutableArray();

    /// <summary>The judgements of <paramref name="ids"/> together with all their ancestors, in the framework's order.</summary>
    public static ImmutableArray<string> WithAncestors(InspectionFramework framework, IEnumerable<string> ids)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            set.Add(id);
            foreach (var ancestor in AncestorsOf(framework, id))
            {
                set.Add(ancestor);
            }
        }

        // Framework order first; anything the framework does not define keeps its place at the end.
        return framework.Judgements.Select(j => j.Id).Where(set.Contains)
            .Concat(set.Where(id => framework.IndexOfJudgement(id) < 0).OrderBy(id => id, StringComparer.Ordinal))
            .ToImmutableArray();
    }

    /// <summary>Whether any rule of the given strength (or any rule, when null) is broken.</summary>
    public static bool Breaks(InspectionFramework framework, JudgementGrades judgements, RuleStrength? strength = null)
    {
        foreach (var rule in framework.Rules)
        {
            if ((strength is null || rule.Strength == strength) && rule.IsBrokenBy(judgements, framework.Scale))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A copy with every judgement given the same grade.</summary>
    public static JudgementGrades AllGraded(JudgementGrades judgements, string gradeId)
    {
        var result = judgements;
        foreach (var pair in judgements)
        {
            result = result.SetItem(pair.JudgementId, gradeId);
        }

        return result;
    }

    /// <summary>
    /// Brings grades into line with the framework's must rules (and its likely rules too when
    /// <paramref name="repairLikely"/>): a forced grade is forced, a limited judgement is lowered to its limit.
    /// When that does not settle (rules that pull against each other, or a kind of rule it does not know), every
    /// judgement gets the same grade, which no forced-grade or limiting rule forbids.
    /// </summary>
    /// <returns>The repaired grades; the caller checks them (a rule of an unknown kind may still be broken).</returns>
    public static JudgementGrades Repair(InspectionFramework framework, JudgementGrades judgements, bool repairLikely, int fallbackGrade)
    {
        bool Counts(FrameworkRule rule) => rule.Strength == RuleStrength.Must || repairLikely;

        var current = judgements;
        int limit = 4 * (framework.Rules.Length + 1) * (judgements.Count + 1);
        for (int step = 0; step < limit; step++)
        {
            var broken = framework.Rules.FirstOrDefault(r => Counts(r) && r.IsBrokenBy(current, framework.Scale));
            if (broken is null)
            {
                return current;
            }

            switch (broken)
            {
                case ForcedGradeRule forced:
                    current = current.SetItem(forced.TargetJudgementId, forced.GradeId);
                    break;
                case LimitingJudgementRule limiting when current.TryGetGradeId(limiting.LimitingJudgementId, out var limitGrade):
                    current = current.SetItem(limiting.TargetJudgementId, limitGrade);
                    break;
                default:
                    step = limit;
                    break;
            }
        }

        var grades = framework.Scale.Grades;
        for (int i = 0; i < grades.Length; i++)
        {
            var uniform = AllGraded(judgements, grades[(fallbackGrade + i) % grades.Length].Id);
            if (!framework.Rules.Any(r => Counts(r) && r.IsBrokenBy(uniform, framework.Scale)))
            {
                return uniform;
            }
        }

        return current;
    }

    /// <summary>The judgement ids a rule reads: its target and its conditions.</summary>
    public static ImmutableArray<string> JudgementsOf(FrameworkRule rule) => rule.ConditionJudgementIds.Insert(0, rule.TargetJudgementId);
}
