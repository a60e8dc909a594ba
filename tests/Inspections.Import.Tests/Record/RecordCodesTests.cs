using Inspections.Core.Validation;
using Inspections.Import.Record;

namespace Inspections.Import.Tests.Record;

/// <summary>The record build's IMP codes: in their range, unique and found by code (docs/import.md's table is generated: ImportCodesDocsTests).</summary>
public sealed class RecordCodesTests
{
    [Fact]
    public void Codes_are_IMP300_to_IMP399_unique_in_order_and_none_of_the_importers()
    {
        Assert.All(RecordCodes.All, d => Assert.Matches(@"^IMP3\d\d$", d.Code));
        Assert.Equal(RecordCodes.All.Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), RecordCodes.All.Select(d => d.Code));
        Assert.DoesNotContain(RecordCodes.All, d => ImportCodes.TryGetDescriptor(d.Code, out _));
        var fields = typeof(RecordCodes).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
        // IMP300 is declared with the import foundation (import ofsted merges rows into events too) and listed here.
        Assert.Equal(fields.Prepend(ImportCodes.MergedDocumentUnwritable).Select(d => d.Code).Order(StringComparer.Ordinal), RecordCodes.All.Select(d => d.Code));
        Assert.All(RecordCodes.All, d => Assert.True(RecordCodes.TryGetDescriptor(d.Code, out var found) && ReferenceEquals(found, d)));
        Assert.False(RecordCodes.TryGetDescriptor("IMP111", out _));
    }

    [Fact]
    public void A_descriptor_owns_its_message_format()
    {
        var d = RecordCodes.ReportNotInTables.Create("(row)", "sif-2013", "lscb-review", "Slough", "fieldwork 2016-01-11 to 2016-02-04", "2025-03-31");

        Assert.Equal("IMP302", d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("The sif-2013 lscb-review of Slough (fieldwork 2016-01-11 to 2016-02-04) is in none of Ofsted's official tables, which run to 2025-03-31; the record takes it from the report alone.", d.Message);
    }
}
