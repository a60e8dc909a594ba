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
            .Note("Modelling choice: in force from 1 January 2018 to 31 December 2022, the day before the separate care-leavers judgement. The first ILACS fieldwork is Rochdale's, in Ofsted's ILACS history (first day 29 January 2018, published 12 March 2018) and in Ofsted's reports: of the 292 ILACS reports in ../shared/data/reports, the earliest is Rochdale Borough Council's 'Inspection of local authority children's services', 'Inspection dates: 29 January to 9 February 2018', published 12 March 2018 (the date Ofsted's site gives; ILACS reports print none; files.ofsted.gov.uk/v1/file/50000290). The next begin on 16 April 2018 (Hillingdon, Oxfordshire).")
            .Note("Modelling choice: the one row of the scraped CSV with fieldwork before ILACS (Doncaster, published 19 January 2018, labelled a standard inspection, fieldwork 9 to 24 November 2017, grades unreadable) is not an ILACS inspection, and the CSV's import skips it. Its report is a SIF re-inspection, not an ILACS pilot: Doncaster Metropolitan Borough Council, 'Re-inspection of services for children in need of help and protection, children looked after and care leavers', 'Inspection dates: 9–24 November 2017', 'Report published: 19 January 2018' (files.ofsted.gov.uk/v1/file/50000268), good in all six SIF judgements; Ofsted's 2009–2023 table has it as a SIF re-inspection published that day. The record has it under sif-2013.")
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
