using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>apa-2008</c>: the last round of the annual performance assessment of council children's services.</summary>
internal static class Apa2008
{
    private static readonly string[] Judgements =
    [
        JudgementIds.OverallEffectiveness, JudgementIds.CapacityToImprove, JudgementIds.BeingHealthy, JudgementIds.StayingSafe,
        JudgementIds.EnjoyingAndAchieving, JudgementIds.MakingAPositiveContribution, JudgementIds.AchievingEconomicWellbeing,
    ];

    public static InspectionFramework Create() =>
        new FrameworkBuilder(FrameworkIds.Apa2008, "Annual performance assessment of children's services, 2008")
            .Regulator("Ofsted, drawing on evidence from other inspectorates and bodies")
            .Family(FrameworkFamily.AnnualPerformanceAssessment)
            .InForce(new LocalDate(2008, 1, 1), new LocalDate(2008, 12, 31))
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.ApaFourPoint)
            .Judgement(JudgementIds.OverallEffectiveness, "Overall effectiveness of the council's children's services")
            .Judgement(JudgementIds.CapacityToImprove, "Capacity to improve, including the management of services")
            .Judgement(JudgementIds.BeingHealthy, "Being healthy")
            .Judgement(JudgementIds.StayingSafe, "Staying safe")
            .Judgement(JudgementIds.EnjoyingAndAchieving, "Enjoying and achieving")
            .Judgement(JudgementIds.MakingAPositiveContribution, "Making a positive contribution")
            .Judgement(JudgementIds.AchievingEconomicWellbeing, "Achieving economic well-being")
            .VisitType(new VisitType(
                VisitTypeIds.AnnualPerformanceAssessment,
                "Annual performance assessment",
                Judgements,
                Judgements,
                Period.FromMonths(3),
                "None: a largely desk-based, data-driven annual assessment, run between September and November",
                JudgementIds.OverallEffectiveness))
            .Timescale(Timescales.Immediately)
            .Timescale(Timescales.WithinThreeMonths)
            .Timescale(Timescales.WithinSixMonths)
            .Source("Ofsted, Inspection of children's services: grade descriptors (ref 070056, April 2007): the seven graded items (scribd.com/document/33507362)")
            .Source("Norfolk County Council note on APA grades: seven areas graded 1–4; 'grades go in the opposite direction to school inspection grades' (csapps.norfolk.gov.uk/csshared/ecourier2/misheet.asp?misheetid=3155)")
            .Source("Herefordshire Council minutes, 2008: 'capacity to improve, including the management of services' (councillors.herefordshire.gov.uk/mgAi.aspx?ID=16556)")
            .Source("House of Commons Children, Schools and Families Committee, memorandum of March 2010: the APA was 'essentially a data-driven exercise' and is no longer carried out (publications.parliament.uk/pa/cm200910/cmselect/cmchilsch/276i-ii/10032209.htm)")
            .Source("BBC News, 24 Nov 2008: APAs ran between September and November (news.bbc.co.uk/2/hi/uk_news/education/7742335.stm)")
            .Source("The Guardian, 18 Dec 2008, and publicnet, 18 Dec 2008: the 2008 outcomes, including the councils inadequate overall and for staying safe (theguardian.com/society/2008/dec/18/councils-failing-ofsted-child-protection; publicnet.co.uk/news/2008/12/18/councils-say-message-on-childrens-services-is-loud-and-clear/)")
            .Note("Modelling choice: the framework is in force for the calendar year 2008. The sources say only that APAs ran between September and November each year and that the last round was published in December 2008.")
            .Note("Modelling choice: the 'fieldwork' of an assessment is its September–November assessment window, so the usual length is three months and there is no notice.")
            .Note("UNCONFIRMED: the exact 2008 wording of the capacity judgement. Herefordshire's 2008 minutes say 'capacity to improve, including the management of services', which is the name used here; 'including the management of children's services' is not confirmed.")
            .Note("UNCONFIRMED: that APA letters gave timescales. identifiers.md lists the three timescales for APA reports, so the definition allows them; the domain notes only say letters list strengths and 'areas for development/improvement' per outcome, with exact headings unconfirmed.")
            .Note("Modelling choice: no rules. Overall effectiveness was judged from the pattern of the outcome grades with no published formula (Norfolk: outcomes 3, 3, 2, 3, 2 gave overall 2). Staying safe was not a formal limiter: in 2008 Birmingham, Essex, Reading, West Sussex and Wokingham were inadequate for staying safe but not inadequate overall, and Milton Keynes was inadequate overall without being inadequate for staying safe (publicnet).")
            .Build();
}
