using System.Buffers;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Inspections.Cli.Output;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// The tool's JSON is readable (an apostrophe is itself, not <c>\u0027</c>) and still safe to embed: no raw control
/// character, no line or paragraph separator, no bidirectional control, no markup character; and it reads back as
/// exactly the text written.
/// </summary>
public sealed class JsonOutputTextTests
{
    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property Any_text_is_written_readable_safe_to_embed_and_reads_back_the_same() =>
        Prop.ForAll(Text().ToArbitrary(), text =>
        {
            string json = Written(text);
            return (JsonSerializer.Deserialize<string>(json) == text).Label("reads back the same")
                .And(json.All(IsSafe)).Label($"only safe characters: {json}")
                .And(json.Count(c => c == '\'') == text.Count(c => c == '\'')).Label("apostrophes as themselves")
                .And(!json.Contains("\\u0027", StringComparison.Ordinal)).Label("no \\u0027");
        });

    [Theory]
    [InlineData("Bob's <script>alert(1)</script> & co", "\"Bob's \\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\u0026 co\"")]
    [InlineData("a\u001b[31mred\u0007\u007f\u0085", "\"a\\u001B[31mred\\u0007\\u007F\\u0085\"")]
    [InlineData("line\u2028para\u2029", "\"line\\u2028para\\u2029\"")]
    [InlineData("\u202Eevil", "\"\\u202Eevil\"")]
    [InlineData("tag\U000E0041", "\"tag\\uDB40\\uDC41\"")]
    [InlineData("Ofsted’s “good” – café", "\"Ofsted’s “good” – café\"")]
    public void Known_texts_are_written_so(string text, string expected) =>
        Assert.Equal(expected, Written(text));

    [Fact]
    public void Validate_json_writes_a_message_s_apostrophes_as_themselves()
    {
        using var folder = new TempFolder();
        var inspection = Documents.Calderdale2015 with { Subject = Documents.Calderdale2015.Subject with { Name = "O'Brien <b>&" } };
        string path = folder.File("x.json", Documents.Json(inspection with { VisitTypeId = "no-such-visit" }));

        var (exit, output, _) = CliRunner.Run("validate", "--format", "json", path);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("\\u0027", output, StringComparison.Ordinal);
        Assert.Contains("'no-such-visit'", output, StringComparison.Ordinal);
        Assert.All(output, c => Assert.True(IsSafe(c) || c == '\n', $"U+{(int)c:X4} written raw"));
        using var _ = JsonDocument.Parse(output);
    }

    [Fact]
    public void Compare_json_writes_a_reason_s_apostrophes_as_themselves()
    {
        using var folder = new TempFolder();
        string before = folder.File("calderdale-2010.json", Documents.Json(Documents.Calderdale2010));
        string after = folder.File("calderdale-2015.json", Documents.Json(Documents.Calderdale2015));

        var (exit, output, _) = CliRunner.Run("compare", "--format", "json", before, after);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("\\u0027", output, StringComparison.Ordinal);
        Assert.Contains("\"reason\": \"'", output, StringComparison.Ordinal);
    }

    private static string Written(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CliJsonContext.WriterOptions))
        {
            writer.WriteStringValue(text);
        }

        string viaWriter = Encoding.UTF8.GetString(buffer.WrittenSpan);
        Assert.Equal(viaWriter, JsonSerializer.Serialize(text, CliJsonContext.Options.GetTypeInfo(typeof(string))));
        return viaWriter;
    }

    private static bool IsSafe(char c) =>
        c >= 0x20 && c is not ((>= '\u007f' and <= '\u009f') or '<' or '>' or '&' or '\u2028' or '\u2029')
        && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format;

    /// <summary>Text of valid UTF-16 (a writer refuses an unpaired surrogate), often with the characters that matter here.</summary>
    private static Gen<string> Text()
    {
        var interesting = Gen.Elements('\'', '"', '\\', '<', '>', '&', '/', '\u001b', '\u0000', '\n', '\u007f', '\u0085', '\u2028', '\u2029', '\u202e', '\u2067', 'é', '’', '–', '\u00a0', '\ufeff');
        var any = Gen.Choose(0, 0xFFFF).Select(i => (char)i).Where(c => !char.IsSurrogate(c));
        var chars = Gen.Frequency((3, interesting), (2, any), (3, Gen.Choose(0x20, 0x7e).Select(i => (char)i)));
        return Gen.Frequency(
            (5, chars.ArrayOf().Select(a => new string(a))),
            (1, Gen.Constant("😀 and 𝄞")));
    }
}
