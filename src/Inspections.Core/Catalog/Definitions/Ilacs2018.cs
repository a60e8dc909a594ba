using Inspections.Core.Frameworks;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>ilacs-2018</c>: ILACS as introduced in January 2018, with children in care and care leavers judged together.</summary>
internal static class Ilacs2018
{
    private static readonly string[] Judgements =
        [Ilacs.OverallEffectiveness, Ilacs.ImpactOfLeaders, Ilacs.HelpAndProtection, JudgementIds.ChildrenInCareAndCareLeavers];

    public static InspectionFramework Create() =>
        Ilacs.Start(FrameworkIds.Ilacs2018, "Inspecting local authority children's services", new LocalDate(2018, 1, 1), new LocalDate(2022, 12, 31))
            .Note("Modelling choice: in force from 1 January 2018 to 31 December 2022, the day before the separate care-leavers judgement. The first ILACS fieldwork in Ofsted's ILACS history is Rochdale's, from 29 January 2018 (published 12 March 2018).")
            .Note("UNCONFIRMED: one CSV row (Doncaster, published 19 January 2018) is labelled a standard inspection with fieldwork from 9 to 24 November 2017, before ILACS was in force; its grades were unreadable. It may be a late SIF inspection or an ILACS pilot (Ofsted piloted standard inspections in 2017, e.g. Nottingham in March 2017, per adcs.org.uk/inspection/article/ilacs-overview).")
            .Judgement(Ilacs.OverallEffectiveness, "Overall effectiveness")
            .Judgement(Ilacs.ImpactOfLeaders, Ilacs.ImpactOfLeadersName)
            .Judgement(Ilacs.HelpAndProtection, Ilacs.HelpAndProtectionName)
            .Judgement(JudgementIds.ChildrenInCareAndCareLeavers, "The experiences and progress of children in care and care leavers")
            .WithVisitTypes(Judgements, Ilacs.OverallEffectiveness)
            .WithPracticeRule(
                [Ilacs.HelpAndProtection, JudgementIds.ChildrenInCareAndCareLeavers],
                "Ofsted, Local authority inspection outcomes as at 31 March 2025, table ILACS_inspection_history, and Ofsted, Children's social care data in England 2023, tables LA_inspections_2009-2023 and LA_level_in_year_2022-23: every ILACS inspection with fieldwork before 1 January 2023 and a practice judgement inadequate (23 of the 168 such rows of the ILACS history, e.g. Bradford 2018, St Helens 2019, Newham 2019) is inadequate overall")
            .Cycle(InspectionCycles.Ilacs2018)
            .Build();
}
