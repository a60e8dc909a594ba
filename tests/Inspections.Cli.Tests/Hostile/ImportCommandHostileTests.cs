using Inspections.Cli.Tests.Cli;
using Inspections.Core.Serialization;
using Inspections.Import;
using static Inspections.Testing.IlacsCsvSamples;

namespace Inspections.Cli.Tests.Hostile;

/// <summary>
/// The import command meets a damaged CSV with a report and an exit code, never a crash or a stack trace (the importer's own side is Inspections.Import.Tests.Hostile.ImportHostileTests).
/// </summary>
public sealed class ImportCommandHostileTests
{
    [Fact]
    public void The_command_imports_a_file_with_a_spaced_link_instead_of_crashing()
    {
        using var folder = new TempFolder();
        string csv = folder.File("history.csv", Header + "\n" + Calderdale2018.Replace("v1/file/", "v1/file/ ", StringComparison.Ordinal) + "\n");

        var (exit, output, error) = CliRunner.Run("import", "ilacs-csv", csv);

        Assert.Equal(0, exit);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("warning IMP040: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_refuses_a_file_that_is_not_the_history_csv_with_exit_2_and_no_stack_trace()
    {
        using var folder = new TempFolder();
        string csv = folder.File("not.csv", "\u0000\u0001binary\u00ff");

        var (exit, _, error) = CliRunner.Run("import", "ilacs-csv", csv);

        Assert.Equal(2, exit);
        Assert.StartsWith("inspections: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_that_is_not_utf8_is_refused_not_read_with_replacement_characters()
    {
        using var folder = new TempFolder();
        string csv = Path.Combine(folder.Path, "latin1.csv");
        File.WriteAllBytes(csv, [.. System.Text.Encoding.UTF8.GetBytes(Header + "\n" + Calderdale2018.Replace("calderdale", "calder", StringComparison.Ordinal)), 0xE9, .. "\n"u8]);

        var (exit, output, error) = CliRunner.Run("import", "ilacs-csv", csv);
        var refused = IlacsCsvImporter.ImportFile(csv);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("latin1.csv: IMP090: The file is not UTF-8 text: the bytes [E9", error, StringComparison.Ordinal);
        Assert.True(refused.IsRefused);
        Assert.StartsWith("The file is not UTF-8 text", Assert.Single(refused.Issues).Message, StringComparison.Ordinal);
    }
}
