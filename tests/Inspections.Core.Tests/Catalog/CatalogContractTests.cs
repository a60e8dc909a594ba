using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;

namespace Inspections.Core.Tests.Catalog;

/// <summary>
/// The catalog against the public contract, shared/spec/identifiers.md: framework ids, names, scales, visit types
/// (and which are ungraded), judgements in each framework's own order, required judgements and timescales.
/// The expected values are copied from the spec, not computed.
/// </summary>
public sealed class CatalogContractTests
{
    private static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    [Theory]
    [InlineData("apa-2008", "Annual performance assessment of children's services, 2008", "apa-four-point")]
    [InlineData("cafcass-2009", "Inspection of Cafcass service areas", "cafcass-four-point")]
    [InlineData("slac-2009", "Inspection of safeguarding and looked after children services", "four-point-adequate")]
    [InlineData("protection-of-children-2012", "Inspection of local authority arrangements for the protection of children", "four-point-adequate")]
    [InlineData("looked-after-children-2013", "Targeted inspection of services for looked after children (2013)", "four-point-adequate")]
    [InlineData("sif-2013", "Inspection of services for children in need of help and protection, children looked after and care leavers (single inspection framework), with reviews of LSCBs", "four-point-requires-improvement")]
    [InlineData("ilacs-2018", "Inspecting local authority children's services", "four-point-requires-improvement")]
    [InlineData("ilacs-2023", "ILACS as revised in 2023 (care leavers judged on their own)", "four-point-requires-improvement")]
    [InlineData("ilacs-2026", "ILACS as revised in 2026 (no overall effectiveness judgement)", "four-point-requires-improvement")]
    public void Each_framework_has_the_name_and_scale_of_the_spec(string id, string name, string scale)
    {
        var framework = Catalog.Get(id);

        Assert.Equal(name, framework.Name);
        Assert.Equal(scale, framework.Scale.Id);
    }

    [Theory]
    [InlineData("apa-2008", "annual-performance-assessment", "")]
    [InlineData("cafcass-2009", "service-area-inspection", "")]
    [InlineData("slac-2009", "full-inspection,safeguarding-reinspection,looked-after-reinspection", "unannounced-contact-referral-assessment")]
    [InlineData("protection-of-children-2012", "full-inspection,re-inspection", "")]
    [InlineData("looked-after-children-2013", "targeted-inspection", "")]
    [InlineData("sif-2013", "full-inspection,re-inspection,lscb-review", "")]
    [InlineData("ilacs-2018", "standard-inspection,short-inspection", "focused-visit,monitoring-visit")]
    [InlineData("ilacs-2023", "standard-inspection,short-inspection", "focused-visit,monitoring-visit")]
    [InlineData("ilacs-2026", "standard-inspection,short-inspection", "focused-visit,monitoring-visit")]
    public void Each_framework_has_the_visit_types_of_the_spec_graded_first(string id, string graded, string ungraded)
    {
        var framework = Catalog.Get(id);

        Assert.Equal(Ids(graded), framework.VisitTypes.Where(v => v.IsGraded).Select(v => v.Id));
        Assert.Equal(Ids(ungraded), framework.VisitTypes.Where(v => !v.IsGraded).Select(v => v.Id));
        Assert.Equal(Ids(graded).Concat(Ids(ungraded)), framework.VisitTypes.Select(v => v.Id));
    }

    [Theory]
    [InlineData("apa-2008", "annual-performance-assessment",
        "overall-effectiveness,capacity-to-improve,being-healthy,staying-safe,enjoying-and-achieving,making-a-positive-contribution,achieving-economic-wellbeing")]
    [InlineData("sif-2013", "full-inspection",
        "overall-effectiveness,children-who-need-help-and-protection,children-looked-after-and-achieving-permanence,adoption-performance,experiences-and-progress-of-care-leavers,leadership-management-and-governance")]
    [InlineData("sif-2013", "re-inspection",
        "overall-effectiveness,children-who-need-help-and-protection,children-looked-after-and-achieving-permanence,adoption-performance,experiences-and-progress-of-care-leavers,leadership-management-and-governance")]
    [InlineData("sif-2013", "lscb-review", "lscb-effectiveness")]
    [InlineData("ilacs-2018", "standard-inspection", "overall-effectiveness,impact-of-leaders,children-who-need-help-and-protection,children-in-care-and-care-leavers")]
    [InlineData("ilacs-2018", "short-inspection", "overall-effectiveness,impact-of-leaders,children-who-need-help-and-protection,children-in-care-and-care-leavers")]
    [InlineData("ilacs-2023", "standard-inspection", "overall-effectiveness,impact-of-leaders,children-who-need-help-and-protection,children-in-care,care-leavers")]
    [InlineData("ilacs-2023", "short-inspection", "overall-effectiveness,impact-of-leaders,children-who-need-help-and-protection,children-in-care,care-leavers")]
    [InlineData("ilacs-2026", "standard-inspection", "impact-of-leaders,children-who-need-help-and-protection,children-in-care,care-leavers")]
    [InlineData("ilacs-2026", "short-inspection", "impact-of-leaders,children-who-need-help-and-protection,children-in-care,care-leavers")]
    public void A_visit_type_grades_and_requires_the_judgements_of_the_spec_in_its_order(string id, string visit, string judgements)
    {
        var visitType = Catalog.Get(id).GetVisitType(visit);

        Assert.Equal(Ids(judgements), visitType.JudgementIds);
        Assert.Equal(Ids(judgements), visitType.RequiredJudgementIds);
    }

    [Fact]
    public void The_2013_targeted_inspection_grades_the_five_judgements_of_its_reports_and_requires_only_overall_effectiveness()
    {
        // identifiers.md: each report's "Record of main findings" gives five judgements; Ofsted's table only the first.
        var visitType = Catalog.Get("looked-after-children-2013").GetVisitType("targeted-inspection");

        Assert.Equal(
            Ids("overall-effectiveness,capacity-to-improve,outcomes-for-looked-after-children,quality-of-provision,leadership-and-management"),
            visitType.JudgementIds);
        Assert.Equal(Ids("overall-effectiveness"), visitType.RequiredJudgementIds);
    }

    // Where Ofsted's official table records an outcome by its overall effectiveness alone, only that is required,
    // so that the official record can be written down without inventing grades (OfficialRecordTests checks every row).
    [Theory]
    [InlineData("protection-of-children-2012", "full-inspection", "overall-effectiveness,effectiveness-of-help-and-protection,quality-of-practice,leadership-and-governance", "overall-effectiveness")]
    [InlineData("protection-of-children-2012", "re-inspection", "overall-effectiveness,effectiveness-of-help-and-protection,quality-of-practice,leadership-and-governance", "overall-effectiveness")]
    public void A_visit_type_the_record_gives_overall_effectiveness_for_requires_only_that(string id, string visit, string judgements, string required)
    {
        var visitType = Catalog.Get(id).GetVisitType(visit);

        Assert.Equal(Ids(judgements), visitType.JudgementIds);
        Assert.Equal(Ids(required), visitType.RequiredJudgementIds);
    }

    [Fact]
    public void Cafcass_requires_overall_effectiveness_and_capacity_and_offers_the_fourteen_area_judgements()
    {
        var visit = Catalog.Get("cafcass-2009").GetVisitType("service-area-inspection");

        Assert.Equal<string>(["overall-effectiveness", "capacity-to-improve"], visit.RequiredJudgementIds);
        Assert.Equal(
            Ids("overall-effectiveness,capacity-to-improve,safeguarding,ambition-and-prioritisation,performance-management,workforce-development,"
                + "user-engagement,partnership-working,equality-and-diversity,value-for-money,leadership-management-and-planning,service-responsiveness,"
                + "case-planning-and-recording,assessment-intervention-and-direct-work,complaints-handling,contribution-to-outcomes"),
            visit.JudgementIds);
    }

    [Fact]
    public void Slac_requires_the_two_strands_overall_effectiveness_and_offers_its_other_judgements()
    {
        // identifiers.md lists capacity for improvement as required too; Ofsted's official table gives the two
        // strands' overall effectiveness only, for all 152 inspections, and the record wins.
        var slac = Catalog.Get("slac-2009");
        var visit = slac.GetVisitType("full-inspection");

        Assert.Equal<string>(["safeguarding-overall-effectiveness", "looked-after-overall-effectiveness"], visit.RequiredJudgementIds);
        Assert.Equal(22, visit.JudgementIds.Length); // Wirral 2011 had 22 graded items.
        Assert.Equal(slac.Judgements.Select(j => j.Id), visit.JudgementIds);
        Assert.Equal(
            ["children-and-young-people-are-safe", "children-and-young-people-feel-safe", "health-contribution-to-keeping-children-safe", "safeguarding-quality-of-provision", "safeguarding-leadership-and-management"],
            slac.GetSubJudgements("safeguarding-overall-effectiveness").Select(j => j.Id));
        Assert.Equal(
            ["being-healthy", "staying-safe", "enjoying-and-achieving", "making-a-positive-contribution", "achieving-economic-wellbeing", "looked-after-quality-of-provision", "looked-after-leadership-and-management"],
            slac.GetSubJudgements("looked-after-overall-effectiveness").Select(j => j.Id));
    }

    [Theory]
    [InlineData("safeguarding-reinspection", "safeguarding-overall-effectiveness")]
    [InlineData("looked-after-reinspection", "looked-after-overall-effectiveness")]
    public void A_slac_strand_re_inspection_grades_that_strand_s_judgements_and_requires_its_overall_effectiveness(string visitId, string strand)
    {
        // identifiers.md: "a SLAC strand re-inspection grades that strand's judgements"; the official table gives
        // the strand's overall effectiveness for each of the 11.
        var slac = Catalog.Get("slac-2009");
        var visit = slac.GetVisitType(visitId);
        string capacity = strand.Replace("overall-effectiveness", "capacity-for-improvement", StringComparison.Ordinal);

        Assert.Equal<string>([strand], visit.RequiredJudgementIds);
        Assert.Equal(strand, visit.HeadlineJudgementId);
        Assert.Equal(
            new[] { strand }.Concat(slac.GetSubJudgements(strand).Select(j => j.Id)).Append(capacity),
            visit.JudgementIds);
    }

    [Fact]
    public void The_protection_of_children_re_inspection_grades_what_the_full_inspection_grades()
    {
        var protection = Catalog.Get("protection-of-children-2012");

        Assert.Equal<string>(protection.GetVisitType("full-inspection").JudgementIds, protection.GetVisitType("re-inspection").JudgementIds);
        Assert.Equal<string>(protection.GetVisitType("full-inspection").RequiredJudgementIds, protection.GetVisitType("re-inspection").RequiredJudgementIds);
        Assert.Equal("overall-effectiveness", protection.GetVisitType("re-inspection").HeadlineJudgementId);
    }

    [Fact]
    public void Sif_grades_adoption_and_care_leavers_as_sub_judgements_of_children_looked_after()
    {
        var sif = Catalog.Get("sif-2013");

        Assert.Equal(
            ["adoption-performance", "experiences-and-progress-of-care-leavers"],
            sif.GetSubJudgements("children-looked-after-and-achieving-permanence").Select(j => j.Id));
        Assert.All(sif.Judgements.Where(j => j.IsSubJudgement), j => Assert.Equal("children-looked-after-and-achieving-permanence", j.ParentId));
    }

    [Theory]
    [InlineData("apa-2008", "immediately,within-three-months,within-six-months")]
    [InlineData("cafcass-2009", "immediately,within-three-months,within-six-months")]
    [InlineData("slac-2009", "immediately,within-three-months,within-six-months")]
    [InlineData("protection-of-children-2012", "immediately,within-three-months,within-six-months")]
    [InlineData("looked-after-children-2013", "immediately,within-three-months,within-six-months")]
    [InlineData("sif-2013", "immediately,within-three-months,within-six-months")]
    [InlineData("ilacs-2018", "")]
    [InlineData("ilacs-2023", "")]
    [InlineData("ilacs-2026", "")]
    public void Each_framework_has_the_timescales_its_reports_give(string id, string timescales)
    {
        Assert.Equal(Ids(timescales), Catalog.Get(id).Timescales.Select(t => t.Id));
    }

    [Fact]
    public void Only_cafcass_2009_inspects_cafcass_service_areas()
    {
        Assert.Equal(["cafcass-2009"], Catalog.All.Where(f => f.Inspects(SubjectKind.CafcassServiceArea)).Select(f => f.Id));
        Assert.All(Catalog.All, f => Assert.Single(f.SubjectKinds));
    }

    [Fact]
    public void Every_framework_cites_sources()
    {
        Assert.All(Catalog.All, f => Assert.NotEmpty(f.Sources));
    }

    [Fact]
    public void Every_note_says_whether_it_is_unconfirmed_or_a_modelling_choice()
    {
        var unmarked = Catalog.All
            .SelectMany(f => f.Notes.Select(n => (f.Id, Note: n)))
            .Where(x => !x.Note.StartsWith("UNCONFIRMED: ", StringComparison.Ordinal) && !x.Note.StartsWith("Modelling choice: ", StringComparison.Ordinal));

        Assert.Empty(unmarked);
    }

    [Fact]
    public void Every_headline_judgement_is_a_top_level_judgement()
    {
        foreach (var framework in Catalog.All)
        {
            foreach (var visit in framework.VisitTypes.Where(v => v.HeadlineJudgementId is not null))
            {
                Assert.True(framework.TryGetJudgement(visit.HeadlineJudgementId, out var headline));
                Assert.False(headline.IsSubJudgement, $"{framework.Id}/{visit.Id}");
            }
        }
    }

    [Fact]
    public void Ilacs_2026_has_no_overall_effectiveness_and_no_headline()
    {
        var ilacs2026 = Catalog.Get("ilacs-2026");

        Assert.Equal(-1, ilacs2026.IndexOfJudgement("overall-effectiveness"));
        Assert.All(ilacs2026.VisitTypes, v => Assert.Null(v.HeadlineJudgementId));
    }

    private static string[] Ids(string commaSeparated) =>
        commaSeparated.Length == 0 ? [] : commaSeparated.Split(',');
}
