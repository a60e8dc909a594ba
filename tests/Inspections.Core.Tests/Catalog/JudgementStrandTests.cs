using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using NodaTime;

namespace Inspections.Core.Tests.Catalog;

/// <summary>The judgement strands: what one judgement judges across framework revisions, walked from the lineage.</summary>
public sealed class JudgementStrandTests
{
    private static readonly JudgementStrands Strands = JudgementStrands.Default;

    private static string[] Members(string strandId) => Strands[strandId].Members.Select(m => m.ToString()).ToArray();

    [Fact]
    public void The_strands_ilacs_grades_are_the_five_of_the_spec_in_order()
    {
        Assert.Equal(
            ["impact-of-leaders", "help-and-protection", "children-in-care", "care-leavers", "overall-effectiveness"],
            Strands.Ilacs.Select(s => s.Id));
        Assert.Equal(Strands.Ilacs, Strands.All.Take(5));
    }

    [Fact]
    public void Help_and_protection_runs_from_slac_safeguarding_and_the_2012_inspections_to_ilacs_2026()
    {
        Assert.Equal(
            [
                "slac-2009/safeguarding-overall-effectiveness",
                "protection-of-children-2012/effectiveness-of-help-and-protection",
                "sif-2013/children-who-need-help-and-protection",
                "ilacs-2018/children-who-need-help-and-protection",
                "ilacs-2023/children-who-need-help-and-protection",
                "ilacs-2026/children-who-need-help-and-protection",
            ],
            Members(JudgementStrands.HelpAndProtectionId));
    }

    [Fact]
    public void Impact_of_leaders_runs_from_leadership_and_governance()
    {
        Assert.Equal(
            [
                "slac-2009/safeguarding-leadership-and-management",
                "protection-of-children-2012/leadership-and-governance",
                "sif-2013/leadership-management-and-governance",
                "ilacs-2018/impact-of-leaders",
                "ilacs-2023/impact-of-leaders",
                "ilacs-2026/impact-of-leaders",
            ],
            Members(JudgementStrands.ImpactOfLeadersId));
    }

    [Fact]
    public void Children_in_care_passes_through_the_2018_joint_judgement_approximately()
    {
        Assert.Equal(
            [
                "slac-2009/looked-after-overall-effectiveness (approximate)",
                "looked-after-children-2013/overall-effectiveness (approximate)",
                "sif-2013/children-looked-after-and-achieving-permanence (approximate)",
                "ilacs-2018/children-in-care-and-care-leavers (approximate)",
                "ilacs-2023/children-in-care",
                "ilacs-2026/children-in-care",
            ],
            Members(JudgementStrands.ChildrenInCareId));
    }

    [Fact]
    public void Care_leavers_takes_the_sif_sub_judgement_its_direct_predecessor_not_children_looked_after()
    {
        Assert.Equal(
            [
                "sif-2013/experiences-and-progress-of-care-leavers",
                "ilacs-2018/children-in-care-and-care-leavers (approximate)",
                "ilacs-2023/care-leavers",
                "ilacs-2026/care-leavers",
            ],
            Members(JudgementStrands.CareLeaversId));
    }

    [Fact]
    public void Overall_effectiveness_ends_in_2023_and_begins_with_the_sif()
    {
        var strand = Strands[JudgementStrands.OverallEffectivenessId];

        Assert.Equal(["sif-2013/overall-effectiveness", "ilacs-2018/overall-effectiveness", "ilacs-2023/overall-effectiveness"], Members(strand.Id));
        Assert.False(strand.IsGradedBy(FrameworkIds.Ilacs2026));
        Assert.False(strand.IsGradedBy(FrameworkIds.ProtectionOfChildren2012));
    }

    [Fact]
    public void The_earlier_frameworks_keep_their_own_strands()
    {
        var childProtection = Strands["protection-of-children-2012-overall-effectiveness"];

        Assert.Equal(["slac-2009/safeguarding-overall-effectiveness", "protection-of-children-2012/overall-effectiveness"], Members(childProtection.Id));
        Assert.Equal($"{FrameworkCatalog.Default[FrameworkIds.ProtectionOfChildren2012].Name}: Overall effectiveness", childProtection.Name);
        Assert.True(Strands.TryGet("apa-2008-overall-effectiveness", out _));
        Assert.True(Strands.TryGet("sif-2013-lscb-effectiveness", out _));
        Assert.DoesNotContain(Strands.All, s => s.Members.Any(m => m.FrameworkId == FrameworkIds.Cafcass2009));
    }

    [Fact]
    public void Every_member_is_joined_to_a_later_member_by_a_link_of_the_catalogs_lineage()
    {
        foreach (var strand in Strands.All)
        {
            Assert.Null(strand.Newest.Succession);
            foreach (var member in strand.Members.Where(m => m != strand.Newest))
            {
                var link = member.Succession!;
                Assert.Contains(link, FrameworkCatalog.Default.Lineage);
                Assert.Equal((member.FrameworkId, member.JudgementId), (link.FromFrameworkId, link.FromJudgementId));
                Assert.Contains(strand.Members, later => later.FrameworkId == link.ToFrameworkId && later.JudgementId == link.ToJudgementId);
            }

            Assert.Equal(strand.Members.Length, strand.Members.Select(m => m.FrameworkId).Distinct().Count());
        }
    }

    [Fact]
    public void Every_top_level_judgement_of_a_local_authority_framework_is_in_a_strand()
    {
        var missing = FrameworkCatalog.Default.All
            .Where(f => f.Inspects(SubjectKind.LocalAuthority))
            .SelectMany(f => f.Judgements.Where(j => !j.IsSubJudgement).Select(j => (f.Id, j.Id)))
            .Where(p => !Strands.All.Any(s => s.TryGetMember(p.Item1, out var m) && m.JudgementId == p.Item2))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void An_unknown_strand_or_a_framework_without_the_strand_is_refused_by_name()
    {
        var unknown = Assert.Throws<KeyNotFoundException>(() => Strands["leadership"]);
        Assert.StartsWith("There is no judgement strand 'leadership'; the strands are: impact-of-leaders, help-and-protection, children-in-care, care-leavers, overall-effectiveness, ", unknown.Message);
        Assert.False(Strands.TryGet(null, out _));

        var absent = Assert.Throws<KeyNotFoundException>(() => Strands[JudgementStrands.OverallEffectivenessId][FrameworkIds.Ilacs2026]);
        Assert.Equal("The framework 'ilacs-2026' has no judgement in the strand 'overall-effectiveness'; the frameworks that have: sif-2013, ilacs-2018, ilacs-2023.", absent.Message);
    }

    [Fact]
    public void A_framework_grades_the_strands_it_has_a_judgement_in()
    {
        Assert.Equal(
            ["impact-of-leaders", "help-and-protection", "children-in-care", "care-leavers"],
            Strands.GradedBy(FrameworkIds.Ilacs2026).Select(s => s.Id));
        Assert.Empty(Strands.GradedBy("no-such-framework"));
    }

    [Fact]
    public void A_strands_grade_is_the_grade_of_its_judgement_in_the_inspections_framework()
    {
        var inspection = Inspections.Core.Tests.Histories.RecordLines.All.First(i => i.FrameworkId == FrameworkIds.Ilacs2018 && !i.Judgements.IsEmpty);
        var framework = FrameworkCatalog.Default[FrameworkIds.Ilacs2018];
        Assert.True(framework.TryGetGrade(inspection, JudgementIds.ChildrenInCareAndCareLeavers, out var expected));

        Assert.True(Strands[JudgementStrands.CareLeaversId].TryGetGrade(inspection, FrameworkCatalog.Default, out var member, out var grade));
        Assert.Equal(expected, grade);
        Assert.True(member!.IsApproximate);
        Assert.False(Strands["apa-2008-overall-effectiveness"].TryGetGrade(inspection, FrameworkCatalog.Default, out var none, out _));
        Assert.Null(none);
    }
}
