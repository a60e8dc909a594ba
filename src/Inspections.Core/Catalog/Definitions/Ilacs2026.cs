using Inspections.Core.Frameworks;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>ilacs-2026</c>: ILACS as revised in April 2026, without the overall effectiveness judgement.</summary>
internal static class Ilacs2026
{
    private static readonly string[] Judgements =
        [Ilacs.ImpactOfLeaders, Ilacs.HelpAndProtection, JudgementIds.ChildrenInCare, JudgementIds.CareLeavers];

    public static InspectionFramework Create() =>
        Ilacs.Start(FrameworkIds.Ilacs2026, "ILACS as revised in 2026 (no overall effectiveness judgement)", new LocalDate(2026, 4, 1), null)
            .Source("Ofsted confirms removal of headline judgement for inspections of local authorities' children's services, 27 November 2025 (wired-gov.net/wg/news.nsf/articles/ofsted+confirms+removal+of+headline+judgement+for+inspections+of+local+authorities+childrens+services+27112025162500)")
            .Note("Modelling choice: in force from 1 April 2026 and open ended; a renewed 'children and families services framework' is planned for 2027 and will be a new framework id. The official name is still 'Inspecting local authority children's services'.")
            .Note("Modelling choice: the first day in force, 1 April 2026 (the day after ilacs-2023's last), fits Ofsted's reports, which do not fix it. Of the 292 ILACS reports in ../shared/data/reports, the 7 with fieldwork from 1 April 2026 (the first from 11 May 2026: Lancashire, Liverpool and West Northamptonshire, 'Inspection dates: 11 May to 22 May 2026' as Liverpool's prints it) have no overall effectiveness judgement and every earlier one has one. The last fieldwork with one is Coventry's and Southwark's ('Inspection dates: 9 to 13 March 2026', both published 18 May 2026); the last published with one is Wolverhampton's (fieldwork 26 to 30 January 2026, published 18 June 2026). UNCONFIRMED: the scraped CSV's last fieldwork with an overall grade, North Lincolnshire's from 16 to 20 March 2026 (published 30 April 2026), and its first without, Brent's and Somerset's from 27 April 2026 (published 17 June 2026), whose reports are not among those read; and that 18 June 2026 is the last publication of an overall effectiveness judgement, which holds only as far as the reports go (the last read was published on 20 August 2026).")
            .Note("Modelling choice: no rules. With no overall effectiveness there is nothing for the earlier practice rule to constrain, and the sources give no rule between the four remaining judgements.")
            .Note("UNCONFIRMED: that whether an authority gets a focused visit before its next short inspection now depends on being good or outstanding for the impact of leaders and for at least two of the three practice judgements (a third-party README only). It is not modelled.")
            .Note("UNCONFIRMED: 9 of the 30 rows of the scraped CSV published in 2026, whose reports are not among Ofsted's reports in ../shared/data/reports (Bracknell Forest, Bradford, Brent, Middlesbrough, North Lincolnshire, North Northamptonshire, Solihull, Somerset and Wandsworth); the record takes them from the scrape. The other 21 agree with their reports (the authority as each report's title names it) in everything both give: the first and last days of fieldwork as the report prints them, the publication date (Ofsted's site's; ILACS reports print none), short or standard (the report's days on site) and every grade, with no overall effectiveness in the 7 with fieldwork from April 2026 (from Liverpool's, 'Inspection dates: 11 May to 22 May 2026', published 7 July 2026, to Portsmouth's, fieldwork 6 to 10 July 2026, published 18 August 2026).")
            .Judgement(Ilacs.ImpactOfLeaders, Ilacs.ImpactOfLeadersName)
            .Judgement(Ilacs.HelpAndProtection, Ilacs.HelpAndProtectionName)
            .Judgement(JudgementIds.ChildrenInCare, "The experiences and progress of children in care")
            .Judgement(JudgementIds.CareLeavers, "The experiences and progress of care leavers")
            .WithVisitTypes(Judgements, headline: null)
            .Cycle(InspectionCycles.Ilacs2026)
            .Build();
}
