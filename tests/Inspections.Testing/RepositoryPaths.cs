namespace Inspections.Testing;

/// <summary>
/// The one way the tests find files: the repository root is the first folder above the test assembly that holds
/// Inspections.Core.sln; the shared contract and data are beside it (../shared). Every test project uses this
/// class (tests/README.md); none finds the root another way.
/// </summary>
public static class RepositoryPaths
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

    /// <summary>docs/frameworks.md (generated from the catalog).</summary>
    public static string FrameworksDoc => Path.Combine(Docs, "frameworks.md");

    /// <summary>docs/data.md (its generated sections come from the record build).</summary>
    public static string DataDoc => Path.Combine(Docs, "data.md");

    /// <summary>The committed official record: src/Inspections.Data/official-record.jsonl.</summary>
    public static string RecordFile => Path.Combine(Root, "src", "Inspections.Data", "official-record.jsonl");

    /// <summary>
    /// The shared folder beside the repository (the public contract and the real data); the environment variable
    /// <c>INSPECTIONS_SHARED</c> names another (so a run can check what a clone without ../shared does).
    /// </summary>
    public static string Shared => Environment.GetEnvironmentVariable("INSPECTIONS_SHARED") is { Length: > 0 } other
        ? Path.GetFullPath(other)
        : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The shared data folder: ../shared/data.</summary>
    public static string SharedData => Path.Combine(Shared, "data");

    /// <summary>The public contract: ../shared/spec.</summary>
    public static string Spec => Path.Combine(Shared, "spec");

    /// <summary>The folder of Ofsted's official tables: ../shared/data/ofsted.</summary>
    public static string OfficialFolder => Path.Combine(SharedData, "ofsted");

    /// <summary>Ofsted's four official sheets (../shared/data/ofsted/*.csv), in name order.</summary>
    public static string[] OfficialSheets => [.. Directory.GetFiles(OfficialFolder, "*.csv").Order(StringComparer.Ordinal)];

    /// <summary>The real ILACS history (the scrape): ../shared/data/ofsted_csc_ilacs_history.csv.</summary>
    /// <exception cref="FileNotFoundException">The file is missing.</exception>
    public static string IlacsHistoryCsv => Require(Path.Combine(SharedData, "ofsted_csc_ilacs_history.csv"));

    /// <summary>The provider lookup: ../shared/data/Provider_data_lookup.csv.</summary>
    /// <exception cref="FileNotFoundException">The file is missing.</exception>
    public static string LookupCsv => Require(Path.Combine(SharedData, "Provider_data_lookup.csv"));

    /// <summary>Whether generated files in docs should be rewritten instead of compared (environment variable UPDATE_DOCS=1).</summary>
    public static bool UpdateDocs => Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1";

    /// <summary>One of the official sheets by file name.</summary>
    /// <param name="name">The file name, such as <c>la_inspections_2009_2023.csv</c>.</param>
    /// <returns>The full path.</returns>
    public static string OfficialSheet(string name) => Path.Combine(OfficialFolder, name);

    /// <summary>A file of the repository by its path from the root ('/' separated).</summary>
    /// <param name="relativePath">The path from the root, such as <c>docs/validation.md</c>.</param>
    /// <returns>The full path.</returns>
    public static string File(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>Reads a file of the repository, with line endings normalised to \n.</summary>
    /// <param name="relativePath">The path from the root, such as <c>docs/validation.md</c>.</param>
    /// <returns>The text.</returns>
    public static string Read(string relativePath) =>
        System.IO.File.ReadAllText(File(relativePath)).Replace("\r\n", "\n");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Inspections.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Inspections.Core.sln above {AppContext.BaseDirectory}.");
    }

    private static string Require(string path) =>
        System.IO.File.Exists(path)
            ? Path.GetFullPath(path)
            : throw new FileNotFoundException($"The shared data file is missing: expected it at {Path.GetFullPath(path)} (shared/ beside the repository root).", path);
}
