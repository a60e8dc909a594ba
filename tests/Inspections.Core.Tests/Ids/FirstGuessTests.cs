using Inspections.Core.Catalog;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Tests.Ids;

/// <summary>
/// What a new user guessed first (issue 17) compiles and works: the catalog's indexer, InForceOn without a subject
/// kind, a judgement set's string indexer and == by value.
/// </summary>
public sealed class FirstGuessTests
{
    [Fact]
    public void The_catalog_indexer_finds_a_framework_by_its_id_constant() =>
        Assert.Same(FrameworkCatalog.Default.Get("sif-2013"), FrameworkCatalog.Default[FrameworkIds.Sif2013]);

    [Fact]
    public void The_catalog_indexer_names_the_frameworks_it_has_when_the_id_is_unknown()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => FrameworkCatalog.Default["sif-2031"]);

        Assert.Contains("sif-2031", e.Message, StringComparison.Ordinal);
        Assert.Contains("ilacs-2018", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InForceOn_without_a_subject_kind_answers_for_local_authorities_and_service_areas()
    {
        var catalog = FrameworkCatalog.Default;

        Assert.Equal(["sif-2013"], catalog.InForceOn(new LocalDate(2015, 1, 13)).Select(f => f.Id));
        // In 2010 both SLAC (local authorities) and the Cafcass service-area inspections were in force.
        var in2010 = catalog.InForceOn(new LocalDate(2010, 6, 1)).Select(f => f.Id).ToArray();
        Assert.Contains("slac-2009", in2010);
        Assert.Contains("cafcass-2009", in2010);
        Assert.Equal(catalog.All.Select(f => f.Id).Where(in2010.Contains), in2010);
    }

    [Fact]
    public void InForceOn_without_a_kind_is_the_union_of_both_kinds_on_every_first_of_the_month()
    {
        var catalog = FrameworkCatalog.Default;
        for (var day = new LocalDate(2007, 1, 1); day < new LocalDate(2027, 1, 1); day = day.PlusMonths(1))
        {
            var expected = catalog.All.Where(f =>
                catalog.InForceOn(day, SubjectKind.LocalAuthority).Contains(f) || catalog.InForceOn(day, SubjectKind.CafcassServiceArea).Contains(f));

            Assert.Equal(expected, catalog.InForceOn(day));
        }
    }

    [Fact]
    public void A_judgement_set_gives_a_grade_by_judgement_id()
    {
        var inspection = RealInspections.Calderdale2015;

        Assert.Equal(GradeIds.RequiresImprovement, inspection.Judgements[JudgementIds.OverallEffectiveness]);
        Assert.Equal(GradeIds.Inadequate, inspection.Judgements[JudgementIds.AdoptionPerformance]);
    }

    [Fact]
    public void A_judgement_set_names_the_graded_judgements_when_asked_for_one_not_graded()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => RealInspections.Calderdale2015.Judgements[JudgementIds.CareLeavers]);

        Assert.Contains("care-leavers", e.Message, StringComparison.Ordinal);
        Assert.Contains("adoption-performance", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_judgement_sets_are_equal_with_the_operator_in_any_order()
    {
        var a = JudgementGrades.Create(("overall-effectiveness", "good"), ("impact-of-leaders", "good"));
        var b = JudgementGrades.Create(("impact-of-leaders", "good"), ("overall-effectiveness", "good"));
        var c = JudgementGrades.Create(("impact-of-leaders", "good"), ("overall-effectiveness", "outstanding"));

        EqualityLaws.Hold(a, b, c);
    }
}
