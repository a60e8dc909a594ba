using System.Text.RegularExpressions;
using NodaTime;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// <c>inspections history</c> counts from the day its clock gives (<see cref="CliContext.Clock"/>): the time since the
/// last graded inspection, a date still to come, and the next inspection line all follow "today".
/// </summary>
public sealed class HistoryTodayTests
{
    // Calderdale's last graded inspection in the shipped record: ilacs-2023, short inspection, fieldwork from 19 February 2024.
    private static readonly LocalDate BeforeTheLast = new(2024, 1, 15);
    private static readonly LocalDate AfterTheLast = new(2026, 12, 3);

    private static string Line(string output, string prefix) =>
        Assert.Single(output.Split('\n'), l => l.StartsWith(prefix, StringComparison.Ordinal)).TrimEnd('\r');

    [Fact]
    public void A_last_graded_inspection_after_today_is_a_date_still_to_come()
    {
        var (exit, output, error) = CliRunner.RunOn(BeforeTheLast, "history", "Calderdale");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "Last graded inspection: 2024-02-19 (ilacs-2023), 1 month and 4 days after 2024-01-15 (a date still to come).",
            Line(output, "Last graded inspection:"));
    }

    [Fact]
    public void A_last_graded_inspection_before_today_is_counted_back_from_today()
    {
        var (exit, output, _) = CliRunner.RunOn(AfterTheLast, "history", "Calderdale");

        Assert.Equal(0, exit);
        Assert.Equal(
            "Last graded inspection: 2024-02-19 (ilacs-2023), 2 years, 9 months and 14 days before 2026-12-03.",
            Line(output, "Last graded inspection:"));
    }

    [Fact]
    public void The_next_inspection_line_is_as_of_today_and_its_window_moves_with_it()
    {
        var (_, before, _) = CliRunner.RunOn(BeforeTheLast, "history", "Calderdale");
        var (_, after, _) = CliRunner.RunOn(AfterTheLast, "history", "Calderdale");

        string early = Line(before, "Next inspection");
        string late = Line(after, "Next inspection");
        Assert.StartsWith("Next inspection (as of 2024-01-15, under ilacs-2023): ", early, StringComparison.Ordinal);
        Assert.StartsWith("Next inspection (as of 2026-12-03, under ilacs-2026): ", late, StringComparison.Ordinal);

        // As of January 2024 the last graded inspection counted is the 2018 one; by December 2026 it is the 2024 one,
        // so the window is a later one.
        var window = new Regex(@"window (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var earlyWindow = window.Match(early);
        var lateWindow = window.Match(late);
        Assert.True(earlyWindow.Success, early);
        Assert.True(lateWindow.Success, late);
        Assert.True(string.CompareOrdinal(earlyWindow.Groups[1].Value, lateWindow.Groups[1].Value) < 0, $"{early}\n{late}");
        Assert.StartsWith("2027-", lateWindow.Groups[2].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_context_reads_the_system_clock()
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false, CliContext.DefaultPatience);

        Assert.Same(SystemClock.Instance, context.Clock);
    }
}
