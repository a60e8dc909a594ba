namespace Inspections.Cli.Tests.Cli;

/// <summary><c>inspections import record</c>, run in process: the shipped record is its output.</summary>
public sealed class ImportRecordCommandTests
{
    [SharedDataFact]
    public void The_shipped_record_is_what_import_record_writes_of_the_shared_data()
    {
        using var folder = new TempFolder();
        string output = Path.Combine(folder.Path, "record.jsonl");

        string reports = Path.Combine(RepositoryPaths.SharedData, "reports");
        var run = CliRunner.Run("import", "record", "--tables", RepositoryPaths.OfficialFolder, "--reports", reports, "--manifest", Path.Combine(reports, "manifest.csv"),
            "--scrape", RepositoryPaths.IlacsHistoryCsv, "--lookup", RepositoryPaths.LookupCsv, "--out", output);

        Assert.Equal(0, run.Exit);
        Assert.True(File.ReadAllBytes(output).AsSpan().SequenceEqual(File.ReadAllBytes(RepositoryPaths.RecordFile)), "import record's output differs from src/Inspections.Data/official-record.jsonl");
        int lines = File.ReadAllLines(output).Length;
        Assert.Contains($"Record: {lines} inspections and visits written to {output}: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Tables: 4 files, 650 rows, ", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n\d+ disagreements between sources:\n  count  field +stood +why\n", run.Out.ReplaceLineEndings("\n"));
        Assert.Matches(@"\n +\d+  a grade +report over scrape +Ofsted's tables and reports stand over the scrape\n", run.Out.ReplaceLineEndings("\n"));
        Assert.Contains("Reports: 453 files, ", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Documents written: {lines}, {lines} valid, 0 invalid, ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tables_folder_that_is_not_there_is_a_usage_error_naming_it()
    {
        using var folder = new TempFolder();
        string missing = Path.Combine(folder.Path, "no-such-folder");

        var run = CliRunner.Run("import", "record", "--tables", missing, "--out", Path.Combine(folder.Path, "r.jsonl"));

        Assert.Equal(2, run.Exit);
        Assert.Equal($"inspections: {missing}: no such folder.\n", run.Error.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(folder.Path, "r.jsonl")));
    }

    [Fact]
    public void A_lookup_without_a_scrape_is_a_usage_error()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, OfstedSheetSamples.IlacsHistoryName), OfstedSheetSamples.IlacsHistory);
        string lookup = Path.Combine(folder.Path, "lookup.csv");
        File.WriteAllText(lookup, "urn,la_code,la_code_new,local_authority_ons_name\n80444,381,E08000033,Calderdale\n");

        var run = CliRunner.Run("import", "record", "--tables", folder.Path, "--lookup", lookup, "--out", Path.Combine(folder.Path, "x.jsonl"));

        Assert.Equal(2, run.Exit);
        Assert.Contains("--lookup is the scrape's lookup: give --scrape too.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "x.jsonl")));
    }
}
