using System.Text;
using Inspections.Core.Serialization;

namespace Inspections.Core.Tests.Serialization;

/// <summary>
/// <c>InspectionJson.Read("docs/examples/valid/x.json")</c> compiles (there is a <c>Read(string json)</c>), so a path
/// given where JSON is expected must say so: still INS001, a reading problem, but naming the mistake and the fix.
/// </summary>
public sealed class PathGivenForJsonTests
{
    private const string Hint = "which looks like a file name, not a document. Read and Parse take the JSON itself; to read a file, pass its bytes (File.ReadAllBytes(path)) or a stream (File.OpenRead(path)).";

    [Theory]
    [InlineData("docs/examples/valid/sif-2013-calderdale-2015.json")]
    [InlineData("sif-2013-calderdale-2015.json")]
    [InlineData("C:\\Users\\me\\My Documents\\inspection.JSON")]
    [InlineData("~/inspections/all.jsonl")]
    [InlineData("/tmp/inspection")]
    [InlineData("  docs/x.json\n")]
    public void A_file_name_read_as_JSON_is_INS001_saying_it_looks_like_a_file_name(string path)
    {
        var result = InspectionJson.Read(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("INS001", "$", 1), (diagnostic.Code, diagnostic.Path, diagnostic.Line));
        Assert.Equal($"Not valid JSON: the text is '{path.Trim()}', {Hint}", diagnostic.Message);
        Assert.Null(result.Inspection);
        Assert.False(InspectionJson.TryParse(path, out _, out var problems));
        Assert.Equal(diagnostic.Message, Assert.Single(problems).Message);
    }

    [Fact]
    public void The_hint_is_given_for_the_bytes_of_a_file_name_too()
    {
        var result = InspectionJson.Read(Encoding.UTF8.GetBytes("docs/x.json"));

        Assert.EndsWith(Hint, Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"schema\": \"docs/x.json\"}")]
    [InlineData("\"docs/x.json\"")]
    [InlineData("[\"a/b.json\"]")]
    [InlineData("{/x.json")]
    [InlineData("a/b\nc/d.json")]
    public void Text_that_is_not_a_bare_file_name_gets_the_JSON_reader_s_own_words(string text)
    {
        var result = InspectionJson.Read(text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("looks like a file name", StringComparison.Ordinal));
    }

    [Fact]
    public void A_very_long_file_name_is_quoted_shortened()
    {
        string path = "docs/" + new string('a', 500) + ".json";

        var diagnostic = Assert.Single(InspectionJson.Read(path).Diagnostics);

        Assert.StartsWith("Not valid JSON: the text is 'docs/aaa", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("…', which looks like a file name", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Message.Length < 500);
    }
}
