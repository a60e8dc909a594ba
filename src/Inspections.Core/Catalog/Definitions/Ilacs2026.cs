using Inspections.Core.Frameworks;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>ilacs-2026</c>: ILACS as revised in April 2026, without the overall effectiveness judgement.</summary>
internal static class Ilacs2026
{
    private static readonly string[] Judgements =
        [Ilacs.ImpactOfLeaders, Ilacs.HelpAndProtection, "children-in-care", "care-leavers"];

    public static InspectionFramework Create() =>
        Ilacs.Start("ilacs-2026", "ILACS as revised in 2026 (no overall effectiveness judgement)", new LocalDate(2026, 4, 1), null)
            .Judgement(Ilacs.ImpactOfLeaders, "The impact of leaders on social work practice with children and families")
            .Judgement(Ilacs.HelpAndProtection, "The experiences and progress of children who need help and protection")
            .Judgement("children-in-care", "The experiences and progress of children in care")
            .Judgement("care-leavers", "The experiences and progress of care leavers")
            .WithVisitTypes(Judgements, headline: null)
            .Source("Ofsted confirms removal of headline judgement for inspections of local authority children's services, 27 Nov 2025 (wired-gov.net)")
            .Build();
}
