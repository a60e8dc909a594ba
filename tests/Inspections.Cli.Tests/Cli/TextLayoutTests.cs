using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Inspections.Cli.Output;
using NodaTime;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Text output people read: columns stay aligned whatever the length of an id or a name; durations are words
/// ("2 weeks", not "P14D"); dates are ISO yyyy-MM-dd whatever the current culture and its calendar.
/// </summary>
public sealed partial class TextLayoutTests
{
    private static string Valid => Path.Combine(RepositoryPaths.Docs, "examples", "valid");

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    /// <summary>
    /// Law: each column starts at the same place on every line, after the end of the column before it on every line.
    /// Each column's cells are made of one letter of its own, so where a column starts can be found in each line.
    /// </summary>
    [Fact]
    public void Table_columns_start_at_the_same_place_on_every_line_and_never_overlap()
    {
        var rows = Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(1, 40), 3), n));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(rows.ToArbitrary(), lengths =>
        {
            var table = new TextTable("a", "b", "c");
            foreach (var row in lengths)
            {
                table.Add(new string('a', row[0]), new string('b', row[1]), new string('c', row[2]));
            }

            using var output = new StringWriter();
            table.WriteTo(output, "  ");
            string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
            int[] bStarts = [.. lines.Select(l => l.IndexOf('b', StringComparison.Ordinal))];
            int[] cStarts = [.. lines.Select(l => l.IndexOf('c', StringComparison.Ordinal))];
            return lines.Length == lengths.Length + 1
                && bStarts.Distinct().Count() == 1 && cStarts.Distinct().Count() == 1
                && lines.All(l => l.StartsWith("  a", StringComparison.Ordinal))
                && lines.All(l => l.LastIndexOf('a') + 2 < bStarts[0] && l.LastIndexOf('b') + 2 < cStarts[0])
                && lines.All(l => !l.EndsWith(' '));
        }));
    }

    [Fact]
    public void A_table_counts_a_letter_with_its_accent_as_one_column()
    {
        var table = new TextTable("name", "x");
        table.Add("Cafe\u0301", "1");
        table.Add("Cafes", "2");
        using var output = new StringWriter();
        table.WriteTo(output);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(new StringInfo(lines[1][..lines[1].IndexOf('1', StringComparison.Ordinal)]).LengthInTextElements, lines[2].IndexOf('2', StringComparison.Ordinal));
    }

    /// <summary>
    /// Calderdale 2015 to 2018: "requires-improvement → requires-improvement" is longer than the 40 characters the
    /// grades column used to have, which pushed that line's verdict out of line.
    /// </summary>
    [Fact]
    public void Compare_keeps_arrows_and_verdicts_in_line_with_long_grade_ids()
    {
        var (exit, output, _) = CliRunner.Run("compare", Path.Combine(Valid, "sif-2013-calderdale-2015.json"), Path.Combine(Valid, "ilacs-2018-calderdale-2018.json"));

        Assert.Equal(0, exit);
        string[] rows = output.Split('\n').Where(l => l.Contains('→') && !l.StartsWith("Calderdale", StringComparison.Ordinal)).ToArray();
        Assert.True(rows.Length >= 5, output);
        Assert.Contains(rows, r => r.Contains("requires-improvement  →  requires-improvement", StringComparison.Ordinal));
        Assert.Single(rows.Select(r => r.IndexOf('→', StringComparison.Ordinal)).Distinct());
        Assert.Single(rows.Select(r => Regex.Match(r, "(better|worse|same|not comparable)").Index).Distinct());
    }

    [Fact]
    public void Frameworks_keeps_its_dates_in_line_with_the_longest_id()
    {
        var (_, output, _) = CliRunner.Run("frameworks");

        string[] rows = output.Split('\n').Where(l => IsoDate().IsMatch(l)).ToArray();
        Assert.Contains(rows, r => r.StartsWith("protection-of-children-2012 ", StringComparison.Ordinal));
        Assert.Single(rows.Select(r => IsoDate().Match(r).Index).Distinct());
    }

    [Fact]
    public void Describe_lists_the_grades_in_aligned_columns()
    {
        var (_, output, _) = CliRunner.Run("describe", "sif-2013");

        string[] rows = output.Split('\n').Where(l => Regex.IsMatch(l, @"^  \d  [a-z-]+  ")).ToArray();
        Assert.Equal(4, rows.Length);
        Assert.Contains(rows, r => r.Contains("requires-improvement  Requires improvement to be good", StringComparison.Ordinal));
        Assert.Single(rows.Select(r => Regex.Match(r, @"  [A-Z]").Index).Distinct());
    }

    [Fact]
    public void Latest_keeps_its_columns_in_line_over_every_authority()
    {
        var (exit, output, _) = CliRunner.Run("latest", "--at", "2025-03-31");

        Assert.Equal(0, exit);
        string[] rows = output.Split('\n').Where(l => Regex.IsMatch(l, @"  ilacs-\d{4}  ")).ToArray();
        Assert.True(rows.Length > 100, output);
        Assert.Single(rows.Select(r => Regex.Match(r, @"  ilacs-").Index).Distinct());
        // Rows with both dates (fieldwork and publication): the first is in the fieldwork column.
        Assert.Single(rows.Where(r => IsoDate().Count(r) == 2).Select(r => IsoDate().Match(r).Index).Distinct());
        // The distribution: counts end in one column.
        string[] counts = output.Split('\n').Where(l => Regex.IsMatch(l, @"^  [A-Z].*\d+%$")).ToArray();
        Assert.True(counts.Length >= 4, output);
        Assert.Single(counts.Select(r => r.LastIndexOf('%')).Distinct());
    }

    [Fact]
    public void History_keeps_its_columns_in_line_across_framework_ids()
    {
        var (_, output, _) = CliRunner.Run("history", "Calderdale");

        string[] rows = output.Split('\n').Where(l => Regex.IsMatch(l, @"^\d{4}-\d{2}-\d{2}\*?  ")).ToArray();
        Assert.Contains(rows, r => r.Contains("protection-of-children-2012", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("  ilacs-2018  ", StringComparison.Ordinal));
        Assert.Single(rows.Select(r => Regex.Match(r, "(full-inspection|re-inspection|lscb-review|standard-inspection|short-inspection)").Index).Distinct());
    }

    [Theory]
    [InlineData(14, 0, 0, 0, "14 days")]
    [InlineData(1, 0, 0, 0, "1 day")]
    [InlineData(0, 2, 0, 0, "2 weeks")]
    [InlineData(0, 1, 0, 0, "1 week")]
    [InlineData(0, 0, 3, 0, "3 months")]
    [InlineData(0, 0, 6, 1, "1 year and 6 months")]
    [InlineData(3, 0, 2, 1, "1 year, 2 months and 3 days")]
    [InlineData(0, 0, 0, 0, "no time")]
    public void Durations_are_words_in_the_units_they_were_given_in(int days, int weeks, int months, int years, string words)
    {
        var period = new PeriodBuilder { Days = days, Weeks = weeks, Months = months, Years = years }.Build();

        Assert.Equal(words, Words.Duration(period));
    }

    [Fact]
    public void Describe_says_durations_in_words_and_never_in_iso_8601()
    {
        var (_, output, _) = CliRunner.Run("describe", "ilacs-2018");
        var (_, sif, _) = CliRunner.Run("describe", "sif-2013");

        Assert.Contains("usually 2 weeks of fieldwork", output, StringComparison.Ordinal);
        Assert.Contains("usually 2 days of fieldwork", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bP\d+[DWMY]\b", output + sif);
        Assert.Contains("within-three-months (3 months)", sif, StringComparison.Ordinal);
        Assert.Contains("immediately (no time)", sif, StringComparison.Ordinal);
    }

    /// <summary>ISO 8601 writes 1 BC as year 0000 and 2 BC as -0001; "yyyy" (year of era) would write both as AD years.</summary>
    [Theory]
    [InlineData(2015, 1, 13, "2015-01-13")]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(0, 12, 31, "0000-12-31")]
    [InlineData(-1, 6, 1, "-0001-06-01")]
    public void Dates_are_iso_and_keep_their_era(int year, int month, int day, string iso)
    {
        Assert.Equal(iso, Words.Date(new LocalDate(year, month, day)));
    }

    /// <summary>
    /// Thai (Buddhist calendar, 543 years ahead), Saudi Arabic (Umm al-Qura calendar) and a right-to-left Persian
    /// culture: every command prints what it prints under the invariant culture, dates as ISO yyyy-MM-dd.
    /// </summary>
    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void Text_output_is_the_same_in_every_culture(string culture)
    {
        string[][] commands =
        [
            ["compare", Path.Combine(Valid, "sif-2013-calderdale-2015.json"), Path.Combine(Valid, "ilacs-2018-calderdale-2018.json")],
            ["frameworks", "--at", "2015-01-13"],
            ["describe", "sif-2013"],
            ["validate", Valid],
            ["validate", Path.Combine(RepositoryPaths.Docs, "examples", "invalid")],
            ["history", "Calderdale"],
            ["latest", "--at", "2019-03-31"],
        ];
        var invariant = Under(CultureInfo.InvariantCulture, commands);
        var local = Under(CultureInfo.GetCultureInfo(culture), commands);

        Assert.Equal(invariant, local);
        Assert.Contains("(2015-01-13)", local[0], StringComparison.Ordinal);
        Assert.Contains("2018-11-12", local[0], StringComparison.Ordinal);
        Assert.Contains("2013-11-01", local[1], StringComparison.Ordinal);
    }

    private static string[] Under(CultureInfo culture, string[][] commands)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            // "Today" (history's time since the last inspection) is the same in both runs but for midnight; compare without it.
            return [.. commands.Select(c => Regex.Replace(CliRunner.Run(c).Out, @"before \d{4}-\d{2}-\d{2}\.", "before TODAY."))];
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
