using System.Text.Json;

namespace Inspections.Cli.Tests.Cli;

public sealed class OtherCommandTests
{
    [Fact]
    public void Compare_calderdale_2010_and_2015_says_help_and_protection_one_band_better_approximately_with_the_caveat_and_overall_not_comparable()
    {
        using var folder = new TempFolder();
        string before = folder.File("calderdale-2010.json", Documents.Json(Documents.Calderdale2010));
        string after = folder.File("calderdale-2015.json", Documents.Json(Documents.Calderdale2015));

        var text = CliRunner.Run("compare", before, after);
        var json = CliRunner.Run("compare", "--format", "json", after, before);

        Assert.Equal(0, text.Exit);
        Assert.Contains("better by 1 band (crosswalk-approximate)", text.Out, StringComparison.Ordinal);
        Assert.Contains("Caveat:", text.Out, StringComparison.Ordinal);
        Assert.Equal(0, json.Exit);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(before, doc.RootElement.GetProperty("before").GetProperty("path").GetString());
        Assert.True(doc.RootElement.GetProperty("frameworkChanged").GetBoolean());
        var overall = doc.RootElement.GetProperty("overall");
        Assert.Equal("inadequate", overall.GetProperty("before").GetString());
        Assert.Equal("requires-improvement", overall.GetProperty("after").GetString());
        // SLAC's headline (the safeguarding strand) is succeeded by the SIF's help and protection, not by its
        // overall effectiveness: no lineage joins the two headlines, so overall is not compared.
        Assert.Equal("not-comparable", overall.GetProperty("direction").GetString());
        Assert.Equal(JsonValueKind.Null, overall.GetProperty("steps").ValueKind);
        Assert.Equal("none", overall.GetProperty("basis").GetString());
        var help = doc.RootElement.GetProperty("judgements").EnumerateArray().Single(j => j.GetProperty("judgement").GetString() == "children-who-need-help-and-protection");
        Assert.Equal("better", help.GetProperty("direction").GetString());
        Assert.Equal(1, help.GetProperty("steps").GetInt32());
        Assert.Equal("crosswalk-approximate", help.GetProperty("basis").GetString());
        var adoption = doc.RootElement.GetProperty("judgements").EnumerateArray().Single(j => j.GetProperty("judgement").GetString() == "adoption-performance");
        Assert.Equal("not-comparable", adoption.GetProperty("direction").GetString());
        Assert.Equal(JsonValueKind.Null, adoption.GetProperty("steps").ValueKind);
        Assert.Equal("none", adoption.GetProperty("basis").GetString());
    }

    [Fact]
    public void Compare_refuses_two_different_subjects_with_exit_code_two()
    {
        using var folder = new TempFolder();
        string a = folder.File("a.json", Documents.Json(Documents.Calderdale2015));
        string b = folder.File("b.json", Documents.Json(Documents.Calderdale2015 with { Subject = new(Core.SubjectKind.LocalAuthority, "Kirklees", "E08000034", 382) }));

        var (exit, _, error) = CliRunner.Run("compare", a, b);

        Assert.Equal(2, exit);
        Assert.Contains("same subject", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_of_an_invalid_document_gives_exit_code_one_and_its_diagnostics()
    {
        using var folder = new TempFolder();
        string a = folder.File("a.json", Documents.Json(Documents.Calderdale2015));
        string b = folder.File("b.json", "{ \"schema\": \"inspections/v1\" }");

        var (exit, _, error) = CliRunner.Run("compare", a, b);

        Assert.Equal(1, exit);
        Assert.Contains("INS002", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_a_missing_file_gives_exit_code_two()
    {
        Assert.Equal(2, CliRunner.Run("compare", "nope-a.json", "nope-b.json").Exit);
    }

    [Fact]
    public void Frameworks_lists_all_nine_and_at_a_date_keeps_those_in_force()
    {
        var all = CliRunner.Run("frameworks", "--format", "json");
        var at = CliRunner.Run("frameworks", "--at", "2015-01-13");

        Assert.Equal(0, all.Exit);
        using var doc = JsonDocument.Parse(all.Out);
        Assert.Equal(9, doc.RootElement.GetArrayLength());
        Assert.Equal(0, at.Exit);
        Assert.Contains("sif-2013", at.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ilacs-2018", at.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Frameworks_with_a_bad_date_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("frameworks", "--at", "13/01/2015");

        Assert.Equal(2, exit);
        Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_prints_the_judgement_tree_rules_and_timescales()
    {
        var text = CliRunner.Run("describe", "sif-2013");
        var json = CliRunner.Run("describe", "sif-2013", "--format", "json");

        Assert.Equal(0, text.Exit);
        Assert.Contains("\n    adoption-performance: ", text.Out, StringComparison.Ordinal);
        Assert.Contains("[must]", text.Out, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("four-point-requires-improvement", doc.RootElement.GetProperty("scale").GetProperty("id").GetString());
        Assert.Contains(doc.RootElement.GetProperty("visitTypes").EnumerateArray(), v => v.GetProperty("id").GetString() == "lscb-review");
    }

    [Fact]
    public void Describe_an_unknown_framework_is_a_usage_error_listing_the_known_ones()
    {
        var (exit, _, error) = CliRunner.Run("describe", "sif-2099");

        Assert.Equal(2, exit);
        Assert.Contains("ilacs-2026", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_prints_a_draft_2020_12_schema()
    {
        var (exit, output, _) = CliRunner.Run("schema");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
    }

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("validate")]
    [InlineData("validate", "--format", "xml", "x.json")]
    [InlineData("compare", "only-one.json")]
    public void Usage_errors_give_exit_code_two_and_no_stack_trace(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    [InlineData("--version")]
    public void Help_and_version_succeed(params string[] args)
    {
        var (exit, output, _) = CliRunner.Run(args);

        Assert.Equal(0, exit);
        Assert.False(string.IsNullOrWhiteSpace(output));
    }
}
