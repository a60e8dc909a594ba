using System.Diagnostics;

namespace Inspections.Cli.Tests.Cli;

/// <summary>Issue 19, item 6: files whose names are not UTF-8 are validated and named distinctly, escaped (Linux).</summary>
public sealed class FileNameTests
{
    /// <summary>Makes files named with raw bytes (which .NET cannot name) with a shell.</summary>
    private static void Shell(string script)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-c", script]) { UseShellExecute = false })!;
        bash.WaitForExit();
        Assert.Equal(0, bash.ExitCode);
    }

    [Fact]
    public void Files_named_with_bytes_that_are_not_utf8_are_validated_and_named_apart_in_a_folder()
    {
        using var folder = new TempFolder();
        Shell($"cd '{folder.Path}' && printf '{{}}' > \"bad-$(printf '\\xff').json\" && printf '{{}}' > \"bad-$(printf '\\xfe').json\"");

        var (exit, output, error) = CliRunner.Run("validate", folder.Path);
        var json = CliRunner.Run("validate", folder.Path, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains(@"bad-\xFF.json:1: error INS002", output, StringComparison.Ordinal);
        Assert.Contains(@"bad-\xFE.json:1: error INS002", output, StringComparison.Ordinal);
        Assert.EndsWith("2 files, 0 valid, 2 invalid, 0 warnings\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(@"bad-\\xFF.json", json.Out, StringComparison.Ordinal);
        Assert.Contains(@"bad-\\xFE.json", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_with_bytes_that_are_not_utf8_is_validated_when_named_on_the_command_line()
    {
        using var folder = new TempFolder();
        string dll = Path.Combine(AppContext.BaseDirectory, "inspections.dll");
        string result = Path.Combine(folder.Path, "result.txt");
        Shell($"cd '{folder.Path}' && printf '{{}}' > \"bad-$(printf '\\xff').json\" && dotnet '{dll}' validate \"bad-$(printf '\\xff').json\" > '{result}' 2>&1; echo \"exit $?\" >> '{result}'");

        string output = File.ReadAllText(result);

        Assert.Contains(@"bad-\xFF.json:1: error INS002", output, StringComparison.Ordinal);
        Assert.Contains("1 files, 0 valid, 1 invalid", output, StringComparison.Ordinal);
        Assert.Contains("exit 1", output, StringComparison.Ordinal);
    }
}
