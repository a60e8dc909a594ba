namespace Inspections.Core.Tests;

/// <summary>
/// Finds files of the repository from the tests: the root is the first folder above the test assembly that holds
/// Inspections.Core.sln; the shared contract and data are beside it (../shared).
/// </summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The docs folder.</summary>
    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>The valid example documents: docs/examples/valid.</summary>
    public static string Examples => Path.Combine(Docs, "examples", "valid");

    /// <summary>The invalid example documents: docs/examples/invalid.</summary>
    public static string InvalidExamples => Path.Combine(Docs, "examples", "invalid");

    /// <summary>The shipped JSON Schema: docs/schema/inspections-v1.schema.json.</summary>
    public static string Schema => Path.Combine(Docs, "schema", "inspections-v1.schema.json");

    /// <summary>The shared folder beside the repository (the public contract and the real data).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The shared data folder: ../shared/data.</summary>
    public static string SharedData => Path.Combine(Shared, "data");

    /// <summary>The public contract: ../shared/spec.</summary>
    public static string Spec => Path.Combine(Shared, "spec");

    /// <summary>Whether generated files in docs should be rewritten instead of compared (environment variable UPDATE_DOCS=1).</summary>
    public static bool UpdateDocs => Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1";

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
