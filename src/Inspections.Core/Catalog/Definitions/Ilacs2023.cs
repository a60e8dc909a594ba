using Inspections.Core.Frameworks;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>ilacs-2023</c>: ILACS as revised in January 2023, with care leavers judged on their own.</summary>
internal static class Ilacs2023
{
    private static readonly string[] Judgements =
        [Ilacs.OverallEffectiveness, Ilacs.ImpactOfLeaders, Ilacs.HelpAndProtection, JudgementIds.ChildrenInCare, JudgementIds.CareLeavers];

    public static InspectionFramework Create() =>
        Ilacs.Start(FrameworkIds.Ilacs2023, "ILACS as revised in 2023 (care leavers judged on their own)", new LocalDate(2023, 1, 1), new LocalDate(2026, 3, 31))
            .Source("Ofsted consultation outcome: a new ILACS judgement on the experiences and progress of care leavers, consulted on 22 June – 29 July 2022 and introduced in January 2023 (gov.uk/government/consultations/introducing-a-separate-judgement-about-care-leavers-within-the-inspection-of-local-authority-childrens-services-ilacs)")
            .Note("Modelling choice: the official name is still 'Inspecting local authority children's services'; the name here is identifiers.md's, which says what changed. In force from 1 January 2023 to 31 March 2026.")
            .Note("Modelling choice: the first day of the separate care-leavers judgement is 1 January 2023, as Ofsted's ILACS history says ('blank cells in column K for inspections before 1 January 2023 when the sub-judgement ... was introduced'): no row with fieldwork before it has a care-leavers grade and every row from it has one. Two rows of the scraped CSV give a care-leavers grade to reports published in September 2022 (Nottingham, published 5 September 2022; Redcar and Cleveland, 22 September 2022); Ofsted's table has them as inspections of 11 July and 20 June 2022 without one, so the scraped grades are wrong and the official record stands.")
            .Judgement(Ilacs.OverallEffectiveness, "Overall effectiveness")
            .Judgement(Ilacs.ImpactOfLeaders, Ilacs.ImpactOfLeadersName)
            .Judgement(Ilacs.HelpAndProtection, Ilacs.HelpAndProtectionName)
            .Judgement(JudgementIds.ChildrenInCare, "The experiences and progress of children in care")
            .Judgement(JudgementIds.CareLeavers, "The experiences and progress of care leavers")
            .WithVisitTypes(Judgements, Ilacs.OverallEffectiveness)
            .WithPracticeRule(
                [Ilacs.HelpAndProtection, JudgementIds.ChildrenInCare, JudgementIds.CareLeavers],
                "Ofsted, Local authority inspection outcomes as at 31 March 2025, tables ILACS_inspection_history and In-year_inspections (2024–25), and Ofsted, Children's social care data in England 2023, table LA_level_in_year_2022-23: every ILACS inspection with fieldwork from 1 January 2023 and a practice judgement inadequate (11 of the 103 such rows of the ILACS history) is inadequate overall; care leavers inadequate alone gave overall inadequate (Harrow 2025)")
            .Cycle(InspectionCycles.Ilacs2023)
            .Build();
}
