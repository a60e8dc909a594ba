using Inspections.Core.Comparison;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Tests.Comparison;

public sealed class InspectionComparerTests
{
    private static readonly InspectionSubject Calderdale = new(SubjectKind.LocalAuthority, "Calderdale", "E08000033", 381);

    // SLAC, January 2010: inadequate (the strand is UNCONFIRMED in the seeds; safeguarding is the likely one).
    private static readonly Inspection Calderdale2010 = new(
        "slac-2009",
        "full-inspection",
        Calderdale,
        new Fieldwork(new LocalDate(2010, 1, 11), new LocalDate(2010, 1, 22)),
        JudgementGrades.Create(
            ("safeguarding-overall-effectiveness", "inadequate"),
            ("safeguarding-capacity-for-improvement", "adequate"),
            ("looked-after-overall-effectiveness", "adequate"),
            ("looked-after-capacity-for-improvement", "adequate")));

    private static readonly Inspection Calderdale2015 = RealInspections.Calderdale2015;

    [Fact]
    public void Calderdale_2010_to_2015_overall_is_not_compared_since_no_lineage_joins_slac_safeguarding_to_sif_overall()
    {
        // SLAC's headline was the safeguarding strand's overall effectiveness, which the SIF's help and protection
        // succeeds; the SIF's overall effectiveness has no predecessor in SLAC.
        var result = InspectionComparer.Compare(Calderdale2010, Calderdale2015);

        Assert.True(result.FrameworkChanged);
        var overall = result.Overall.Comparison;
        Assert.Equal(ComparisonDirection.NotComparable, overall.Direction);
        Assert.Contains("No lineage joins", overall.Reason, StringComparison.Ordinal);
        Assert.Equal("safeguarding-overall-effectiveness", result.Overall.BeforeJudgementId);
        Assert.Equal("overall-effectiveness", result.Overall.AfterJudgementId);
        Assert.Equal("inadequate", result.Overall.BeforeGradeId);
        Assert.Equal("requires-improvement", result.Overall.AfterGradeId);
    }

    [Fact]
    public void Inspections_given_in_either_order_are_compared_earlier_first()
    {
        var forwards = InspectionComparer.Compare(Calderdale2010, Calderdale2015);
        var backwards = InspectionComparer.Compare(Calderdale2015, Calderdale2010);

        Assert.Same(Calderdale2010, backwards.Before);
        Assert.Equal(forwards.Overall.Comparison, backwards.Overall.Comparison);
        Assert.Equal(forwards.Judgements.Select(j => j.ToString()), backwards.Judgements.Select(j => j.ToString()));
    }

    [Fact]
    public void Help_and_protection_follows_the_lineage_from_the_safeguarding_strand()
    {
        var line = InspectionComparer.Compare(Calderdale2010, Calderdale2015)
            .Judgements.Single(j => j.JudgementId == "children-who-need-help-and-protection");

        Assert.Equal("safeguarding-overall-effectiveness", line.BeforeJudgementId);
        Assert.Equal(ComparisonDirection.Better, line.Comparison.Direction);
        Assert.Single(line.Lineage);
    }

    [Fact]
    public void A_sif_judgement_with_no_slac_predecessor_is_not_comparable_with_a_reason()
    {
        var line = InspectionComparer.Compare(Calderdale2010, Calderdale2015)
            .Judgements.Single(j => j.JudgementId == "adoption-performance");

        Assert.Equal(ComparisonDirection.NotComparable, line.Comparison.Direction);
        Assert.Null(line.Comparison.Steps);
        Assert.Equal(ComparisonBasis.None, line.Comparison.Basis);
        Assert.Contains("no predecessor", line.Comparison.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_earlier_judgement_with_no_successor_is_listed_as_not_comparable()
    {
        var line = InspectionComparer.Compare(Calderdale2010, Calderdale2015)
            .Judgements.Single(j => j.JudgementId == "safeguarding-capacity-for-improvement");

        Assert.Null(line.AfterJudgementId);
        Assert.Equal("adequate", line.BeforeGradeId);
        Assert.False(line.Comparison.IsComparable);
    }

    [Fact]
    public void Within_one_framework_grades_compare_on_the_scale_without_a_caveat()
    {
        var later = Calderdale2015 with
        {
            Fieldwork = new Fieldwork(new LocalDate(2017, 10, 9), new LocalDate(2017, 11, 2)),
            Judgements = Calderdale2015.Judgements.SetItem("overall-effectiveness", "good").SetItem("children-who-need-help-and-protection", "good"),
        };

        var result = InspectionComparer.Compare(Calderdale2015, later);

        Assert.False(result.FrameworkChanged);
        Assert.Equal(ComparisonBasis.SameScale, result.Overall.Comparison.Basis);
        Assert.Equal(1, result.Overall.Comparison.Steps);
        Assert.Null(result.Overall.Comparison.Caveat);
    }

    [Fact]
    public void Ilacs_2026_has_no_overall_judgement_so_overall_is_not_comparable()
    {
        var subject = new InspectionSubject(SubjectKind.LocalAuthority, "Liverpool");
        var y2023 = new Inspection("ilacs-2023", "standard-inspection", subject,
            new Fieldwork(new LocalDate(2023, 3, 6), new LocalDate(2023, 3, 17)),
            JudgementGrades.Create(("overall-effectiveness", "requires-improvement"), ("impact-of-leaders", "requires-improvement"),
                ("children-who-need-help-and-protection", "requires-improvement"), ("children-in-care", "requires-improvement"), ("care-leavers", "requires-improvement")));
        var y2026 = new Inspection("ilacs-2026", "standard-inspection", subject,
            new Fieldwork(new LocalDate(2026, 5, 11), new LocalDate(2026, 5, 22)),
            JudgementGrades.Create(("impact-of-leaders", "good"), ("children-who-need-help-and-protection", "good"),
                ("children-in-care", "good"), ("care-leavers", "requires-improvement")));

        var result = InspectionComparer.Compare(y2023, y2026);

        Assert.False(result.Overall.Comparison.IsComparable);
        Assert.Contains("no overall judgement", result.Overall.Comparison.Reason, StringComparison.Ordinal);
        var leaders = result.Judgements.Single(j => j.JudgementId == "impact-of-leaders");
        Assert.Equal(ComparisonBasis.SameScale, leaders.Comparison.Basis);
        Assert.Equal(ComparisonDirection.Better, leaders.Comparison.Direction);
        Assert.True(leaders.Comparison.FrameworkChanged);
    }

    [Fact]
    public void Inspections_of_different_subjects_are_refused()
    {
        var other = Calderdale2015 with { Subject = new InspectionSubject(SubjectKind.LocalAuthority, "Kirklees", "E08000034", 382) };

        var error = Assert.Throws<ArgumentException>(() => InspectionComparer.Compare(Calderdale2010, other));
        Assert.Contains("different subjects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_inspection_and_its_own_lscb_review_do_not_compare_overall_effectiveness_with_the_board_s()
    {
        var review = new Inspection("sif-2013", "lscb-review", Calderdale, Calderdale2015.Fieldwork,
            JudgementGrades.Create(("lscb-effectiveness", "requires-improvement")));

        var result = InspectionComparer.Compare(Calderdale2015, review);

        Assert.False(result.FrameworkChanged);
        Assert.Equal(ComparisonDirection.NotComparable, result.Overall.Comparison.Direction);
        Assert.Contains("different things", result.Overall.Comparison.Reason, StringComparison.Ordinal);
        Assert.All(result.Judgements, j => Assert.False(j.Comparison.IsComparable, j.ToString()));
        AssertEachJudgementInOneLine(result);
    }

    [Fact]
    public void An_apa_and_a_slac_inspection_compare_nothing_since_no_lineage_joins_them()
    {
        var apa = new Inspection("apa-2008", "annual-performance-assessment", Calderdale,
            new Fieldwork(new LocalDate(2008, 9, 1), new LocalDate(2008, 11, 28)),
            JudgementGrades.Create(("overall-effectiveness", "adequate"), ("capacity-to-improve", "adequate"), ("being-healthy", "good"),
                ("staying-safe", "adequate"), ("enjoying-and-achieving", "adequate"), ("making-a-positive-contribution", "good"),
                ("achieving-economic-wellbeing", "adequate")));
        var slac = Calderdale2010 with
        {
            Judgements = Calderdale2010.Judgements.SetItem("staying-safe", "adequate").SetItem("being-healthy", "good"),
        };

        var result = InspectionComparer.Compare(apa, slac);

        Assert.Equal(ComparisonDirection.NotComparable, result.Overall.Comparison.Direction);
        Assert.Equal(ComparisonBasis.None, result.Overall.Comparison.Basis);
        Assert.All(result.Judgements, j => Assert.False(j.Comparison.IsComparable, j.ToString()));
        var stayingSafe = Assert.Single(result.Judgements, j => j.JudgementId == "staying-safe");
        Assert.Equal("staying-safe", stayingSafe.BeforeJudgementId);
        Assert.Equal("staying-safe", stayingSafe.AfterJudgementId);
        Assert.Contains("No lineage joins", stayingSafe.Comparison.Reason, StringComparison.Ordinal);
        AssertEachJudgementInOneLine(result);
    }

    [Fact]
    public void A_protection_of_children_inspection_and_an_ilacs_one_list_overall_effectiveness_once_and_compare_it_nowhere()
    {
        var ilacs = new Inspection("ilacs-2018", "standard-inspection", Calderdale,
            new Fieldwork(new LocalDate(2018, 9, 10), new LocalDate(2018, 9, 21)),
            JudgementGrades.Create(("overall-effectiveness", "good"), ("impact-of-leaders", "good"),
                ("children-who-need-help-and-protection", "requires-improvement"), ("children-in-care-and-care-leavers", "good")));

        var result = InspectionComparer.Compare(RealInspections.BathAndNorthEastSomerset2013 with { Subject = Calderdale }, ilacs);

        var overallLines = result.Judgements.Where(j => j.JudgementId == "overall-effectiveness").ToList();
        var line = Assert.Single(overallLines);
        Assert.False(line.Comparison.IsComparable);
        Assert.Equal("adequate", line.BeforeGradeId);
        Assert.Equal("good", line.AfterGradeId);
        Assert.False(result.Overall.Comparison.IsComparable);
        Assert.Equal(line.Comparison.IsComparable, result.Overall.Comparison.IsComparable);
        var help = Assert.Single(result.Judgements, j => j.JudgementId == "children-who-need-help-and-protection");
        Assert.Equal("effectiveness-of-help-and-protection", help.BeforeJudgementId);
        Assert.True(help.Comparison.IsComparable);
        AssertEachJudgementInOneLine(result);
    }

    [Fact]
    public void Slac_safeguarding_leadership_compares_with_sif_leadership_through_the_lineage()
    {
        var slac = Calderdale2010 with
        {
            Judgements = Calderdale2010.Judgements.SetItem("safeguarding-leadership-and-management", "inadequate"),
        };

        var line = InspectionComparer.Compare(slac, Calderdale2015).Judgements.Single(j => j.JudgementId == "leadership-management-and-governance");

        Assert.Equal("safeguarding-leadership-and-management", line.BeforeJudgementId);
        Assert.Equal(ComparisonDirection.Better, line.Comparison.Direction);
        Assert.NotEqual(ComparisonBasis.None, line.Comparison.Basis);
        Assert.NotNull(line.Comparison.Caveat);
        Assert.False(line.IsApproximate);
        Assert.Null(line.Note);
    }

    [Fact]
    public void Ilacs_2018_children_in_care_and_care_leavers_compares_with_each_of_its_2023_parts_approximately()
    {
        var y2018 = new Inspection("ilacs-2018", "standard-inspection", Calderdale,
            new Fieldwork(new LocalDate(2018, 9, 10), new LocalDate(2018, 9, 21)),
            JudgementGrades.Create(("overall-effectiveness", "good"), ("impact-of-leaders", "good"),
                ("children-who-need-help-and-protection", "requires-improvement"), ("children-in-care-and-care-leavers", "good")));
        var y2023 = new Inspection("ilacs-2023", "standard-inspection", Calderdale,
            new Fieldwork(new LocalDate(2024, 3, 4), new LocalDate(2024, 3, 15)),
            JudgementGrades.Create(("overall-effectiveness", "good"), ("impact-of-leaders", "good"),
                ("children-who-need-help-and-protection", "good"), ("children-in-care", "outstanding"), ("care-leavers", "requires-improvement")));

        var result = InspectionComparer.Compare(y2018, y2023);

        var inCare = Assert.Single(result.Judgements, j => j.JudgementId == "children-in-care");
        var careLeavers = Assert.Single(result.Judgements, j => j.JudgementId == "care-leavers");
        Assert.Equal(ComparisonDirection.Better, inCare.Comparison.Direction);
        Assert.Equal(ComparisonDirection.Worse, careLeavers.Comparison.Direction);
        Assert.All(new[] { inCare, careLeavers }, line =>
        {
            Assert.Equal("children-in-care-and-care-leavers", line.BeforeJudgementId);
            Assert.True(line.IsApproximate);
            Assert.Contains("Split in 2023", line.Note, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(result.Judgements, j => j.JudgementId == "children-in-care-and-care-leavers");
        Assert.False(Assert.Single(result.Judgements, j => j.JudgementId == "impact-of-leaders").IsApproximate);
        Assert.Equal(ComparisonDirection.Same, result.Overall.Comparison.Direction);
    }

    [Fact]
    public void A_slac_strand_re_inspection_compares_with_the_full_inspection_on_that_strand_only()
    {
        var reinspection = new Inspection("slac-2009", "safeguarding-reinspection", Calderdale,
            new Fieldwork(new LocalDate(2011, 11, 7), new LocalDate(2011, 11, 18)),
            JudgementGrades.Create(("safeguarding-overall-effectiveness", "adequate")));

        var result = InspectionComparer.Compare(Calderdale2010, reinspection);

        Assert.Equal(ComparisonDirection.Better, result.Overall.Comparison.Direction);
        Assert.Equal(ComparisonBasis.SameScale, result.Overall.Comparison.Basis);
        Assert.Single(result.Judgements, j => j.Comparison.IsComparable);
        AssertEachJudgementInOneLine(result);
    }

    [Fact]
    public void A_judgement_the_record_lists_as_not_judged_is_never_compared()
    {
        // Isles of Scilly: first SIF, published 27 June 2016, children looked after, adoption and care leavers
        // '-'; ILACS short inspection published 19 December 2019 (Ofsted, LA_inspections_2009-2023).
        var scilly = new InspectionSubject(SubjectKind.LocalAuthority, "Isles of Scilly", "E06000053", 420);
        var sif = new Inspection("sif-2013", "full-inspection", scilly, null,
            JudgementGrades.Create(("overall-effectiveness", "good"), ("children-who-need-help-and-protection", "good"),
                ("leadership-management-and-governance", "good")))
        {
            Published = new LocalDate(2016, 6, 27),
            NotJudgedIds = ["children-looked-after-and-achieving-permanence", "adoption-performance", "experiences-and-progress-of-care-leavers"],
        };
        var ilacs = new Inspection("ilacs-2018", "short-inspection", scilly, null,
            JudgementGrades.Create(("overall-effectiveness", "good"), ("impact-of-leaders", "outstanding"),
                ("children-who-need-help-and-protection", "good"), ("children-in-care-and-care-leavers", "good")))
        {
            Published = new LocalDate(2019, 12, 19),
        };

        var result = InspectionComparer.Compare(ilacs, sif);

        Assert.Same(sif, result.Before);
        var inCare = Assert.Single(result.Judgements, j => j.JudgementId == "children-in-care-and-care-leavers");
        Assert.Equal("children-looked-after-and-achieving-permanence", inCare.BeforeJudgementId);
        Assert.False(inCare.Comparison.IsComparable);
        Assert.Contains("not judged in the earlier inspection", inCare.Comparison.Reason, StringComparison.Ordinal);
        var adoption = Assert.Single(result.Judgements, j => j.JudgementId == "adoption-performance");
        Assert.Null(adoption.AfterJudgementId);
        Assert.Contains("not judged", adoption.Comparison.Reason, StringComparison.Ordinal);
        Assert.True(result.Overall.Comparison.IsComparable);
        Assert.True(Assert.Single(result.Judgements, j => j.JudgementId == "children-who-need-help-and-protection").Comparison.IsComparable);
        AssertEachJudgementInOneLine(result);
    }

    [Fact]
    public void A_not_judged_headline_leaves_the_overall_line_not_comparable()
    {
        var earlier = Calderdale2015 with { Judgements = Calderdale2015.Judgements.Remove("overall-effectiveness"), NotJudgedIds = ["overall-effectiveness"] };
        var later = Calderdale2015 with { Fieldwork = new Fieldwork(new LocalDate(2017, 10, 9), new LocalDate(2017, 11, 2)) };

        var result = InspectionComparer.Compare(earlier, later);

        Assert.False(result.Overall.Comparison.IsComparable);
        Assert.Contains("not judged", result.Overall.Comparison.Reason, StringComparison.Ordinal);
        Assert.False(Assert.Single(result.Judgements, j => j.JudgementId == "overall-effectiveness").Comparison.IsComparable);
    }

    private static void AssertEachJudgementInOneLine(InspectionComparison result)
    {
        Assert.Equal(result.Judgements.Length, result.Judgements.Select(j => j.JudgementId).Distinct().Count());
        var befores = result.Judgements.Where(j => j.BeforeJudgementId is not null && !j.IsApproximate).Select(j => j.BeforeJudgementId).ToList();
        Assert.Equal(befores.Count, befores.Distinct().Count());
    }
}
