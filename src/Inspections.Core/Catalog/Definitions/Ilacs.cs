using System.Collections.Generic;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary>
/// What the three versions of ILACS share: regulator, scale, subject, the four visit types, the sources and the
/// notes. Each version (<see cref="Ilacs2018"/>, <see cref="Ilacs2023"/>, <see cref="Ilacs2026"/>) adds its
/// judgements, rules and dates.
/// </summary>
internal static class Ilacs
{
    public const string OverallEffectiveness = JudgementIds.OverallEffectiveness;
    public const string ImpactOfLeaders = JudgementIds.ImpactOfLeaders;
    public const string HelpAndProtection = JudgementIds.ChildrenWhoNeedHelpAndProtection;

    public const string ImpactOfLeadersName = "The impact of leaders on social work practice with children and families";
    public const string HelpAndProtectionName = "The experiences and progress of children who need help and protection";

    private const string InspectionNotice = "About five working days: the lead inspector telephones the director of children's services and inspectors are on site the following Monday";

    public static FrameworkBuilder Start(string id, string name, LocalDate start, LocalDate? end) =>
        new FrameworkBuilder(id, name)
            .Regulator("Ofsted")
            .Family(FrameworkFamily.Ilacs)
            .InForce(start, end)
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointRequiresImprovement);

    public static FrameworkBuilder WithVisitTypes(this FrameworkBuilder builder, IReadOnlyList<string> judgements, string? headline) =>
        builder
            .VisitType(new VisitType(VisitTypeIds.StandardInspection, "Standard inspection", judgements, judgements, Period.FromWeeks(2), InspectionNotice, headline))
            .VisitType(new VisitType(VisitTypeIds.ShortInspection, "Short inspection", judgements, judgements, Period.FromWeeks(1), InspectionNotice, headline))
            .VisitType(new VisitType(VisitTypeIds.FocusedVisit, "Focused visit", [], [], Period.FromDays(2), "Five working days"))
            .VisitType(new VisitType(VisitTypeIds.MonitoringVisit, "Monitoring visit", [], [], Period.FromDays(2), "Timing agreed between Ofsted and the local authority"))
            .Source("Ofsted, Inspecting local authority children's services: first published November 2017, in use from January 2018, updated December 2022/January 2023, April 2024 and December 2024 (gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services)")
            .Source("The ILACS system: annual self-evaluation and engagement meeting, focused visits, standard inspections for authorities judged requires improvement, short inspections for those good or outstanding, monitoring visits and re-inspection for those inadequate (leeds.gov.uk/one-minute-guides/ofsted-new-inspection-framework; kirkleessafeguardingchildren.co.uk ILACS guidance)")
            .Source("Standard inspections two weeks on site and short inspections one week (sambuz.com/doc/ilacs-inspections-of-local-ilacs-inspections-of-local-ppt-presentation-532802; ohare-airport.org/what-is-ilacs/); notice: the lead inspector phones and inspectors arrive the following Monday (nottinghamshire.gov.uk/global-content/one-minute-guides/ofsted-inspections)")
            .Source("Focused visits: two inspectors, two days on site, ungraded, serious concerns set out as 'areas for priority action' (cypnow.co.uk/features/article/inspections-clinic-return-of-ofsted-visits-q-a; lgafirst.co.uk/comment/inspecting-childrens-services/); five days' notice (Cambridgeshire focused visit, February 2020, in the seed documents)")
            .Source("Ofsted, Local authority inspection outcomes as at 31 March 2025 (published 25 September 2025; Open Government Licence v3.0), table ILACS_inspection_history: one row per ILACS standard or short inspection with fieldwork from 29 January 2018 to 24 March 2025 (271 rows), with the first day of fieldwork, the publication date and the grades; table In-year_inspections: every ILACS inspection and visit of 2024–25. Ofsted, Children's social care data in England 2023, table LA_level_in_year_2022-23: every inspection and visit of 2022–23")
            .Source("JT-39/ofsted-ilacs-scrape-tool, ofsted_csc_ilacs_history.csv (MIT licence): one row per published ILACS report, 2018–2026, scraped from Ofsted's reports")
            .Note("UNCONFIRMED: the framework's wording of the notice for standard and short inspections ('5 working days'); the sources describe a telephone call and inspectors on site the following Monday.")
            .Note("UNCONFIRMED: the usual length of a monitoring visit (two days here) and its notice; a third-party page says the frequency and timing of monitoring visits are discussed between Ofsted and the council (ohare-airport.org/what-is-ilacs/).")
            .Note("Modelling choice: standard and short inspections grade the same judgements, all required. Re-inspections of inadequate authorities are standard inspections. Focused and monitoring visits are ungraded; their 'areas for priority action' are not grades.")
            .Note("Modelling choice: ILACS has no recommendation timescales. identifiers.md gives the three timescales for the APA, Cafcass, SLAC and 2012 protection-of-children reports only, so a timescale on an ILACS recommendation is INS033.")
            .Note("Modelling choice: which version applies is decided by the first day of fieldwork, not by publication. Ofsted's ILACS history bears this out: none of its rows with fieldwork before 1 January 2023 has a care-leavers grade and every one from then has one (South Tyneside, fieldwork from 5 December 2022, published 10 May 2023, has none). Ofsted's reports bear it out for April 2026: Wolverhampton's, 'Inspection of Wolverhampton local authority children's services', 'Inspection dates: 26 to 30 January 2026', published 18 June 2026 (the date Ofsted's site gives; files.ofsted.gov.uk/v1/file/50304388), after ILACS 2026 came in, grades overall effectiveness, as the scraped CSV says.");

    public static FrameworkBuilder WithPracticeRule(this FrameworkBuilder builder, string[] practiceJudgements, string source) =>
        builder
            .Rule(new ForcedGradeRule(
                "inadequate-practice-means-inadequate-overall",
                OverallEffectiveness,
                practiceJudgements,
                GradeIds.Inadequate,
                RuleStrength.Likely,
                "A local authority inadequate for the experiences and progress of any group of children is normally inadequate overall.",
                source))
            .Note("UNCONFIRMED: the rule that inadequate experiences and progress of any group of children means inadequate overall, as a rule of the framework. The framework's text on deriving overall effectiveness was not read, so the rule is 'likely' (a warning), not 'must', though no outcome in Ofsted's official tables breaks it: the 34 rows of the ILACS history with a practice judgement inadequate, and those of the in-year tables (6 in 2022–23, 4 in 2024–25), are all inadequate overall.")
            .Note("Modelling choice: no rule on the impact of leaders. An inadequate impact of leaders does not force overall inadequate (Herefordshire 2018, Doncaster 2022 and Slough 2023 were inadequate for leaders and requires improvement overall), and overall effectiveness is not the worst of the other judgements (Calderdale 2018: overall good, help and protection requires improvement). Overall inadequate does not need an inadequate practice judgement either (Trafford 2019: only leaders inadequate).");
}
