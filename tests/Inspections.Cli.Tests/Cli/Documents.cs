using Inspections.Core;
using Inspections.Core.Serialization;
using NodaTime;

namespace Inspections.Cli.Tests.Cli;

/// <summary>Real inspections from the seeds, as documents.</summary>
internal static class Documents
{
    public static readonly InspectionSubject Calderdale = new(SubjectKind.LocalAuthority, "Calderdale", "E08000033", 381);

    public static Inspection Calderdale2015 { get; } = new(
        "sif-2013",
        "full-inspection",
        Calderdale,
        new Fieldwork(new LocalDate(2015, 1, 13), new LocalDate(2015, 2, 4)),
        JudgementGrades.Create(
            ("overall-effectiveness", "requires-improvement"),
            ("children-who-need-help-and-protection", "requires-improvement"),
            ("children-looked-after-and-achieving-permanence", "requires-improvement"),
            ("adoption-performance", "inadequate"),
            ("experiences-and-progress-of-care-leavers", "requires-improvement"),
            ("leadership-management-and-governance", "requires-improvement")))
    {
        Published = new LocalDate(2015, 3, 20),
    };

    // SLAC January 2010: inadequate (the seeds do not confirm which strand; safeguarding is the likely one).
    public static Inspection Calderdale2010 { get; } = new(
        "slac-2009",
        "full-inspection",
        Calderdale,
        new Fieldwork(new LocalDate(2010, 1, 11), new LocalDate(2010, 1, 22)),
        JudgementGrades.Create(
            ("safeguarding-overall-effectiveness", "inadequate"),
            ("safeguarding-capacity-for-improvement", "adequate"),
            ("looked-after-overall-effectiveness", "adequate"),
            ("looked-after-capacity-for-improvement", "adequate")));

    public static string Json(Inspection inspection) => InspectionJson.Write(inspection);
}
