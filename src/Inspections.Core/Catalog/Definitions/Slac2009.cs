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
            .Judgement("safeguarding-overall-effectiveness", "Safeguarding: overall effectiveness")
            .Judgement("children-and-young-people-are-safe", "Children and young people are safe", "safeguarding-overall-effectiveness")
            .Judgement("children-and-young-people-feel-safe", "Children and young people feel safe", "safeguarding-overall-effectiveness")
            .Judgement("health-contribution-to-keeping-children-safe", "The contribution of health agencies to keeping children safe", "safeguarding-overall-effectiveness")
            .Judgement("safeguarding-quality-of-provision", "Safeguarding: quality of provision", "safeguarding-overall-effectiveness")
            .Judgement("safeguarding-leadership-and-management", "Safeguarding: leadership and management", "safeguarding-overall-effectiveness")
            .Judgement("safeguarding-capacity-for-improvement", "Safeguarding: capacity for improvement")
            .Judgement("looked-after-overall-effectiveness", "Looked after children: overall effectiveness")
            .Judgement("being-healthy", "Being healthy", "looked-after-overall-effectiveness")
            .Judgement("staying-safe", "Staying safe", "looked-after-overall-effectiveness")
            .Judgement("enjoying-and-achieving", "Enjoying and achieving", "looked-after-overall-effectiveness")
            .Judgement("making-a-positive-contribution", "Making a positive contribution, including user engagement", "looked-after-overall-effectiveness")
            .Judgement("achieving-economic-wellbeing", "Achieving economic well-being", "looked-after-overall-effectiveness")
            .Judgement("looked-after-quality-of-provision", "Looked after children: quality of provision", "looked-after-overall-effectiveness")
            .Judgement("looked-after-leadership-and-management", "Looked after children: leadership and management", "looked-after-overall-effectiveness")
            .Judgement("looked-after-capacity-for-improvement", "Looked after children: capacity for improvement")
            .Judgement("ambition-and-prioritisation", "Ambition and prioritisation")
            .Judgement("evaluation", "Evaluation, including performance management, quality assurance and workforce development")
            .Judgement("user-engagement", "User engagement")
            .Judgement("partnerships", "Partnerships")
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
            .Source("Ofsted, Inspections of safeguarding and looked after children services: framework for inspection and guidance (ref 090027, May 2009; revised October 2010), in force from 1 April 2009")
            .Source("paperzz.com/doc/7085700/safeguarding-and-cla-inspection and slideplayer.com/773363: notice, length and judgement tree")
            .Source("Wirral council minutes on its SLAC inspection of 24 Jan – 4 Feb 2011: 22 graded items (democracy.wirral.gov.uk/mgAi.aspx?ID=13265)")
            .Source("UCRA: 'short, discrete, two-day inspections', ungraded (committees.parliament.uk/writtenevidence/56665/html/)")
            .Build();
}
