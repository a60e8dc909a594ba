using System.Text;
using Inspections.Core.Serialization;

namespace Inspections.Core.Tests.Hostile;

/// <summary>Hostile inputs too large to commit, made here: a 10 MB string, a name of a million characters, deep nesting.</summary>
public sealed class GeneratedHostileInputTests
{
    private static readonly string s_calderdale = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "sif-2013-calderdale-2015.json"));

    private static string WithNotes(string notes) =>
        s_calderdale.Replace("\"notes\": \"", "\"notes\": \"" + notes, StringComparison.Ordinal);

    [Fact]
    public void A_10_MB_string_is_a_document_too_large_read_from_bytes_text_or_a_stream()
    {
        string json = WithNotes(new string('a', 10 * 1024 * 1024));
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        string expected = $"The document is {bytes.Length:N0} bytes; a document may be at most 1 MiB (1,048,576 bytes).";

        foreach (var result in new[] { InspectionJson.Read(bytes), InspectionJson.Read(json), InspectionJson.Read(new MemoryStream(bytes)) })
        {
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(("INS001", "$", 1, 0L), (diagnostic.Code, diagnostic.Path, diagnostic.Line!.Value, diagnostic.BytePositionInLine!.Value));
            Assert.Equal(expected, diagnostic.Message);
        }
    }

    [Fact]
    public void A_10_MB_line_in_a_jsonl_file_is_refused_and_the_lines_around_it_are_read()
    {
        string good = InspectionJson.Write(InspectionJson.Parse(s_calderdale), indented: false);
        // Written by hand: the writer refuses to write a document the reader would refuse.
        string huge = good.Replace("\"notes\":\"", "\"notes\":\"" + new string('a', 10 * 1024 * 1024), StringComparison.Ordinal);
        Assert.NotEqual(good.Length, huge.Length);

        var results = InspectionJson.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(good + "\n" + huge + "\n" + good + "\n"))).ToList();

        Assert.Equal([1, 2, 3], results.Select(r => r.LineNumber!.Value));
        Assert.True(results[0].IsValid);
        Assert.Null(results[1].Inspection);
        Assert.Equal(("INS001", 2), (Assert.Single(results[1].Diagnostics).Code, results[1].Diagnostics[0].Line!.Value));
        Assert.Contains($"{Encoding.UTF8.GetByteCount(huge):N0} bytes", results[1].Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.True(results[2].IsValid);
    }

    [Fact]
    public void A_string_of_a_million_characters_within_the_size_limit_is_refused_by_its_rule_with_a_short_message()
    {
        string json = s_calderdale.Replace("\"name\": \"Calderdale\"", "\"name\": \"" + new string('C', 1_000_000) + "\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(InspectionJson.Read(json).Diagnostics);

        Assert.Equal(("INS003", "$.subject.name"), (diagnostic.Code, diagnostic.Path));
        Assert.StartsWith("A subject name is at most 200 characters; this one has 1000000", diagnostic.Message, StringComparison.Ordinal);
        Assert.InRange(diagnostic.Message.Length, 1, 200);
    }

    [Theory]
    [InlineData("\"judgements\": {", "\"deep\": ", "{\"x\":")]
    [InlineData("\"recommendations\": [", "", "[")]
    [InlineData("\"subject\": {", "\"deep\": ", "{\"y\":")]
    public void Nesting_past_the_limit_anywhere_stops_reading_at_the_17th_level(string at, string name, string opener)
    {
        string json = s_calderdale.Replace(at, at + name + string.Concat(Enumerable.Repeat(opener, 100_000)) + "1", StringComparison.Ordinal);

        var result = InspectionJson.Read(json);

        Assert.Null(result.Inspection);
        Assert.Contains(result.Diagnostics, d => d.Code == "INS001" && d.Message.StartsWith("The document nests deeper than 16 levels", StringComparison.Ordinal));
        Assert.InRange(result.Diagnostics.Count, 1, 3);
    }
}
