using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.FsCheck;

/// <summary>
/// FsCheck generators of inspection frameworks: the real ones of a catalog (by default
/// <see cref="FrameworkCatalog.Default"/>, whatever it holds), their visit types, and synthetic frameworks
/// built with <see cref="FrameworkBuilder"/> for properties that must hold for any well-formed framework.
/// </summary>
/// <example>
/// <code>
/// var visits = FrameworkGenerators.FrameworkAndVisitType();
/// Prop.ForAll(visits.ToArbitrary(), pair => pair.Framework.VisitTypes.Contains(pair.VisitType)).QuickCheckThrowOnFailure();
/// </code>
/// </example>
public static class FrameworkGenerators
{
    private static readonly ImmutableArray<string> SyntheticWords =
        ["overall", "leadership", "help", "care", "practice", "safety", "health", "planning", "partnership", "outcomes"];

    /// <summary>A framework of <see cref="FrameworkCatalog.Default"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<InspectionFramework> Framework() => Framework(FrameworkCatalog.Default);

    /// <summary>A framework of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog holds no framework.</exception>
    public static Gen<InspectionFramework> Framework(FrameworkCatalog catalog)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        if (catalog.All.IsEmpty)
        {
            throw new ArgumentException("The catalog holds no framework to generate.", nameof(catalog));
        }

        return Gen.Elements(catalog.All.AsEnumerable());
    }

    /// <summary>A visit type of <paramref name="framework"/>.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static Gen<VisitType> VisitTypeOf(InspectionFramework framework)
    {
        if (framework is null)
        {
            throw new ArgumentNullException(nameof(framework));
        }

        return Gen.Elements(framework.VisitTypes.AsEnumerable());
    }

    /// <summary>A framework of <see cref="FrameworkCatalog.Default"/> with one of its visit types, each pair equally likely.</summary>
    /// <returns>The generator.</returns>
    public static Gen<(InspectionFramework Framework, VisitType VisitType)> FrameworkAndVisitType() => FrameworkAndVisitType(FrameworkCatalog.Default);

    /// <summary>A framework of <paramref name="catalog"/> with one of its visit types, each pair equally likely.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog holds no framework.</exception>
    public static Gen<(InspectionFramework Framework, VisitType VisitType)> FrameworkAndVisitType(FrameworkCatalog catalog)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var pairs = VisitsOf(catalog);
        if (pairs.IsEmpty)
        {
            throw new ArgumentException("The catalog holds no framework to generate.", nameof(catalog));
        }

        return Gen.Elements(pairs.AsEnumerable());
    }

    /// <summary>
    /// A synthetic framework that <see cref="FrameworkBuilder"/> accepts: one to eight judgements (some of them
    /// sub-judgements, some optional), one to three graded visit types (each grading a judgement's parent with it,
    /// and requiring it where it requires the judgement) and sometimes an ungraded one, forced-grade and limiting
    /// rules of both strengths (a judgement is only limited by one after it, so limits never form a cycle), some
    /// of the standard timescales, and dates in force between 2000 and 2040. Use it for properties that must hold for every well-formed framework, not just the real ones.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<InspectionFramework> SyntheticFramework() =>
        from number in Gen.Choose(1, 9999)
        from start in Gen.Choose(0, 40 * 365)
        from length in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(30, 3000).Select(d => (int?)d)))
        from kinds in Gen.SubListOf(SubjectKinds.All.AsEnumerable()).Where(k => k.Count > 0)
        from scale in GradeGenerators.Scale()
        from judgementCount in Gen.Choose(1, 8)
        from parents in Gen.CollectToArray(Enumerable.Range(0, judgementCount), i => ParentOf(i))
        from visits in SyntheticVisitTypes(judgementCount, parents)
        from rules in SyntheticRules(judgementCount, scale.Grades.Length)
        from timescales in Gen.SubListOf(Timescales.All.AsEnumerable())
        select BuildSynthetic(number, new LocalDate(2000, 1, 1).PlusDays(start), length, kinds, scale, parents, visits, rules, timescales);

    /// <summary>A catalog holding one <see cref="SyntheticFramework"/> and no lineage.</summary>
    /// <returns>The generator.</returns>
    public static Gen<FrameworkCatalog> SyntheticCatalog() =>
        SyntheticFramework().Select(f => new FrameworkCatalog([f], []));

    /// <summary>Every (framework, visit type) pair of a catalog.</summary>
    internal static ImmutableArray<(InspectionFramework Framework, VisitType VisitType)> VisitsOf(FrameworkCatalog catalog) =>
        catalog.All.SelectMany(f => f.VisitTypes.Select(v => (f, v))).ToImmutableArray();

    private static string JudgementId(int index) => $"{SyntheticWords[index % SyntheticWords.Length]}-{index + 1}";

    private static Gen<int> ParentOf(int index) =>
        index == 0 ? Gen.Constant(-1) : Gen.Frequency((3, Gen.Constant(-1)), (2, Gen.Choose(0, index - 1)));

    private static Gen<List<SyntheticVisit>> SyntheticVisitTypes(int judgementCount, int[] parents)
    {
        var graded =
            from members in Gen.SubListOf(Enumerable.Range(0, judgementCount)).Where(m => m.Count > 0)
            let closed = CloseUnderParents(members, parents)
            from requiredPick in Gen.SubListOf(closed.AsEnumerable())
            let required = CloseUnderParents(requiredPick, parents)
            from weeks in Gen.Choose(1, 6)
            from headline in Gen.Elements(closed.Select(i => (int?)i).Append(null))
            select new SyntheticVisit(closed, required, Period.FromWeeks(weeks), headline);
        var ungraded = Gen.Choose(1, 5).Select(days => new SyntheticVisit([], [], Period.FromDays(days), null));
        return
            from gradedCount in Gen.Choose(1, 3)
            from gradedVisits in Gen.ListOf(graded, gradedCount)
            from withUngraded in Gen.Elements(true, false)
            from ungradedVisit in ungraded
            select withUngraded ? gradedVisits.Append(ungradedVisit).ToList() : gradedVisits.ToList();
    }

    private static ImmutableArray<int> CloseUnderParents(IEnumerable<int> members, int[] parents)
    {
        var set = new SortedSet<int>();
        foreach (int member in members)
        {
            for (int j = member; j >= 0 && set.Add(j); j = parents[j])
            {
            }
        }

        return set.ToImmutableArray();
    }

    private static Gen<List<SyntheticRule>> SyntheticRules(int judgementCount, int gradeCount)
    {
        if (judgementCount < 2)
        {
            return Gen.Constant(new List<SyntheticRule>());
        }

        var rule =
            from target in Gen.Choose(0, judgementCount - 1)
            from others in Gen.SubListOf(Enumerable.Range(0, judgementCount).Where(i => i != target)).Where(o => o.Count > 0)
            from forced in Gen.Elements(true, false)
            from grade in Gen.Choose(0, gradeCount - 1)
            from must in Gen.Elements(true, false)
            select new SyntheticRule(target, others.ToImmutableArray(), forced, grade, must ? RuleStrength.Must : RuleStrength.Likely);
        return Gen.Choose(0, 3).SelectMany(count => Gen.ListOf(rule, count)).Select(l => l.ToList());
    }

    private static InspectionFramework BuildSynthetic(
        int number,
        LocalDate start,
        int? length,
        IReadOnlyList<SubjectKind> kinds,
        Scales.GradingScale scale,
        int[] parents,
        List<SyntheticVisit> visits,
        List<SyntheticRule> rules,
        IReadOnlyList<Timescale> timescales)
    {
        var builder = new FrameworkBuilder($"synthetic-{number}", $"Synthetic framework {number}")
            .Regulator("A generated inspectorate")
            .InForce(start, length is { } days ? start.PlusDays(days) : null)
            .Scale(scale)
            .Source("Generated by Inspections.Core.FsCheck");
        foreach (var kind in kinds)
        {
            builder.Inspects(kind);
        }

        for (int i = 0; i < parents.Length; i++)
        {
            builder.Judgement(JudgementId(i), $"Judgement {i + 1}", parents[i] < 0 ? null : JudgementId(parents[i]));
        }

        int graded = 0, ungraded = 0;
        foreach (var visit in visits)
        {
            bool isGraded = !visit.Members.IsEmpty;
            string id = isGraded ? $"graded-visit-{++graded}" : $"ungraded-visit-{++ungraded}";
            builder.VisitType(new VisitType(
                id,
                isGraded ? $"Graded visit {graded}" : $"Ungraded visit {ungraded}",
                visit.Members.Select(JudgementId),
                visit.Required.Select(JudgementId),
                visit.UsualLength,
                "Generated",
                visit.Headline is { } h ? JudgementId(h) : null));
        }

        int ruleNumber = 0;
        foreach (var rule in rules)
        {
            ruleNumber++;
            builder.Rule(rule.Forced
                ? new ForcedGradeRule(
                    $"forced-{ruleNumber}",
                    JudgementId(rule.Target),
                    rule.Others.Select(JudgementId),
                    scale.Grades[rule.Grade].Id,
                    rule.Strength,
                    $"A generated forced-grade rule: any of its triggers graded '{scale.Grades[rule.Grade].Id}' forces the target to that grade.")
                : new LimitingJudgementRule(
                    $"limiting-{ruleNumber}",
                    JudgementId(Math.Min(rule.Target, rule.Others[0])),
                    JudgementId(Math.Max(rule.Target, rule.Others[0])),
                    rule.Strength,
                    "A generated limiting rule: the target is no better than the limiting judgement."));
        }

        foreach (var timescale in timescales)
        {
            builder.Timescale(timescale);
        }

        return builder.Build();
    }

    private sealed record SyntheticVisit(ImmutableArray<int> Members, ImmutableArray<int> Required, Period UsualLength, int? Headline);

    private sealed record SyntheticRule(int Target, ImmutableArray<int> Others, bool Forced, int Grade, RuleStrength Strength);
}
