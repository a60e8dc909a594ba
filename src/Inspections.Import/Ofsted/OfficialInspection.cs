using System.Collections.Generic;
using System.Linq;
using Inspections.Core;

namespace Inspections.Import.Ofsted;

/// <summary>Makes an <see cref="Inspection"/> of a merged <see cref="OfficialEvent"/>, with notes naming every source row.</summary>
internal static class OfficialInspection
{
    /// <summary>The attribution the Open Government Licence asks for.</summary>
    public const string Attribution = "Contains public sector information licensed under the Open Government Licence v3.0.";

    /// <summary>Makes the inspection.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The inspection.</returns>
    public static Inspection Create(OfficialEvent e)
    {
        var subject = new InspectionSubject(SubjectKind.LocalAuthority, e.Name, e.Gss, e.La);
        var judgements = JudgementGrades.Create(e.Judgements.Select(j => new JudgementGrade(j.Key, j.Value)));
        Fieldwork? fieldwork = e.FieldworkStart is { } start ? new Fieldwork(start) : null;
        return new Inspection(e.Framework, e.Visit, subject, fieldwork, judgements)
        {
            Published = e.Published,
            Theme = e.Theme,
            NotJudgedIds = [.. e.NotJudged],
            Notes = NotesOf(e),
        };
    }

    /// <summary>The order of the record: by authority name, GSS code, date (<see cref="Inspection.Date"/>), framework and visit type.</summary>
    public static IComparer<Inspection> Order { get; } = Comparer<Inspection>.Create((a, b) =>
    {
        int c = string.CompareOrdinal(a.Subject.Name, b.Subject.Name);
        c = c != 0 ? c : string.CompareOrdinal(a.Subject.GssCode, b.Subject.GssCode);
        c = c != 0 ? c : (a.Date ?? default).CompareTo(b.Date ?? default);
        c = c != 0 ? c : string.CompareOrdinal(a.FrameworkId, b.FrameworkId);
        return c != 0 ? c : string.CompareOrdinal(a.VisitTypeId, b.VisitTypeId);
    });

    private static string NotesOf(OfficialEvent e)
    {
        string sources = string.Join("; ", e.Sources.Select(s => s.ToString()));
        string dates = (e.FieldworkStart, e.Published) switch
        {
            (null, _) => " The table gives the publication date only.",
            (_, null) => " The table gives the first day of fieldwork only.",
            _ => " The tables give the first day of fieldwork and the publication date, not the last day of fieldwork.",
        };
        var remarks = e.Remarks.Count == 0 ? string.Empty : " " + string.Join(" ", e.Remarks);
        return $"From Ofsted's official statistics: {sources}.{dates}{remarks} {Attribution}";
    }
}
