using System.Diagnostics;

namespace Inspections.Core.Tests.Docs;

/// <summary>
/// docs/getting-started.md shows samples/Inspections.GettingStarted/Program.cs verbatim, and its output verbatim;
/// here the sample (referenced by this project) runs as a real process on the repository's examples. (.ci/run also
/// builds it against the packed Inspections.Core, as the doc's install steps say.)
/// </summary>
public sealed class GettingStartedTests
{
    private static readonly Lazy<(int ExitCode, string Output, string Error)> s_run = new(() => RunSample(RepositoryPaths.Examples));

    private static string Doc => File.ReadAllText(Path.Combine(RepositoryPaths.Docs, "getting-started.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_doc_shows_the_sample_program_verbatim()
    {
        string program = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "Inspections.GettingStarted", "Program.cs")).ReplaceLineEndings("\n");

        Assert.Contains("```csharp\n" + program + "```\n", Doc, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_exits_zero_and_writes_nothing_to_standard_error()
    {
        var (exitCode, output, error) = s_run.Value;

        Assert.True(exitCode == 0, output + error);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void The_sample_reads_both_Calderdale_examples_as_valid()
    {
        string output = s_run.Value.Output;

        Assert.Contains("sif-2013-calderdale-2015.json: valid, 0 errors, 0 warnings\n", output, StringComparison.Ordinal);
        Assert.Contains("ilacs-2018-calderdale-2018.json: valid, 0 errors, 0 warnings\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Leadership_judged_inadequate_under_the_SIF_breaks_the_inadequate_key_judgement_rule()
    {
        // A key judgement inadequate means inadequate overall (SIF); the overall grade stayed requires improvement.
        string output = s_run.Value.Output;

        Assert.Contains("Edited: invalid, 1 error, 0 warnings\n", output, StringComparison.Ordinal);
        Assert.Contains("  INS020 at $.judgements.overall-effectiveness: Rule 'inadequate-key-judgement-means-inadequate-overall'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Calderdale_went_from_requires_improvement_in_2015_to_good_in_2018_with_the_framework_changed_caveat()
    {
        string output = s_run.Value.Output;

        Assert.Contains("  overall: 'good' is one band better than 'requires-improvement'", output, StringComparison.Ordinal);
        Assert.Contains("The framework changed between the two inspections", output, StringComparison.Ordinal);
        Assert.Contains("  adoption-performance: NotComparable", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_doc_shows_the_sample_output_verbatim()
    {
        string output = s_run.Value.Output;

        Assert.StartsWith("sif-2013-calderdale-2015.json", output, StringComparison.Ordinal);
        Assert.Contains("```text\n" + output + "```\n", Doc, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) RunSample(string folder)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Inspections.GettingStarted.dll"));
        start.ArgumentList.Add(folder);

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.ReplaceLineEndings("\n"), error.Result);
    }
}
