using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>sif-2013</c>: the single inspection framework, with reviews of local safeguarding children boards.</summary>
internal static class Sif2013
{
    private static readonly string[] FullInspection =
    [
        JudgementIds.OverallEffectiveness, JudgementIds.ChildrenWhoNeedHelpAndProtection, JudgementIds.ChildrenLookedAfterAndAchievingPermanence,
        JudgementIds.AdoptionPerformance, JudgementIds.ExperiencesAndProgressOfCareLeavers, JudgementIds.LeadershipManagementAndGovernance,
    ];

    public static InspectionFramework Create() =>
        new FrameworkBuilder(
                FrameworkIds.Sif2013,
                "Inspection of services for children in need of help and protection, children looked after and care leavers (single inspection framework), with reviews of LSCBs")
            .Regulator("Ofsted")
            .Family(FrameworkFamily.SingleInspectionFramework)
            .InForce(new LocalDate(2013, 11, 1), new LocalDate(2018, 7, 31))
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointRequiresImprovement)
            .Judgement(JudgementIds.OverallEffectiveness, "Overall effectiveness")
            .Judgement(JudgementIds.ChildrenWhoNeedHelpAndProtection, "The experiences and progress of children who need help and protection")
            .Judgement(JudgementIds.ChildrenLookedAfterAndAchievingPermanence, "The experiences and progress of children looked after and achieving permanence")
            .Judgement(JudgementIds.AdoptionPerformance, "Adoption performance", JudgementIds.ChildrenLookedAfterAndAchievingPermanence)
            .Judgement(JudgementIds.ExperiencesAndProgressOfCareLeavers, "The experiences and progress of care leavers", JudgementIds.ChildrenLookedAfterAndAchievingPermanence)
            .Judgement(JudgementIds.LeadershipManagementAndGovernance, "Leadership, management and governance")
            .Judgement(JudgementIds.LscbEffectiveness, "The effectiveness of the Local Safeguarding Children Board")
            .VisitType(new VisitType(
                VisitTypeIds.FullInspection,
                "Inspection of services for children in need of help and protection, children looked after and care leavers",
                FullInspection,
                FullInspection,
                Period.FromWeeks(4),
                "Very short: the inspection starts when Ofsted calls",
                JudgementIds.OverallEffectiveness))
            .VisitType(new VisitType(
                VisitTypeIds.ReInspection,
                "Re-inspection of services for children in need of help and protection, children looked after and care leavers",
                FullInspection,
                FullInspection,
                Period.FromWeeks(4),
                "Very short: the inspection starts when Ofsted calls",
                JudgementIds.OverallEffectiveness))
            .VisitType(new VisitType(
                VisitTypeIds.LscbReview,
                "Review of the effectiveness of the Local Safeguarding Children Board",
                [JudgementIds.LscbEffectiveness],
                [JudgementIds.LscbEffectiveness],
                Period.FromWeeks(4),
                "As the inspection it runs alongside",
                JudgementIds.LscbEffectiveness) { JudgesAnotherBody = true })
            .Rule(new ForcedGradeRule(
                "inadequate-key-judgement-means-inadequate-overall",
                JudgementIds.OverallEffectiveness,
                [JudgementIds.ChildrenWhoNeedHelpAndProtection, JudgementIds.ChildrenLookedAfterAndAchievingPermanence, JudgementIds.LeadershipManagementAndGovernance],
                GradeIds.Inadequate,
                RuleStrength.Must,
                "A local authority judged inadequate in any of the three key judgements is judged inadequate overall.",
                "Ofsted, Children's social care data in England 2023, table LA_inspections_2009-2023: of the 173 SIF outcomes (152 first inspections, 21 re-inspections), the 40 with a key judgement inadequate are all inadequate overall; coverage of Ofsted's launch of the framework, 2013: 'If a local authority is judged \"inadequate\" in any of these three critical areas, it will automatically be judged \"inadequate\" overall' (operationfatherhood.org/family-law-public/child-protection/england-ofsted-launches-new-single-inspection-for-childrens-services/)"))
            .Timescale(Timescales.Immediately)
            .Timescale(Timescales.WithinThreeMonths)
            .Timescale(Timescales.WithinSixMonths)
            .Source("Ofsted, Children's social care data in England 2023, table LA_inspections_2009-2023 (published 6 July 2023; Open Government Licence v3.0): each authority's first SIF inspection (152, published 11 February 2014 – 8 December 2017) with its LSCB review, and each SIF re-inspection (21, published 17 February 2016 – 24 August 2018), with the six judgements; '-' where a judgement was not made (City of London 2016, adoption performance; Isles of Scilly 2016, children looked after, adoption performance and care leavers)")
            .Source("Torbay re-inspection, fieldwork 11 June – 5 July 2018, published 24 August 2018 (Torbay Council news release pr7775, cited in shared/domain/frameworks.md section 12; the publication date is the official table's)")
            .Source("Ofsted, Framework and evaluation schedule for the inspections of services for children in need of help and protection, children looked after and care leavers; Reviews of Local Safeguarding Children Boards (ref 130216, 12 December 2014: docsbay.net/doc/1294845/framework-and-evaluation-schedule-inspection-of-la-childrens-services; February 2017: docsbay.net/inspecting-local-authority-childrens-services-single-inspection-framework)")
            .Source("Inspection handbook, February 2017: four weeks in all, week 1 on site, week 2 case-file audit, weeks 3–4 main fieldwork (docsbay.net/inspection-handbook-inspections-of-services-for-children-in-need-of-help-and-protection)")
            .Source("In force from November 2013 (silkysteps.com/forum/showthread.php?p=55413); every local authority inspected by 31 October 2017 (gov.uk, Local authority and children's homes in England inspections and outcomes, autumn 2017); replaced by ILACS from January 2018 for all but re-inspections")
            .Source("Manchester re-inspection, 9 October – 2 November 2017, published 21 December 2017: 'Re-inspection of services for children in need of help and protection, children looked after and care leavers', the six judgements (pdfslide.us/documents/manchester-city-council-ofsted-executive-summary-this-is-a-re-inspection-of-childrens.html)")
            .Source("Calderdale, 13 January – 4 February 2015, published 20 March 2015: key judgements requires improvement, adoption performance inadequate, overall requires improvement (abcdocz.com/doc/1656926/pdf-single-inspection-of-la-children-s-services-and)")
            .Source("Kingston upon Hull LSCB review, 18 November – 10 December 2014: the LSCB requires improvement (paperzz.com/doc/7825067/final-inspection-report-of-hull-lscb)")
            .Note("Modelling choice: in force from 1 November 2013 to 31 July 2018. ILACS applies from 1 January 2018, but Ofsted went on re-inspecting authorities judged inadequate under the SIF into the summer of 2018: 14 of the 21 re-inspections in the official table were published in 2018, the last on 24 August 2018 (Torbay, fieldwork 11 June – 5 July 2018). The end is the last day of the month of that fieldwork, so the SIF and ILACS 2018 overlap from January to July 2018.")
            .Note("Modelling choice: a re-inspection of an authority judged inadequate ('re-inspection', such as Manchester, October 2017, or Torbay, June 2018) grades the same six judgements as a full inspection; the official table gives all six for every re-inspection. It has no LSCB review in the table.")
            .Note("UNCONFIRMED: the notice period ('very short notice', recalled as a call on the first morning). The framework's section 'Notice period' was not read.")
            .Note("Modelling choice: the rule that inadequate in any key judgement means inadequate overall is 'must': the launch coverage says 'automatically'. The handbook's own wording was not read.")
            .Note("Modelling choice: children who need help and protection is not a limiting judgement, and no rule says so. Bradford 2014 was requires improvement overall 'because of the limiting judgement of children in need of help and protection' (bso.bradford.gov.uk/news/9541-ofsted-publishes-inspection-report-for-bradford-council), and the former 'likely' rule 'help-and-protection-limits-overall' followed it, but Ofsted's official table contradicts it: in 18 of the 173 SIF outcomes (17 first inspections and 1 re-inspection) overall effectiveness is better than help and protection, such as Cambridgeshire 2014 (good over requires improvement) and Kensington and Chelsea 2016 (outstanding over good). The rule was removed.")
            .Note("Modelling choice: no rule ties the graded sub-judgements (adoption performance, care leavers) to their key judgement or to overall effectiveness. Calderdale 2015 had adoption performance inadequate with children looked after and overall effectiveness both requires improvement, and it is valid.")
            .Note("Modelling choice: the LSCB review is its own visit type with the one judgement 'lscb-effectiveness'; it is not part of overall effectiveness and no rule reads it. A combined report (such as Calderdale's 2015 report) is recorded as two inspections, a full inspection and an LSCB review, since a document describes one inspection event.")
            .Note("Modelling choice: the three timescales. SIF reports list areas for improvement under 'What does the local authority need to improve?'; whether they carried timescales is UNCONFIRMED, but the spec's own sif-2013 example (inspection-json.md) gives a recommendation with timescale 'immediately', so the framework allows all three.")
            .Note("Modelling choice: monitoring visits to inadequate authorities (quarterly, reported by letter) and the 'targeted local authority inspections' of 2016 are not visit types: identifiers.md gives no id for them.")
            .Note("Modelling choice: patterns in the published record are not rules. Of 63 inspections published April 2016 – December 2017, every authority inadequate overall was also inadequate for leadership and for help and protection (Community Care, 20 December 2017).")
            .Cycle(InspectionCycles.Sif2013)
            .Build();
}
