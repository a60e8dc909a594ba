namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Issue 26, item 1: <c>import ofsted</c> on the 2009–2023 sheet with its first header damaged reports every row
/// of table 1 instead of taking them as title lines, and its summary says so.
/// </summary>
public sealed class ImportOfstedDamagedTests
{
    [SharedDataFact]
    public void A_misspelt_heading_reports_table_1s_rows_and_the_summary_counts_them()
    {
        using var folder = new TempFolder();
        string damaged = Path.Combine(folder.Path, "damaged.csv");
        string text = File.ReadAllText(RepositoryPaths.OfficialSheet("la_inspections_2009_2023.csv"));
        int at = text.IndexOf(",LA region,", StringComparison.Ordinal);
        File.WriteAllText(damaged, string.Concat(text.AsSpan(0, at), ",LA regionn,", text.AsSpan(at + ",LA region,".Length)));

        var (exit, output, _) = CliRunner.Run("import", "ofsted", damaged, "--out", Path.Combine(folder.Path, "out"));

        Assert.Equal(0, exit);
        Assert.Contains("damaged.csv:5:3: skipped IMP118: ", output, StringComparison.Ordinal);
        Assert.Contains("damaged.csv:8: skipped IMP118: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 rows or cells not imported", output, StringComparison.Ordinal);
        Assert.Matches(@"1 files, 157 rows; .* 153 rows or cells not imported", output);
    }
}
