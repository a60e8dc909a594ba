namespace Inspections.Core.Tests.Catalog;

/// <summary>Finds files of the repository checkout (docs/) and of the shared folder beside it (../shared).</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds Inspections.Core.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The real ILACS history CSV, from ../shared/data relative to the repository root.</summary>
    public static string IlacsHistoryCsv => Require(Path.Combine(Root, "..", "shared", "data", "ofsted_csc_ilacs_history.csv"));

    /// <summary>docs/frameworks.md.</summary>
    public static string FrameworksDoc => Path.Combine(Root, "docs", "frameworks.md");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inspections.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Inspections.Core.sln.");
    }

    private static string Require(string path) =>
        File.Exists(path)
            ? Path.GetFullPath(path)
            : throw new FileNotFoundException($"The shared data file is missing: expected it at {Path.GetFullPath(path)} (shared/ beside the repository root).", path);
}
