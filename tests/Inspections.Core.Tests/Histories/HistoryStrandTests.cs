using Inspections.Core;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Histories;
using static Inspections.Core.Tests.Histories.Built;

namespace Inspections.Core.Tests.Histories;

/// <summary>Issue 24, item 3: every graded inspection is graded strand by strand, and each change is compared strand by strand.</summary>
public sealed class HistoryStrandTests
{
    private static readonly LocalAuthority NorthNorthamptonshire = LocalAuthorityRegister.Default["North Northamptonshire"];

    // North Northamptonshire's ILACS inspections of October 2022 and May 2026 (impact of leaders outstanding, three judgements good).
    private static readonly Inspection Ilacs2022 = Ilacs(La("North Northamptonshire", "E06000061"), "2022-10-03", "2022-11-25", "requires-improvement");

    private static readonly Inspection Ilacs2026 = new(
        "ilacs-2026", "standard-inspection", La("North Northamptonshire", "E06000061"), new Fieldwork(D("2026-05-11"), D("2026-05-22")),
        JudgementGrades.Create(("impact-of-leaders", "outstanding"), ("children-who-need-help-and-protection", "good"), ("children-in-care", "good"), ("care-leavers", "good")))
    {
        Published = D("2026-06-26"),
    };

    [Fact]
    public void An_inspection_without_a_headline_is_graded_in_each_strand()
    {
        var history = AuthorityHistory.Of(NorthNorthamptonshire, [Ilacs2022, Ilacs2026]);

        var latest = history.Entries[^1];
        Assert.Null(latest.Headline);
        Assert.True(latest.IsGraded);
        Assert.Equal(["impact-of-leaders: Outstanding", "help-and-protection: Good", "children-in-care: Good", "care-leavers: Good"], latest.Strands.Select(s => s.ToString()));
        Assert.Null(latest.GradeOf(JudgementStrands.Default[JudgementStrands.OverallEffectivenessId]));
    }

    [Fact]
    public void A_change_is_compared_strand_by_strand_across_the_framework_revision()
    {
        var change = Assert.Single(AuthorityHistory.Of(NorthNorthamptonshire, [Ilacs2026, Ilacs2022]).Changes);

        Assert.Equal(["impact-of-leaders", "help-and-protection", "children-in-care", "care-leavers", "overall-effectiveness"], change.Strands.Select(s => s.Strand.Id));
        var leaders = change.Strands[0];
        Assert.True(leaders.IsComparable);
        Assert.Equal(2, leaders.Comparison!.Comparison.Steps);
        var careLeavers = change.Strands[3];
        Assert.Equal("children-in-care-and-care-leavers", careLeavers.Before!.JudgementId);
        Assert.True(careLeavers.Before.Member.IsApproximate);
        Assert.Equal("care-leavers", careLeavers.After!.JudgementId);
        Assert.True(careLeavers.IsComparable);
        var overall = change.Strands[4];
        Assert.False(overall.IsComparable);
        Assert.Null(overall.Comparison);
        Assert.Equal("Not compared: the later inspection did not grade overall effectiveness.", overall.Reason);
    }

    [Fact]
    public void Two_judgements_of_a_strand_that_no_lineage_link_joins_directly_are_not_compared()
    {
        // Calderdale 2015 (SIF: care leavers a graded sub-judgement) and 2018 (ILACS 2018: children in care and care
        // leavers together): the care leavers strand holds both, but the lineage joins the SIF's care leavers to 2023's.
        var history = AuthorityHistory.Of(LocalAuthorityRegister.Default["Calderdale"], [Example("sif-2013-calderdale-2015.json"), Example("ilacs-2018-calderdale-2018.json")]);

        var careLeavers = Assert.Single(history.Changes).Strands.Single(s => s.Strand.Id == JudgementStrands.CareLeaversId);
        Assert.NotNull(careLeavers.Before);
        Assert.NotNull(careLeavers.After);
        Assert.False(careLeavers.IsComparable);
        Assert.StartsWith("Not comparable: no lineage link joins sif-2013's 'experiences-and-progress-of-care-leavers' to ilacs-2018's 'children-in-care-and-care-leavers' directly", careLeavers.Reason, StringComparison.Ordinal);
    }
}
