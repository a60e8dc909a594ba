using Inspections.Core.Catalog;

namespace Inspections.Core.Tests.Catalog;

/// <summary>The built-in lineage: which judgement of a later framework succeeds which of an earlier one.</summary>
public sealed class LineageTests
{
    private static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    [Fact]
    public void Ilacs_2026_care_leavers_goes_back_to_the_sif_sub_judgement_through_ilacs_2023()
    {
        Assert.True(Catalog.TryFindPredecessor("ilacs-2026", "care-leavers", "sif-2013", out var chain));

        Assert.Equal(
            ["sif-2013/experiences-and-progress-of-care-leavers → ilacs-2023/care-leavers", "ilacs-2023/care-leavers → ilacs-2026/care-leavers"],
            chain.Select(link => link.ToString()));
    }

    [Fact]
    public void Ilacs_2026_has_no_overall_effectiveness_so_nothing_succeeds_the_2023_one()
    {
        Assert.DoesNotContain(Catalog.Lineage, link => link.FromFrameworkId == "ilacs-2023" && link.FromJudgementId == "overall-effectiveness");
    }

    [Fact]
    public void Help_and_protection_under_ilacs_goes_back_to_slac_safeguarding()
    {
        Assert.True(Catalog.TryFindPredecessor("ilacs-2018", "children-who-need-help-and-protection", "slac-2009", out var chain));

        Assert.Equal("slac-2009", chain[0].FromFrameworkId);
        Assert.Equal("safeguarding-overall-effectiveness", chain[0].FromJudgementId);
        Assert.Equal("ilacs-2018", chain[^1].ToFrameworkId);
    }

    [Fact]
    public void The_apa_and_cafcass_frameworks_have_no_lineage()
    {
        Assert.DoesNotContain(Catalog.Lineage, link => link.FromFrameworkId is "apa-2008" or "cafcass-2009" || link.ToFrameworkId is "apa-2008" or "cafcass-2009");
        Assert.False(Catalog.TryFindPredecessor("sif-2013", "staying-safe", "apa-2008", out _));
    }

    [Fact]
    public void Every_link_goes_forward_in_time()
    {
        Assert.All(Catalog.Lineage, link =>
            Assert.True(Catalog.Get(link.FromFrameworkId).InForce.Start < Catalog.Get(link.ToFrameworkId).InForce.Start, link.ToString()));
    }

    [Fact]
    public void The_sif_help_and_protection_judgement_succeeds_the_2012_judgement_of_the_same_name()
    {
        Assert.True(Catalog.TryFindPredecessor("sif-2013", "children-who-need-help-and-protection", "protection-of-children-2012", out var chain));

        Assert.Equal("effectiveness-of-help-and-protection", Assert.Single(chain).FromJudgementId);
    }

    [Fact]
    public void Slac_safeguarding_leadership_is_succeeded_by_sif_leadership()
    {
        Assert.True(Catalog.TryFindPredecessor("sif-2013", "leadership-management-and-governance", "slac-2009", out var chain));

        Assert.Equal("safeguarding-leadership-and-management", Assert.Single(chain).FromJudgementId);
        Assert.False(chain[0].IsApproximate);
    }

    [Theory]
    [InlineData("children-in-care")]
    [InlineData("care-leavers")]
    public void Ilacs_2018_children_in_care_and_care_leavers_was_split_into_two_judgements_approximately(string later)
    {
        Assert.True(Catalog.TryFindPredecessor("ilacs-2023", later, "ilacs-2018", out var chain));

        var link = Assert.Single(chain);
        Assert.Equal("children-in-care-and-care-leavers", link.FromJudgementId);
        Assert.True(link.IsApproximate);
        Assert.Contains("Split in 2023", link.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_targeted_looked_after_children_inspection_sits_between_slac_and_the_sif_on_children_looked_after()
    {
        Assert.True(Catalog.TryFindPredecessor("looked-after-children-2013", "overall-effectiveness", "slac-2009", out var fromSlac));
        Assert.Equal("looked-after-overall-effectiveness", Assert.Single(fromSlac).FromJudgementId);
        Assert.True(Catalog.TryFindPredecessor("sif-2013", "children-looked-after-and-achieving-permanence", "looked-after-children-2013", out var toSif));
        Assert.Equal("overall-effectiveness", Assert.Single(toSif).FromJudgementId);
        Assert.False(Catalog.TryFindPredecessor("sif-2013", "overall-effectiveness", "looked-after-children-2013", out _));
    }

    [Fact]
    public void Only_the_split_links_are_approximate()
    {
        Assert.Equal(
            ["ilacs-2018/children-in-care-and-care-leavers → ilacs-2023/children-in-care", "ilacs-2018/children-in-care-and-care-leavers → ilacs-2023/care-leavers"],
            Catalog.Lineage.Where(l => l.IsApproximate).Select(l => l.ToString()));
    }

    [Fact]
    public void No_overall_effectiveness_of_a_one_strand_or_one_topic_framework_leads_to_a_later_overall_effectiveness()
    {
        // The protection of children and targeted looked after children inspections judged one part of the
        // service: their overall effectiveness is not the SIF's or ILACS's.
        Assert.False(Catalog.TryFindPredecessor("sif-2013", "overall-effectiveness", "protection-of-children-2012", out _));
        Assert.False(Catalog.TryFindPredecessor("ilacs-2018", "overall-effectiveness", "protection-of-children-2012", out _));
        Assert.False(Catalog.TryFindPredecessor("sif-2013", "overall-effectiveness", "slac-2009", out _));
    }
}
