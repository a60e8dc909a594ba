using System.Text.Json;
using System.Text.RegularExpressions;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Over the real files, an import says what validating its output will report: the same number of documents, valid
/// and invalid, and the same warnings (INS), line for line; its own warnings (IMP, about the source rows) are counted
/// apart and named as such. Before, the import said "4 warnings" of Ofsted's sheets and "17 imported with warnings" of
/// the ILACS scrape, and validating what they wrote said 8 and 14: different things under one word.
/// </summary>
public sealed partial class ImportWarningCountTests
{
    [GeneratedRegex(@"^Documents written: (\d+), (\d+) valid, (\d+) invalid, (\d+) warnings \(INS", RegexOptions.Multiline)]
    private static partial Regex ImportDocumentsLine();

    [GeneratedRegex(@"^(\d+) files, (\d+) valid, (\d+) invalid, (\d+) warnings$", RegexOptions.Multiline)]
    private static partial Regex ValidateSummary();

    public static TheoryData<string, string[]> Imports => new()
    {
        { "ofsted", ["import", "ofsted", .. RepositoryPaths.OfficialSheets] },
        { "ilacs-csv", ["import", "ilacs-csv", RepositoryPaths.IlacsHistoryCsv, "--lookup", RepositoryPaths.LookupCsv] },
        { "ilacs-csv without the lookup", ["import", "ilacs-csv", RepositoryPaths.IlacsHistoryCsv] },
    };

    [SharedDataTheory]
    [MemberData(nameof(Imports))]
    public void Written_to_a_folder_the_import_reports_what_validate_then_reports(string name, string[] import)
    {
        using var folder = new TempFolder();
        string outDir = Path.Combine(folder.Path, "out");

        var imported = CliRunner.Run([.. import, "--out", outDir]);
        var validated = CliRunner.Run("validate", outDir);

        Assert.Equal(0, imported.Exit);
        var mine = ImportDocumentsLine().Match(imported.Out);
        var theirs = ValidateSummary().Match(validated.Out);
        Assert.True(mine.Success, $"{name}: {imported.Out[^Math.Min(600, imported.Out.Length)..]}");
        Assert.True(theirs.Success, validated.Out);
        for (int group = 1; group <= 4; group++)
        {
            Assert.Equal(theirs.Groups[group].Value, mine.Groups[group].Value);
        }

        // Line for line: every diagnostic validate prints, the import printed, with the same path and line.
        Assert.Equal(Lines(validated.Out, " INS"), Lines(imported.Out, " INS"));
        Assert.True(int.Parse(theirs.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, "the real files give some INS warnings (INS032)");
    }

    [SharedDataTheory]
    [MemberData(nameof(Imports))]
    public void Written_to_a_jsonl_file_the_import_reports_the_warnings_validate_then_reports(string name, string[] import)
    {
        using var folder = new TempFolder();
        string jsonl = Path.Combine(folder.Path, "out.jsonl");

        var imported = CliRunner.Run([.. import, "--jsonl", jsonl]);
        var validated = CliRunner.Run("validate", jsonl);

        Assert.Equal(0, imported.Exit);
        var mine = ImportDocumentsLine().Match(imported.Out);
        var theirs = ValidateSummary().Match(validated.Out);
        Assert.True(mine.Success, name);
        Assert.Equal(File.ReadAllLines(jsonl).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), mine.Groups[1].Value);
        Assert.Equal(theirs.Groups[4].Value, mine.Groups[4].Value);
        Assert.Equal(Lines(validated.Out, " INS"), Lines(imported.Out, " INS"));
    }

    [SharedDataFact]
    public void The_import_names_its_own_warnings_apart_and_counts_them_one_by_one()
    {
        using var folder = new TempFolder();
        var ilacs = CliRunner.Run("import", "ilacs-csv", RepositoryPaths.IlacsHistoryCsv, "--lookup", RepositoryPaths.LookupCsv, "--jsonl", Path.Combine(folder.Path, "i.jsonl"));
        var ofsted = CliRunner.Run(["import", "ofsted", .. RepositoryPaths.OfficialSheets, "--jsonl", Path.Combine(folder.Path, "o.jsonl")]);

        int ilacsWarnings = Lines(ilacs.Out, ": warning IMP").Length;
        int ofstedWarnings = Lines(ofsted.Out, ": warning IMP").Length;
        Assert.True(ilacsWarnings > 0 && ofstedWarnings > 0);
        Assert.Contains($"({ilacsWarnings} import warnings, IMP)", ilacs.Out, StringComparison.Ordinal);
        Assert.Contains($", {ofstedWarnings} import warnings (IMP)", ofsted.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void The_json_report_carries_both_counts()
    {
        using var folder = new TempFolder();
        string jsonl = Path.Combine(folder.Path, "i.jsonl");
        var imported = CliRunner.Run("import", "ilacs-csv", RepositoryPaths.IlacsHistoryCsv, "--lookup", RepositoryPaths.LookupCsv, "--jsonl", jsonl, "--format", "json");
        var validated = CliRunner.Run("validate", jsonl, "--format", "json");

        using var report = JsonDocument.Parse(imported.Out);
        using var validation = JsonDocument.Parse(validated.Out);
        var documents = report.RootElement.GetProperty("documents");
        Assert.Equal(validation.RootElement.GetProperty("summary").GetProperty("warnings").GetInt64(), documents.GetProperty("warnings").GetInt64());
        Assert.Equal(report.RootElement.GetProperty("imported").GetInt32(), documents.GetProperty("documents").GetInt32());
        Assert.Equal(
            report.RootElement.GetProperty("issues").EnumerateArray().Count(i => i.GetProperty("severity").GetString() == "warning"),
            report.RootElement.GetProperty("importWarnings").GetInt32());
    }

    private static string[] Lines(string text, string containing) =>
        [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(containing, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
