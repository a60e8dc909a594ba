using Inspections.Core;
using Inspections.Core.Serialization;
using NodaTime;

namespace Inspections.Cli.Tests.Cli;

/// <summary>Real inspections from the seeds, as documents.</summary>
internal static class Documents
{
    public static readonly InspectionSubject Calderdale = new(SubjectKind.LocalAuthority, "Calderdale", "E08000033", 381);

    /// <summary>Calderdale's 2015 SIF inspection, the shared real case (<see cref="RealInspections.Calderdale2015"/>) without its source link.</summary>
    public static Inspection Calderdale2015 { get; } = RealInspections.Calderdale2015 with { Source = null };

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
