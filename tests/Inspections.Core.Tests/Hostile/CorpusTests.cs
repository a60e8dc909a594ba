using System.Text.Json;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Hostile;

/// <summary>
/// The corpus of bad inputs (Hostile/corpus) against its manifest (corpus/expected.json): each file gives exactly
/// the diagnostics listed, with code, JSON path, line and byte position, and never an exception.
/// </summary>
public sealed class CorpusTests
{
    internal static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Inspections.Core.Tests", "Hostile", "corpus");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string file in FileNames())
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void Every_corpus_file_has_an_expectation_and_every_expectation_a_file()
    {
        var expected = Manifest().Select(p => p.Name).Order(StringComparer.Ordinal);
        var files = FileNames();

        Assert.Equal(expected, files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_bad_input_gives_exactly_its_expected_diagnostics(string file)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        var expectation = Manifest().Single(p => p.Name == file).Value;

        if (file.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            using var stream = new MemoryStream(bytes);
            var results = InspectionJson.ReadLines(stream).ToList();
            var lines = expectation.GetProperty("lines").EnumerateArray().ToList();
            Assert.Equal(lines.Select(l => l.GetProperty("line").GetInt32()), results.Select(r => r.LineNumber!.Value));
            for (int i = 0; i < lines.Count; i++)
            {
                AssertResult(lines[i], results[i]);
            }
        }
        else
        {
            AssertResult(expectation, InspectionJson.Read(bytes));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_agrees_with_Read_on_a_bad_input(string file)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        if (file.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            return; // Parse reads one document; the .jsonl files are read line by line above.
        }

        var read = InspectionJson.Read(bytes);

        if (read.Inspection is null)
        {
            var refused = Assert.Throws<InspectionFormatException>(() => InspectionJson.Parse(bytes));
            Assert.Equal(read.Diagnostics[0], refused.Diagnostic);
        }
        else
        {
            Assert.Equal(read.Inspection, InspectionJson.Parse(bytes));
        }
    }

    private static void AssertResult(JsonElement expected, InspectionReadResult actual)
    {
        Assert.Equal(expected.GetProperty("read").GetBoolean(), actual.Inspection is not null);
        var diagnostics = expected.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(
            diagnostics.Select(d => $"{d[0].GetString()} at {d[1].GetString()} ({d[2].GetInt32()}:{d[3].GetInt32()})"),
            actual.Diagnostics.Select(d => $"{d.Code} at {d.Path} ({d.Line}:{d.BytePositionInLine})"));
        for (int i = 0; i < diagnostics.Count; i++)
        {
            Assert.Contains(diagnostics[i][4].GetString()!, actual.Diagnostics[i].Message, StringComparison.Ordinal);
        }

        if (actual.Inspection is null)
        {
            Assert.All(actual.Diagnostics, d => Assert.Contains(d.Code, new[] { DiagnosticCodes.MalformedDocument, DiagnosticCodes.MissingProperty, DiagnosticCodes.InvalidValue }));
        }
    }

    private static List<string> FileNames() =>
        Directory.EnumerateFiles(Folder).Select(f => Path.GetFileName(f)).Where(f => f != "expected.json").Order(StringComparer.Ordinal).ToList();

    private static List<JsonProperty> Manifest()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "expected.json")));
        return document.RootElement.GetProperty("files").Clone().EnumerateObject().ToList();
    }
}
