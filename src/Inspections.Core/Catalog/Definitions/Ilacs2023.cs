using Inspections.Core.Frameworks;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>ilacs-2023</c>: ILACS as revised in January 2023, with care leavers judged on their own.</summary>
internal static class Ilacs2023
{
    private static readonly string[] Judgements =
        [Ilacs.OverallEffectiveness, Ilacs.ImpactOfLeaders, Ilacs.HelpAndProtection, "children-in-care", "care-leavers"];

    public static InspectionFramework Create() =>
        Ilacs.Start("ilacs-2023", "ILACS as revised in 2023 (care leavers judged on their own)", new LocalDate(2023, 1, 1), new LocalDate(2026, 3, 31))
            .Judgement(Ilacs.OverallEffectiveness, "Overall effectiveness")
            .Judgement(Ilacs.ImpactOfLeaders, "The impact of leaders on social work practice with children and families")
            .Judgement(Ilacs.HelpAndProtection, "The experiences and progress of children who need help and protection")
            .Judgement("children-in-care", "The experiences and progress of children in care")
            .Judgement("care-leavers", "The experiences and progress of care leavers")
            .WithVisitTypes(Judgements, Ilacs.OverallEffectiveness)
            .WithPracticeRule(
                [Ilacs.HelpAndProtection, "children-in-care", "care-leavers"],
                "Published outcomes 2023–2026 (Harrow 2025, Cheshire East 2024, Peterborough 2024: care leavers inadequate alone gave overall inadequate)")
            .Source("Ofsted consultation outcome: a new ILACS judgement on the experiences and progress of care leavers, introduced January 2023 (gov.uk)")
            .Build();
}
