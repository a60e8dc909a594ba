using Inspections.Cli.Tests.Cli;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using Inspections.Import;
using static Inspections.Testing.IlacsCsvSamples;

namespace Inspections.Cli.Tests.Hostile;

/// <summary>
/// Issue 19, items 2 and 3, through the import command: what the importer refuses is reported and never written (the importer's own side is Inspections.Import.Tests.IlacsStrictnessTests).
/// </summary>
public sealed class IlacsStrictnessCommandTests
{
    private const string Lookup = "urn,la_code,la_code_new,local_authority_ons_name\n";

    [Fact]
    public void The_command_does_not_write_an_invalid_document_for_an_end_date_of_01_01_99()
    {
        using var folder = new TempFolder();
        string csv = folder.File("history.csv", Header + "\n" + Calderdale2018.Replace("23/11/2018", "01/01/99", StringComparison.Ordinal) + "\n");
        string jsonl = Path.Combine(folder.Path, "out.jsonl");

        var (exit, output, _) = CliRunner.Run("import", "ilacs-csv", csv, "--jsonl", jsonl);
        var validate = CliRunner.Run("validate", jsonl);

        Assert.Equal(0, exit);
        Assert.Contains("1 rows, 0 imported, 1 skipped", output, StringComparison.Ordinal);
        Assert.Contains(":2:9: skipped IMP021: ", output, StringComparison.Ordinal);
        Assert.Equal(0, validate.Exit);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "UTF-16 (little-endian)")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "UTF-16 (big-endian)")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0, 0 }, "UTF-32 (little-endian)")]
    [InlineData(new byte[] { 0, 0, 0xFE, 0xFF }, "UTF-32 (big-endian)")]
    public void A_csv_with_a_utf16_or_utf32_byte_order_mark_is_refused_as_not_utf8(byte[] bom, string named)
    {
        using var folder = new TempFolder();
        string csv = Path.Combine(folder.Path, "bom.csv");
        var encoding = named.StartsWith("UTF-16", StringComparison.Ordinal)
            ? (System.Text.Encoding)new System.Text.UnicodeEncoding(bigEndian: bom[0] == 0xFE, byteOrderMark: false)
            : new System.Text.UTF32Encoding(bigEndian: bom[0] == 0, byteOrderMark: false);
        File.WriteAllBytes(csv, [.. bom, .. encoding.GetBytes(Header + "\n" + Calderdale2018 + "\n")]);

        var refused = IlacsCsvImporter.ImportFile(csv);
        var (exit, _, error) = CliRunner.Run("import", "ilacs-csv", csv);

        Assert.True(refused.IsRefused);
        var refusal = Assert.Single(refused.Issues);
        Assert.Equal("IMP090", refusal.Code);
        Assert.Contains(named, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(2, exit);
        Assert.Contains("IMP090", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_la_code_of_83B_reaches_the_report_and_the_row_says_its_number_is_left_out()
    {
        using var folder = new TempFolder();
        string lookup = folder.File("lookup.csv", Lookup + "80444,83B,E08000033,Calderdale\n");
        string csv = folder.File("history.csv", Header + "\n" + Calderdale2018 + "\n");

        var (exit, output, _) = CliRunner.Run("import", "ilacs-csv", csv, "--lookup", lookup, "--out", Path.Combine(folder.Path, "out"));
        var imported = IlacsCsvImporter.ImportFile(csv, lookup);

        Assert.Equal(0, exit);
        Assert.Contains("lookup.csv:2:2: warning IMP052: '83B'", output, StringComparison.Ordinal);
        Assert.Contains("history.csv:2:1: warning IMP015: ", output, StringComparison.Ordinal);
        Assert.Null(Assert.Single(imported.Inspections).Inspection.Subject.LaNumber);
    }

    [Fact]
    public void A_urn_listed_twice_with_different_data_is_not_used_and_both_files_say_so()
    {
        using var folder = new TempFolder();
        string lookup = folder.File("lookup.csv", Lookup + "80444,381,E08000033,Calderdale\n80444,382,E08000034,Kirklees\n");
        string csv = folder.File("history.csv", Header + "\n" + Calderdale2018 + "\n");

        var (exit, output, _) = CliRunner.Run("import", "ilacs-csv", csv, "--lookup", lookup, "--jsonl", Path.Combine(folder.Path, "out.jsonl"));
        var imported = Assert.Single(IlacsCsvImporter.ImportFile(csv, lookup).Inspections);

        Assert.Equal(0, exit);
        Assert.Contains("lookup.csv:3:1: skipped IMP055: ", output, StringComparison.Ordinal);
        Assert.Contains("history.csv:2:1: warning IMP014: ", output, StringComparison.Ordinal);
        Assert.Equal(("calderdale", null, null), (imported.Inspection.Subject.Name, imported.Inspection.Subject.GssCode, imported.Inspection.Subject.LaNumber));
    }
}
