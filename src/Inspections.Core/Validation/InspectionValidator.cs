using System;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core.Inspections;
using NodaTime;

namespace Inspections.Core.Validation;

/// <summary>
/// Validates an <see cref="Inspection"/> against its framework and returns every problem as a coded
/// <see cref="Diagnostic"/> (INS010–INS040; see <see cref="DiagnosticCodes"/>).
/// </summary>
/// <remarks>
/// Validation never throws for an inspection the types allow, and validating a valid inspection with no
/// warnings allocates nothing. Thread-safe.
/// </remarks>
public static class InspectionValidator
{
    /// <summary>How long after the end of fieldwork publication is still usual (12 weeks).</summary>
    public static readonly Period UsualPublicationDelay = Period.FromWeeks(12);

    /// <summary>Validates an inspection against the built-in catalog.</summary>
    /// <param name="inspection">The inspection.</param>
    /// <returns>Every diagnostic found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inspection"/> is null.</exception>
    public static ValidationResult Validate(Inspection inspection) => Validate(inspection, FrameworkCatalog.Default);

    /// <summary>Validates an inspection against a catalog of frameworks.</summary>
    /// <param name="inspection">The inspection.</param>
    /// <param name="catalog">The catalog that holds the inspection's framework.</param>
    /// <returns>Every diagnostic found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult Validate(Inspection inspection, FrameworkCatalog catalog)
    {
        if (inspection is null)
        {
            throw new ArgumentNullException(nameof(inspection));
        }

        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var found = default(DiagnosticList);
        CheckDateOrder(inspection, ref found);

        if (!catalog.TryGet(inspection.Framework, out var framework))
        {
            found.Add(DiagnosticCodes.UnknownFramework, DiagnosticSeverity.Error, "$.framework",
                $"'{inspection.Framework}' is not a framework this library knows; the frameworks are {string.Join(", ", catalog.All.Select(f => f.Id))}.");
            return found.ToResult();
        }

        if (!framework.Inspects(inspection.Subject.Kind))
        {
            found.Add(DiagnosticCodes.SubjectKindNotInspected, DiagnosticSeverity.Error, "$.subject.kind",
                $"{framework.Name} ({framework.Id}) does not inspect a {inspection.Subject.Kind.ToId()}; it inspects {string.Join(" and ", framework.SubjectKinds.Select(k => k.ToId()))}.");
        }

        if (!framework.IsInForceOn(inspection.Fieldwork.Start))
        {
            found.Add(DiagnosticCodes.FieldworkOutsideFramework, DiagnosticSeverity.Error, "$.fieldwork.start",
                $"Fieldwork starts on {inspection.Fieldwork.Start:yyyy-MM-dd}, but {framework.Id} was in force {Describe(framework.InForce)}.");
        }

        framework.TryGetVisitType(inspection.Visit, out var visit);
        if (visit is null)
        {
            found.Add(DiagnosticCodes.UnknownVisitType, DiagnosticSeverity.Error, "$.visit",
                $"'{inspection.Visit}' is not a visit type of {framework.Id}; its visit types are {string.Join(", ", framework.VisitTypes.Select(v => v.Id))}.");
        }

        CheckJudgements(inspection, framework, visit, ref found);
        CheckDuration(inspection, visit, ref found);
        CheckRecommendations(inspection, framework, ref found);
        return found.ToResult();
    }

    private static void CheckDateOrder(Inspection inspection, ref DiagnosticList found)
    {
        var fieldwork = inspection.Fieldwork;
        if (!fieldwork.IsWellOrdered)
        {
            found.Add(DiagnosticCodes.DatesOutOfOrder, DiagnosticSeverity.Error, "$.fieldwork.end",
                $"Fieldwork ends on {fieldwork.End:yyyy-MM-dd}, before it starts on {fieldwork.Start:yyyy-MM-dd}.");
        }

        if (inspection.Published is { } published && published < fieldwork.End)
        {
            found.Add(DiagnosticCodes.DatesOutOfOrder, DiagnosticSeverity.Error, "$.published",
                $"The report is published on {published:yyyy-MM-dd}, before fieldwork ends on {fieldwork.End:yyyy-MM-dd}.");
        }
    }

    private static void CheckJudgements(Inspection inspection, InspectionFramework framework, VisitType? visit, ref DiagnosticList found)
    {
        var judgements = inspection.Judgements;
        if (visit is { IsGraded: false } && !judgements.IsEmpty)
        {
            found.Add(DiagnosticCodes.UngradedVisitWithJudgements, DiagnosticSeverity.Error, "$.judgements",
                $"A {visit.Name.ToLowerInvariant()} under {framework.Id} is not graded, but the document gives {judgements.Count} judgement(s); leave judgements empty.");
        }

        foreach (var pair in judgements)
        {
            if (!framework.TryGetJudgement(pair.JudgementId, out var judgement))
            {
                found.Add(DiagnosticCodes.UnknownJudgement, DiagnosticSeverity.Error, JudgementPath(pair.JudgementId),
                    $"'{pair.JudgementId}' is not a judgement of {framework.Id}; its judgements are {string.Join(", ", framework.Judgements.Select(j => j.Id))}.");
                continue;
            }

            if (visit is { IsGraded: true } && !Contains(visit.Judgements, pair.JudgementId))
            {
                found.Add(DiagnosticCodes.UnknownJudgement, DiagnosticSeverity.Error, JudgementPath(pair.JudgementId),
                    $"'{judgement.Name}' ({pair.JudgementId}) is a judgement of {framework.Id}, but not of a {visit.Name.ToLowerInvariant()} ({visit.Id}).");
            }

            if (!framework.Scale.TryGetGrade(pair.GradeId, out _))
            {
                found.Add(DiagnosticCodes.GradeNotOnScale, DiagnosticSeverity.Error, JudgementPath(pair.JudgementId),
                    $"'{pair.GradeId}' is not a grade of {framework.Id}, which grades on the {framework.Scale.Id} scale: {string.Join(", ", framework.Scale.Grades.Select(g => g.Id))}.");
            }

            if (judgement.ParentId is { } parent && !judgements.Contains(parent))
            {
                found.Add(DiagnosticCodes.SubJudgementWithoutParent, DiagnosticSeverity.Error, JudgementPath(pair.JudgementId),
                    $"'{judgement.Name}' ({pair.JudgementId}) is a sub-judgement of '{parent}', which is not graded.");
            }
        }

        if (visit is { IsGraded: true })
        {
            foreach (var required in visit.RequiredJudgements)
            {
                if (!judgements.Contains(required))
                {
                    framework.TryGetJudgement(required, out var missing);
                    found.Add(DiagnosticCodes.MissingRequiredJudgement, DiagnosticSeverity.Error, JudgementPath(required),
                        $"A {visit.Name.ToLowerInvariant()} under {framework.Id} must grade '{missing?.Name ?? required}' ({required}), but it is missing.");
                }
            }
        }

        foreach (var rule in framework.Rules)
        {
            if (rule.FindBreach(judgements, framework.Scale, out _, out _))
            {
                bool must = rule.Strength == RuleStrength.Must;
                found.Add(
                    must ? DiagnosticCodes.RuleBroken : DiagnosticCodes.LikelyRuleBroken,
                    must ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    JudgementPath(rule.TargetJudgementId),
                    $"{(must ? "Rule" : "Rule that normally holds")} '{rule.Id}' of {framework.Id} is broken: {rule.DescribeBreach(judgements, framework.Scale)}");
            }
        }
    }

    private static void CheckDuration(Inspection inspection, VisitType? visit, ref DiagnosticList found)
    {
        var fieldwork = inspection.Fieldwork;
        if (visit is not null && fieldwork.IsWellOrdered && fieldwork.LengthInDays > visit.UsualLengthInDaysFrom(fieldwork.Start))
        {
            found.Add(DiagnosticCodes.UnusualDates, DiagnosticSeverity.Warning, "$.fieldwork",
                $"Fieldwork lasts {fieldwork.LengthInDays} days, longer than the usual {visit.UsualFieldworkLength} for a {visit.Name.ToLowerInvariant()} ({visit.Id}).");
        }

        if (inspection.Published is { } published && fieldwork.IsWellOrdered && published > fieldwork.End + UsualPublicationDelay)
        {
            found.Add(DiagnosticCodes.UnusualDates, DiagnosticSeverity.Warning, "$.published",
                $"The report is published on {published:yyyy-MM-dd}, more than 12 weeks after fieldwork ended on {fieldwork.End:yyyy-MM-dd}.");
        }
    }

    private static void CheckRecommendations(Inspection inspection, InspectionFramework framework, ref DiagnosticList found)
    {
        var recommendations = inspection.Recommendations;
        for (int i = 0; i < recommendations.Length; i++)
        {
            var timescale = recommendations[i].Timescale;
            if (timescale is not null && !framework.TryGetTimescale(timescale, out _))
            {
                found.Add(DiagnosticCodes.UnknownTimescale, DiagnosticSeverity.Error, $"$.recommendations[{i}].timescale",
                    framework.Timescales.IsEmpty
                        ? $"'{timescale}' is not a timescale of {framework.Id}, whose reports give no timescales; leave it out."
                        : $"'{timescale}' is not a timescale of {framework.Id}; its timescales are {string.Join(", ", framework.Timescales.Select(t => t.Id))}.");
            }
        }
    }

    private static bool Contains(ImmutableArray<string> ids, string id)
    {
        foreach (var candidate in ids)
        {
            if (string.Equals(candidate, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string JudgementPath(string judgementId) => "$.judgements." + judgementId;

    private static string Describe(FrameworkPeriod period) =>
        period.End is { } end ? $"from {period.Start:yyyy-MM-dd} to {end:yyyy-MM-dd}" : $"from {period.Start:yyyy-MM-dd}";

    /// <summary>Collects diagnostics, allocating only when the first one is added.</summary>
    private struct DiagnosticList
    {
        private ImmutableArray<Diagnostic>.Builder? _items;

        public void Add(string code, DiagnosticSeverity severity, string path, string message)
        {
            _items ??= ImmutableArray.CreateBuilder<Diagnostic>();
            _items.Add(new Diagnostic(code, severity, path, message));
        }

        public readonly ValidationResult ToResult() =>
            _items is null ? default : new ValidationResult(_items.ToImmutable());
    }
}
