using System.Collections.Immutable;
using Inspections.Core.Frameworks;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary>
/// The inspection cycles of the built-in frameworks (the SIF's re-inspection rule; ILACS 2018, 2023 and 2026), each
/// rule with its source and what the sources leave unconfirmed. The COVID-19 suspension of 2020–21 is a fact of
/// ILACS 2018, derived from the record (no ILACS fieldwork between 9 March 2020 and 28 June 2021) and checked
/// against it by a test.
/// </summary>
internal static class InspectionCycles
{

    private const string MonitoringHandbook =
        "Ofsted, Monitoring local authority children's services judged inadequate: inspectors' handbook (May 2016, reference 160035), paragraph 3: 'Where local authority children's services are judged inadequate, Ofsted will carry out a programme of monitoring activities, including quarterly monitoring visits', and Ofsted 'will re-inspect local authorities judged inadequate ... under section 136 of the Education and Inspections Act 2006' (docslib.org/doc/12601516/monitoring-inadequate-la-childrens-services)";

    private const string IlacsTiming =
        "Ofsted's ILACS system as councils summarise the framework: 'standard inspections for local authorities judged to require improvement and short inspections for local authorities judged to be good or outstanding. Timing will usually be between six months before and six months after the three year anniversary of the previous inspection.' (Kirklees Safeguarding Children Partnership, ILACS inspection: guidance for professionals, section 'What is the ILACS inspection system': kirkleessafeguardingchildren.co.uk/procedures-local-protocols-and-guidance/ilacs-inspection-guidance-for-professionals/; Nottinghamshire one-minute guide: nottinghamshire.gov.uk/global-content/one-minute-guides/ofsted-inspections); the framework itself: Ofsted, Inspecting local authority children's services (gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services)";

    private const string FrameworkParagraphUnread =
        "The framework's own paragraph for this rule was not read (only its introduction was available), so the paragraph number is UNCONFIRMED; the wording is the councils' summary of it.";

    private const string FocusedVisits =
        "focused visits between inspections: 'with focused visits in between' (Yvette Stanley, Ofsted, LGA First: lgafirst.co.uk/comment/inspecting-childrens-services/); 'a minimum of two short focused visits (usually thematic) undertaken between inspections, one of which could be a Joint Targeted Area Inspection' (Cumbria County Council minutes, 2020: councilportal.cumbria.gov.uk/mgAi.aspx?ID=59570)";

    private const string FocusedVisitCount =
        "How many focused visits come between inspections: 'at least one' is UNCONFIRMED; LGA First gives no number and Cumbria's minutes say a minimum of two, one of which could be a JTAI.";

    private static readonly CycleWindow ThreeYearAnniversary = new(
        Period.FromYears(3),
        Period.FromMonths(6),
        Period.FromMonths(6),
        "usually between six months before and six months after the three year anniversary of the previous inspection");

    private static readonly CycleSuspension Covid = new(
        new LocalDate(2020, 3, 9),
        new LocalDate(2021, 6, 28),
        "Routine inspection suspended for COVID-19: Ofsted suspended all routine inspections on 17 March 2020 with the Secretary of State's permission; ungraded assurance visits to local authorities ran from September 2020 (paused in the lockdown of November 2020); focused visits restarted with fieldwork from June 2021 at the earliest. The record has no ILACS standard or short inspection with fieldwork between 9 March 2020 and 28 June 2021.",
        "Ofsted's ILACS_inspection_history (Local authority inspection outcomes as at 31 March 2025): the last fieldwork before the gap began on 9 March 2020 and the next on 28 June 2021; CYP Now, 17 March 2020, 'Coronavirus: Ofsted suspends inspections amid outbreak' (cypnow.co.uk/news/article/coronavirus-ofsted-suspends-inspections-amid-outbreak); Yvette Stanley, Ofsted, 17 March 2020 (childrenengland.org.uk/news/coronavirus-and-inspection); CYP Now, 6 July 2020 (cypnow.co.uk/news/article/inadequate-children-s-services-targeted-as-ofsted-outlines-plans-to-restart-inspection-visits); Cumbria County Council minutes, November 2020 (councilportal.cumbria.gov.uk/mgAi.aspx?ID=59570); CYP Now, 27 April 2021, 'Inspections Clinic: Return of Ofsted visits Q&A' (cypnow.co.uk/features/article/inspections-clinic-return-of-ofsted-visits-q-a)");

    private static CycleCondition Overall(params string[] grades) =>
        new([JudgementIds.OverallEffectiveness], [.. grades]);

    private static CycleRule IlacsInadequate(ImmutableArray<CycleCondition> when, string? moreUnconfirmed) => new(
        "inadequate-monitoring-then-re-inspection",
        "An authority judged inadequate gets monitoring visits, quarterly, until Ofsted re-inspects it with a standard inspection; the rule sets no window for the re-inspection.",
        when,
        VisitTypeIds.StandardInspection,
        inWindow: false,
        Period.FromMonths(3),
        "quarterly monitoring visits until re-inspected; no focused visits",
        MonitoringHandbook + "; the ILACS framework as updated in September 2018: 'We will no longer carry out re-inspections of inadequate local authorities using the single inspection framework. We will re-inspect using a standard inspection under this framework.' (quoted by CYP Now, 17 September 2018: cypnow.co.uk/news/article/ofsted-relaxes-inspections-for-struggling-inadequate-councils)",
        "UNCONFIRMED: that monitoring visits stay quarterly under ILACS (the 2016 handbook was written for the SIF; a third-party page says 'the frequency and timing of these visits will be discussed between Ofsted and the council', ohare-airport.org/what-is-ilacs/); when the re-inspection comes ('about 2.5 years' after, the same page) is not a rule. " + (moreUnconfirmed ?? string.Empty));

    /// <summary>ILACS 2018 and 2023: the kind of the next inspection follows overall effectiveness.</summary>
    private static InspectionCycle IlacsByOverall(params CycleSuspension[] suspensions) => new(
        ThreeYearAnniversary,
        IlacsTiming,
        [
            IlacsInadequate([Overall(GradeIds.Inadequate)], null),
            new CycleRule(
                "requires-improvement-standard-inspection",
                "An authority judged requires improvement to be good gets a standard inspection, usually between six months before and six months after the three year anniversary of the previous inspection, with focused visits between.",
                [Overall(GradeIds.RequiresImprovement)],
                VisitTypeIds.StandardInspection,
                inWindow: true,
                null,
                FocusedVisits,
                IlacsTiming,
                "UNCONFIRMED: " + FrameworkParagraphUnread + " " + FocusedVisitCount),
            new CycleRule(
                "good-or-outstanding-short-inspection",
                "An authority judged good or outstanding gets a short inspection, usually between six months before and six months after the three year anniversary of the previous inspection, with focused visits between.",
                [Overall(GradeIds.Good, GradeIds.Outstanding)],
                VisitTypeIds.ShortInspection,
                inWindow: true,
                null,
                FocusedVisits,
                IlacsTiming,
                "UNCONFIRMED: " + FrameworkParagraphUnread + " " + FocusedVisitCount),
        ],
        suspensions);

    /// <summary>The cycle of <c>ilacs-2018</c>, with the COVID-19 suspension.</summary>
    public static InspectionCycle Ilacs2018 { get; } = IlacsByOverall(Covid);

    /// <summary>The cycle of <c>ilacs-2023</c>.</summary>
    public static InspectionCycle Ilacs2023 { get; } = IlacsByOverall();

    /// <summary>The cycle of <c>ilacs-2026</c>: no overall effectiveness, so the kind follows leaders and practice.</summary>
    public static InspectionCycle Ilacs2026 { get; } = new(
        ThreeYearAnniversary,
        IlacsTiming,
        [
            IlacsInadequate(
                [new CycleCondition([JudgementIds.ImpactOfLeaders, JudgementIds.ChildrenWhoNeedHelpAndProtection, JudgementIds.ChildrenInCare, JudgementIds.CareLeavers], [GradeIds.Inadequate])],
                "UNCONFIRMED too: which judgements make an authority 'inadequate' for monitoring once there is no overall effectiveness; here any of the four judged inadequate."),
            new CycleRule(
                "good-leaders-and-practice-short-inspection",
                "From April 2026, an authority judged good or outstanding for the impact of leaders and for at least two of the three practice judgements gets a short inspection in the window, and whether a focused visit comes before it depends on those judgements.",
                [
                    new CycleCondition([JudgementIds.ImpactOfLeaders], [GradeIds.Good, GradeIds.Outstanding]),
                    new CycleCondition([JudgementIds.ChildrenWhoNeedHelpAndProtection, JudgementIds.ChildrenInCare, JudgementIds.CareLeavers], [GradeIds.Good, GradeIds.Outstanding], atLeast: 2),
                ],
                VisitTypeIds.ShortInspection,
                inWindow: true,
                null,
                "a focused visit before the next short inspection, depending on the impact of leaders and at least two of the three practice judgements being good or better",
                "JT-39/ofsted-ilacs-scrape-tool, README.md, section 'About ILACS inspections' (github.com/JT-39/ofsted-ilacs-scrape-tool), citing Ofsted's summary of framework changes (gov.uk/government/publications/inspecting-local-authority-childrens-services/summary-of-framework-changes); Ofsted confirms removal of headline judgement, 27 November 2025 (wired-gov.net/wg/news.nsf/articles/ofsted+confirms+removal+of+headline+judgement+for+inspections+of+local+authorities+childrens+services+27112025162500)",
                "UNCONFIRMED: the whole rule comes from a third-party README; Ofsted's summary of framework changes was not read. That such an authority's next inspection is a short one, and that the window is still the three year anniversary's, are carried over from the earlier ILACS."),
            new CycleRule(
                "other-standard-inspection",
                "From April 2026, an authority not judged inadequate that does not meet the short-inspection condition (good or better for leaders and two of the three practice judgements) gets a standard inspection in the window.",
                [new CycleCondition([JudgementIds.ImpactOfLeaders, JudgementIds.ChildrenWhoNeedHelpAndProtection, JudgementIds.ChildrenInCare, JudgementIds.CareLeavers], [GradeIds.Outstanding, GradeIds.Good, GradeIds.RequiresImprovement, GradeIds.Inadequate])],
                VisitTypeIds.StandardInspection,
                inWindow: true,
                null,
                FocusedVisits,
                IlacsTiming,
                "UNCONFIRMED: the sources say nothing of how the kind of the next inspection is chosen without overall effectiveness; this rule carries the earlier ILACS's standard inspection over to every authority the short-inspection condition does not reach."),
        ],
        []);

    /// <summary>The cycle of <c>sif-2013</c>: a universal round with no window after it, and re-inspection of the inadequate.</summary>
    public static InspectionCycle Sif2013 { get; } = new(
        null,
        null,
        [
            new CycleRule(
                "inadequate-monitoring-then-re-inspection",
                "An authority judged inadequate gets quarterly monitoring visits until Ofsted re-inspects it under the single inspection framework (up to six monitoring visits before a three-week re-inspection); the rule sets no date for the re-inspection. Authorities not judged inadequate have no next inspection under the SIF: it inspected each authority once, all 152 within three years, and the next came under ILACS.",
                [Overall(GradeIds.Inadequate)],
                VisitTypeIds.ReInspection,
                inWindow: false,
                Period.FromMonths(3),
                "quarterly monitoring visits until re-inspected",
                MonitoringHandbook + "; CYP Now, 17 September 2018: inadequate councils 'received up to six quarterly monitoring visits prior to a three-week re-inspection under ... the single inspection framework' (cypnow.co.uk/news/article/ofsted-relaxes-inspections-for-struggling-inadequate-councils); the universal round: 'All 152 local authorities in England and the associated LSCBs will be inspected within three years' (Ofsted, 4 June 2014, wired-gov.net/wg/news.nsf/articles/New+inspection+of+childrens+services+has+the+right+ambition+for+children+and+young+people+04062014111500)",
                "UNCONFIRMED: the framework's section 'Frequency of inspection' (ref 130216, page 4) was not read; the 2013 launch coverage's 'three-year cycle' (silkysteps.com/forum/showthread.php?p=55413) is not a per-authority window, so none is modelled."),
        ],
        []);
}
