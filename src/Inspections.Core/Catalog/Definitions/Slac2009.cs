using Inspections.Core.Frameworks;
using Inspections.Core.Inspections;
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
        "safeguarding-overall-effectiveness", "children-and-young-people-are-safe", "children-and-young-people-feel-safe",
        "health-contribution-to-keeping-children-safe", "safeguarding-quality-of-provision", "safeguarding-leadership-and-management",
        "safeguarding-capacity-for-improvement",
        "looked-after-overall-effectiveness", "being-healthy", "staying-safe", "enjoying-and-achieving",
        "making-a-positive-contribution", "achieving-economic-wellbeing", "looked-after-quality-of-provision",
        "looked-after-leadership-and-management", "looked-after-capacity-for-improvement",
        "ambition-and-prioritisation", "evaluation", "user-engagement", "partnerships", "equality-and-diversity", "value-for-money",
    ];

    private static readonly string[] Required =
    [
        "safeguarding-overall-effectiveness", "safeguarding-capacity-for-improvement",
        "looked-after-overall-effectiveness", "looked-after-capacity-for-improvement",
    ];

    public static InspectionFramework Create() =>
        new FrameworkBuilder("slac-2009", "Inspection of safeguarding and looked after children services")
            .Regulator("Ofsted, with the Care Quality Commission")
            .InForce(new LocalDate(2009, 4, 1), new LocalDate(2012, 5, 31))
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointAdequate)
            .Judgement("safeguarding-overall-effectiveness", "Safeguarding services: overall effectiveness")
            .Judgement("children-and-young-people-are-safe", "Children and young people are safe: the effectiveness of services in taking reasonable steps to ensure that they are safe", "safeguarding-overall-effectiveness")
            .Judgement("children-and-young-people-feel-safe", "Children and young people feel safe", "safeguarding-overall-effectiveness")
            .Judgement("health-contribution-to-keeping-children-safe", "The contribution of health agencies to keeping children and young people safe", "safeguarding-overall-effectiveness")
            .Judgement("safeguarding-quality-of-provision", "Safeguarding services: quality of provision", "safeguarding-overall-effectiveness")
            .Judgement("safeguarding-leadership-and-management", "Safeguarding services: leadership and management", "safeguarding-overall-effectiveness")
            .Judgement("safeguarding-capacity-for-improvement", "Safeguarding services: capacity for improvement")
            .Judgement("looked-after-overall-effectiveness", "Services for looked after children: overall effectiveness")
            .Judgement("being-healthy", "Being healthy", "looked-after-overall-effectiveness")
            .Judgement("staying-safe", "Staying safe", "looked-after-overall-effectiveness")
            .Judgement("enjoying-and-achieving", "Enjoying and achieving", "looked-after-overall-effectiveness")
            .Judgement("making-a-positive-contribution", "Making a positive contribution, including user engagement", "looked-after-overall-effectiveness")
            .Judgement("achieving-economic-wellbeing", "Achieving economic well-being", "looked-after-overall-effectiveness")
            .Judgement("looked-after-quality-of-provision", "Services for looked after children: quality of provision", "looked-after-overall-effectiveness")
            .Judgement("looked-after-leadership-and-management", "Services for looked after children: leadership and management", "looked-after-overall-effectiveness")
            .Judgement("looked-after-capacity-for-improvement", "Services for looked after children: capacity for improvement")
            .Judgement("ambition-and-prioritisation", "Ambition and prioritisation")
            .Judgement("evaluation", "Evaluation, including performance management, quality assurance and workforce development")
            .Judgement("user-engagement", "User engagement")
            .Judgement("partnerships", "Partnerships (the LSCB and the Children's Trust)")
            .Judgement("equality-and-diversity", "Equality and diversity")
            .Judgement("value-for-money", "Value for money")
            .VisitType(new VisitType(
                "full-inspection",
                "Announced inspection of safeguarding and looked after children services",
                Graded,
                Required,
                Period.FromWeeks(2),
                "At most 10 working days",
                "safeguarding-overall-effectiveness"))
            .VisitType(new VisitType(
                "unannounced-contact-referral-assessment",
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
            .Source("Unannounced inspections of contact, referral and assessment: 'short, discrete, two-day inspections', annual, no notice, ungraded (committees.parliament.uk/writtenevidence/56665/html/)")
            .Note("Modelling choice: the judgement tree and the ids of its sub-judgements. Each strand (safeguarding; looked after children) has its overall effectiveness and capacity for improvement, required; its outcomes, quality of provision and leadership and management are optional graded sub-judgements of the strand's overall effectiveness. The six leadership and management headings (ambition and prioritisation to value for money) are graded once for the whole inspection. This gives 22 graded items, the number Wirral's 2011 report had.")
            .Note("UNCONFIRMED: the exact grouping and naming of the judgements, including whether the leadership and management headings were graded once or per strand, and whether 'effectiveness in promoting safeguarding' (listed under leadership and management in the evaluation schedule) was graded. It is not modelled.")
            .Note("Modelling choice: the three quality-of-provision headings (service responsiveness including complaints; assessment and direct work with children and families; case planning, reviews and recording) are not separate judgements: quality of provision is graded once per strand, which keeps the count at Wirral's 22.")
            .Note("UNCONFIRMED: the contribution of health agencies to keeping children safe was added in a later version of the framework; it is optional here.")
            .Note("UNCONFIRMED: the timescales. Reports give 'areas for improvement'; the bands 'immediately / within three months / within six months' are used by the Cafcass reports of the same era and are allowed here as identifiers.md lists them.")
            .Note("Modelling choice: in force until 31 May 2012, the day before the protection of children inspections began (official statistics from 1 June 2012). Unannounced inspections of contact, referral and assessment (2009–2012) are the framework's ungraded visit type; their worst finding, 'areas for priority action', is not a grade.")
            .Note("Modelling choice: no rules. Of 18 councils inadequate for safeguarding by September 2011, 11 also had inadequate capacity to improve (Community Care), which is a pattern, not a rule.")
            .Build();
}
