namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Issue 26, item 6: <c>validate</c> on a folder without a document says there is nothing to validate and exits 2
/// (a usage error, ../shared/spec/cli.md), instead of "0 files" and success: a user pointing at the wrong folder
/// must not see success.
/// </summary>
public sealed class ValidateNothingTests
{
    [Fact]
    public void An_empty_folder_is_nothing_to_validate_and_a_usage_error()
    {
        using var folder = new TempFolder();

        var (exit, output, error) = CliRunner.Run("validate", folder.Path);

        Assert.Equal(2, exit);
        Assert.Contains(folder.Path + ": no .json or .jsonl file in it; nothing to validate", error, StringComparison.Ordinal);
        Assert.Contains("0 files", output, StringComparison.Ordinal); // the summary, as for a path that is missing; the exit code says it failed
    }

    [Fact]
    public void A_folder_of_other_files_is_nothing_to_validate_even_beside_a_document()
    {
        using var folder = new TempFolder();
        string other = Path.Combine(folder.Path, "other");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "notes.txt"), "not a document");
        string valid = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Docs, "examples", "valid"), "*.json").First();

        var (exit, output, error) = CliRunner.Run("validate", valid, other);

        Assert.Equal(2, exit);
        Assert.Contains(other + ": no .json or .jsonl file in it; nothing to validate", error, StringComparison.Ordinal);
        Assert.Contains("1 files, 1 valid, 0 invalid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_documents_still_validates_with_exit_zero()
    {
        var (exit, _, error) = CliRunner.Run("validate", Path.Combine(RepositoryPaths.Docs, "examples", "valid"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
    }
}
