namespace Inspections.WebApi.Tests;

/// <summary>The example documents, found from the test assembly: the root is the first folder above it holding Inspections.Core.sln.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>docs/examples/valid.</summary>
    public static string ValidExamples => Path.Combine(Root, "docs", "examples", "valid");

    /// <summary>docs/examples/invalid.</summary>
    public static string InvalidExamples => Path.Combine(Root, "docs", "examples", "invalid");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inspections.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Inspections.Core.sln above {AppContext.BaseDirectory}.");
    }
}
