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
            .Note("Modelling choice: no rules. With no overall effectiveness there is nothing for the earlier practice rule to constrain, and the sources give no rule between the four remaining judgements.")
            .Note("UNCONFIRMED: that whether an authority gets a focused visit before its next short inspection now depends on being good or outstanding for the impact of leaders and for at least two of the three practice judgements (a third-party README only). It is not modelled.")
            .Note("UNCONFIRMED: the 2026 rows of the CSV are a third-party scrape that could not be checked against Ofsted.")
            .Judgement(Ilacs.ImpactOfLeaders, Ilacs.ImpactOfLeadersName)
            .Judgement(Ilacs.HelpAndProtection, Ilacs.HelpAndProtectionName)
            .Judgement(JudgementIds.ChildrenInCare, "The experiences and progress of children in care")
            .Judgement(JudgementIds.CareLeavers, "The experiences and progress of care leavers")
            .WithVisitTypes(Judgements, headline: null)
            .Cycle(InspectionCycles.Ilacs2026)
            .Build();
}
