namespace Inspections.Data.Tests;

/// <summary>Finds the repository root (the folder with Inspections.Core.sln) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared data folder: ../shared/data from the repository root.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary>Ofsted's four official sheets, in name order.</summary>
    public static string[] OfficialSheets => [.. Directory.GetFiles(Path.Combine(SharedData, "ofsted"), "*.csv").Order(StringComparer.Ordinal)];

    public static string ScrapeCsv => Path.Combine(SharedData, "ofsted_csc_ilacs_history.csv");

    public static string LookupCsv => Path.Combine(SharedData, "Provider_data_lookup.csv");

    /// <summary>The committed record: src/Inspections.Data/official-record.jsonl.</summary>
    public static string RecordFile => Path.Combine(Root, "src", "Inspections.Data", "official-record.jsonl");

    public static string DataDoc => Path.Combine(Root, "docs", "data.md");

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
