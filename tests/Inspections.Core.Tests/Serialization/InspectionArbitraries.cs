using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core.Inspections;
using NodaTime;

namespace Inspections.Core.Tests.Serialization;

/// <summary>
/// A simple generator of inspections for the serialization properties: mostly built from the catalog's own ids
/// (so that many are valid), sometimes with ids no framework has, and with text that exercises JSON escaping and
/// Unicode (quotes, backslashes, control characters, accents, curly quotes, emoji, line separators).
/// </summary>
/// <remarks>To be replaced by the public generators package (Inspections.Core.FsCheck) once it exists.</remarks>
public static class InspectionArbitraries
{
    private static readonly string[] s_pieces =
    [
        "a", "b", "z", "A", "Q", "0", "7", " ", "  ", "-", "'", "\"", "\\", "/", "&", "<", ">", "{", "}", "[", "]", ":", ",",
        "\n", "\r\n", "\t", "\u0001", "\u001f", "\u007f", "é", "É", "ß", "’", "–", "—", "£", "中", "Ω", "\u00a0", "\u200b",
        "\u2028", "\u2029", "\ufeff", "\ue000", "\u0378", "😀", "𝄞", "Calderdale", "St Helens", "Bath and North East Somerset",
    ];

    private static readonly string[] s_sources =
    [
        "https://files.ofsted.gov.uk/v1/file/50004288",
        "http://example.org/report.pdf",
        "https://reports.ofsted.gov.uk/provider/44/80444?x=1&y=%20é",
        "HTTPS://EXAMPLE.ORG/A",
    ];

    /// <summary>Inspections for FsCheck.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Inspection> Inspection() => Arb.From(InspectionGen);

    /// <summary>The generator of inspections.</summary>
    public static Gen<Inspection> InspectionGen =>
        from framework in Gen.Frequency((9, Gen.Elements(FrameworkCatalog.Default.All.ToArray()).Select(f => (InspectionFramework?)f)), (1, Gen.Constant((InspectionFramework?)null)))
        from frameworkId in framework is null ? AnyId : Gen.Constant(framework.Id)
        from visit in VisitGen(framework)
        from subject in SubjectGen(framework)
        from start in StartGen(framework)
        from length in LengthGen(framework, visit)
        from published in Gen.Frequency(
            (2, Gen.Constant((LocalDate?)null)),
            (4, Gen.Choose(0, 84).Select(d => (LocalDate?)start.PlusDays(length + d))),
            (1, Gen.Choose(-3, 120).Select(d => (LocalDate?)start.PlusDays(length + d))))
        from judgements in JudgementsGen(framework, visit)
        from recommendationCount in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 3)))
        from recommendations in Gen.ArrayOf(RecommendationGen(framework), recommendationCount)
        from source in Gen.Frequency((1, Gen.Constant((Uri?)null)), (2, Gen.Elements(s_sources).Select(s => (Uri?)new Uri(s, UriKind.Absolute))))
        from notes in Gen.Frequency((1, Gen.Constant((string?)null)), (1, Gen.Constant((string?)string.Empty)), (3, TextGen(60).Select(t => (string?)t)))
        select new Inspection(frameworkId, visit, subject, new Fieldwork(start, start.PlusDays(length)), judgements)
        {
            Published = published,
            Recommendations = recommendations.ToImmutableArray(),
            Source = source,
            Notes = notes,
        };

    /// <summary>Text of up to <paramref name="pieces"/> pieces, any of them (valid Unicode; may be blank).</summary>
    /// <param name="pieces">The most pieces.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> TextGen(int pieces) =>
        from count in Gen.Choose(0, pieces)
        from parts in Gen.ArrayOf(Gen.Elements(s_pieces), count)
        select string.Concat(parts);

    private static Gen<string> NonBlankText(int pieces) =>
        TextGen(pieces).Select(t => string.IsNullOrWhiteSpace(t) ? "x" + t : t);

    private static Gen<string> AnyId { get; } =
        Gen.Frequency(
            (3, Gen.Elements("unknown-framework", "sif-2014", "focused-visit", "overall", "good", "weird id", "Requires Improvement", "x")),
            (1, NonBlankText(6)));

    private static Gen<LocalDate> DateGen { get; } =
        Gen.Choose(0, 365 * 30).Select(d => new LocalDate(2006, 1, 1).PlusDays(d));

    /// <summary>Mostly a day the framework was in force (so that many inspections are valid), sometimes any day.</summary>
    private static Gen<LocalDate> StartGen(InspectionFramework? framework)
    {
        if (framework is null)
        {
            return DateGen;
        }

        var first = framework.InForce.Start;
        var last = framework.InForce.End ?? new LocalDate(2027, 12, 31);
        int days = Period.DaysBetween(first, last);
        return Gen.Frequency((4, Gen.Choose(0, days).Select(d => first.PlusDays(d))), (1, DateGen));
    }

    /// <summary>Days from start to end: mostly within the visit's usual length, sometimes longer or ill-ordered.</summary>
    private static Gen<int> LengthGen(InspectionFramework? framework, string visitId)
    {
        int usual = framework is not null && framework.TryGetVisitType(visitId, out var visit)
            ? visit.UsualLengthInDaysFrom(new LocalDate(2020, 1, 1)) - 1
            : 10;
        return Gen.Frequency((8, Gen.Choose(0, Math.Max(0, usual))), (1, Gen.Choose(usual, usual + 60)), (1, Gen.Choose(-5, -1)));
    }

    private static Gen<InspectionSubject> SubjectGen(InspectionFramework? framework) =>
        from kind in framework is null
            ? Gen.Elements(SubjectKind.LocalAuthority, SubjectKind.CafcassServiceArea)
            : Gen.Frequency((9, Gen.Elements(framework.SubjectKinds.ToArray())), (1, Gen.Elements(SubjectKind.LocalAuthority, SubjectKind.CafcassServiceArea)))
        from name in NonBlankText(30).Select(FitName)
        from gss in Gen.Frequency((1, Gen.Constant((string?)null)), (2, from p in Gen.Elements("06", "08", "09", "10") from n in Gen.Choose(0, 999999) select (string?)$"E{p}{n:000000}"))
        from la in Gen.Frequency((1, Gen.Constant((int?)null)), (2, Gen.Choose(100, 999).Select(n => (int?)n)))
        select new InspectionSubject(kind, name, gss, la);

    /// <summary>Cuts a name to the 200 UTF-16 code units a subject name may have, without splitting a surrogate pair.</summary>
    private static string FitName(string name)
    {
        if (name.Length <= InspectionSubject.MaxNameLength)
        {
            return name;
        }

        int length = char.IsHighSurrogate(name[InspectionSubject.MaxNameLength - 1]) ? InspectionSubject.MaxNameLength - 1 : InspectionSubject.MaxNameLength;
        string cut = name[..length];
        return string.IsNullOrWhiteSpace(cut) ? "x" + cut[1..] : cut;
    }

    private static Gen<string> VisitGen(InspectionFramework? framework) =>
        framework is null
            ? AnyId
            : Gen.Frequency((9, Gen.Elements(framework.VisitTypes.Select(v => v.Id).ToArray())), (1, AnyId));

    private static Gen<JudgementGrades> JudgementsGen(InspectionFramework? framework, string visitId)
    {
        string[] known = ["overall-effectiveness", "impact-of-leaders"];
        if (framework is not null)
        {
            known = framework.TryGetVisitType(visitId, out var visit) && visit.IsGraded
                ? visit.Judgements.ToArray()
                : framework.Judgements.Select(j => j.Id).ToArray();
        }

        var grades = framework?.Scale.Grades.Select(g => g.Id).ToArray() ?? ["good", "inadequate"];
        var grade = Gen.Frequency((40, Gen.Elements(grades)), (1, AnyId));
        var pairs =
            from all in Gen.Frequency((3, Gen.Constant(known)), (2, Gen.SubListOf(known).Select(l => l.ToArray())))
            from extra in Gen.Frequency((6, Gen.Constant(Array.Empty<string>())), (1, Gen.ArrayOf(AnyId, 2)))
            let ids = all.Concat(extra).Distinct(StringComparer.Ordinal).ToArray()
            from shuffled in Gen.Shuffle(ids)
            from gradeIds in Gen.ArrayOf(grade, shuffled.Length)
            select JudgementGrades.Create(shuffled.Select((id, i) => new JudgementGrade(id, gradeIds[i])));
        return Gen.Frequency((1, Gen.Constant(JudgementGrades.Empty)), (6, pairs));
    }

    private static Gen<Recommendation> RecommendationGen(InspectionFramework? framework)
    {
        bool hasTimescales = framework is null || !framework.Timescales.IsEmpty;
        var timescales = hasTimescales && framework is not null
            ? framework.Timescales.Select(t => t.Id).ToArray()
            : Timescales.All.Select(t => t.Id).ToArray();
        return from text in NonBlankText(20)
               from timescale in Gen.Frequency(
                   (2, Gen.Constant((string?)null)),
                   (hasTimescales ? 6 : 1, Gen.Elements(timescales).Select(t => (string?)t)),
                   (1, AnyId.Select(t => (string?)t)))
               select new Recommendation(text, timescale);
    }
}
