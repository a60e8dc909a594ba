using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Inspections.Core;
using Inspections.Core.Serialization;
using NodaTime;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Issue 26, for <c>history</c>: what it writes to standard error is escaped as <c>validate</c> escapes it (item 2),
/// a valid document dated 9999-12-01 draws (item 3), and the help shows PATH as optional (item 6).
/// </summary>
public sealed partial class HistoryOutputSafetyTests
{
    [GeneratedRegex(@"[\p{Cc}\p{Cf}\u2028\u2029]")]
    private static partial Regex NonPrinting();

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    private static void AssertPrintable(string error) =>
        Assert.DoesNotMatch(NonPrinting(), error.Replace("\n", string.Empty, StringComparison.Ordinal));

    private static string Calderdale(string framework) =>
        Documents.Json(Documents.Calderdale2015).Replace("\"sif-2013\"", JsonSerializer.Serialize(framework), StringComparison.Ordinal);

    [Fact]
    public void An_invalid_documents_diagnostic_cannot_forge_a_line_or_reach_the_terminal()
    {
        using var folder = new TempFolder();
        folder.File("a.json", Calderdale("sif-2013\nforged.json:1: error INS999: \u001b[2J"));

        var (exit, _, error) = CliRunner.Run("history", "Calderdale", folder.Path);

        Assert.Equal(1, exit);
        Assert.DoesNotContain(Lines(error), l => l.StartsWith("forged.json", StringComparison.Ordinal));
        Assert.Contains(@"sif-2013\nforged.json:1: error INS999: \u001B[2J", error, StringComparison.Ordinal);
        AssertPrintable(error);
    }

    [Fact]
    public void A_file_name_with_a_line_break_or_escape_is_printed_escaped()
    {
        using var folder = new TempFolder();
        folder.File("x\nforged.json:1: error INS001: \u001b[2J.json", "{}");

        var (exit, _, error) = CliRunner.Run("history", "Calderdale", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains(@"x\nforged.json:1: error INS001: \u001B[2J.json:1: error", error, StringComparison.Ordinal);
        Assert.Contains(@"x\nforged.json:1: error INS001: \u001B[2J.json: not a valid inspection document", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(error), l => l.StartsWith("forged.json", StringComparison.Ordinal));
        AssertPrintable(error);
    }

    [Fact]
    public void A_missing_path_is_named_escaped()
    {
        var (exit, _, error) = CliRunner.Run("history", "Calderdale", "/no/such\n\u001b[2J.json");

        Assert.Equal(2, exit);
        Assert.Equal(@"inspections: /no/such\n\u001B[2J.json: no such file or folder.", Assert.Single(Lines(error)));
    }

    [Theory]
    [InlineData("Calder\u001b[2Jdale")]
    [InlineData("Calderdale\ninspections: forged")]
    public void The_subject_argument_is_escaped_in_the_unknown_subject_error(string subject)
    {
        var (exit, output, error) = CliRunner.Run("history", subject);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        string line = Assert.Single(Lines(error));
        Assert.StartsWith("inspections: no local authority is named or numbered '", line, StringComparison.Ordinal);
        Assert.Contains(subject.Replace("\u001b", @"\u001B", StringComparison.Ordinal).Replace("\n", @"\n", StringComparison.Ordinal), line, StringComparison.Ordinal);
        AssertPrintable(error);
    }

    [Theory]
    [InlineData("svg")]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("csv")]
    public void A_valid_document_dated_9999_12_01_is_drawn_and_printed(string format)
    {
        using var folder = new TempFolder();
        var inspection = new Inspection(
            "ilacs-2026", "standard-inspection", new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale", "E08000033"),
            new Fieldwork(new LocalDate(9999, 12, 1), new LocalDate(9999, 12, 12)),
            JudgementGrades.Create(("impact-of-leaders", "good"), ("children-who-need-help-and-protection", "good"), ("children-in-care", "good"), ("care-leavers", "good")))
        {
            Published = new LocalDate(9999, 12, 31),
        };
        string file = folder.File("late.json", InspectionJson.Write(inspection));
        Assert.True(InspectionJson.Read(File.ReadAllText(file)).IsValid, "the document must be valid for the reproduction");

        var (exit, output, error) = CliRunner.Run("history", "Calderdale", file, "--format", format);

        Assert.True(exit == 0, error);
        Assert.DoesNotContain("internal error", error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("9999", output, StringComparison.Ordinal);
        if (format == "svg")
        {
            Assert.NotNull(XDocument.Parse(output).Root);
        }
    }

    [Fact]
    public void An_inspection_dated_after_today_is_said_to_be_still_to_come_not_a_negative_time_since()
    {
        // Issue 26 item 6: "negative 'time since' for a future inspection".
        using var folder = new TempFolder();
        var inspection = new Inspection(
            "ilacs-2026", "standard-inspection", new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale", "E08000033"),
            new Fieldwork(new LocalDate(9999, 12, 1), new LocalDate(9999, 12, 12)),
            JudgementGrades.Create(("impact-of-leaders", "good"), ("children-who-need-help-and-protection", "good"), ("children-in-care", "good"), ("care-leavers", "good")));
        string file = folder.File("late.json", InspectionJson.Write(inspection));

        var (exit, output, error) = CliRunner.Run("history", "Calderdale", file);

        Assert.True(exit == 0, error);
        string last = Assert.Single(Lines(output), l => l.StartsWith("Last graded inspection:", StringComparison.Ordinal));
        Assert.StartsWith("Last graded inspection: 9999-12-01 (ilacs-2026), ", last, StringComparison.Ordinal);
        Assert.EndsWith(" (a date still to come).", last, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"-\d+ (year|month|day)", last);
    }

    [Fact]
    public void The_help_shows_PATH_as_optional()
    {
        var own = CliRunner.Run("history", "--help");
        var root = CliRunner.Run("--help");

        Assert.Equal(0, own.Exit);
        Assert.Contains("history <SUBJECT> [<PATH>...] [options]", own.Out, StringComparison.Ordinal);
        Assert.Equal(0, root.Exit);
        Assert.Contains("  history <SUBJECT> [<PATH>...]  ", root.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("history <SUBJECT> <PATH>", root.Out, StringComparison.Ordinal);
    }
}
