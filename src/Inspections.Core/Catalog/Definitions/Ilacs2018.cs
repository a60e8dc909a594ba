using Inspections.Core.Frameworks;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>ilacs-2018</c>: ILACS as introduced in January 2018, with children in care and care leavers judged together.</summary>
internal static class Ilacs2018
{
    private static readonly string[] Judgements =
        [Ilacs.OverallEffectiveness, Ilacs.ImpactOfLeaders, Ilacs.HelpAndProtection, "children-in-care-and-care-leavers"];

    public static InspectionFramework Create() =>
        Ilacs.Start("ilacs-2018", "Inspecting local authority children's services", new LocalDate(2018, 1, 1), new LocalDate(2022, 12, 31))
            .Judgement(Ilacs.OverallEffectiveness, "Overall effectiveness")
            .Judgement(Ilacs.ImpactOfLeaders, "The impact of leaders on social work practice with children and families")
            .Judgement(Ilacs.HelpAndProtection, "The experiences and progress of children who need help and protection")
            .Judgement("children-in-care-and-care-leavers", "The experiences and progress of children in care and care leavers")
            .WithVisitTypes(Judgements, Ilacs.OverallEffectiveness)
            .WithPracticeRule(
                [Ilacs.HelpAndProtection, "children-in-care-and-care-leavers"],
                "Published outcomes 2018–2022 (Bradford 2018, St Helens 2019, Newham 2019): every practice judgement inadequate came with overall inadequate")
            .Build();
}
