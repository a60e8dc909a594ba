using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Catalog;
using Inspections.Core.FsCheck;
using Inspections.Core;
using Inspections.Core.Tests;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Core.Tests.Validation;

/// <summary>
/// Issue 15: records with a publication date only, an open fieldwork end, a theme, or judgements not judged. For each
/// rule an inspection that raises it and a near twin that does not. Boundaries are read from the catalog.
/// </summary>
public sealed class PartialRecordValidationTests
{
    private static readonly Inspection Calderdale = RealInspections.Calderdale2015;
    private static readonly Inspection CityOfLondon = RealInspections.CityOfLondon2016;
    private static readonly Inspection Scilly = RealInspections.IslesOfScilly2016;
    private static readonly Inspection FocusedVisit = RealInspections.CityOfLondonFocusedVisit2022;
    private static readonly Core.Frameworks.InspectionFramework Sif = FrameworkCatalog.Default.Get("sif-2013");

    [Fact]
    public void The_real_partial_records_are_valid_and_raise_nothing()
    {
        Assert.All(RealInspections.Partial, inspection => Assert.Empty(Validate(inspection)));
    }

    [Fact]
    public void INS002_at_fieldwork_when_there_is_neither_fieldwork_nor_publication()
    {
        var raised = Validate(CityOfLondon with { Published = null });

        var diagnostic = Single(raised, DiagnosticCodes.MissingProperty, "$.fieldwork");
        Assert.Contains("fieldwork.start or published", diagnostic.Message);
        AssertClean(CityOfLondon);
        AssertClean(FocusedVisit);
    }

    [Fact]
    public void INS002_is_raised_even_when_the_framework_is_unknown()
    {
        var raised = Validate(CityOfLondon with { Published = null, FrameworkId = "sif-2014" });

        Assert.Equal(
            [DiagnosticCodes.UnknownFramework, DiagnosticCodes.MissingProperty],
            raised.Select(d => d.Code));
    }

    [Fact]
    public void INS030_without_fieldwork_when_published_before_the_framework_came_into_force()
    {
        var dayBefore = Sif.InForce.Start.PlusDays(-1);

        var diagnostic = Single(Validate(CityOfLondon with { Published = dayBefore }), DiagnosticCodes.FieldworkOutsideFramework, "$.published");
        Assert.Contains("six months", diagnostic.Message);
        AssertClean(CityOfLondon with { Published = Sif.InForce.Start });
    }

    [Fact]
    public void INS030_without_fieldwork_when_the_framework_was_withdrawn_more_than_six_months_before_publication()
    {
        var lastDay = Sif.InForce.End!.Value;
        var lastAcceptable = lastDay.PlusMonths(6);

        // Six months before the last acceptable day is within the framework's time in force; a day later it is not.
        Assert.True(lastAcceptable.PlusMonths(-6) <= lastDay);
        Assert.True(lastAcceptable.PlusDays(1).PlusMonths(-6) > lastDay);
        Single(Validate(CityOfLondon with { Published = lastAcceptable.PlusDays(1) }), DiagnosticCodes.FieldworkOutsideFramework, "$.published");
        AssertClean(CityOfLondon with { Published = lastAcceptable });
    }

    [Fact]
    public void INS030_with_fieldwork_still_checks_the_first_day_of_fieldwork_only()
    {
        var start = Sif.InForce.End!.Value;

        AssertClean(CityOfLondon with { Fieldwork = new Fieldwork(start), Published = start.PlusDays(30) });
        Single(
            Validate(CityOfLondon with { Fieldwork = new Fieldwork(start.PlusDays(1)), Published = start.PlusDays(30) }),
            DiagnosticCodes.FieldworkOutsideFramework,
            "$.fieldwork.start");
    }

    [Fact]
    public void INS031_with_an_open_end_when_publication_precedes_the_start()
    {
        var start = Calderdale.Fieldwork!.Value.Start;
        var open = Calderdale with { Fieldwork = new Fieldwork(start) };

        var diagnostic = Single(Validate(open with { Published = start.PlusDays(-1) }), DiagnosticCodes.DatesOutOfOrder, "$.published");
        Assert.Contains("before fieldwork starts", diagnostic.Message);
        AssertClean(open with { Published = start });
    }

    [Fact]
    public void An_open_end_is_never_out_of_order_nor_too_long()
    {
        var start = Calderdale.Fieldwork!.Value.Start;

        AssertClean(Calderdale with { Fieldwork = new Fieldwork(start), Published = null });
    }

    [Fact]
    public void INS032_with_an_open_end_when_publication_is_late_even_after_fieldwork_of_the_usual_length()
    {
        var start = Calderdale.Fieldwork!.Value.Start;
        var visit = Sif.GetVisitType("full-inspection");
        var lastUsualDay = (start + visit.UsualFieldworkLength).PlusDays(-1);
        var latestUsualPublication = lastUsualDay + InspectionValidator.UsualPublicationDelay;
        var open = Calderdale with { Fieldwork = new Fieldwork(start) };

        var diagnostic = Single(Validate(open with { Published = latestUsualPublication.PlusDays(1) }), DiagnosticCodes.UnusualDates, "$.published");
        Assert.Contains("its end is not known", diagnostic.Message);
        AssertClean(open with { Published = latestUsualPublication });
    }

    [Fact]
    public void INS017_a_judgement_both_graded_and_not_judged()
    {
        var both = CityOfLondon with { NotJudgedIds = ["adoption-performance", "overall-effectiveness"] };

        var diagnostic = Single(Validate(both), DiagnosticCodes.NotJudgedConflict, "$.notJudged[1]");
        Assert.Contains("also graded 'good'", diagnostic.Message);
        AssertClean(CityOfLondon);
    }

    [Fact]
    public void INS017_a_judgement_of_the_framework_that_the_visit_type_does_not_grade()
    {
        var diagnostic = Single(
            Validate(CityOfLondon with { NotJudgedIds = ["adoption-performance", "lscb-effectiveness"] }),
            DiagnosticCodes.NotJudgedConflict,
            "$.notJudged[1]");
        Assert.Contains("does not grade it", diagnostic.Message);
    }

    [Fact]
    public void INS017_not_INS012_for_an_id_the_framework_does_not_define()
    {
        var diagnostic = Single(
            Validate(CityOfLondon with { NotJudgedIds = ["adoption-performance", "children-in-care"] }),
            DiagnosticCodes.NotJudgedConflict,
            "$.notJudged[1]");
        Assert.Contains("not a judgement of", diagnostic.Message);
    }

    [Fact]
    public void INS017_a_judgement_listed_twice()
    {
        var diagnostic = Single(
            Validate(CityOfLondon with { NotJudgedIds = ["adoption-performance", "adoption-performance"] }),
            DiagnosticCodes.NotJudgedConflict,
            "$.notJudged[1]");
        Assert.Contains("more than once", diagnostic.Message);
    }

    [Fact]
    public void INS017_on_an_ungraded_visit()
    {
        var diagnostic = Single(
            Validate(FocusedVisit with { NotJudgedIds = ["overall-effectiveness"] }),
            DiagnosticCodes.NotJudgedConflict,
            "$.notJudged[0]");
        Assert.Contains("not graded", diagnostic.Message);
        AssertClean(FocusedVisit);
    }

    [Fact]
    public void INS017_reports_every_problem_of_the_list_in_order()
    {
        var raised = Validate(CityOfLondon with { NotJudgedIds = ["x", "adoption-performance", "good", "adoption-performance", "overall-effectiveness"] });

        Assert.Equal(
            ["$.notJudged[0]", "$.notJudged[2]", "$.notJudged[3]", "$.notJudged[4]"],
            raised.Select(d => d.Path));
        Assert.All(raised, d => Assert.Equal(DiagnosticCodes.NotJudgedConflict, d.Code));
    }

    [Fact]
    public void INS014_a_required_judgement_not_judged_counts_as_given()
    {
        var withoutAdoption = CityOfLondon with { NotJudgedIds = [] };

        Single(Validate(withoutAdoption), DiagnosticCodes.MissingRequiredJudgement, "$.judgements.adoption-performance");
        AssertClean(CityOfLondon);
    }

    [Fact]
    public void INS016_a_parent_not_judged_counts_as_given()
    {
        var parent = "children-looked-after-and-achieving-permanence";
        var subGraded = Scilly with
        {
            Judgements = Scilly.Judgements.SetItem("adoption-performance", "good"),
            NotJudgedIds = [parent, "experiences-and-progress-of-care-leavers"],
        };
        var parentMissing = subGraded with { NotJudgedIds = ["experiences-and-progress-of-care-leavers"] };

        AssertClean(subGraded);
        var raised = Validate(parentMissing);
        Assert.Contains(raised, d => d.Code == DiagnosticCodes.SubJudgementWithoutParent && d.Path == "$.judgements.adoption-performance");
    }

    [Fact]
    public void A_theme_is_accepted_on_any_visit_type()
    {
        AssertClean(FocusedVisit);
        AssertClean(Calderdale with { Theme = "Children in care" });
    }

    [Fact]
    public void Listing_any_graded_judgement_of_a_generated_valid_inspection_as_not_judged_gives_INS017_at_its_place()
    {
        var gen =
            from inspection in InspectionGenerators.ValidInspectionWithoutWarnings().Where(i => !i.Judgements.IsEmpty)
            from pick in Gen.Choose(0, inspection.Judgements.Count - 1)
            select (Inspection: inspection with { NotJudgedIds = inspection.NotJudgedIds.Add(inspection.Judgements[pick].JudgementId) }, Index: inspection.NotJudgedIds.Length);

        Prop.ForAll(
                gen.ToArbitrary(),
                x => InspectionValidator.Validate(x.Inspection)
                    .Select(d => (d.Code, d.Path))
                    .SequenceEqual([(DiagnosticCodes.NotJudgedConflict, $"$.notJudged[{x.Index}]")]))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Generated_valid_inspections_include_every_partial_shape()
    {
        var sample = InspectionGenerators.ValidInspection().Sample(400);

        Assert.Contains(sample, i => i.Fieldwork is null && i.Published is not null);
        Assert.Contains(sample, i => i.Fieldwork is { End: null });
        Assert.Contains(sample, i => i.Theme is not null);
        Assert.Contains(sample, i => !i.NotJudgedIds.IsEmpty);
    }

    [Fact]
    public void Validating_the_real_partial_records_allocates_nothing_after_warm_up()
    {
        Assert.All(RealInspections.Partial, inspection => Assert.Equal(0, AllocatedBytesToValidate(inspection)));
    }

    private static long AllocatedBytesToValidate(Inspection inspection)
    {
        var catalog = FrameworkCatalog.Default;
        for (int i = 0; i < 3; i++)
        {
            InspectionValidator.Validate(inspection, catalog);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = InspectionValidator.Validate(inspection, catalog);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(result);
        return allocated;
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
}
