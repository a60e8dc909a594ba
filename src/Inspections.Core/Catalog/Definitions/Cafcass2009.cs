using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>cafcass-2009</c>: Ofsted's inspections of Cafcass service areas under the methodology trialled from January 2009.</summary>
internal static class Cafcass2009
{
    private static readonly string[] Judgements =
    [
        JudgementIds.OverallEffectiveness, JudgementIds.CapacityToImprove, JudgementIds.Safeguarding, JudgementIds.AmbitionAndPrioritisation,
        JudgementIds.PerformanceManagement, JudgementIds.WorkforceDevelopment, JudgementIds.UserEngagement, JudgementIds.PartnershipWorking,
        JudgementIds.EqualityAndDiversity, JudgementIds.ValueForMoney, JudgementIds.LeadershipManagementAndPlanning,
        JudgementIds.ServiceResponsiveness, JudgementIds.CasePlanningAndRecording, JudgementIds.AssessmentInterventionAndDirectWork,
        JudgementIds.ComplaintsHandling, JudgementIds.ContributionToOutcomes,
    ];

    public static InspectionFramework Create() =>
        new FrameworkBuilder(FrameworkIds.Cafcass2009, "Inspection of Cafcass service areas")
            .Regulator("Ofsted")
            .Family(FrameworkFamily.Cafcass)
            .InForce(new LocalDate(2009, 1, 1), new LocalDate(2013, 8, 31))
            .Inspects(SubjectKind.CafcassServiceArea)
            .Scale(GradingScales.CafcassFourPoint)
            .Judgement(JudgementIds.OverallEffectiveness, "Overall effectiveness")
            .Judgement(JudgementIds.CapacityToImprove, "Capacity for improvement")
            .Judgement(JudgementIds.Safeguarding, "Safeguarding")
            .Judgement(JudgementIds.AmbitionAndPrioritisation, "Ambition and prioritisation")
            .Judgement(JudgementIds.PerformanceManagement, "Performance management")
            .Judgement(JudgementIds.WorkforceDevelopment, "Workforce development")
            .Judgement(JudgementIds.UserEngagement, "User engagement")
            .Judgement(JudgementIds.PartnershipWorking, "Partnership working")
            .Judgement(JudgementIds.EqualityAndDiversity, "Equality and diversity")
            .Judgement(JudgementIds.ValueForMoney, "Value for money")
            .Judgement(JudgementIds.LeadershipManagementAndPlanning, "Leadership, management and planning")
            .Judgement(JudgementIds.ServiceResponsiveness, "Service responsiveness")
            .Judgement(JudgementIds.CasePlanningAndRecording, "Case planning and recording")
            .Judgement(JudgementIds.AssessmentInterventionAndDirectWork, "Assessment, intervention and direct work")
            .Judgement(JudgementIds.ComplaintsHandling, "Complaints")
            .Judgement(JudgementIds.ContributionToOutcomes, "Contribution to improving outcomes for children and young people")
            .VisitType(new VisitType(
                VisitTypeIds.ServiceAreaInspection,
                "Inspection of a Cafcass service area",
                Judgements,
                [JudgementIds.OverallEffectiveness, JudgementIds.CapacityToImprove],
                Period.FromWeeks(1),
                "Not recorded in the sources",
                JudgementIds.OverallEffectiveness))
            .Timescale(Timescales.Immediately)
            .Timescale(Timescales.WithinThreeMonths)
            .Timescale(Timescales.WithinSixMonths)
            .Source("Ofsted's Cafcass page, 2009: services are judged 'outstanding, good, satisfactory or inadequate' (webarchive.nationalarchives.gov.uk/20090903212133/http:/www.ofsted.gov.uk/Ofsted-home/Forms-and-guidance/Browse-all-by/Care-and-local-services/Cafcass)")
            .Source("Ofsted's inspection of the Cafcass Greater London service area, January 2010 (ref S3-001): report headings and the timescales 'Immediately / Within three months / Within six months' (docplayer.net/9891845-Ofsted-s-inspection-of-cafcass-greater-london-service-area.html)")
            .Source("Community Care, 20 Mar 2009: the new methodology's trials, Durham and Tees Valley the third (communitycare.co.uk/2009/03/20/ofsted-critical-of-cafcass-safeguarding-in-durham-inspection/)")
            .Source("Community Care, 17 Feb 2009: Birmingham and Black Country, inspected the week starting 12 January 2009 (communitycare.co.uk/2009/02/17/cafcass-receives-fourth-damning-inspection-in-a-year/)")
            .Source("Family Law, 15 Dec 2010: North and South of Tyne judged good (familylaw.co.uk/articles/Cafcass15122010-7854); Community Care, 15 Dec 2010: its first 'good', after an unannounced inspection in November 2010 (communitycare.co.uk/2010/12/15/cafcass-services-gain-first-good-rating-from-ofsted/)")
            .Source("Ofsted, 'A focus on driving improvement; a single national inspection of Cafcass performance', 15 January 2013: 'Over the last four years, Ofsted has inspected practice in each of Cafcass' individual services areas' (ofsted.gov.uk/news/focus-driving-improvement-single-national-inspection-of-cafcass-performance-0); Community Care, 15 January 2013: the national inspection from September 2013 (communitycare.co.uk/2013/01/15/ofsted-proposes-single-annual-inspection-of-cafcass/)")
            .Note("Modelling choice: in force from 1 January 2009, when the new methodology was first trialled (Birmingham and Black Country, the week starting 12 January 2009). Ofsted had inspected Cafcass service areas since April 2007; the earlier inspections are not modelled.")
            .Note("UNCONFIRMED: the end date, and the last service-area inspection. Service-area inspections went on after March 2011: unannounced inspections of Cafcass service areas were introduced in 2011 (Christine Gilbert in CYP Now, reported by careappointments.com/care-news/england/84417/unannounced-inspections-introduced-for-cafcass), and on 15 January 2013 Ofsted said that 'over the last four years, Ofsted has inspected practice in each of Cafcass' individual service areas' and proposed a single national inspection instead, to take effect in September 2013 (Community Care, 15 January 2013). The last service-area report could not be found, so the definition runs to 31 August 2013, the day before the national inspection arrangements; the first national inspection's fieldwork began on 21 February 2014. The earlier end of 31 March 2011 was contradicted by Ofsted's statement.")
            .Note("UNCONFIRMED: the notice period; the usual week on site is taken from the reports ('the week starting 12 January', 'the week commencing 7 December 2009').")
            .Note("Modelling choice: the judgements are a flat list, as identifiers.md gives them. The Greater London report groups its headings under 'Meeting the needs of service users' and 'Quality of provision', but no grade for a group is known, so no judgement is a sub-judgement. Only overall effectiveness and capacity for improvement are required; the others appear in some reports and not in others.")
            .Note("Modelling choice: the report headings 'evaluation' and 'meeting demand' and the phrase 'delivering the Every Child Matters outcomes' are not judgements here; identifiers.md does not list them and no grade for them is confirmed.")
            .Note("UNCONFIRMED: numeric codes (1 outstanding to 4 inadequate, as in other Ofsted remits of the time); the cafcass-four-point scale has none.")
            .Note("Modelling choice: no rules. The four inadequate reports of 2009 (North Yorkshire and Humberside, Greater London, Durham and Tees Valley, Birmingham and Black Country) show no pattern the sources state as a rule.")
            .Build();
}
