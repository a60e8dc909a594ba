namespace Inspections.Testing;

/// <summary>
/// Whether the shared corpora (../shared: Ofsted's tables, the ILACS scrape, the lookup, the contract's spec) are
/// beside the repository, and what a test that needs them does when they are not: in a bare clone it is skipped,
/// saying why; in CI (<c>CI=true</c>) it runs, and fails, because a missing corpus there is a broken build, never a
/// reason to skip.
/// </summary>
public static class SharedCorpora
{
    /// <summary>Whether ../shared holds its data and spec folders.</summary>
    public static bool ArePresent => Directory.Exists(RepositoryPaths.SharedData) && Directory.Exists(RepositoryPaths.Spec);

    /// <summary>Whether the tests run in CI (the environment variable <c>CI</c> is <c>true</c>, as GitHub Actions and most CI services set it).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test that needs the corpora is skipped, or null when it runs (the corpora are there, or this is CI).</summary>
    public static string? SkipReason => ArePresent || InCi
        ? null
        : $"needs the shared corpora in {RepositoryPaths.Shared}, which this clone does not have (in CI, with CI=true, this test runs and fails instead)";
}

/// <summary>A fact that reads the shared corpora (../shared): skipped, saying why, in a clone without them; never skipped in CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute, skipping the test when <see cref="SharedCorpora.SkipReason"/> says so.</summary>
    public SharedDataFactAttribute()
    {
        if (SharedCorpora.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that reads the shared corpora (../shared): skipped, saying why, in a clone without them; never skipped in CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute, skipping the test when <see cref="SharedCorpora.SkipReason"/> says so.</summary>
    public SharedDataTheoryAttribute()
    {
        if (SharedCorpora.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
