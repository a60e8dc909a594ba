using Inspections.Cli.Tests.Cli;

namespace Inspections.Cli.Tests.Hostile;

/// <summary>Arguments cannot make the command read files it was not asked to validate.</summary>
public sealed class ArgumentHostileTests
{
    [Theory]
    [InlineData("@/dev/zero")]
    [InlineData("@/tmp")]
    [InlineData("@/nonexistent")]
    public void An_argument_starting_with_an_at_sign_is_not_a_response_file(string argument)
    {
        // Found by fuzzing: '@folder' threw UnauthorizedAccessException out of the parser; '@/dev/zero' read forever.
        var (exit, output, error) = CliRunner.Run("validate", argument);

        Assert.Equal(2, exit);
        Assert.Equal($"inspections: {argument}: no such file or folder.", error.Split('\n')[0].TrimEnd('\r'));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Contains("0 files", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_at_sign_argument_in_place_of_a_command_is_an_unknown_command()
    {
        var (exit, _, error) = CliRunner.Run("@/dev/zero");

        Assert.Equal(2, exit);
        Assert.Contains("Unrecognized command or argument '@/dev/zero'", error, StringComparison.Ordinal);
    }
}
