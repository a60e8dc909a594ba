using System.Text.Json;
using Inspections.Core.Authorities;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Cli.Tests.Cli;

/// <summary><c>inspections due --at DATE</c> over the shipped record and over documents given.</summary>
public sealed class DueCommandTests
{
    private static string Example(string file) => Path.Combine(RepositoryPaths.Docs, "examples", "valid", file);

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    [Fact]
    public void Due_at_31_March_2024_lists_every_authority_and_each_window_follows_the_rule_from_its_last_inspection()
    {
        var (exit, output, _) = CliRunner.Run("due", "--at", "2024-03-31", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var authorities = json.RootElement.GetProperty("authorities").EnumerateArray().ToList();
        var expected = LocalAuthorityRegister.Default.Authorities.Where(a => a.ExistsOn(new LocalDate(2024, 3, 31))).Select(a => a.Name).OrderBy(n => n, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(expected, authorities.Select(a => a.GetProperty("name").GetString()));
        int windows = 0;
        foreach (var a in authorities.Where(a => a.GetProperty("next").ValueKind == JsonValueKind.Object && a.GetProperty("next").GetProperty("windowOpens").ValueKind == JsonValueKind.String))
        {
            var last = a.GetProperty("last");
            var start = D(last.GetProperty("fieldworkStart").GetString()!);
            Assert.True(start <= new LocalDate(2024, 3, 31));
            var next = a.GetProperty("next");
            int moved = next.GetProperty("movedBy").EnumerateArray().Sum(m => m.GetProperty("days").GetInt32());
            Assert.Equal(start.PlusMonths(30).PlusDays(moved), D(next.GetProperty("windowOpens").GetString()!));
            Assert.Equal(start.PlusMonths(42).PlusDays(moved), D(next.GetProperty("windowCloses").GetString()!));
            Assert.Equal(moved == 0 ? 0 : 476, moved);
            string grade = last.GetProperty("judgements").GetProperty("overall-effectiveness").GetString()!;
            Assert.Equal(grade == "requires-improvement" ? "standard-inspection" : "short-inspection", next.GetProperty("visit").GetString());
            windows++;
        }

        Assert.True(windows > 100, $"{windows} windows");
        Assert.All(
            authorities.Where(a => a.GetProperty("status").GetString() == "monitoring"),
            a => Assert.Equal("inadequate", a.GetProperty("last").GetProperty("judgements").GetProperty("overall-effectiveness").GetString()));
    }

    [Fact]
    public void A_passed_window_is_said_to_have_passed_rather_than_given_a_new_date()
    {
        var (exit, output, _) = CliRunner.Run("due", "--at", "2024-03-31");

        Assert.Equal(0, exit);
        Assert.Contains("  Calderdale: The window closed on 2023-08-31, 213 days before 2024-03-31, with no graded inspection since: the rule gives no later date, and the record has Ofsted late against this rule ", output, StringComparison.Ordinal);
        Assert.Contains("  Calderdale: The window is moved by the suspension of routine inspection (2020-03-09 to 2021-06-28, 476 days); as stated it was 2021-05-12/2022-05-12.", output, StringComparison.Ordinal);
        Assert.Matches(@"\nCalderdale +2018-11-12 +ilacs-2018 +standard-inspection +Good +short-inspection +2022-08-31 +2023-08-31 +window-passed\n", output);
    }

    [Fact]
    public void A_date_inside_the_pause_is_reported_as_suspended()
    {
        var (exit, output, _) = CliRunner.Run("due", "--at", "2020-12-01", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var statuses = json.RootElement.GetProperty("authorities").EnumerateArray().Select(a => a.GetProperty("status").GetString()).Distinct().ToList();
        Assert.Contains("suspended", statuses);
        Assert.DoesNotContain("in-window", statuses);
        Assert.Contains("Routine inspection was suspended on 2020-12-01: the record has no fieldwork from 2020-03-09 to 2021-06-28.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_from_a_document_is_printed_escaped_and_a_formula_is_neutralised_in_csv()
    {
        using var folder = new TempFolder();
        string document = File.ReadAllText(Example("ilacs-2018-calderdale-2018.json"))
            .Replace("\"Calderdale\"", "\"=HYPERLINK(1)\\nforged: error\"", StringComparison.Ordinal)
            .Replace("\"gss\": \"E08000033\",\n", string.Empty, StringComparison.Ordinal)
            .Replace("\"la\": 381", "\"la\": 999", StringComparison.Ordinal);
        string file = folder.File("forged.json", document);

        var text = CliRunner.Run("due", "--at", "2019-03-31", file);
        var csv = CliRunner.Run("due", "--at", "2019-03-31", file, "--format", "csv");

        Assert.Contains("=HYPERLINK(1)\\nforged: error", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\nforged: error", text.Out, StringComparison.Ordinal);
        Assert.Contains("\r\n'=HYPERLINK(1)\\nforged: error,", csv.Out, StringComparison.Ordinal);
        Assert.StartsWith("name,gss,la,framework,last_framework,", csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("due", "--at", "2024-02-30");

        Assert.Equal(2, exit);
        Assert.Equal("inspections: --at '2024-02-30' is not a date of the form yyyy-mm-dd.", error.Trim());
    }

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2026-12-03")]
    public void History_shows_the_window_after_the_last_graded_inspection_as_due_gives_it_today(string day)
    {
        var today = D(day);
        var (exit, output, _) = CliRunner.RunOn(today, "history", "Calderdale");
        var (dueExit, due, _) = CliRunner.Run("due", "--at", LocalDatePattern.Iso.Format(today), "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(0, dueExit);
        using var json = JsonDocument.Parse(due);
        var calderdale = json.RootElement.GetProperty("authorities").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "Calderdale");
        var next = calderdale.GetProperty("next");
        string line = Assert.Single(output.Split('\n'), l => l.StartsWith("Next inspection (as of ", StringComparison.Ordinal));
        Assert.StartsWith($"Next inspection (as of {LocalDatePattern.Iso.Format(today)}, under ", line, StringComparison.Ordinal);
        Assert.Contains($"a {next.GetProperty("visit").GetString()}, window {next.GetProperty("windowOpens").GetString()} to {next.GetProperty("windowCloses").GetString()}, {calderdale.GetProperty("status").GetString()} (rule '", line, StringComparison.Ordinal);
    }
}
