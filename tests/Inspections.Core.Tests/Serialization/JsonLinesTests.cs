using System.Text;
using Inspections.Core.Serialization;

namespace Inspections.Core.Tests.Serialization;

public sealed class JsonLinesTests
{
    private static readonly string s_good = OneLine(ReadingRuleTests.Calderdale);

    [Fact]
    public void A_bad_line_among_good_ones_does_not_stop_them_and_every_result_names_its_line()
    {
        string invalid = s_good.Replace("\"adoption-performance\":\"inadequate\"", "\"adoption-performance\":\"satisfactory\"", StringComparison.Ordinal);
        string jsonl = string.Join('\n', s_good, string.Empty, "{\"schema\": ", invalid, "   ", s_good) + "\n";

        var results = ReadAll(jsonl);

        Assert.Equal([1, 3, 4, 6], results.Select(r => r.LineNumber!.Value));
        Assert.Equal([true, false, false, true], results.Select(r => r.IsValid));
        Assert.Null(results[1].Inspection);
        Assert.Equal(("INS001", 3), (results[1].Diagnostics.Single().Code, results[1].Diagnostics.Single().Line!.Value));
        Assert.NotNull(results[2].Inspection);
        var grade = results[2].Diagnostics.Single();
        Assert.Equal(("INS013", "$.judgements.adoption-performance", 4), (grade.Code, grade.Path, grade.Line!.Value));
        Assert.Equal(invalid.IndexOf("\"satisfactory\"", StringComparison.Ordinal), grade.BytePositionInLine);
    }

    [Fact]
    public void Reading_diagnostics_give_the_file_line_and_the_byte_position_in_it()
    {
        string unknown = "{\"schema\":\"inspections/v1\",\"inspector\":1}";

        var results = ReadAll(s_good + "\n" + unknown + "\n");

        var diagnostic = results[1].Diagnostics[0];
        Assert.Equal(("INS001", "$.inspector", 2, 27L), (diagnostic.Code, diagnostic.Path, diagnostic.Line!.Value, diagnostic.BytePositionInLine!.Value));
        Assert.DoesNotContain("line", diagnostic.Message, StringComparison.Ordinal);
        Assert.All(results[1].Diagnostics, d => Assert.Equal(2, d.Line));
    }

    [Fact]
    public void Windows_line_ends_a_byte_order_mark_and_a_last_line_without_a_newline_are_read()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(s_good + "\r\n\r\n" + s_good)];

        var results = InspectionJson.ReadLines(new MemoryStream(bytes)).ToList();
        JsonLinesAsyncTests.AssertSame(results, JsonLinesAsyncTests.ReadAsync(new MemoryStream(bytes)));

        Assert.Equal([1, 3], results.Select(r => r.LineNumber!.Value));
        Assert.All(results, r => Assert.True(r.IsValid, string.Join("; ", r.Diagnostics)));
    }

    [Fact]
    public void Positions_on_the_first_line_count_the_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "[]\n"u8];

        var result = Assert.Single(InspectionJson.ReadLines(new MemoryStream(bytes)));

        Assert.Equal((1, 3L), (result.Diagnostics[0].Line!.Value, result.Diagnostics[0].BytePositionInLine!.Value));
    }

    [Fact]
    public void A_line_over_1_MiB_is_INS001_and_the_next_line_is_still_read()
    {
        string huge = s_good.Replace("\"source\"", "\"notes\":\"" + new string('x', InspectionJson.MaxDocumentBytes) + "\",\"source\"", StringComparison.Ordinal);

        var results = ReadAll(huge + "\n" + s_good + "\n");

        Assert.Equal([1, 2], results.Select(r => r.LineNumber!.Value));
        var tooLarge = Assert.Single(results[0].Diagnostics);
        Assert.Equal(("INS001", "$", 1), (tooLarge.Code, tooLarge.Path, tooLarge.Line!.Value));
        Assert.Contains("at most 1 MiB", tooLarge.Message, StringComparison.Ordinal);
        Assert.True(results[1].IsValid);
    }

    [Fact]
    public void An_indented_document_is_not_one_line_and_so_not_a_jsonl_document()
    {
        var results = ReadAll(ReadingRuleTests.Calderdale);

        Assert.Equal(31, results.Count);
        Assert.All(results, r => Assert.False(r.IsValid));
        Assert.All(results, r => Assert.All(r.Diagnostics, d => Assert.Equal(r.LineNumber, d.Line)));
    }

    [Fact]
    public void An_empty_stream_has_no_documents()
    {
        Assert.Empty(ReadAll(string.Empty));
        Assert.Empty(ReadAll("\n\n  \n"));
    }

    [Fact]
    public void A_null_stream_is_refused_at_once()
    {
        Assert.Throws<ArgumentNullException>(() => InspectionJson.ReadLines(null!));
        Assert.Throws<ArgumentNullException>(() => InspectionJson.ReadLinesAsync(null!));
    }

    /// <summary>
    /// Reads with ReadLines, and checks that ReadLinesAsync (over a stream giving a few bytes at a time) reads the same:
    /// every test of this class holds for both.
    /// </summary>
    private static List<InspectionReadResult> ReadAll(string jsonl)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(jsonl);
        var results = InspectionJson.ReadLines(new MemoryStream(bytes)).ToList();
        JsonLinesAsyncTests.AssertSame(results, JsonLinesAsyncTests.ReadAsync(new JsonLinesAsyncTests.Trickle(bytes, 7)));
        return results;
    }

    private static string OneLine(string json) => InspectionJson.Write(InspectionJson.Parse(json), indented: false);
}
