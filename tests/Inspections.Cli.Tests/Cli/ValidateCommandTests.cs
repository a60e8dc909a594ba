using System.Text.Json;

namespace Inspections.Cli.Tests.Cli;

public sealed class ValidateCommandTests
{
    private static string Examples => Path.Combine(RepositoryPaths.Docs, "examples", "valid");

    private static string InvalidExamples => Path.Combine(RepositoryPaths.Docs, "examples", "invalid");

    [Fact]
    public void The_shipped_valid_examples_validate_with_exit_code_zero()
    {
        var valid = Directory.EnumerateFiles(Examples, "*.json*").ToArray();

        var (exit, output, error) = CliRunner.Run(["validate", .. valid]);

        Assert.True(exit == 0, output + error);
        Assert.Contains($"{valid.Length} files, {valid.Length} valid, 0 invalid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_shipped_invalid_example_raises_the_code_in_its_name_with_the_exit_code_of_its_severity()
    {
        var invalid = Directory.EnumerateFiles(InvalidExamples, "*.json").ToArray();
        Assert.NotEmpty(invalid);

        foreach (var file in invalid)
        {
            string code = Path.GetFileName(file)[..6];
            Assert.True(Inspections.Core.Validation.DiagnosticDescriptors.TryGet(code, out var descriptor), file);
            bool error = descriptor.Severity == Inspections.Core.Validation.DiagnosticSeverity.Error;
            var (exit, output, _) = CliRunner.Run("validate", file);

            Assert.True((error ? 1 : 0) == exit, $"{file}: exit {exit}\n{output}");
            Assert.Matches(
                $@"^{System.Text.RegularExpressions.Regex.Escape(file)}:\d+: {(error ? "error" : "warning")} {code}: .+$",
                output.Split('\n')[0].TrimEnd('\r'));
        }
    }

    [Fact]
    public void A_folder_is_validated_recursively_and_an_invalid_file_gives_exit_code_one()
    {
        using var folder = new TempFolder();
        folder.File("a.json", Documents.Json(Documents.Calderdale2015));
        folder.File("nested/deeper/b.json", Documents.Json(Documents.Calderdale2015 with { VisitTypeId = "monitoring-visit" }));
        folder.File("nested/notes.txt", "not a document");

        var (exit, output, _) = CliRunner.Run("validate", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("2 files, 1 valid, 1 invalid", output, StringComparison.Ordinal);
        Assert.Contains("INS011", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_the_contract_shape()
    {
        using var folder = new TempFolder();
        string bad = folder.File("bad.json", Documents.Json(Documents.Calderdale2015.WithJudgement("children-looked-after-and-achieving-permanence", "inadequate")));

        var (exit, output, _) = CliRunner.Run("validate", "--format", "json", bad);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal(bad, file.GetProperty("path").GetString());
        Assert.False(file.GetProperty("valid").GetBoolean());
        var diagnostic = file.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "INS020");
        Assert.Equal("$.judgements.overall-effectiveness", diagnostic.GetProperty("path").GetString());
        Assert.True(diagnostic.GetProperty("line").GetInt32() > 1);
        Assert.False(string.IsNullOrEmpty(diagnostic.GetProperty("message").GetString()));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("files").GetInt32());
        Assert.Equal(1, summary.GetProperty("invalid").GetInt32());
    }

    [Fact]
    public void A_jsonl_file_with_one_bad_line_reports_that_line_and_still_reads_the_good_ones()
    {
        using var folder = new TempFolder();
        string good = Inspections.Core.Serialization.InspectionJson.Write(Documents.Calderdale2015, indented: false).TrimEnd('\n');
        string file = folder.File("many.jsonl", good + "\n\n{\"schema\": \"inspections/v1\",\n" + good.Replace("sif-2013", "no-such-framework", StringComparison.Ordinal) + "\n");

        var (exit, output, _) = CliRunner.Run("validate", "--format", "json", file);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var lines = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Code: d.GetProperty("code").GetString(), Line: d.GetProperty("line").GetInt32())).ToArray();
        Assert.Contains(("INS001", 3), lines);
        Assert.Contains(("INS010", 4), lines);
        Assert.DoesNotContain(lines, l => l.Line == 1);
    }

    [Fact]
    public void A_missing_path_gives_exit_code_two_with_a_message_on_standard_error()
    {
        var (exit, output, error) = CliRunner.Run("validate", "no/such/file.json");

        Assert.Equal(2, exit);
        Assert.Contains("no/such/file.json", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_goes_to_standard_error_only_for_large_runs_on_a_terminal()
    {
        using var folder = new TempFolder();
        string json = Documents.Json(Documents.Calderdale2015);
        for (int i = 0; i <= 200; i++)
        {
            folder.File($"d{i:000}.json", json);
        }

        var terminal = CliRunner.Run(errorIsTerminal: true, "validate", folder.Path);
        var redirected = CliRunner.Run(errorIsTerminal: false, "validate", folder.Path);

        Assert.Equal(0, terminal.Exit);
        Assert.Contains("validated 201 of 201 files", terminal.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("validated", terminal.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, redirected.Error);
    }
}

internal static class InspectionTestExtensions
{
    public static Inspections.Core.Inspection WithJudgement(this Inspections.Core.Inspection inspection, string judgement, string grade) =>
        inspection with { Judgements = inspection.Judgements.SetItem(judgement, grade) };
}
