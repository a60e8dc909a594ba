using System.Text.Json;

namespace Inspections.Cli.Tests.Cli;

/// <summary><c>inspections import ofsted FILE...</c>, run in process.</summary>
public sealed class ImportOfstedCommandTests
{
    [SharedDataFact]
    public void Importing_the_four_sheets_writes_at_least_900_documents_that_then_validate()
    {
        using var folder = new TempFolder();
        string outDir = Path.Combine(folder.Path, "out");

        var import = CliRunner.Run(["import", "ofsted", .. RepositoryPaths.OfficialSheets, "--out", outDir]);
        var validate = CliRunner.Run("validate", outDir);

        Assert.Equal(0, import.Exit);
        int written = Directory.GetFiles(outDir, "*.json").Length;
        Assert.True(written >= 900, $"{written} documents");
        Assert.Contains($"; {written} documents written to ", import.Out, StringComparison.Ordinal);
        Assert.Matches(@"la_in_year_inspections_2022_23\.csv:57:5: warning IMP111: ", import.Out);
        Assert.All(import.Out.Split('\n').Where(l => l.Contains(" IMP", StringComparison.Ordinal)),
            l => Assert.Matches(@"^.+\.csv:\d+:\d+: (skipped|warning) IMP1\d\d: ", l));
        Assert.Equal(0, validate.Exit);
        Assert.Contains($"{written} files, {written} valid, 0 invalid", validate.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Jsonl_and_a_json_report()
    {
        using var folder = new TempFolder();
        string jsonl = Path.Combine(folder.Path, "record.jsonl");

        var import = CliRunner.Run(["import", "ofsted", .. RepositoryPaths.OfficialSheets, "--jsonl", jsonl, "--format", "json"]);

        Assert.Equal(0, import.Exit);
        using var report = JsonDocument.Parse(import.Out);
        int imported = report.RootElement.GetProperty("imported").GetInt32();
        Assert.Equal(650, report.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(imported, File.ReadAllLines(jsonl).Length);
        Assert.All(report.RootElement.GetProperty("issues").EnumerateArray(), i => Assert.StartsWith("IMP1", i.GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_a_sheet_is_reported_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        string other = Path.Combine(folder.Path, "other.csv");
        File.WriteAllText(other, "a,b\n1,2\n");
        string sheet = Path.Combine(folder.Path, OfstedSheetSamples.IlacsHistoryName);
        File.WriteAllText(sheet, OfstedSheetSamples.IlacsHistory);
        string outDir = Path.Combine(folder.Path, "out");

        var (exit, _, error) = CliRunner.Run("import", "ofsted", sheet, other, "--out", outDir);

        Assert.Equal(2, exit);
        Assert.Contains("other.csv:1: skipped IMP100: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Out_and_jsonl_together_and_a_missing_file_are_usage_errors()
    {
        using var folder = new TempFolder();
        string sheet = Path.Combine(folder.Path, OfstedSheetSamples.IlacsHistoryName);
        File.WriteAllText(sheet, OfstedSheetSamples.IlacsHistory);

        Assert.Equal(2, CliRunner.Run("import", "ofsted", sheet, "--out", "x", "--jsonl", "y.jsonl").Exit);
        Assert.Equal(2, CliRunner.Run("import", "ofsted", "no-such.csv").Exit);
    }
}
