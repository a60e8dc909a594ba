using System.Text.Json;

namespace Inspections.Cli.Tests.Cli;

public sealed class ImportCommandTests
{
    [SharedDataFact]
    public void Importing_the_real_csv_writes_documents_that_then_validate()
    {
        using var folder = new TempFolder();
        string outDir = Path.Combine(folder.Path, "out");

        var import = CliRunner.Run("import", "ilacs-csv", RepositoryPaths.IlacsHistoryCsv, "--lookup", RepositoryPaths.LookupCsv, "--out", outDir);
        var validate = CliRunner.Run("validate", outDir);

        Assert.Equal(0, import.Exit);
        Assert.Contains("497 rows, 315 imported, 182 skipped", import.Out, StringComparison.Ordinal);
        Assert.Contains(":485:6: skipped IMP030: ", import.Out, StringComparison.Ordinal);
        Assert.Equal(315, Directory.GetFiles(outDir, "*.json").Length);
        Assert.Equal(0, validate.Exit);
        Assert.Contains("315 files, 315 valid, 0 invalid", validate.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Importing_to_jsonl_writes_one_document_per_line_that_validates()
    {
        using var folder = new TempFolder();
        string jsonl = Path.Combine(folder.Path, "ilacs.jsonl");

        var import = CliRunner.Run("import", "ilacs-csv", RepositoryPaths.IlacsHistoryCsv, "--lookup", RepositoryPaths.LookupCsv, "--jsonl", jsonl, "--format", "json");
        var validate = CliRunner.Run("validate", jsonl);

        Assert.Equal(0, import.Exit);
        using var report = JsonDocument.Parse(import.Out);
        Assert.Equal(315, report.RootElement.GetProperty("imported").GetInt32());
        Assert.Equal(182, report.RootElement.GetProperty("skipped").GetInt32());
        Assert.Equal(182 + 17, report.RootElement.GetProperty("issues").GetArrayLength());
        Assert.Equal(315, File.ReadAllLines(jsonl).Length);
        Assert.Equal(0, validate.Exit);
    }

    [Fact]
    public void Out_and_jsonl_together_are_a_usage_error()
    {
        using var folder = new TempFolder();
        string csv = Path.Combine(folder.Path, "history.csv");
        File.WriteAllText(csv, IlacsCsvSamples.Header + "\n" + IlacsCsvSamples.Calderdale2018 + "\n");

        var (exit, _, error) = CliRunner.Run("import", "ilacs-csv", csv, "--out", "x", "--jsonl", "y.jsonl");

        Assert.Equal(2, exit);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ilacs-csv", "Give --out or --jsonl, not both.")]
    [InlineData("ofsted", "Give --out or --jsonl, not both.")]
    [InlineData("reports", "Give --out DIR or --jsonl FILE (one of them).")]
    public void Every_import_command_refuses_out_and_jsonl_together_before_reading_anything(string command, string message)
    {
        var (exit, output, error) = CliRunner.Run("import", command, "no-such-input", "--out", "x", "--jsonl", "y.jsonl");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_reports_needs_out_or_jsonl_since_it_writes_no_documents_to_standard_output()
    {
        var (exit, _, error) = CliRunner.Run("import", "reports", "no-such-folder");

        Assert.Equal(2, exit);
        Assert.Contains("Give --out DIR or --jsonl FILE (one of them).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_csv_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("import", "ilacs-csv", "no-such.csv").Exit);
    }
}
