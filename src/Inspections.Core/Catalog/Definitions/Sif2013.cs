using Inspections.Core.Frameworks;
using Inspections.Core.Inspections;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>sif-2013</c>: the single inspection framework, with reviews of local safeguarding children boards.</summary>
internal static class Sif2013
{
    private static readonly string[] FullInspection =
    [
        "overall-effectiveness", "children-who-need-help-and-protection", "children-looked-after-and-achieving-permanence",
        "adoption-performance", "experiences-and-progress-of-care-leavers", "leadership-management-and-governance",
    ];

    public static InspectionFramework Create() =>
        new FrameworkBuilder(
                "sif-2013",
                "Inspection of services for children in need of help and protection, children looked after and care leavers (single inspection framework), with reviews of LSCBs")
            .Regulator("Ofsted")
            .InForce(new LocalDate(2013, 11, 1), new LocalDate(2017, 12, 31))
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointRequiresImprovement)
            .Judgement("overall-effectiveness", "Overall effectiveness")
            .Judgement("children-who-need-help-and-protection", "The experiences and progress of children who need help and protection")
            .Judgement("children-looked-after-and-achieving-permanence", "The experiences and progress of children looked after and achieving permanence")
            .Judgement("adoption-performance", "Adoption performance", "children-looked-after-and-achieving-permanence")
            .Judgement("experiences-and-progress-of-care-leavers", "The experiences and progress of care leavers", "children-looked-after-and-achieving-permanence")
            .Judgement("leadership-management-and-governance", "Leadership, management and governance")
            .Judgement("lscb-effectiveness", "The effectiveness of the Local Safeguarding Children Board")
            .VisitType(new VisitType(
                "full-inspection",
                "Inspection of services for children in need of help and protection, children looked after and care leavers",
                FullInspection,
                FullInspection,
                Period.FromWeeks(4),
                "Very short: the inspection starts when Ofsted calls",
                "overall-effectiveness"))
            .VisitType(new VisitType(
                "lscb-review",
                "Review of the effectiveness of the Local Safeguarding Children Board",
                ["lscb-effectiveness"],
                ["lscb-effectiveness"],
                Period.FromWeeks(4),
                "As the inspection it runs alongside",
                "lscb-effectiveness"))
            .Rule(new ForcedGradeRule(
                "inadequate-key-judgement-means-inadequate-overall",
                "overall-effectiveness",
                ["children-who-need-help-and-protection", "children-looked-after-and-achieving-permanence", "leadership-management-and-governance"],
                "inadequate",
                RuleStrength.Must,
                "A local authority judged inadequate in any of the three key judgements is judged inadequate overall.",
                "Ofsted's launch of the single inspection framework, 2013 (operationfatherhood.org/family-law-public/child-protection/england-ofsted-launches-new-single-inspection-for-childrens-services/)"))
            .Rule(new LimitingJudgementRule(
                "help-and-protection-limits-overall",
                "overall-effectiveness",
                "children-who-need-help-and-protection",
                RuleStrength.Likely,
                "Children who need help and protection is a limiting judgement: overall effectiveness is normally no better than it.",
                "Bradford 2014: overall requires improvement 'because of the limiting judgement of children in need of help and protection' (bso.bradford.gov.uk/news/9541-ofsted-publishes-inspection-report-for-bradford-council)"))
            .Timescale(Timescales.Immediately)
            .Timescale(Timescales.WithinThreeMonths)
            .Timescale(Timescales.WithinSixMonths)
            .Source("Ofsted, Framework and evaluation schedule for the inspections of services for children in need of help and protection, children looked after and care leavers (ref 130216; versions of Dec 2014 and Feb 2017)")
            .Source("Inspection handbook, Feb 2017: four weeks (docsbay.net/inspection-handbook-inspections-of-services-for-children-in-need-of-help-and-protection)")
            .Source("Calderdale 2015 report: adoption inadequate with overall requires improvement (abcdocz.com/doc/1656926/pdf-single-inspection-of-la-children-s-services-and)")
            .Source("Local authority and children's homes in England inspections and outcomes, autumn 2017 (gov.uk)")
            .Build();
}
