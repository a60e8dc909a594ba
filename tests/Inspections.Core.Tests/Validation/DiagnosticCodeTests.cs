using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Tests;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Core.Tests.Validation;

/// <summary>
/// For every code INS010–INS040: an inspection that raises it and a near twin, one change away, that does not.
/// Boundaries that depend on the catalog (dates in force, usual lengths) are read from it, not written here.
/// </summary>
public sealed class DiagnosticCodeTests
{
    private static readonly Inspection Calderdale = RealInspections.Calderdale2015;
    private static readonly Inspection Bathes = RealInspections.BathAndNorthEastSomerset2013;
    private static readonly Inspection Cambridgeshire = RealInspections.CambridgeshireFocusedVisit2020;
    private static readonly Inspection Cafcass = RealInspections.CafcassBirminghamAndBlackCountry2009;

    [Fact]
    public void INS010_an_unknown_framework_id()
    {
        var raised = Validate(Calderdale with { FrameworkId = "sif-2014" });

        var diagnostic = Single(raised, DiagnosticCodes.UnknownFramework, "$.framework");
        Assert.Contains("'sif-2014'", diagnostic.Message);
        Assert.Contains("sif-2013", diagnostic.Message);
        AssertClean(Calderdale with { FrameworkId = "sif-2013" });
    }

    [Fact]
    public void INS010_framework_ids_are_case_sensitive()
    {
        Single(Validate(Calderdale with { FrameworkId = "SIF-2013" }), DiagnosticCodes.UnknownFramework, "$.framework");
    }

    [Fact]
    public void INS011_a_visit_type_of_another_framework()
    {
        var raised = Validate(Calderdale with { VisitTypeId = "standard-inspection" });

        var diagnostic = Single(raised, DiagnosticCodes.UnknownVisitType, "$.visit");
        Assert.Contains("full-inspection, re-inspection and lscb-review", diagnostic.Message);
        AssertClean(Calderdale with { VisitTypeId = "full-inspection" });
    }

    [Fact]
    public void INS012_a_judgement_the_framework_does_not_define()
    {
        var raised = Validate(Calderdale with { Judgements = Calderdale.Judgements.SetItem("children-in-care", "good") });

        var diagnostic = Single(raised, DiagnosticCodes.UnknownJudgement, "$.judgements.children-in-care");
        Assert.Contains("not a judgement of", diagnostic.Message);
        AssertClean(Calderdale);
    }

    [Fact]
    public void INS012_a_judgement_of_the_framework_that_the_visit_type_does_not_grade()
    {
        var withLscb = Calderdale with { Judgements = Calderdale.Judgements.SetItem("lscb-effectiveness", "requires-improvement") };
        var lscbReview = Calderdale with
        {
            VisitTypeId = "lscb-review",
            Judgements = JudgementGrades.Create(("lscb-effectiveness", "requires-improvement")),
        };

        Single(Validate(withLscb), DiagnosticCodes.UnknownJudgement, "$.judgements.lscb-effectiveness");
        AssertClean(lscbReview);
    }

    [Fact]
    public void INS013_a_grade_of_a_later_scale_under_a_framework_that_used_adequate()
    {
        var raised = Validate(Bathes with { Judgements = Bathes.Judgements.SetItem("quality-of-practice", "requires-improvement") });

        var diagnostic = Single(raised, DiagnosticCodes.GradeNotOnScale, "$.judgements.quality-of-practice");
        Assert.Contains("outstanding, good, adequate and inadequate", diagnostic.Message);
        Assert.Contains("four-point-requires-improvement", diagnostic.Message);
        AssertClean(Bathes with { Judgements = Bathes.Judgements.SetItem("quality-of-practice", "adequate") });
    }

    [Fact]
    public void INS013_grade_ids_are_case_sensitive()
    {
        Single(
            Validate(Bathes with { Judgements = Bathes.Judgements.SetItem("quality-of-practice", "Adequate") }),
            DiagnosticCodes.GradeNotOnScale,
            "$.judgements.quality-of-practice");
    }

    [Fact]
    public void INS014_a_required_judgement_is_missing()
    {
        var raised = Validate(Calderdale with { Judgements = Calderdale.Judgements.Remove("experiences-and-progress-of-care-leavers") });

        var diagnostic = Single(raised, DiagnosticCodes.MissingRequiredJudgement, "$.judgements.experiences-and-progress-of-care-leavers");
        Assert.Contains("The experiences and progress of care leavers", diagnostic.Message);
        AssertClean(Calderdale);
    }

    [Fact]
    public void INS015_an_ungraded_focused_visit_with_a_judgement()
    {
        var raised = Validate(Cambridgeshire with { Judgements = JudgementGrades.Create(("overall-effectiveness", "requires-improvement")) });

        var diagnostic = Single(raised, DiagnosticCodes.UngradedVisitWithJudgements, "$.judgements");
        Assert.Contains("Focused visit", diagnostic.Message);
        AssertClean(Cambridgeshire);
    }

    [Fact]
    public void INS016_a_sub_judgement_graded_without_its_parent()
    {
        var withoutParent = Calderdale with { Judgements = Calderdale.Judgements.Remove("children-looked-after-and-achieving-permanence") };

        var raised = Validate(withoutParent);

        // The parent is required too, so its absence is also INS014; each sub-judgement is INS016.
        Assert.Equal(
            [
                (DiagnosticCodes.SubJudgementWithoutParent, "$.judgements.adoption-performance"),
                (DiagnosticCodes.SubJudgementWithoutParent, "$.judgements.experiences-and-progress-of-care-leavers"),
                (DiagnosticCodes.MissingRequiredJudgement, "$.judgements.children-looked-after-and-achieving-permanence"),
            ],
            raised.Select(d => (d.Code, d.Path)));
        AssertClean(Calderdale);
    }

    [Fact]
    public void INS016_on_its_own_when_the_parent_is_optional()
    {
        var catalog = new FrameworkCatalog([OptionalParentFramework()], []);
        var inspection = new Inspection(
            "optional-parent-2030",
            "review",
            new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale"),
            new Fieldwork(new LocalDate(2030, 3, 4), new LocalDate(2030, 3, 8)),
            JudgementGrades.Create(("overall", "good"), ("care-leavers", "good")));

        var raised = InspectionValidator.Validate(inspection, catalog);

        var diagnostic = Single(raised, DiagnosticCodes.SubJudgementWithoutParent, "$.judgements.care-leavers");
        Assert.Contains("'Children in care' (children-in-care)", diagnostic.Message);
        Assert.Empty(InspectionValidator.Validate(inspection with { Judgements = inspection.Judgements.SetItem("children-in-care", "good") }, catalog));
    }

    [Fact]
    public void INS020_a_key_judgement_inadequate_with_overall_effectiveness_not_inadequate()
    {
        var leadersInadequate = Calderdale.Judgements.SetItem("leadership-management-and-governance", "inadequate");

        var raised = Validate(Calderdale with { Judgements = leadersInadequate });

        var diagnostic = Single(raised, DiagnosticCodes.RuleBroken, "$.judgements.overall-effectiveness");
        Assert.Contains("inadequate-key-judgement-means-inadequate-overall", diagnostic.Message);
        Assert.Contains("'leadership-management-and-governance' is 'inadequate'", diagnostic.Message);
        AssertClean(Calderdale with { Judgements = leadersInadequate.SetItem("overall-effectiveness", "inadequate") });
    }

    [Fact]
    public void INS020_does_not_apply_to_a_sub_judgement_calderdale_had_adoption_inadequate_and_overall_requires_improvement()
    {
        Assert.True(Calderdale.Judgements.TryGetGradeId("adoption-performance", out var adoption) && adoption == "inadequate");
        AssertClean(Calderdale);
    }

    [Fact]
    public void INS021_an_ilacs_practice_judgement_inadequate_with_overall_requires_improvement_is_a_warning()
    {
        // Harrow, January 2025: care leavers inadequate, overall inadequate; here overall requires improvement.
        var harrow = new Inspection("ilacs-2023", "short-inspection", new InspectionSubject(SubjectKind.LocalAuthority, "Harrow", "E09000015", 310),
            new Fieldwork(new LocalDate(2025, 1, 20), new LocalDate(2025, 1, 24)),
            JudgementGrades.Create(("overall-effectiveness", "inadequate"), ("impact-of-leaders", "requires-improvement"),
                ("children-who-need-help-and-protection", "good"), ("children-in-care", "good"), ("care-leavers", "inadequate")));
        var overallRequiresImprovement = harrow with { Judgements = harrow.Judgements.SetItem("overall-effectiveness", "requires-improvement") };

        var raised = Validate(overallRequiresImprovement);

        var diagnostic = Single(raised, DiagnosticCodes.LikelyRuleBroken, "$.judgements.overall-effectiveness");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.True(raised.IsValid);
        AssertClean(harrow);
    }

    [Fact]
    public void Overall_effectiveness_better_than_help_and_protection_is_no_longer_a_warning_under_the_sif()
    {
        // Ofsted's record has 18 such SIF outcomes (Cambridgeshire 2014: good over requires improvement).
        AssertClean(Calderdale with { Judgements = Calderdale.Judgements.SetItem("overall-effectiveness", "good") });
    }

    [Fact]
    public void INS030_fieldwork_starting_the_day_before_the_framework_came_into_force()
    {
        var sif = FrameworkCatalog.Default.Get("sif-2013");
        var firstDay = sif.InForce.Start;

        var raised = Validate(StartingOn(Calderdale, firstDay.PlusDays(-1)));

        var diagnostic = Single(raised, DiagnosticCodes.FieldworkOutsideFramework, "$.fieldwork.start");
        Assert.Contains($"{firstDay:yyyy-MM-dd}", diagnostic.Message);
        AssertClean(StartingOn(Calderdale, firstDay));
    }

    [Fact]
    public void INS030_fieldwork_starting_the_day_after_the_framework_was_withdrawn()
    {
        var protection = FrameworkCatalog.Default.Get("protection-of-children-2012");
        var lastDay = protection.InForce.End!.Value;

        Single(Validate(StartingOn(Bathes, lastDay.PlusDays(1))), DiagnosticCodes.FieldworkOutsideFramework, "$.fieldwork.start");
        AssertClean(StartingOn(Bathes, lastDay));
    }

    [Fact]
    public void INS031_publication_the_day_before_fieldwork_ends()
    {
        var raised = Validate(Calderdale with { Published = new LocalDate(2015, 2, 3) });

        Single(raised, DiagnosticCodes.DatesOutOfOrder, "$.published");
        AssertClean(Calderdale with { Published = new LocalDate(2015, 2, 4) });
    }

    [Fact]
    public void INS031_fieldwork_that_ends_before_it_starts()
    {
        var start = Calderdale.Fieldwork!.Value.Start;

        var raised = Validate(Calderdale with { Fieldwork = new Fieldwork(start, start.PlusDays(-1)) });

        var diagnostic = Single(raised, DiagnosticCodes.DatesOutOfOrder, "$.fieldwork.end");
        Assert.Equal("Fieldwork ends on 2015-01-12, before it starts on 2015-01-13.", diagnostic.Message);
        AssertClean(Calderdale with { Fieldwork = new Fieldwork(start, start) });
    }

    [Fact]
    public void INS032_fieldwork_one_day_longer_than_the_visit_types_usual_length()
    {
        var visit = FrameworkCatalog.Default.Get("sif-2013").GetVisitType("full-inspection");
        var start = Calderdale.Fieldwork!.Value.Start;
        var firstUnusualDay = start + visit.UsualFieldworkLength;

        var raised = Validate(Calderdale with { Fieldwork = new Fieldwork(start, firstUnusualDay), Published = firstUnusualDay.PlusDays(30) });

        var diagnostic = Single(raised, DiagnosticCodes.UnusualDates, "$.fieldwork");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.True(raised.IsValid);
        AssertClean(Calderdale with { Fieldwork = new Fieldwork(start, firstUnusualDay.PlusDays(-1)), Published = firstUnusualDay.PlusDays(30) });
    }

    [Fact]
    public void INS032_publication_more_than_12_weeks_after_fieldwork()
    {
        var end = Calderdale.Fieldwork!.Value.End!.Value;

        var raised = Validate(Calderdale with { Published = end.PlusDays(85) });

        Assert.Equal(DiagnosticSeverity.Warning, Single(raised, DiagnosticCodes.UnusualDates, "$.published").Severity);
        AssertClean(Calderdale with { Published = end.PlusDays(84) });
    }

    [Fact]
    public void INS033_a_timescale_the_framework_does_not_use()
    {
        var recommendations = Bathes.Recommendations.SetItem(1, Bathes.Recommendations[1] with { TimescaleId = "within-one-month" });

        var raised = Validate(Bathes with { Recommendations = recommendations });

        var diagnostic = Single(raised, DiagnosticCodes.UnknownTimescale, "$.recommendations[1].timescale");
        Assert.Contains("immediately, within-three-months and within-six-months", diagnostic.Message);
        AssertClean(Bathes);
    }

    [Fact]
    public void INS040_a_local_authority_under_the_cafcass_framework()
    {
        var raised = Validate(Cafcass with { Subject = new InspectionSubject(SubjectKind.LocalAuthority, "Birmingham", "E08000025", 330) });

        var diagnostic = Single(raised, DiagnosticCodes.SubjectKindNotInspected, "$.subject.kind");
        Assert.Contains("Cafcass service areas", diagnostic.Message);
        AssertClean(Cafcass);
    }

    [Fact]
    public void INS040_a_cafcass_service_area_under_the_single_inspection_framework()
    {
        Single(
            Validate(Calderdale with { Subject = new InspectionSubject(SubjectKind.CafcassServiceArea, "Calderdale") }),
            DiagnosticCodes.SubjectKindNotInspected,
            "$.subject.kind");
    }

    [Fact]
    public void Every_problem_is_reported_in_document_order()
    {
        var many = Calderdale with
        {
            VisitTypeId = "full-inspection",
            Subject = new InspectionSubject(SubjectKind.CafcassServiceArea, "Calderdale"),
            Fieldwork = new Fieldwork(new LocalDate(2015, 2, 4), new LocalDate(2015, 1, 13)),
            Published = new LocalDate(2015, 1, 1),
            Judgements = Calderdale.Judgements.SetItem("adoption-performance", "adequate").Remove("overall-effectiveness"),
            Recommendations = [new Recommendation("Act.", "within-a-year")],
        };

        var result = Validate(many);

        Assert.Equal(
            ["INS040", "INS031", "INS031", "INS013", "INS014", "INS033"],
            result.Select(d => d.Code));
        Assert.Equal(6, result.ErrorCount);
    }

    [Fact]
    public void INS017_a_judgement_both_graded_and_listed_as_not_judged()
    {
        var cityOfLondon = RealInspections.CityOfLondon2016;

        var diagnostic = Single(
            Validate(cityOfLondon with { NotJudgedIds = cityOfLondon.NotJudgedIds.Add("leadership-management-and-governance") }),
            DiagnosticCodes.NotJudgedConflict,
            "$.notJudged[1]");
        Assert.Contains("also graded 'outstanding'", diagnostic.Message);
        AssertClean(cityOfLondon);

        // More cases (not graded by the visit, not defined, listed twice, on an ungraded visit): PartialRecordValidationTests.
    }

    [Fact]
    public void Every_validation_code_of_the_contract_has_a_test_here()
    {
        var tested = typeof(DiagnosticCodeTests).GetMethods().Select(m => m.Name[..Math.Min(6, m.Name.Length)]).ToHashSet();
        var codes = DiagnosticDescriptors.All.Select(d => d.Code).Where(c => string.CompareOrdinal(c, "INS010") >= 0);

        Assert.All(codes, code => Assert.Contains(code, tested));
    }

    private static DiagnosticList Validate(Inspection inspection) => InspectionValidator.Validate(inspection);

    private static Diagnostic Single(DiagnosticList result, string code, string path)
    {
        var diagnostic = Assert.Single(result);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Path);
        Assert.True(DiagnosticDescriptors.TryGet(code, out var descriptor));
        Assert.Equal(descriptor.Severity, diagnostic.Severity);
        return diagnostic;
    }

    private static void AssertClean(Inspection twin) => Assert.Empty(Validate(twin));

    /// <summary>The inspection moved in time so that fieldwork starts on <paramref name="start"/> (publication moves with it).</summary>
    private static Inspection StartingOn(Inspection inspection, LocalDate start)
    {
        int days = Period.DaysBetween(inspection.Fieldwork!.Value.Start, start);
        return inspection with
        {
            Fieldwork = new Fieldwork(start, inspection.Fieldwork!.Value.End!.Value.PlusDays(days)),
            Published = inspection.Published?.PlusDays(days),
        };
    }

    private static InspectionFramework OptionalParentFramework() =>
        new FrameworkBuilder("optional-parent-2030", "A framework whose sub-judgement's parent is optional")
            .Regulator("Example inspectorate")
            .InForce(new LocalDate(2030, 1, 1), null)
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(Core.Scales.GradingScales.FourPointRequiresImprovement)
            .Judgement("overall", "Overall effectiveness")
            .Judgement("children-in-care", "Children in care")
            .Judgement("care-leavers", "Care leavers", "children-in-care")
            .VisitType(new VisitType("review", "Review", ["overall", "children-in-care", "care-leavers"], ["overall"], Period.FromWeeks(1), "None"))
            .Build();
}
