namespace Inspections.Cli.Tests.Cli;

/// <summary><c>compare</c>'s text: the headline is one row, not "overall" and "overall-effectiveness" as twins.</summary>
public sealed class CompareTextTests
{
    [Fact]
    public void When_overall_compares_the_headline_judgement_it_is_one_row_named_after_it()
    {
        var (exit, output, _) = CliRunner.Run(
            "compare",
            Path.Combine(RepositoryPaths.Examples, "sif-2013-calderdale-2015.json"),
            Path.Combine(RepositoryPaths.Examples, "ilacs-2018-calderdale-2018.json"));

        Assert.Equal(0, exit);
        var rows = output.Split('\n').SkipWhile(l => !l.StartsWith("judgement ", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.StartsWith("overall-effectiveness (overall) ", rows[0], StringComparison.Ordinal);
        Assert.Contains("better by 1 band (same-scale)", rows[0], StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.StartsWith("overall ", StringComparison.Ordinal));
        Assert.Single(rows, r => r.StartsWith("overall-effectiveness", StringComparison.Ordinal));
    }

    [Fact]
    public void When_overall_joins_no_judgement_row_it_keeps_its_own_row()
    {
        using var folder = new TempFolder();
        string before = folder.File("calderdale-2010.json", Documents.Json(Documents.Calderdale2010));
        string after = folder.File("calderdale-2015.json", Documents.Json(Documents.Calderdale2015));

        var (exit, output, _) = CliRunner.Run("compare", before, after);

        Assert.Equal(0, exit);
        var rows = output.Split('\n').SkipWhile(l => !l.StartsWith("judgement ", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.StartsWith("overall ", rows[0], StringComparison.Ordinal);
        Assert.Contains("not comparable", rows[0], StringComparison.Ordinal);
    }
}
