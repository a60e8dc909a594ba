namespace Inspections.Core.Tests.Laws;

/// <summary>
/// The shared skip (tests/Inspections.Testing: <see cref="SharedCorpora"/>, <see cref="SharedDataFactAttribute"/>,
/// <see cref="SharedDataTheoryAttribute"/>) does what tests/README.md says, in whichever run this is: with the corpora,
/// or in CI, nothing is skipped; in a clone without them the skip names the folder it looked in and says that CI
/// runs the test instead. <c>INSPECTIONS_SHARED=/nonexistent dotnet test ...</c> checks the second case.
/// </summary>
public sealed class SharedCorporaTests
{
    [Fact]
    public void A_test_that_needs_the_corpora_is_skipped_only_outside_CI_and_says_which_folder_it_needs()
    {
        string? reason = SharedCorpora.SkipReason;

        Assert.Equal(reason, new SharedDataFactAttribute().Skip);
        Assert.Equal(reason, new SharedDataTheoryAttribute().Skip);
        if (SharedCorpora.ArePresent || SharedCorpora.InCi)
        {
            Assert.Null(reason);
        }
        else
        {
            Assert.NotNull(reason);
            Assert.Contains($"in {RepositoryPaths.Shared},", reason, StringComparison.Ordinal);
            Assert.Contains("CI=true", reason, StringComparison.Ordinal);
        }
    }
}
