using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.FsCheck;
using Inspections.Core;

namespace Inspections.Core.Tests.Serialization;

/// <summary>
/// Inspections for the serialization properties, built on the public generators of Inspections.Core.FsCheck
/// (valid inspections, inspections with one known defect, inspections of frameworks no catalog has), with text
/// laid over them that exercises JSON escaping and Unicode: quotes, backslashes, control characters, accents,
/// curly quotes, emoji, line separators.
/// </summary>
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
        from inspection in Gen.Frequency(
            (3, InspectionGenerators.ValidInspection()),
            (2, InspectionGenerators.InspectionWithOneDefect().Select(d => d.Inspection)),
            (1, from valid in InspectionGenerators.ValidInspection() from id in AnyId select valid with { FrameworkId = id }))
            .Where(OldShape.Holds) // widen when the reader reads theme/notJudged/partial fieldwork
        from name in Gen.Frequency((2, Gen.Constant(inspection.Subject.Name)), (1, NonBlankText(30).Select(FitName)))
        from notes in Gen.Frequency((2, Gen.Constant(inspection.Notes)), (1, Gen.Constant((string?)string.Empty)), (2, TextGen(60).Select(t => (string?)t)))
        from texts in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant((string?)null)), (1, NonBlankText(20).Select(t => (string?)t))), inspection.Recommendations.Length)
        from source in Gen.Frequency((2, Gen.Constant(inspection.Source)), (1, Gen.Elements(s_sources).Select(u => (Uri?)new Uri(u, UriKind.Absolute))))
        from theme in Gen.Frequency((2, Gen.Constant(inspection.Theme)), (1, NonBlankText(20).Select(FitName).Where(Core.Inspection.IsValidTheme).Select(t => (string?)t)))
        from notJudged in Gen.Frequency((2, Gen.Constant(inspection.NotJudgedIds)), (1, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Frequency((3, Gen.Constant("adoption-performance")), (1, AnyId)), n)).Select(a => a.ToImmutableArray())))
        from dates in Gen.Elements(0, 1, 2, 3)
        select inspection with
        {
            // The amendments of issue 15: a theme, judgements not judged (a duplicate now and then), fieldwork with its
            // end unknown, or no fieldwork and a publication date only.
            Theme = theme,
            NotJudgedIds = notJudged,
            Fieldwork = dates == 1 && inspection.Fieldwork is { } open ? new Fieldwork(open.Start) : dates == 2 && inspection.Published is not null ? null : inspection.Fieldwork,
            Subject = inspection.Subject with { Name = name },
            Notes = notes,
            Recommendations = inspection.Recommendations.Select((r, i) => texts[i] is { } text ? r with { Text = text } : r).ToImmutableArray(),
            Source = source,
        };

    /// <summary>Text of up to <paramref name="pieces"/> pieces, any of them (valid Unicode; may be blank).</summary>
    /// <param name="pieces">The most pieces.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> TextGen(int pieces) =>
        from count in Gen.Choose(0, pieces)
        from parts in Gen.ArrayOf(Gen.Elements(s_pieces), count)
        select string.Concat(parts);

    private static Gen<string> NonBlankText(int pieces) =>
        TextGen(pieces).Select(t => Text.IsBlank(t) ? "x" + t : t);

    private static Gen<string> AnyId { get; } =
        Gen.Frequency(
            (3, Gen.Elements("unknown-framework", "sif-2014", "focused-visit", "overall", "good", "weird id", "Requires Improvement", "x")),
            (1, NonBlankText(6)));

    /// <summary>Cuts a name to the 200 UTF-16 code units a subject name may have, without splitting a surrogate pair.</summary>
    private static string FitName(string name)
    {
        if (name.Length <= InspectionSubject.MaxNameLength)
        {
            return name;
        }

        int length = char.IsHighSurrogate(name[InspectionSubject.MaxNameLength - 1]) ? InspectionSubject.MaxNameLength - 1 : InspectionSubject.MaxNameLength;
        string cut = name[..length];
        return Text.IsBlank(cut) ? "x" + cut[1..] : cut;
    }
}
