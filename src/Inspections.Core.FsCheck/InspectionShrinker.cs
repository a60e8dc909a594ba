using System;
using System.Collections.Generic;
using System.Linq;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Core.FsCheck;

/// <summary>
/// Shrinks inspections without leaving the valid space: every candidate of a valid inspection is valid, and every
/// candidate of a <see cref="DefectiveInspection"/> carries the same one defect. Attach it to a generator with
/// <c>Arb.From(generator, InspectionShrinker.Shrink)</c>.
/// </summary>
/// <remarks>
/// <para>
/// The candidates are built on the inspection's structure, so they stay valid by construction: all judgements given
/// one better grade (which no forced-grade or limiting rule forbids), an optional judgement without graded sub-judgements
/// dropped, fieldwork moved (with its publication) to the framework's first day in force, fieldwork cut to one day
/// (publication moved with its end), publication dropped or moved to the end of fieldwork, recommendations dropped
/// or left without a timescale, the subject's codes dropped and its name shortened, the source and notes dropped;
/// the theme dropped, a judgement not judged dropped (when it is not required), a publication-only date moved to the
/// framework's first day in force.
/// Judgement candidates are checked against the framework's rules, so no candidate breaks a rule its inspection kept.
/// </para>
/// <para>
/// A valid inspection without warnings shrinks to valid inspections without warnings. A defective inspection
/// shrinks by shrinking the valid inspection underneath and putting the same defect back.
/// </para>
/// </remarks>
public static class InspectionShrinker
{
    /// <summary>Shrink candidates of a valid inspection of <see cref="FrameworkCatalog.Default"/>, smallest first.</summary>
    /// <param name="inspection">A valid inspection.</param>
    /// <returns>The candidates, each valid; none when there is nothing left to shrink.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inspection"/> is null.</exception>
    public static IEnumerable<Inspection> Shrink(Inspection inspection) => Shrink(inspection, FrameworkCatalog.Default);

    /// <summary>Shrink candidates of a valid inspection of a catalog, smallest first.</summary>
    /// <param name="inspection">A valid inspection.</param>
    /// <param name="catalog">The catalog the inspection is valid against.</param>
    /// <returns>The candidates, each valid; none when there is nothing left to shrink.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<Inspection> Shrink(Inspection inspection, FrameworkCatalog catalog)
    {
        if (inspection is null)
        {
            throw new ArgumentNullException(nameof(inspection));
        }

        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        return ShrinkChecked(inspection, catalog);
    }

    private static IEnumerable<Inspection> ShrinkChecked(Inspection inspection, FrameworkCatalog catalog)
    {
        // Candidates are built to stay valid, but calendar arithmetic can move a date past a limit (three months
        // from 21 June is 92 days, from 1 January 91), so each is checked: a candidate may not raise a code the
        // inspection did not raise already. A valid inspection so shrinks only to valid ones, and a warning-free
        // one to warning-free ones.
        var codes = new HashSet<string>(InspectionValidator.Validate(inspection, catalog).Select(d => d.Code), StringComparer.Ordinal);
        foreach (var candidate in Candidates(inspection, catalog).Where(c => !c.Equals(inspection)).Distinct())
        {
            if (InspectionValidator.Validate(candidate, catalog).All(d => codes.Contains(d.Code)))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>Shrink candidates of a defective inspection: the valid inspection underneath shrunk, with the same defect put back.</summary>
    /// <param name="defective">A generated defective inspection.</param>
    /// <returns>The candidates, each with the same expected code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="defective"/> is null.</exception>
    public static IEnumerable<DefectiveInspection> Shrink(DefectiveInspection defective)
    {
        if (defective is null)
        {
            throw new ArgumentNullException(nameof(defective));
        }

        return ShrinkDefective(defective);
    }

    private static IEnumerable<DefectiveInspection> ShrinkDefective(DefectiveInspection defective)
    {
        foreach (var valid in Shrink(defective.Valid, defective.Catalog))
        {
            if (defective.Defect.ApplyTo(valid, defective.Catalog) is { } shrunk && !shrunk.Inspection.Equals(defective.Inspection))
            {
                yield return shrunk;
            }
        }
    }

    private static IEnumerable<Inspection> Candidates(Inspection inspection, FrameworkCatalog catalog)
    {
        InspectionFramework? framework = catalog.TryGet(inspection.FrameworkId, out var f) ? f : null;
        VisitType? visit = framework is not null && framework.TryGetVisitType(inspection.VisitTypeId, out var v) ? v : null;

        if (framework is not null && visit is not null)
        {
            foreach (var candidate in JudgementCandidates(inspection, framework, visit))
            {
                yield return candidate;
            }

            // Move fieldwork (and publication with it) to the framework's first day in force.
            if (inspection.Fieldwork is { } fieldwork && fieldwork.Start > framework.InForce.Start)
            {
                int back = Period.DaysBetween(framework.InForce.Start, fieldwork.Start);
                yield return inspection with
                {
                    Fieldwork = new Fieldwork(framework.InForce.Start, fieldwork.End?.PlusDays(-back)),
                    Published = inspection.Published?.PlusDays(-back),
                };
            }

            // With a publication date only, move it to the framework's first day in force.
            if (inspection.Fieldwork is null && inspection.Published is { } published && published > framework.InForce.Start)
            {
                yield return inspection with { Published = framework.InForce.Start };
            }
        }

        if (inspection.Theme is not null)
        {
            yield return inspection with { Theme = null };
        }

        // Drop a judgement not judged (a required one is then missing: the validation check below refuses that candidate).
        foreach (var id in inspection.NotJudgedIds)
        {
            yield return inspection with { NotJudgedIds = inspection.NotJudgedIds.Remove(id) };
        }

        foreach (var candidate in DateCandidates(inspection))
        {
            yield return candidate;
        }

        foreach (var candidate in RecommendationCandidates(inspection))
        {
            yield return candidate;
        }

        var subject = inspection.Subject;
        if (subject.GssCode is not null)
        {
            yield return inspection with { Subject = subject with { GssCode = null } };
        }

        if (subject.LaNumber is not null)
        {
            yield return inspection with { Subject = subject with { LaNumber = null } };
        }

        if (!string.Equals(subject.Name, "A", StringComparison.Ordinal))
        {
            yield return inspection with { Subject = subject with { Name = "A" } };
        }

        if (inspection.Source is not null)
        {
            yield return inspection with { Source = null };
        }

        if (inspection.Notes is not null)
        {
            yield return inspection with { Notes = null };
        }
    }

    private static IEnumerable<Inspection> JudgementCandidates(Inspection inspection, InspectionFramework framework, VisitType visit)
    {
        var judgements = inspection.Judgements;
        if (judgements.IsEmpty)
        {
            yield break;
        }

        bool hadWarnings = JudgementPlanner.Breaks(framework, judgements, RuleStrength.Likely);

        // Candidates must not break a rule the inspection kept: no must rule, and no likely rule unless one was already broken.
        bool Keeps(JudgementGrades candidate) =>
            !JudgementPlanner.Breaks(framework, candidate, RuleStrength.Must)
            && (hadWarnings || !JudgementPlanner.Breaks(framework, candidate, RuleStrength.Likely));

        // All one grade, best grade first; only when that makes the grades better overall, so shrinking ends.
        int rankSum = RankSum(judgements, framework);
        foreach (var grade in framework.Scale.Grades)
        {
            var uniform = JudgementPlanner.AllGraded(judgements, grade.Id);
            if (RankSum(uniform, framework) < rankSum && Keeps(uniform))
            {
                yield return inspection with { Judgements = uniform };
            }
        }

        // Drop an optional judgement that has no graded sub-judgement.
        foreach (var pair in judgements)
        {
            if (visit.RequiredJudgementIds.Contains(pair.JudgementId, StringComparer.Ordinal))
            {
                continue;
            }

            bool hasGradedChild = framework.TryGetJudgement(pair.JudgementId, out _)
                && framework.GetSubJudgements(pair.JudgementId).Any(child => judgements.Contains(child.Id));
            var without = judgements.Remove(pair.JudgementId);
            if (!hasGradedChild && Keeps(without))
            {
                yield return inspection with { Judgements = without };
            }
        }
    }

    private static int RankSum(JudgementGrades judgements, InspectionFramework framework)
    {
        int sum = 0;
        foreach (var pair in judgements)
        {
            sum += framework.Scale.TryGetGrade(pair.GradeId, out var grade) ? grade.Rank : framework.Scale.Grades.Length;
        }

        return sum;
    }

    private static IEnumerable<Inspection> DateCandidates(Inspection inspection)
    {
        var fieldwork = inspection.Fieldwork;
        if (inspection.Published is { } published)
        {
            yield return inspection with { Published = null };
            if (fieldwork is { End: { } end } && fieldwork.Value.IsWellOrdered && published > end)
            {
                yield return inspection with { Published = end };
            }
        }

        // One day of fieldwork; publication keeps its distance from the end.
        if (fieldwork is { End: { } last, Start: var first } && last > first)
        {
            int cut = Period.DaysBetween(first, last);
            yield return inspection with
            {
                Fieldwork = new Fieldwork(first, first),
                Published = inspection.Published?.PlusDays(-cut),
            };
        }
    }

    private static IEnumerable<Inspection> RecommendationCandidates(Inspection inspection)
    {
        var recommendations = inspection.Recommendations;
        if (recommendations.IsEmpty)
        {
            yield break;
        }

        yield return inspection with { Recommendations = [] };
        if (recommendations.Length > 1)
        {
            for (int i = 0; i < recommendations.Length; i++)
            {
                yield return inspection with { Recommendations = recommendations.RemoveAt(i) };
            }
        }

        for (int i = 0; i < recommendations.Length; i++)
        {
            if (recommendations[i].TimescaleId is not null)
            {
                yield return inspection with { Recommendations = recommendations.SetItem(i, recommendations[i] with { TimescaleId = null }) };
            }
        }
    }
}
