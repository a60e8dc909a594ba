using System.Diagnostics;

namespace Inspections.Cli.Tests.Cli;

/// <summary>The command run as a real process, as a user runs it.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void Validating_the_examples_as_a_real_process_exits_zero_and_prints_the_summary()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "inspections.dll");
        string folder = Path.Combine(RepositoryPaths.Docs, "examples", "valid");
        int count = Directory.EnumerateFiles(folder, "*.json*").Count();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("validate");
        start.ArgumentList.Add(folder);

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, output + error);
        Assert.Contains($"{count} files, {count} valid, 0 invalid", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void A_missing_path_as_a_real_process_exits_two_without_a_stack_trace()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "inspections.dll"));
        start.ArgumentList.Add("validate");
        start.ArgumentList.Add("does-not-exist.json");

        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("does-not-exist.json", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
