using System.Text;
using Inspections.Core.Validation;
using Inspections.Import;

namespace Inspections.Import.Tests;

/// <summary>
/// The IMP tables of docs/import.md are generated from the descriptors (code, severity, title): one table per
/// importer's range (<see cref="ImportCodes.All"/> for IMP001–IMP199, <see cref="Inspections.Import.Reports.ReportCodes.All"/> and
/// <see cref="Inspections.Import.Record.RecordCodes.All"/>), between markers. <c>UPDATE_DOCS=1</c> rewrites them; otherwise the test fails when they differ.
/// </summary>
public sealed class ImportCodesDocsTests
{
    private const string DocsPath = "docs/import.md";

    /// <summary>Each generated table: the marker's name and the codes it lists.</summary>
    private static IEnumerable<(string Name, IEnumerable<DiagnosticDescriptor> Codes)> Tables() =>
    [
        ("IMP001-IMP099", ImportCodes.All.Where(d => string.CompareOrdinal(d.Code, "IMP100") < 0)),
        ("IMP100-IMP199", ImportCodes.All.Where(d => string.CompareOrdinal(d.Code, "IMP100") >= 0 && string.CompareOrdinal(d.Code, "IMP200") < 0)),
        ("IMP200-IMP299", Inspections.Import.Reports.ReportCodes.All),
        ("IMP300-IMP399", Inspections.Import.Record.RecordCodes.All),
    ];

    internal static string Table(IEnumerable<DiagnosticDescriptor> codes)
    {
        var text = new StringBuilder("| code | severity | meaning |\n|---|---|---|\n");
        foreach (var d in codes)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"| {d.Code} | {(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")} | {d.Title.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return text.ToString();
    }

    [Fact]
    public void The_IMP_tables_of_docs_import_md_are_the_descriptors()
    {
        string path = Path.Combine(RepositoryPaths.Root, DocsPath);
        foreach (var (name, codes) in Tables())
        {
            GeneratedDocs.AssertSection(path, $"<!-- {name}: generated from the descriptors by ImportCodesDocsTests; UPDATE_DOCS=1 rewrites -->", $"<!-- end of {name} -->", Table(codes));
        }
    }

    [Fact]
    public void The_docs_say_which_codes_were_merged_into_which()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, DocsPath));

        Assert.All(ImportCodes.Merged, m => Assert.Contains($"| {m.Key} | {m.Value} |", docs, StringComparison.Ordinal));
    }
}
