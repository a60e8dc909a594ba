// Kept in one file because it is one table: a defect maker for every diagnostic code, side by side, so that a new
// code gets its defect next to the others and a reader compares them at a glance.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Core.FsCheck;

/// <summary>
/// The kinds of defect, at least one for each validation code INS010–INS040. Each turns a valid, warning-free
/// inspection into one that raises its code and no other error (and no other warning where the framework's rules
/// allow), reading everything it needs from the framework.
/// </summary>
internal static class DefectKinds
{
    private const int Any = 1 << 20;

    private static readonly string[] s_notJudgementIds = ["children-in-care-x", "overall", "Overall-Effectiveness", "adoption"];

    /// <summary>Every kind of defect, in code order.</summary>
    public static ImmutableArray<DefectKind> All { get; } =
    [
        UnknownFramework(),
        UnknownVisitType(),
        UnknownJudgement(),
        GradeNotOnScale(),
        MissingRequiredJudgement(),
        UngradedVisitWithJudgements(),
        SubJudgementWithoutParent(),
        NotJudgedConflict(),
        MustRuleBroken(),
        LikelyRuleBroken(),
        FieldworkOutsideFramework(),
        DatesOutOfOrder(),
        UnusualDates(),
        UnknownTimescale(),
        SubjectKindNotInspected(),
    ];

    private static DefectKind UnknownFramework() => new(
        DiagnosticCodes.UnknownFramework,
        (f, v, c) => true,
        (f, v, c) =>
        {
            var ids = new[] { f.Id.ToUpperInvariant(), f.Id + "-draft", f.Id.Replace('-', ' '), "ofsted-" + f.Id }
                .Select(id => Unknown(id, c))
                .Distinct(StringComparer.Ordinal);
            return Gen.Elements(ids).Select(id => new Defect(
                DiagnosticCodes.UnknownFramework,
                valid => (valid with { FrameworkId = id }, $"the framework id is '{id}', which the catalog does not hold")));
        });

    private static DefectKind UnknownVisitType() => new(
        DiagnosticCodes.UnknownVisitType,
        (f, v, c) => true,
        (f, v, c) =>
        {
            var ids = c.All.SelectMany(o => o.VisitTypes).Select(x => x.Id)
                .Concat(["inspection", "annual-review", v.Id.ToUpperInvariant(), v.Id + "s"])
                .Where(id => !f.TryGetVisitType(id, out _))
                .Distinct(StringComparer.Ordinal);
            return Gen.Elements(ids).Select(id => new Defect(
                DiagnosticCodes.UnknownVisitType,
                valid => (valid with { VisitTypeId = id }, $"the visit type is '{id}', which is not a visit type of {f.Id}")));
        });

    private static DefectKind UnknownJudgement() => new(
        DiagnosticCodes.UnknownJudgement,
        (f, v, c) => v.IsGraded,
        (f, v, c) =>
        {
            var foreign = c.All.SelectMany(o => o.Judgements).Select(j => j.Id)
                .Concat(["overall-judgement", "quality-of-care", "Overall-Effectiveness"])
                .Where(id => f.IndexOfJudgement(id) < 0)
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray();
            var grades = f.Scale.Grades;
            return
                from fromFramework in Gen.Elements(true, false)
                from pick in Gen.Choose(0, Any)
                from gradePick in Gen.Choose(0, Any)
                select new Defect(DiagnosticCodes.UnknownJudgement, valid =>
                {
                    if (fromFramework)
                    {
                        // A judgement of the framework that this visit type does not grade (its parent, if any, graded).
                        var outside = f.Judgements
                            .Where(j => !v.JudgementIds.Contains(j.Id, StringComparer.Ordinal) && !valid.Judgements.Contains(j.Id)
                                && (j.ParentId is null || valid.Judgements.Contains(j.ParentId)))
                            .ToImmutableArray();
                        for (int k = 0; k < outside.Length; k++)
                        {
                            var judgement = outside[(pick + k) % outside.Length];
                            for (int g = 0; g < grades.Length; g++)
                            {
                                var graded = valid.Judgements.SetItem(judgement.Id, grades[(gradePick + g) % grades.Length].Id);
                                if (!JudgementPlanner.Breaks(f, graded))
                                {
                                    return (WithJudgements(valid, graded), $"'{judgement.Id}' is graded, a judgement of {f.Id} that '{v.Id}' does not grade");
                                }
                            }
                        }
                    }

                    if (foreign.IsEmpty)
                    {
                        return null;
                    }

                    string id = foreign[pick % foreign.Length];
                    var withForeign = valid.Judgements.SetItem(id, grades[gradePick % grades.Length].Id);
                    return JudgementPlanner.Breaks(f, withForeign)
                        ? null
                        : (WithJudgements(valid, withForeign), $"'{id}' is graded, which is not a judgement of {f.Id}");
                });
        });

    private static DefectKind GradeNotOnScale() => new(
        DiagnosticCodes.GradeNotOnScale,
        (f, v, c) => v.IsGraded && Roots(f, v).Any(),
        (f, v, c) =>
            from bad in GradeGenerators.GradeIdNotOn(f.Scale)
            from pick in Gen.Choose(0, Any)
            select new Defect(DiagnosticCodes.GradeNotOnScale, valid =>
            {
                var judgements = valid.Judgements;
                for (int k = 0; k < judgements.Count; k++)
                {
                    string id = judgements[(pick + k) % judgements.Count].JudgementId;
                    var regraded = judgements.SetItem(id, bad);
                    if (!JudgementPlanner.Breaks(f, regraded))
                    {
                        return (WithJudgements(valid, regraded), $"'{id}' is graded '{bad}', which is not on the {f.Scale.Id} scale");
                    }
                }

                var roots = Roots(f, v).ToImmutableArray();
                string root = roots[pick % roots.Length];
                var added = judgements.SetItem(root, bad);
                return JudgementPlanner.Breaks(f, added)
                    ? null
                    : (WithJudgements(valid, added), $"'{root}' is graded '{bad}', which is not on the {f.Scale.Id} scale");
            }));

    private static DefectKind MissingRequiredJudgement() => new(
        DiagnosticCodes.MissingRequiredJudgement,
        (f, v, c) => v.IsGraded && !v.RequiredJudgementIds.IsEmpty,
        (f, v, c) =>
            from pick in Gen.Choose(0, Any)
            select new Defect(DiagnosticCodes.MissingRequiredJudgement, valid =>
            {
                string required = v.RequiredJudgementIds[pick % v.RequiredJudgementIds.Length];
                var descendants = JudgementPlanner.DescendantsOf(f, required).Where(valid.Judgements.Contains).ToImmutableArray();
                valid = valid with { NotJudgedIds = valid.NotJudgedIds.RemoveAll(id => id == required || JudgementPlanner.DescendantsOf(f, required).Contains(id)) };
                var without = valid.Judgements.Remove(required);
                foreach (var descendant in descendants)
                {
                    without = without.Remove(descendant);
                }

                return JudgementPlanner.Breaks(f, without)
                    ? null
                    : (WithJudgements(valid, without),
                        $"the required judgement '{required}' is left out{(descendants.IsEmpty ? string.Empty : " with its sub-judgements")}");
            }));

    private static DefectKind UngradedVisitWithJudgements() => new(
        DiagnosticCodes.UngradedVisitWithJudgements,
        (f, v, c) => !v.IsGraded && f.Judgements.Any(j => j.ParentId is null),
        (f, v, c) =>
            from pick in Gen.Choose(0, Any)
            from gradePick in Gen.Choose(0, Any)
            select new Defect(DiagnosticCodes.UngradedVisitWithJudgements, valid =>
            {
                var roots = f.Judgements.Where(j => j.ParentId is null).ToImmutableArray();
                var root = roots[pick % roots.Length];
                var grades = f.Scale.Grades;
                for (int g = 0; g < grades.Length; g++)
                {
                    var graded = valid.Judgements.SetItem(root.Id, grades[(gradePick + g) % grades.Length].Id);
                    if (!JudgementPlanner.Breaks(f, graded))
                    {
                        return (WithJudgements(valid, graded), $"the ungraded visit '{v.Id}' grades '{root.Id}'");
                    }
                }

                return null;
            }));

    private static DefectKind SubJudgementWithoutParent() => new(
        DiagnosticCodes.SubJudgementWithoutParent,
        (f, v, c) => v.IsGraded && OrphanCandidates(f, v).Any(),
        (f, v, c) =>
        {
            var candidates = OrphanCandidates(f, v).ToImmutableArray();
            var grades = f.Scale.Grades;
            return
                from pick in Gen.Choose(0, Any)
                from gradePick in Gen.Choose(0, Any)
                select new Defect(DiagnosticCodes.SubJudgementWithoutParent, valid =>
                {
                    var (child, parent, removed) = candidates[pick % candidates.Length];
                    valid = valid with { NotJudgedIds = valid.NotJudgedIds.RemoveAll(id => removed.Contains(id, StringComparer.Ordinal)) };
                    var judgements = valid.Judgements;
                    foreach (var id in removed)
                    {
                        judgements = judgements.Remove(id);
                    }

                    IEnumerable<JudgementGrades> options = judgements.Contains(child)
                        ? [judgements]
                        : grades.Select((_, g) => judgements.SetItem(child, grades[(gradePick + g) % grades.Length].Id));
                    foreach (var option in options)
                    {
                        if (!JudgementPlanner.Breaks(f, option))
                        {
                            return (WithJudgements(valid, option), $"the sub-judgement '{child}' is graded without its parent '{parent}'");
                        }
                    }

                    return null;
                });
        });

    private static DefectKind NotJudgedConflict() => new(
        DiagnosticCodes.NotJudgedConflict,
        (f, v, c) => f.Judgements.Length > 0,
        (f, v, c) =>
            from variant in Gen.Choose(0, 4)
            from pick in Gen.Choose(0, Any)
            select new Defect(DiagnosticCodes.NotJudgedConflict, valid =>
            {
                var notJudged = valid.NotJudgedIds;
                var graded = valid.Judgements;
                var outsideVisit = f.Judgements.Where(j => !v.JudgementIds.Contains(j.Id, StringComparer.Ordinal)).ToImmutableArray();

                // Graded and not judged too.
                if (variant == 0 && !graded.IsEmpty)
                {
                    string id = graded[pick % graded.Count].JudgementId;
                    return (valid with { NotJudgedIds = notJudged.Add(id) }, $"'{id}' is graded and listed as not judged");
                }

                // Listed twice.
                if (variant == 1 && !notJudged.IsEmpty)
                {
                    string id = notJudged[pick % notJudged.Length];
                    return (valid with { NotJudgedIds = notJudged.Add(id) }, $"'{id}' is listed as not judged twice");
                }

                // A judgement of the framework this visit does not grade (all of them, for an ungraded visit).
                if (variant == 2 && !outsideVisit.IsEmpty)
                {
                    string id = outsideVisit[pick % outsideVisit.Length].Id;
                    return (valid with { NotJudgedIds = notJudged.Add(id) }, $"'{id}' is listed as not judged, but '{v.Id}' does not grade it");
                }

                // An id the framework does not define.
                string unknown = UnknownJudgementId(s_notJudgementIds[pick % s_notJudgementIds.Length], f);
                return (valid with { NotJudgedIds = notJudged.Add(unknown) }, $"'{unknown}' is listed as not judged, but is not a judgement of {f.Id}");
            }));

    private static DefectKind MustRuleBroken() => new(
        DiagnosticCodes.RuleBroken,
        (f, v, c) => BreakableRules(f, v, RuleStrength.Must).Any(),
        (f, v, c) =>
        {
            var rules = BreakableRules(f, v, RuleStrength.Must).ToImmutableArray();
            return
                from pick in Gen.Choose(0, Any)
                from seed in Gen.Choose(0, Any)
                select new Defect(DiagnosticCodes.RuleBroken, valid =>
                {
                    // Prefer a breach that breaks no likely rule as well (no INS021 beside the INS020), trying each
                    // breakable rule and condition from the chosen one on; else the first breach found.
                    (JudgementGrades Grades, string Description)? fallback = null;
                    for (int k = 0; k < rules.Length; k++)
                    {
                        var (rule, condition) = rules[(pick + k) % rules.Length];
                        foreach (var candidate in BaseThenCanonical(f, v, rule, condition, valid.Judgements))
                        {
                            foreach (var broken in Breakings(f, rule, condition, candidate, seed).Where(b => rule.IsBrokenBy(b, f.Scale)))
                            {
                                if (!JudgementPlanner.Breaks(f, broken, RuleStrength.Likely))
                                {
                                    return (WithJudgements(valid, broken), Describe(rule, condition, broken));
                                }

                                fallback ??= (broken, Describe(rule, condition, broken));
                            }
                        }
                    }

                    return fallback is { } first ? (WithJudgements(valid, first.Grades), first.Description) : null;
                });
        });

    private static DefectKind LikelyRuleBroken() => new(
        DiagnosticCodes.LikelyRuleBroken,
        (f, v, c) => BreakableRules(f, v, RuleStrength.Likely).Any(r => BreakLikely(f, v, r.Rule, r.Condition, JudgementGrades.Empty, 0, canonicalOnly: true) is not null),
        (f, v, c) =>
        {
            var rules = BreakableRules(f, v, RuleStrength.Likely)
                .Where(r => BreakLikely(f, v, r.Rule, r.Condition, JudgementGrades.Empty, 0, canonicalOnly: true) is not null)
                .ToImmutableArray();
            return
                from pick in Gen.Choose(0, Any)
                from seed in Gen.Choose(0, Any)
                select new Defect(DiagnosticCodes.LikelyRuleBroken, valid =>
                {
                    var (rule, condition) = rules[pick % rules.Length];
                    return BreakLikely(f, v, rule, condition, valid.Judgements, seed, canonicalOnly: false) is { } broken
                        ? (WithJudgements(valid, broken), Describe(rule, condition, broken))
                        : null;
                });
        });

    private static DefectKind FieldworkOutsideFramework() => new(
        DiagnosticCodes.FieldworkOutsideFramework,
        (f, v, c) => OutsideOptions(f).Length > 0,
        (f, v, c) =>
            from before in Gen.Elements(OutsideOptions(f))
            from days in Gen.Choose(1, 365)
            select new Defect(DiagnosticCodes.FieldworkOutsideFramework, valid =>
            {
                var start = before ? f.InForce.Start.PlusDays(-days) : f.InForce.End!.Value.PlusDays(days);
                return valid.Fieldwork is { } fieldwork && Shift(valid, Period.DaysBetween(fieldwork.Start, start)) is { } shifted
                    ? (shifted, before
                        ? $"fieldwork starts on {NodaTime.Text.LocalDatePattern.Iso.Format(start)}, {days} day(s) before {f.Id} came into force"
                        : $"fieldwork starts on {NodaTime.Text.LocalDatePattern.Iso.Format(start)}, {days} day(s) after {f.Id} was withdrawn")
                    : null;
            }));

    private static DefectKind DatesOutOfOrder() => new(
        DiagnosticCodes.DatesOutOfOrder,
        (f, v, c) => true,
        (f, v, c) =>
            from publishedEarly in Gen.Elements(true, false)
            from days in Gen.Choose(1, 30)
            select new Defect(DiagnosticCodes.DatesOutOfOrder, valid =>
            {
                try
                {
                    if (valid.Fieldwork is not { End: { } end } fieldwork)
                    {
                        return null;
                    }

                    return publishedEarly
                        ? (valid with { Published = end.PlusDays(-days) }, $"the report is published {days} day(s) before fieldwork ends")
                        : (valid with { Fieldwork = new Fieldwork(fieldwork.Start, fieldwork.Start.PlusDays(-days)) }, $"fieldwork ends {days} day(s) before it starts");
                }
                catch (OverflowException)
                {
                    return null;
                }
            }));

    private static DefectKind UnusualDates() => new(
        DiagnosticCodes.UnusualDates,
        (f, v, c) => true,
        (f, v, c) =>
            from longFieldwork in Gen.Elements(true, false)
            from days in Gen.Choose(1, 30)
            select new Defect(DiagnosticCodes.UnusualDates, valid =>
            {
                if (valid.Fieldwork is not { End: { } fieldworkEnd } fieldwork)
                {
                    return null;
                }

                try
                {
                    if (longFieldwork)
                    {
                        // The first day that makes fieldwork longer than usual is start + usual length.
                        var end = (fieldwork.Start + v.UsualFieldworkLength).PlusDays(days - 1);
                        if (end > fieldwork.Start)
                        {
                            var published = valid.Published is { } p ? end.PlusDays(Period.DaysBetween(fieldworkEnd, p)) : (LocalDate?)null;
                            var longer = valid with { Fieldwork = new Fieldwork(fieldwork.Start, end), Published = published };
                            return (longer, $"fieldwork lasts {longer.Fieldwork?.LengthInDays} days, longer than usual for '{v.Id}'");
                        }
                    }

                    return (valid with { Published = fieldworkEnd.PlusDays(84 + days) }, $"the report is published {84 + days} days after fieldwork ends");
                }
                catch (OverflowException)
                {
                    return null;
                }
            }));

    private static DefectKind UnknownTimescale() => new(
        DiagnosticCodes.UnknownTimescale,
        (f, v, c) => true,
        (f, v, c) =>
        {
            var ids = Timescales.All.Select(t => t.Id)
                .Concat(["within-one-month", "within-twelve-months", "Immediately", "within-3-months"])
                .Where(id => !f.TryGetTimescale(id, out _))
                .Distinct(StringComparer.Ordinal);
            return
                from bad in Gen.Elements(ids)
                from change in Gen.Elements(true, false)
                from pick in Gen.Choose(0, Any)
                from text in Gen.Elements(SampleData.RecommendationTexts.AsEnumerable())
                select new Defect(DiagnosticCodes.UnknownTimescale, valid =>
                {
                    var recommendations = valid.Recommendations;
                    if (change && !recommendations.IsEmpty)
                    {
                        int index = pick % recommendations.Length;
                        return (valid with { Recommendations = recommendations.SetItem(index, recommendations[index] with { TimescaleId = bad }) },
                            $"recommendation {index} has the timescale '{bad}', which {f.Id} does not use");
                    }

                    return (valid with { Recommendations = recommendations.Add(new Recommendation(text, bad)) },
                        $"a recommendation has the timescale '{bad}', which {f.Id} does not use");
                });
        });

    private static DefectKind SubjectKindNotInspected() => new(
        DiagnosticCodes.SubjectKindNotInspected,
        (f, v, c) => SubjectKinds.All.Any(k => !f.Inspects(k)),
        (f, v, c) =>
            from kind in Gen.Elements(SubjectKinds.All.Where(k => !f.Inspects(k)))
            from subject in InspectionGenerators.Subject(kind)
            select new Defect(DiagnosticCodes.SubjectKindNotInspected, valid =>
                (valid with { Subject = subject }, $"the subject is a {kind.ToId()}, which {f.Id} does not inspect")));

    private static string UnknownJudgementId(string id, InspectionFramework framework)
    {
        while (framework.IndexOfJudgement(id) >= 0)
        {
            id += "-x";
        }

        return id;
    }

    /// <summary>The inspection with new judgements; a judgement now graded leaves the list of those not judged.</summary>
    private static Inspection WithJudgements(Inspection valid, JudgementGrades judgements) =>
        valid.NotJudgedIds.Any(judgements.Contains)
            ? valid with { Judgements = judgements, NotJudgedIds = valid.NotJudgedIds.RemoveAll(judgements.Contains) }
            : valid with { Judgements = judgements };

    private static string Unknown(string id, FrameworkCatalog catalog)
    {
        while (catalog.TryGet(id, out _))
        {
            id += "-x";
        }

        return id;
    }

    /// <summary>The visit's gradeable top-level judgements.</summary>
    private static IEnumerable<string> Roots(InspectionFramework f, VisitType v) =>
        JudgementPlanner.GradeableJudgements(f, v).Where(id => f.TryGetJudgement(id, out var j) && j.ParentId is null);

    /// <summary>
    /// Sub-judgements a visit grades whose parent it may leave out: the parent is not required, and nothing required
    /// hangs from the parent except through the sub-judgement. Returns the judgements to remove to orphan it.
    /// </summary>
    private static IEnumerable<(string Child, string Parent, ImmutableArray<string> Removed)> OrphanCandidates(InspectionFramework f, VisitType v)
    {
        foreach (var child in v.JudgementIds)
        {
            if (!f.TryGetJudgement(child, out var judgement) || judgement.ParentId is not { } parent
                || v.RequiredJudgementIds.Contains(parent, StringComparer.Ordinal))
            {
                continue;
            }

            var keep = JudgementPlanner.DescendantsOf(f, child).Add(child);
            var removed = JudgementPlanner.DescendantsOf(f, parent).Where(d => !keep.Contains(d, StringComparer.Ordinal)).Prepend(parent).ToImmutableArray();
            if (!removed.Any(r => v.RequiredJudgementIds.Contains(r, StringComparer.Ordinal)))
            {
                yield return (child, parent, removed);
            }
        }
    }

    /// <summary>Rules of a strength that a visit can break, with the condition judgement to set (a trigger, or the limiting judgement).</summary>
    private static IEnumerable<(FrameworkRule Rule, string Condition)> BreakableRules(InspectionFramework f, VisitType v, RuleStrength strength)
    {
        foreach (var rule in f.Rules)
        {
            if (rule.Strength != strength || !v.IsGraded || !JudgementPlanner.IsGradeable(f, v, rule.TargetJudgementId))
            {
                continue;
            }

            switch (rule)
            {
                case ForcedGradeRule forced:
                    foreach (var trigger in forced.TriggerJudgementIds.Where(t => JudgementPlanner.IsGradeable(f, v, t)))
                    {
                        yield return (rule, trigger);
                    }

                    break;
                case LimitingJudgementRule limiting when JudgementPlanner.IsGradeable(f, v, limiting.LimitingJudgementId):
                    yield return (rule, limiting.LimitingJudgementId);
                    break;
            }
        }
    }

    /// <summary>The inspection's own judgements, then minimal ones (the required judgements and the rule's, all one grade) for each grade.</summary>
    private static IEnumerable<JudgementGrades> BaseThenCanonical(InspectionFramework f, VisitType v, FrameworkRule rule, string condition, JudgementGrades? own)
    {
        if (own is not null)
        {
            yield return own;
        }

        var ids = JudgementPlanner.WithAncestors(f, v.RequiredJudgementIds.Concat([rule.TargetJudgementId, condition]));
        foreach (var grade in f.Scale.Grades)
        {
            yield return JudgementGrades.Create(ids.Select(id => new JudgementGrade(id, grade.Id)));
        }
    }

    /// <summary>Ways to break a rule starting from some judgements: the rule's judgements (and their parents) graded where missing, then set.</summary>
    private static IEnumerable<JudgementGrades> Breakings(InspectionFramework f, FrameworkRule rule, string condition, JudgementGrades judgements, int seed)
    {
        var grades = f.Scale.Grades;
        int n = grades.Length;
        foreach (var id in JudgementPlanner.WithAncestors(f, [rule.TargetJudgementId, condition]))
        {
            if (!judgements.Contains(id))
            {
                judgements = judgements.SetItem(id, grades[seed % n].Id);
            }
        }

        switch (rule)
        {
            case ForcedGradeRule forced:
                for (int k = 0; k < n; k++)
                {
                    var target = grades[(seed + k) % n];
                    if (!string.Equals(target.Id, forced.GradeId, StringComparison.Ordinal))
                    {
                        yield return judgements.SetItem(condition, forced.GradeId).SetItem(rule.TargetJudgementId, target.Id);
                    }
                }

                break;
            case LimitingJudgementRule:
                for (int a = 0; a < n - 1; a++)
                {
                    int limitRank = 1 + ((seed + a) % (n - 1));
                    for (int b = 0; b < limitRank; b++)
                    {
                        yield return judgements.SetItem(condition, grades[limitRank].Id).SetItem(rule.TargetJudgementId, grades[(seed + b) % limitRank].Id);
                    }
                }

                break;
        }
    }

    /// <summary>Grades that break a likely rule and no must rule, from the inspection's judgements or (failing that) minimal ones.</summary>
    private static JudgementGrades? BreakLikely(InspectionFramework f, VisitType v, FrameworkRule rule, string condition, JudgementGrades judgements, int seed, bool canonicalOnly)
    {
        foreach (var candidate in BaseThenCanonical(f, v, rule, condition, canonicalOnly ? null : judgements))
        {
            foreach (var broken in Breakings(f, rule, condition, candidate, seed))
            {
                if (rule.IsBrokenBy(broken, f.Scale) && !JudgementPlanner.Breaks(f, broken, RuleStrength.Must))
                {
                    return broken;
                }
            }
        }

        return null;
    }

    private static string Describe(FrameworkRule rule, string condition, JudgementGrades judgements)
    {
        judgements.TryGetGradeId(condition, out var conditionGrade);
        judgements.TryGetGradeId(rule.TargetJudgementId, out var targetGrade);
        return $"the rule '{rule.Id}' is broken: '{condition}' is '{conditionGrade}' and '{rule.TargetJudgementId}' is '{targetGrade}'";
    }

    /// <summary>Whether fieldwork can be moved before the framework came into force (true) or after it was withdrawn (false), leaving room for a year.</summary>
    private static bool[] OutsideOptions(InspectionFramework f)
    {
        var options = new List<bool>();
        if (Period.DaysBetween(LocalDate.MinIsoValue, f.InForce.Start) > 800)
        {
            options.Add(true);
        }

        if (f.InForce.End is { } end && Period.DaysBetween(end, LocalDate.MaxIsoValue) > 800)
        {
            options.Add(false);
        }

        return [.. options];
    }

    private static Inspection? Shift(Inspection inspection, int days)
    {
        try
        {
            return inspection with
            {
                Fieldwork = inspection.Fieldwork is { } fieldwork ? new Fieldwork(fieldwork.Start.PlusDays(days), fieldwork.End?.PlusDays(days)) : null,
                Published = inspection.Published?.PlusDays(days),
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
