using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary>
/// <c>slac-2009</c>: inspections of safeguarding and looked after children services (announced, with CQC), and the
/// ungraded unannounced inspections of contact, referral and assessment.
/// </summary>
internal static class Slac2009
{
    private static readonly string[] Graded =
    [
        JudgementIds.SafeguardingOverallEffectiveness, JudgementIds.ChildrenAndYoungPeopleAreSafe, JudgementIds.ChildrenAndYoungPeopleFeelSafe,
        JudgementIds.HealthContributionToKeepingChildrenSafe, JudgementIds.SafeguardingQualityOfProvision, JudgementIds.SafeguardingLeadershipAndManagement,
        JudgementIds.SafeguardingCapacityForImprovement,
        JudgementIds.LookedAfterOverallEffectiveness, JudgementIds.BeingHealthy, JudgementIds.StayingSafe, JudgementIds.EnjoyingAndAchieving,
        JudgementIds.MakingAPositiveContribution, JudgementIds.AchievingEconomicWellbeing, JudgementIds.LookedAfterQualityOfProvision,
        JudgementIds.LookedAfterLeadershipAndManagement, JudgementIds.LookedAfterCapacityForImprovement,
        JudgementIds.AmbitionAndPrioritisation, JudgementIds.Evaluation, JudgementIds.UserEngagement, JudgementIds.Partnerships, JudgementIds.EqualityAndDiversity, JudgementIds.ValueForMoney,
    ];

    private static readonly string[] Required = [JudgementIds.SafeguardingOverallEffectiveness, JudgementIds.LookedAfterOverallEffectiveness];

    private static readonly string[] SafeguardingStrand =
    [
        JudgementIds.SafeguardingOverallEffectiveness, JudgementIds.ChildrenAndYoungPeopleAreSafe, JudgementIds.ChildrenAndYoungPeopleFeelSafe,
        JudgementIds.HealthContributionToKeepingChildrenSafe, JudgementIds.SafeguardingQualityOfProvision, JudgementIds.SafeguardingLeadershipAndManagement,
        JudgementIds.SafeguardingCapacityForImprovement,
    ];

    private static readonly string[] LookedAfterStrand =
    [
        JudgementIds.LookedAfterOverallEffectiveness, JudgementIds.BeingHealthy, JudgementIds.StayingSafe, JudgementIds.EnjoyingAndAchieving,
        JudgementIds.MakingAPositiveContribution, JudgementIds.AchievingEconomicWellbeing, JudgementIds.LookedAfterQualityOfProvision,
        JudgementIds.LookedAfterLeadershipAndManagement, JudgementIds.LookedAfterCapacityForImprovement,
    ];

    public static InspectionFramework Create() =>
        new FrameworkBuilder(FrameworkIds.Slac2009, "Inspection of safeguarding and looked after children services")
            .Regulator("Ofsted, with the Care Quality Commission")
            .Family(FrameworkFamily.SafeguardingAndLookedAfterChildren)
            .InForce(new LocalDate(2009, 4, 1), new LocalDate(2012, 7, 31))
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointAdequate)
            .Judgement(JudgementIds.SafeguardingOverallEffectiveness, "Safeguarding services: overall effectiveness")
            .Judgement(JudgementIds.ChildrenAndYoungPeopleAreSafe, "Children and young people are safe: the effectiveness of services in taking reasonable steps to ensure that they are safe", JudgementIds.SafeguardingOverallEffectiveness)
            .Judgement(JudgementIds.ChildrenAndYoungPeopleFeelSafe, "Children and young people feel safe", JudgementIds.SafeguardingOverallEffectiveness)
            .Judgement(JudgementIds.HealthContributionToKeepingChildrenSafe, "The contribution of health agencies to keeping children and young people safe", JudgementIds.SafeguardingOverallEffectiveness)
            .Judgement(JudgementIds.SafeguardingQualityOfProvision, "Safeguarding services: quality of provision", JudgementIds.SafeguardingOverallEffectiveness)
            .Judgement(JudgementIds.SafeguardingLeadershipAndManagement, "Safeguarding services: leadership and management", JudgementIds.SafeguardingOverallEffectiveness)
            .Judgement(JudgementIds.SafeguardingCapacityForImprovement, "Safeguarding services: capacity for improvement")
            .Judgement(JudgementIds.LookedAfterOverallEffectiveness, "Services for looked after children: overall effectiveness")
            .Judgement(JudgementIds.BeingHealthy, "Being healthy", JudgementIds.LookedAfterOverallEffectiveness)
            .Judgement(JudgementIds.StayingSafe, "Staying safe", JudgementIds.LookedAfterOverallEffectiveness)
            .Judgement(JudgementIds.EnjoyingAndAchieving, "Enjoying and achieving", JudgementIds.LookedAfterOverallEffectiveness)
            .Judgement(JudgementIds.MakingAPositiveContribution, "Making a positive contribution, including user engagement", JudgementIds.LookedAfterOverallEffectiveness)
            .Judgement(JudgementIds.AchievingEconomicWellbeing, "Achieving economic well-being", JudgementIds.LookedAfterOverallEffectiveness)
            .Judgement(JudgementIds.LookedAfterQualityOfProvision, "Services for looked after children: quality of provision", JudgementIds.LookedAfterOverallEffectiveness)
            .Judgement(JudgementIds.LookedAfterLeadershipAndManagement, "Services for looked after children: leadership and management", JudgementIds.LookedAfterOverallEffectiveness)
            .Judgement(JudgementIds.LookedAfterCapacityForImprovement, "Services for looked after children: capacity for improvement")
            .Judgement(JudgementIds.AmbitionAndPrioritisation, "Ambition and prioritisation")
            .Judgement(JudgementIds.Evaluation, "Evaluation, including performance management, quality assurance and workforce development")
            .Judgement(JudgementIds.UserEngagement, "User engagement")
            .Judgement(JudgementIds.Partnerships, "Partnerships (the LSCB and the Children's Trust)")
            .Judgement(JudgementIds.EqualityAndDiversity, "Equality and diversity")
            .Judgement(JudgementIds.ValueForMoney, "Value for money")
            .VisitType(new VisitType(
                VisitTypeIds.FullInspection,
                "Announced inspection of safeguarding and looked after children services",
                Graded,
                Required,
                Period.FromWeeks(2),
                "At most 10 working days",
                JudgementIds.SafeguardingOverallEffectiveness))
            .VisitType(new VisitType(
                VisitTypeIds.SafeguardingReinspection,
                "Re-inspection of safeguarding services",
                SafeguardingStrand,
                [JudgementIds.SafeguardingOverallEffectiveness],
                Period.FromWeeks(2),
                "Not recorded in the sources",
                JudgementIds.SafeguardingOverallEffectiveness))
            .VisitType(new VisitType(
                VisitTypeIds.LookedAfterReinspection,
                "Re-inspection of services for looked after children",
                LookedAfterStrand,
                [JudgementIds.LookedAfterOverallEffectiveness],
                Period.FromWeeks(2),
                "Not recorded in the sources",
                JudgementIds.LookedAfterOverallEffectiveness))
            .VisitType(new VisitType(
                VisitTypeIds.UnannouncedContactReferralAssessment,
                "Unannounced inspection of contact, referral and assessment",
                [],
                [],
                Period.FromDays(2),
                "None (unannounced)"))
            .Timescale(Timescales.Immediately)
            .Timescale(Timescales.WithinThreeMonths)
            .Timescale(Timescales.WithinSixMonths)
            .Source("Ofsted, Inspections of safeguarding and looked after children services: framework for inspection and guidance for local authorities and partners (ref 090027, May 2009), to 'take effect from 1 April 2009' (vdocuments.site/inspections-of-safeguarding-and-looked-after-children-services-of-safeguarding-and.html); revised October 2010 (vdocuments.us/inspections-of-safeguarding-and-looked-after-childre-inspection-appe-grading-inspection.html)")
            .Source("'Preparing for the safeguarding and looked after children inspection': one inspection every 3 years, maximum notice 10 days, 10 working days on site, and the evaluation schedule's headings (paperzz.com/doc/7085700/safeguarding-and-cla-inspection)")
            .Source("'Safeguarding and looked after children's services inspection': separate grades for safeguarding and looked after children in one report; the health contribution judgement (slideplayer.com/773363)")
            .Source("Wirral Council minutes on its inspection of 24 Jan – 4 Feb 2011: 22 graded items, 13 good, 6 outstanding, 3 adequate (democracy.wirral.gov.uk/mgAi.aspx?ID=13265)")
            .Source("Ofsted, Children's social care data in England 2023, table LA_inspections_2009-2023 (published 6 July 2023; Open Government Licence v3.0): one row per local authority with the publication date and the two strands' overall effectiveness of each SLAC inspection (152, published 7 August 2009 – 24 August 2012), and of each SLAC re-inspection of one strand (9 of safeguarding, published 25 February 2011 – 23 April 2012; 2 of services for looked after children, Cornwall and Warrington, 25 February 2011)")
            .Source("News Shopper, 28 August 2012: Bexley's two-week SLAC inspection 'carried out by Ofsted in July' 2012, published 24 August 2012 (newsshopper.co.uk/news/bexley/9896880.Ofsted_report_criticises_Bexley_Council_children_s_services/); BBC News, August 2012: Walsall, inspectors 'visiting the area in June' 2012, published 31 July 2012 in the official table (bbc.co.uk/news/uk-england-birmingham-19051073)")
            .Source("Unannounced inspections of contact, referral and assessment: 'short, discrete, two-day inspections', annual, no notice, ungraded (committees.parliament.uk/writtenevidence/56665/html/)")
            .Note("Modelling choice: the judgement tree and the ids of its sub-judgements. Each strand (safeguarding; looked after children) has its overall effectiveness and capacity for improvement; its outcomes, quality of provision and leadership and management are optional graded sub-judgements of the strand's overall effectiveness. The six leadership and management headings (ambition and prioritisation to value for money) are graded once for the whole inspection. This gives 22 graded items, the number Wirral's 2011 report had.")
            .Note("UNCONFIRMED: the exact grouping and naming of the judgements, including whether the leadership and management headings were graded once or per strand, and whether 'effectiveness in promoting safeguarding' (listed under leadership and management in the evaluation schedule) was graded. It is not modelled.")
            .Note("Modelling choice: the three quality-of-provision headings (service responsiveness including complaints; assessment and direct work with children and families; case planning, reviews and recording) are not separate judgements: quality of provision is graded once per strand, which keeps the count at Wirral's 22.")
            .Note("UNCONFIRMED: the contribution of health agencies to keeping children safe was added in a later version of the framework; it is optional here.")
            .Note("UNCONFIRMED: the timescales. Reports give 'areas for improvement'; the bands 'immediately / within three months / within six months' are used by the Cafcass reports of the same era and are allowed here as identifiers.md lists them.")
            .Note("Modelling choice: in force until 31 July 2012, the end of the month of the last fieldwork Ofsted is known to have done under the framework (Bexley, two weeks in July 2012, published 24 August 2012). The official table has 24 SLAC reports published from 27 June to 24 August 2012, after the protection of children inspections began on 1 June 2012, so the two frameworks overlap in June and July 2012. Unannounced inspections of contact, referral and assessment (2009–2012) are the framework's ungraded visit type; their worst finding, 'areas for priority action', is not a grade.")
            .Note("Modelling choice: a re-inspection of one strand ('safeguarding-reinspection', 'looked-after-reinspection') grades that strand's judgements: its overall effectiveness (required: the official table gives it for every re-inspection), its outcomes, quality of provision, leadership and management and capacity for improvement (optional). Cornwall and Warrington had both strands re-inspected (both published 25 February 2011); each strand is a re-inspection of its own.")
            .Note("UNCONFIRMED: whether a re-inspection of one strand also graded the six leadership and management headings (ambition and prioritisation to value for money) that a full inspection grades once for both strands; the re-inspection reports were not read, so they are not judgements of the re-inspection visit types. The usual length and notice of a re-inspection are not recorded; two weeks, as a full inspection, is assumed.")
            .Note("Modelling choice: a full inspection requires the two strands' overall effectiveness only. identifiers.md also lists each strand's capacity for improvement as required, and every report read grades it, but Ofsted's official table records all 152 SLAC inspections by the two strands' overall effectiveness alone (the Isles of Scilly's looked after strand, 2012, as '-', not judged); a record made from Ofsted's table must be valid, so capacity for improvement is optional.")
            .Note("Modelling choice: no rules. Of 18 councils inadequate for safeguarding by September 2011, 11 also had inadequate capacity to improve (Community Care), which is a pattern, not a rule.")
            .Build();
}
