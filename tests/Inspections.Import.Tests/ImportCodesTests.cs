using System.Text.RegularExpressions;
using Inspections.Core.Validation;
using Inspections.Import;

namespace Inspections.Import.Tests;

/// <summary>The table of IMP codes: stable, unique, in their ranges, documented, and carried by every issue.</summary>
public sealed class ImportCodesTests
{
    [Fact]
    public void Codes_are_unique_and_the_ilacs_importers_are_IMP001_to_IMP099()
    {
        Assert.Equal(ImportCodes.All.Length, ImportCodes.All.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ImportCodes.Ilacs, d => Assert.Matches(@"^IMP0(0[1-9]|[1-9]\d)$", d.Code));
        Assert.All(ImportCodes.Ofsted, d => Assert.Matches(@"^IMP1\d\d$", d.Code));
        Assert.Equal(ImportCodes.All.Select(d => d.Code).Order(StringComparer.Ordinal), ImportCodes.All.Select(d => d.Code));
    }

    [Fact]
    public void Every_public_descriptor_field_is_in_the_table_or_the_record_builds()
    {
        var fields = typeof(ImportCodes).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Select(f => (DiagnosticDescriptor)f.GetValue(null)!).ToList();
        var recordBuilds = fields.Where(d => Inspections.Import.Record.RecordCodes.All.Contains(d)).ToList();

        // IMP300 is declared with the foundation (both merges use it) but numbered, listed and documented with the record build.
        Assert.Equal(["IMP300"], recordBuilds.Select(d => d.Code));
        Assert.Equal(fields.Except(recordBuilds).Select(d => d.Code).Order(StringComparer.Ordinal), ImportCodes.All.Select(d => d.Code));
        Assert.All(ImportCodes.All, d => Assert.True(ImportCodes.TryGetDescriptor(d.Code, out var found) && ReferenceEquals(found, d)));
        Assert.False(ImportCodes.TryGetDescriptor("INS001", out _));
    }

    [Fact]
    public void Every_code_is_documented_with_its_severity_in_docs_import_md()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "import.md"));

        Assert.All(ImportCodes.Ilacs, d => Assert.Matches(
            new Regex($@"^\| `?{d.Code}`? \| {(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")} \|", RegexOptions.Multiline),
            docs));
    }

    [SharedDataFact]
    public void Every_issue_of_the_real_import_carries_an_ilacs_code_and_its_column_position()
    {
        var result = IlacsCsvImporter.ImportFile(RepositoryPaths.IlacsHistoryCsv, RepositoryPaths.LookupCsv);

        Assert.All(result.Issues, i => Assert.Contains(ImportCodes.Ilacs, d => d.Code == i.Code && d.Severity == i.Severity));
        Assert.All(result.Issues.Where(i => i.Path != ImportCodes.WholeRow), i => Assert.True(i.Column > 0));
        Assert.Equal(178, result.Skipped.Count(i => i.Code == ImportCodes.NoFieldworkDates.Code));
    }
}
