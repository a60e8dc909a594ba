using System.Text.Json;
using System.Text.RegularExpressions;
using Inspections.Cli.Tests.Hostile;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Issue 19, items 4, 7 and 9: text output keeps one line per diagnostic whatever a document, file name, CSV field
/// or argument holds; validating a .jsonl streams; --at 0000-01-01 is a usage error.
/// </summary>
[Collection(MemoryMeasurement.Name)]
public sealed partial class OutputSafetyTests
{
    private const string Forged = "sif-2013\nforged.json:1: error INS999: the document wrote this line";

    [GeneratedRegex(@"^.+:\d+: (error|warning) INS\d{3}: .+$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"[\p{Cc}\p{Cf}\u2028\u2029]")]
    private static partial Regex NonPrinting();

    private static string Document(string framework) =>
        Documents.Json(Documents.Calderdale2015).Replace("\"sif-2013\"", JsonSerializer.Serialize(framework), StringComparison.Ordinal);

    private static string[] Lines(string output) => output.TrimEnd('\n').Split('\n');

    [Fact]
    public void A_value_holding_a_line_break_cannot_forge_a_diagnostic_line()
    {
        using var folder = new TempFolder();
        string file = folder.File("a.json", Document(Forged));

        var (exit, output, _) = CliRunner.Run("validate", file);

        Assert.Equal(1, exit);
        var lines = Lines(output);
        Assert.All(lines[..^1], l => Assert.Matches(DiagnosticLine(), l));
        Assert.DoesNotContain(lines, l => l.StartsWith("forged.json", StringComparison.Ordinal));
        Assert.Contains(@"sif-2013\nforged.json:1: error INS999", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u001b[2J", @"\u001B[2J")]
    [InlineData("a\u2028b", @"a\u2028b")]
    [InlineData("a\u202Eb", @"a\u202Eb")]
    [InlineData("a\rb", @"a\rb")]
    [InlineData("a\u0085b", @"a\u0085b")]
    [InlineData("back\\slash", @"back\\slash")]
    public void Control_and_other_non_printing_characters_in_a_value_are_shown_escaped(string value, string shown)
    {
        using var folder = new TempFolder();
        string file = folder.File("a.json", Document(value));

        var (_, output, _) = CliRunner.Run("validate", file);

        Assert.Contains(shown, output, StringComparison.Ordinal);
        Assert.DoesNotMatch(NonPrinting(), output.Replace("\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_name_with_a_line_break_or_escape_is_printed_escaped_on_one_line()
    {
        using var folder = new TempFolder();
        folder.File("x\nforged.json:1: error INS001: \u001b[2J.json", "{}");

        var (exit, output, _) = CliRunner.Run("validate", folder.Path);

        Assert.Equal(1, exit);
        Assert.All(Lines(output)[..^1], l => Assert.Matches(DiagnosticLine(), l));
        Assert.Contains(@"x\nforged.json:1: error INS001: \u001B[2J.json:1: error", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_quoted_in_an_error_is_escaped()
    {
        var (exit, _, error) = CliRunner.Run("describe", "sif\n2013\u001b[2J");

        Assert.Equal(2, exit);
        Assert.Contains(@"'sif\n2013\u001B[2J'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_field_quoted_in_an_import_issue_is_escaped()
    {
        using var folder = new TempFolder();
        string csv = folder.File(
            "history.csv",
            IlacsCsvSamples.Header + "\n" + IlacsCsvSamples.Calderdale2018.Replace("standard", "\"stand\nhistory.csv:9:1: skipped IMP999: \u001b[2J\"", StringComparison.Ordinal) + "\n");

        var (exit, _, error) = CliRunner.Run("import", "ilacs-csv", csv);

        Assert.Equal(0, exit);
        var lines = Lines(error);
        // The issue, the import's summary, and what validate will say of the documents (none: the row was skipped).
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"history\.csv:2:6: skipped IMP030: '.*\\n.*\\u001B\[2J' is neither", lines[0]);
        Assert.StartsWith("Documents on standard output: 0, 0 valid, 0 invalid, 0 warnings", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("-0001-01-01")]
    [InlineData("2020-1-1")]
    public void Frameworks_at_a_date_outside_the_documents_form_is_a_usage_error(string at)
    {
        var (exit, output, error) = CliRunner.Run("frameworks", "--at", at);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"--at '{at}'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Validating_a_long_jsonl_file_keeps_no_diagnostic(string format)
    {
        // 300,000 lines of "{}", each several INS002 diagnostics: kept, they would take well over 100 MB.
        using var folder = new TempFolder();
        string jsonl = Path.Combine(folder.Path, "bad.jsonl");
        using (var writer = new StreamWriter(jsonl))
        {
            for (int i = 0; i < 300_000; i++)
            {
                writer.Write("{}\n");
            }
        }

        long before = GC.GetTotalMemory(forceFullCollection: true);
        using var output = new PeakMemoryWriter(everyChars: 8_000_000);
        using var error = new StringWriter();
        int exit = InspectionsCommand.Run(["validate", jsonl, "--format", format], output, error);

        Assert.Equal(1, exit);
        Assert.True(output.Writes > 300_000 || format == "json", "every diagnostic is written");
        Assert.True(output.Measurements >= 3, $"measured {output.Measurements} times");
        Assert.True(output.PeakBytes - before < 48L << 20, $"{(output.PeakBytes - before) >> 20} MB retained while validating");
        Assert.Contains(format == "json" ? "\"invalid\": 1" : "1 files, 0 valid, 1 invalid", output.Tail, StringComparison.Ordinal);
    }

    /// <summary>Discards what is written, measuring the memory still in use (after a full collection) every so many characters.</summary>
    private sealed class PeakMemoryWriter(long everyChars) : TextWriter
    {
        private readonly System.Text.StringBuilder _tail = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public long PeakBytes { get; private set; }

        public long Writes { get; private set; }

        public long Measurements { get; private set; }

        private long _chars;

        public string Tail => _tail.ToString();

        public override void Write(char value) => Record(value.ToString());

        public override void Write(string? value) => Record(value ?? string.Empty);

        public override void WriteLine(string? value) => Record((value ?? string.Empty) + "\n");

        private void Record(string text)
        {
            Writes++;
            _tail.Append(text);
            if (_tail.Length > 4096)
            {
                _tail.Remove(0, _tail.Length - 2048);
            }

            long before = _chars;
            _chars += text.Length;
            if (before / everyChars != _chars / everyChars)
            {
                Measurements++;
                PeakBytes = Math.Max(PeakBytes, GC.GetTotalMemory(forceFullCollection: true));
            }
        }
    }
}
