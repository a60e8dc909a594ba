using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Hostile;

/// <summary>
/// Laws of reading hostile input: for any bytes, and for any damage to a valid document, Read returns an inspection
/// or INS001–INS003 diagnostics and never throws; Parse throws only InspectionFormatException, with Read's first
/// diagnostic; ReadLines reads every line as that line alone reads.
/// </summary>
public sealed class ReadingPropertyTests
{
    private static readonly string[] s_readingCodes = [DiagnosticCodes.MalformedDocument, DiagnosticCodes.MissingProperty, DiagnosticCodes.InvalidValue];

    private static Config Many => Config.QuickThrowOnFailure.WithMaxTest(1_000);

    /// <summary>The law for one input; true when it holds (an exception from Read fails the property too).</summary>
    internal static bool ReadsOrRefusesWithReadingDiagnostics(byte[] bytes)
    {
        var result = InspectionJson.Read(bytes);
        bool shape = result.Diagnostics.Count <= InspectionJson.MaxDiagnostics + 1
            && result.Diagnostics.All(d => d.Line >= 1 && d.BytePositionInLine >= 0 && d.Path.StartsWith('$'))
            && (result.Inspection is not null
                ? result.Diagnostics.All(d => !s_readingCodes.Contains(d.Code))
                : !result.Diagnostics.IsEmpty && result.Diagnostics.All(d => s_readingCodes.Contains(d.Code)) && !result.IsValid);

        try
        {
            var parsed = InspectionJson.Parse(bytes);
            return shape && parsed.Equals(result.Inspection);
        }
        catch (InspectionFormatException e)
        {
            return shape && result.Inspection is null && e.Diagnostic.Equals(result.Diagnostics[0]);
        }
    }

    [Fact]
    public void Any_bytes_are_read_or_refused_with_reading_diagnostics()
    {
        Check.One(Many, Prop.ForAll(Damage.AnyBytes.ToArbitrary(), ReadsOrRefusesWithReadingDiagnostics));
    }

    [Fact]
    public void Any_damage_to_a_valid_document_is_read_or_refused_with_reading_diagnostics()
    {
        Check.One(Many, Prop.ForAll(Damage.DamagedDocument.ToArbitrary(), ReadsOrRefusesWithReadingDiagnostics));
    }

    [Fact]
    public void Damaged_text_is_read_as_its_bytes_are()
    {
        var text = Damage.DamagedDocument
            .Where(b => System.Text.Unicode.Utf8.IsValid(b))
            .Where(b => !(b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(text.ToArbitrary(), bytes =>
            InspectionJson.Read(System.Text.Encoding.UTF8.GetString(bytes)).Diagnostics.SequenceEqual(InspectionJson.Read(bytes).Diagnostics)));
    }

    [Fact]
    public void Any_bytes_as_a_jsonl_stream_give_a_result_per_non_blank_line_and_never_throw()
    {
        Check.One(Many, Prop.ForAll(Damage.AnyBytes.ToArbitrary(), bytes =>
        {
            var results = InspectionJson.ReadLines(new MemoryStream(bytes)).ToList();
            int nonBlank = Lines(bytes).Count(l => l.AsSpan().IndexOfAnyExcept(" \t\r"u8) >= 0);
            return results.Count == nonBlank
                && results.All(r => r.Inspection is not null || r.Diagnostics.All(d => s_readingCodes.Contains(d.Code)))
                && results.Select(r => r.LineNumber!.Value).SequenceEqual(results.Select(r => r.LineNumber!.Value).Order());
        }));
    }

    [Fact]
    public void A_damaged_line_of_a_jsonl_file_loses_none_of_the_good_lines()
    {
        var files =
            from good in Gen.SubListOf(Damage.ValidLines).Where(l => l.Count > 0)
            from badAt in Gen.Choose(0, good.Count)
            from bad in Damage.ValidLines.Length == 0 ? Gen.Constant(Array.Empty<byte>()) : Gen.Elements(Damage.ValidLines).SelectMany(l => Gen.ListOf(Damage.OneDamage, 2).Select(d => Damage.Apply(l, d)))
            select (Good: good.ToList(), BadAt: badAt, Bad: bad.Where(b => b != (byte)'\n').ToArray());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(files.ToArbitrary(), file =>
        {
            var lines = new List<byte[]>(file.Good);
            lines.Insert(file.BadAt, file.Bad);
            byte[] jsonl = lines.SelectMany(l => l.Append((byte)'\n')).ToArray();

            var results = InspectionJson.ReadLines(new MemoryStream(jsonl)).ToDictionary(r => r.LineNumber!.Value);

            // Every good line is read, on its own line number, to the inspection it is alone.
            return Enumerable.Range(0, lines.Count).Where(i => i != file.BadAt).All(i =>
                results.TryGetValue(i + 1, out var result) && result.Inspection is not null
                && result.Inspection.Equals(InspectionJson.Parse(lines[i])));
        }));
    }

    private static List<byte[]> Lines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add(bytes[start..]);
        }

        // A byte order mark at the very start is not part of the first line.
        if (lines.Count > 0 && lines[0].AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            lines[0] = lines[0][3..];
        }

        return lines;
    }
}
