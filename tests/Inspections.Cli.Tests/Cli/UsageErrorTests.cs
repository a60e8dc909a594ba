using System.Text.Json;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Usage errors (exit 2) name what is wrong and the command whose help explains it: an unknown option is never read as
/// a path, a near miss of a command, an option or a framework gets "did you mean", compare refuses a .jsonl file, and
/// schema takes --format like every command.
/// </summary>
public sealed class UsageErrorTests
{
    private static string Valid => Path.Combine(RepositoryPaths.Docs, "examples", "valid");

    private static string Calderdale2015 => Path.Combine(Valid, "sif-2013-calderdale-2015.json");

    [Fact]
    public void A_misspelt_option_is_named_with_a_suggestion_and_never_read_as_a_path()
    {
        var (exit, output, error) = CliRunner.Run("validate", "--formt", "json", Valid);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("'inspections validate' has no option '--formt'; did you mean '--format'?", error, StringComparison.Ordinal);
        Assert.Contains("Run 'inspections validate --help' for usage.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inspections validate", "validate", "%v")]
    [InlineData("inspections compare", "compare", "%c", "%c")]
    [InlineData("inspections frameworks", "frameworks")]
    [InlineData("inspections describe", "describe", "sif-2013")]
    [InlineData("inspections schema", "schema")]
    [InlineData("inspections import ilacs-csv", "import", "ilacs-csv", "%c")]
    [InlineData("inspections import ofsted", "import", "ofsted", "%c")]
    [InlineData("inspections history", "history", "Calderdale")]
    [InlineData("inspections latest", "latest", "--at", "2019-03-31")]
    public void Every_command_refuses_an_unknown_option_naming_it_and_its_own_help(string command, params string[] args)
    {
        string[] line = [.. args.Select(a => a.Replace("%v", Valid, StringComparison.Ordinal).Replace("%c", Calderdale2015, StringComparison.Ordinal)), "--no-such-option"];

        var (exit, output, error) = CliRunner.Run(line);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"'{command}' has no option '--no-such-option'.", error, StringComparison.Ordinal);
        Assert.EndsWith($"Run '{command} --help' for usage.", error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_written_with_its_value_is_named_without_the_value()
    {
        var (exit, _, error) = CliRunner.Run("validate", "--formt=json", Valid);

        Assert.Equal(2, exit);
        Assert.Contains("has no option '--formt'; did you mean '--format'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_double_dash_a_word_starting_with_a_dash_is_a_path()
    {
        var (exit, _, error) = CliRunner.Run("validate", "--", "-no-such-file.json");

        Assert.Equal(2, exit);
        Assert.Contains("-no-such-file.json: no such file or folder.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("has no option", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parse_error_names_the_subcommand_in_its_usage_hint()
    {
        var (exit, _, error) = CliRunner.Run("validate", "--format", "xml", Valid);

        Assert.Equal(2, exit);
        Assert.Contains("Run 'inspections validate --help' for usage.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_command_gets_did_you_mean()
    {
        var (exit, output, error) = CliRunner.Run("valdate", Valid);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("did you mean 'inspections validate'?", error, StringComparison.Ordinal);
        Assert.Contains("Run 'inspections --help' for usage.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_subcommand_gets_did_you_mean_with_its_parent()
    {
        var (exit, _, error) = CliRunner.Run("import", "ofstd", Calderdale2015);

        Assert.Equal(2, exit);
        Assert.Contains("did you mean 'inspections import ofsted'?", error, StringComparison.Ordinal);
        Assert.Contains("Run 'inspections import --help' for usage.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_near_no_command_lists_the_commands()
    {
        var (exit, _, error) = CliRunner.Run("zzzzzz");

        Assert.Equal(2, exit);
        Assert.DoesNotContain("did you mean", error, StringComparison.Ordinal);
        Assert.Contains("validate, compare, frameworks, describe, schema, import, history, latest", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SIF-2013", "sif-2013")]
    [InlineData("sif2013", "sif-2013")]
    [InlineData("ilacs_2018", "ilacs-2018")]
    [InlineData("ilacs-2019", "ilacs-2018")]
    public void Describe_of_a_near_miss_is_a_usage_error_with_did_you_mean(string typed, string meant)
    {
        var (exit, output, error) = CliRunner.Run("describe", typed);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"there is no framework '{typed}'; did you mean '{meant}'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_of_nothing_near_lists_the_frameworks_without_a_guess()
    {
        var (exit, _, error) = CliRunner.Run("describe", "nothing-like-a-framework");

        Assert.Equal(2, exit);
        Assert.DoesNotContain("did you mean", error, StringComparison.Ordinal);
        Assert.Contains("the frameworks are apa-2008", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_takes_format_and_prints_the_same_schema_in_both()
    {
        var plain = CliRunner.Run("schema");
        var text = CliRunner.Run("schema", "--format", "text");
        var json = CliRunner.Run("schema", "--format", "json");
        var xml = CliRunner.Run("schema", "--format", "xml");

        Assert.Equal((0, 0, 0), (plain.Exit, text.Exit, json.Exit));
        Assert.Equal(plain.Out, text.Out);
        Assert.Equal(plain.Out, json.Out);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(2, xml.Exit);
        Assert.Contains("Run 'inspections schema --help' for usage.", xml.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Compare_of_a_jsonl_file_says_it_takes_single_documents(bool first)
    {
        string lines = Path.Combine(Valid, "inspections.jsonl");
        var (exit, output, error) = first ? CliRunner.Run("compare", lines, Calderdale2015) : CliRunner.Run("compare", Calderdale2015, lines);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("compare takes two single documents (.json)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("INS0", error, StringComparison.Ordinal);
    }
}
