using Inspections.Core.Frameworks;
using Inspections.Core.Inspections;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>apa-2008</c>: the last round of the annual performance assessment of council children's services.</summary>
internal static class Apa2008
{
    private static readonly string[] Judgements =
    [
        "overall-effectiveness", "capacity-to-improve", "being-healthy", "staying-safe",
        "enjoying-and-achieving", "making-a-positive-contribution", "achieving-economic-wellbeing",
    ];

    public static InspectionFramework Create() =>
        new FrameworkBuilder("apa-2008", "Annual performance assessment of children's services, 2008")
            .Regulator("Ofsted")
            .InForce(new LocalDate(2008, 1, 1), new LocalDate(2008, 12, 31))
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.ApaFourPoint)
            .Judgement("overall-effectiveness", "Overall effectiveness of the council's children's services")
            .Judgement("capacity-to-improve", "Capacity to improve, including the management of children's services")
            .Judgement("being-healthy", "Being healthy")
            .Judgement("staying-safe", "Staying safe")
            .Judgement("enjoying-and-achieving", "Enjoying and achieving")
            .Judgement("making-a-positive-contribution", "Making a positive contribution")
            .Judgement("achieving-economic-wellbeing", "Achieving economic well-being")
            .VisitType(new VisitType(
                "annual-performance-assessment",
                "Annual performance assessment",
                Judgements,
                Judgements,
                Period.FromMonths(3),
                "None: a largely desk-based annual assessment, run between September and November",
                "overall-effectiveness"))
            .Timescale(Timescales.Immediately)
            .Timescale(Timescales.WithinThreeMonths)
            .Timescale(Timescales.WithinSixMonths)
            .Source("Ofsted, Inspection of children's services: grade descriptors (ref 070056, April 2007): the seven graded items")
            .Source("Norfolk County Council note on APA grades: 'grades go in the opposite direction to school inspection grades' (csapps.norfolk.gov.uk/csshared/ecourier2/misheet.asp?misheetid=3155)")
            .Source("BBC News, 24 Nov 2008: APAs ran between September and November (news.bbc.co.uk/2/hi/uk_news/education/7742335.stm)")
            .Source("The Guardian, 18 Dec 2008: 2008 outcomes (theguardian.com/society/2008/dec/18/councils-failing-ofsted-child-protection)")
            .Build();
}
