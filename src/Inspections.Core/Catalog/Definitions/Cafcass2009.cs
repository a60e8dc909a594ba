using Inspections.Core.Frameworks;
using Inspections.Core.Inspections;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>cafcass-2009</c>: Ofsted's inspections of Cafcass service areas under the methodology trialled from January 2009.</summary>
internal static class Cafcass2009
{
    private static readonly string[] Judgements =
    [
        "overall-effectiveness", "capacity-to-improve", "safeguarding", "ambition-and-prioritisation",
        "performance-management", "workforce-development", "user-engagement", "partnership-working",
        "equality-and-diversity", "value-for-money", "leadership-management-and-planning",
        "service-responsiveness", "case-planning-and-recording", "assessment-intervention-and-direct-work",
        "complaints-handling", "contribution-to-outcomes",
    ];

    public static InspectionFramework Create() =>
        new FrameworkBuilder("cafcass-2009", "Inspection of Cafcass service areas")
            .Regulator("Ofsted")
            .InForce(new LocalDate(2009, 1, 1), new LocalDate(2011, 3, 31))
            .Inspects(SubjectKind.CafcassServiceArea)
            .Scale(GradingScales.CafcassFourPoint)
            .Judgement("overall-effectiveness", "Overall effectiveness")
            .Judgement("capacity-to-improve", "Capacity for improvement")
            .Judgement("safeguarding", "Safeguarding")
            .Judgement("ambition-and-prioritisation", "Ambition and prioritisation")
            .Judgement("performance-management", "Performance management")
            .Judgement("workforce-development", "Workforce development")
            .Judgement("user-engagement", "User engagement")
            .Judgement("partnership-working", "Partnership working")
            .Judgement("equality-and-diversity", "Equality and diversity")
            .Judgement("value-for-money", "Value for money")
            .Judgement("leadership-management-and-planning", "Leadership, management and planning")
            .Judgement("service-responsiveness", "Service responsiveness")
            .Judgement("case-planning-and-recording", "Case planning and recording")
            .Judgement("assessment-intervention-and-direct-work", "Assessment, intervention and direct work")
            .Judgement("complaints-handling", "Complaints")
            .Judgement("contribution-to-outcomes", "Contribution to improving outcomes for children and young people")
            .VisitType(new VisitType(
                "service-area-inspection",
                "Inspection of a Cafcass service area",
                Judgements,
                ["overall-effectiveness", "capacity-to-improve"],
                Period.FromWeeks(1),
                "Not recorded in the sources (unannounced Cafcass inspections came only in 2011)",
                "overall-effectiveness"))
            .Timescale(Timescales.Immediately)
            .Timescale(Timescales.WithinThreeMonths)
            .Timescale(Timescales.WithinSixMonths)
            .Source("Ofsted's Cafcass page, 2009: 'outstanding, good, satisfactory or inadequate' (webarchive.nationalarchives.gov.uk/20090903212133/http:/www.ofsted.gov.uk/Ofsted-home/Forms-and-guidance/Browse-all-by/Care-and-local-services/Cafcass)")
            .Source("Ofsted's inspection of Cafcass Greater London service area, January 2010 (ref S3-001): report headings and timescales (docplayer.net/9891845-Ofsted-s-inspection-of-cafcass-greater-london-service-area.html)")
            .Source("Community Care, 20 Mar 2009: the new methodology's trials (communitycare.co.uk/2009/03/20/ofsted-critical-of-cafcass-safeguarding-in-durham-inspection/)")
            .Build();
}
