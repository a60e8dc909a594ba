using Inspections.Core.Comparison;
using Inspections.Core.Inspections;
using Inspections.Core.Scales;
using Inspections.Core.Tests.Inspections;
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
    public void Calderdale_2010_to_2015_overall_is_one_band_better_approximately_with_the_caveat()
    {
        var result = InspectionComparer.Compare(Calderdale2010, Calderdale2015);

        Assert.True(result.FrameworkChanged);
        var overall = result.Overall.Comparison;
        Assert.Equal(ComparisonDirection.Better, overall.Direction);
        Assert.Equal(1, overall.Steps);
        Assert.Equal(ComparisonBasis.CrosswalkApproximate, overall.Basis);
        Assert.NotNull(overall.Caveat);
        Assert.Equal("safeguarding-overall-effectiveness", result.Overall.BeforeJudgementId);
        Assert.Equal("overall-effectiveness", result.Overall.AfterJudgementId);
    }

    [Fact]
    public void Inspections_given_in_either_order_are_compared_earlier_first()
    {
        var forwards = InspectionComparer.Compare(Calderdale2010, Calderdale2015);
        var backwards = InspectionComparer.Compare(Calderdale2015, Calderdale2010);

        Assert.Same(Calderdale2010, backwards.Before);
        Assert.Equal(forwards.Overall.Comparison, backwards.Overall.Comparison);
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
}
