using Inspections.Core;
using Inspections.Core.Serialization;
using NodaTime;

namespace Inspections.Core.Tests.Histories;

/// <summary>Inspections made in tests, and the shipped example documents.</summary>
internal static class Built
{
    public static InspectionSubject La(string name, string? gss = null, int? la = null) => new(SubjectKind.LocalAuthority, name, gss, la);

    public static LocalDate D(string iso) => LocalDate.FromDateTime(DateTime.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An ILACS 2018 standard inspection with all four judgements at <paramref name="grade"/>.</summary>
    public static Inspection Ilacs(InspectionSubject subject, string start, string? published, string grade, string visit = "standard-inspection") =>
        new("ilacs-2018", visit, subject, new Fieldwork(D(start)),
            visit is "focused-visit" or "monitoring-visit"
                ? JudgementGrades.Empty
                : JudgementGrades.Create(
                    ("overall-effectiveness", grade), ("impact-of-leaders", grade),
                    ("children-who-need-help-and-protection", grade), ("children-in-care-and-care-leavers", grade)))
        {
            Published = published is null ? null : D(published),
        };

    /// <summary>The same inspection known by its publication date only.</summary>
    public static Inspection PublishedOnly(Inspection inspection) => inspection with { Fieldwork = null };

    public static Inspection Example(string file) =>
        InspectionJson.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, file)));
}
