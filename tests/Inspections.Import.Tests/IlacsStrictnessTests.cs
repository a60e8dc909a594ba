using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using Inspections.Import;
using static Inspections.Testing.IlacsCsvSamples;

namespace Inspections.Import.Tests;

/// <summary>
/// Issue 19, items 2 and 3: the importer repairs nothing silently, passes on every problem it finds (the lookup's
/// too), reads dates only in the documented forms, and imports nothing that would not read back as valid.
/// </summary>
public sealed class IlacsStrictnessTests
{
    private const string Lookup = "urn,la_code,la_code_new,local_authority_ons_name\n";

    private static IlacsImportResult Import(params string[] rows) =>
        IlacsCsvImporter.Import(new StringReader(Header + "\n" + string.Join("\n", rows) + "\n"));

    private static string WithInspector(string written) => Calderdale2018.Replace("A Inspector", written, StringComparison.Ordinal);

    [Theory]
    [InlineData("\"Sa\"\"rah\"x")]
    [InlineData("\"\"x")]
    [InlineData("\"Sarah\" Canto")]
    [InlineData("O\"Brien")]
    public void A_field_that_breaks_the_quoting_rules_is_reported_not_repaired(string written)
    {
        var result = Import(Dorset2025, WithInspector(written), Dorset2025);

        Assert.Equal(2, result.Inspections.Length);
        var issue = Assert.Single(result.Skipped);
        Assert.Equal("IMP002", issue.Code);
        Assert.Equal(3, issue.Line);
        Assert.Equal("inspector_name", issue.Path);
        Assert.Equal(7, issue.Column);
        Assert.Contains(written, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_quote_in_an_unquoted_field_does_not_move_the_line_of_the_rows_after_it()
    {
        string quotedBreak = Calderdale2018.Replace("r.pdf", "\"r\n.pdf\"", StringComparison.Ordinal);

        var result = Import(Dorset2025, WithInspector("O\"Brien"), quotedBreak, Dorset2025);

        Assert.Equal(3, Assert.Single(result.Skipped).Line);
        Assert.Equal([2, 4, 6], result.Inspections.Select(i => i.Line));
    }

    [Theory]
    [InlineData("01/01/31")]
    [InlineData("01/01/99")]
    [InlineData("19/12/1")]
    public void A_two_digit_publication_year_outside_2000_to_2030_is_an_error(string published)
    {
        var result = Import(Calderdale2018.Replace("19/12/18", published, StringComparison.Ordinal));

        Assert.Empty(result.Inspections);
        var issue = Assert.Single(result.Skipped);
        Assert.Equal(("IMP024", "publication_date"), (issue.Code, issue.Path));
    }

    [Fact]
    public void A_two_digit_publication_year_of_30_is_2030()
    {
        var result = Import(Calderdale2018.Replace("19/12/18", "19/12/30", StringComparison.Ordinal));

        Assert.Equal(new NodaTime.LocalDate(2030, 12, 19), Assert.Single(result.Inspections).Inspection.Published);
    }

    [Theory]
    [InlineData("12/11/18", "23/11/2018", "inspection_start_date")]
    [InlineData("12/11/2018", "01/01/99", "inspection_end_date")]
    [InlineData("12/11/2018", "23/11/18", "inspection_end_date")]
    public void Fieldwork_dates_must_be_dd_mm_yyyy(string start, string end, string column)
    {
        var result = Import(Calderdale2018.Replace("12/11/2018,23/11/2018", $"{start},{end}", StringComparison.Ordinal));

        Assert.Empty(result.Inspections);
        var issue = Assert.Single(result.Skipped);
        Assert.Equal(("IMP021", column), (issue.Code, issue.Path));
    }

    [Fact]
    public void A_row_whose_inspection_would_not_validate_is_reported_and_not_imported()
    {
        // Fieldwork ends before it starts: every field reads, but the document would be invalid (INS031).
        var result = Import(Calderdale2018.Replace("12/11/2018,23/11/2018", "12/11/2018,01/11/2018", StringComparison.Ordinal));

        Assert.Empty(result.Inspections);
        var issue = Assert.Single(result.Skipped);
        Assert.Equal("IMP041", issue.Code);
        Assert.Contains("INS031", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_far_longer_than_any_real_one_is_reported_so_no_unreadable_document_is_written()
    {
        var result = Import(WithInspector(new string('x', 1_100_000)));

        Assert.Empty(result.Inspections);
        Assert.Equal(("IMP003", "inspector_name"), (Assert.Single(result.Skipped).Code, result.Skipped[0].Path));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_allowed()
    {
        using var folder = new TempFolder();
        string csv = Path.Combine(folder.Path, "bom.csv");
        File.WriteAllBytes(csv, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Header + "\n" + Calderdale2018 + "\n")]);

        Assert.Single(IlacsCsvImporter.ImportFile(csv).Inspections);
    }

    [Fact]
    public void White_space_around_a_field_is_removed_with_a_warning_and_kept_in_the_notes()
    {
        var result = Import(Calderdale2018.Replace(",good,good,", ", good ,good,", StringComparison.Ordinal).Replace("calderdale", " calderdale", StringComparison.Ordinal));

        var imported = Assert.Single(result.Inspections);
        Assert.Equal(["local_authority", "overall_effectiveness_grade"], imported.Warnings.Where(w => w.Code == "IMP004").Select(w => w.Path).Order(StringComparer.Ordinal));
        Assert.Contains("' calderdale'", imported.Inspection.Notes, StringComparison.Ordinal);
        Assert.Contains("' good '", imported.Inspection.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lookups_name_replacing_the_csvs_is_in_the_notes_and_a_warning_when_more_than_case_differs()
    {
        var lookup = LocalAuthorityLookup.Read(new StringReader(Lookup + "80444,381,E08000033,Calderdale\n2532283,838,E06000059,Dorset Council\n"));

        var result = IlacsCsvImporter.Import(new StringReader(Header + "\n" + Calderdale2018 + "\n" + Dorset2025 + "\n"), lookup);

        Assert.Equal(2, result.Inspections.Length);
        var (calderdale, dorset) = (result.Inspections[0], result.Inspections[1]);
        Assert.Contains("'calderdale'", calderdale.Inspection.Notes, StringComparison.Ordinal);
        Assert.Empty(calderdale.Warnings);
        Assert.Contains("'dorset'", dorset.Inspection.Notes, StringComparison.Ordinal);
        Assert.Equal("IMP013", Assert.Single(dorset.Warnings).Code);
    }

    [Fact]
    public void A_urn_listed_twice_with_the_same_data_is_a_warning_and_still_used()
    {
        var lookup = LocalAuthorityLookup.Read(new StringReader(Lookup + "80444,381,E08000033,Calderdale\n80444,381,E08000033,Calderdale\n"));

        Assert.Equal("IMP054", Assert.Single(lookup.Issues).Code);
        Assert.True(lookup.TryGet("80444", out _));
    }

    [SharedDataFact]
    public void Every_imported_inspection_reads_back_equal_from_what_the_command_writes()
    {
        var result = IlacsCsvImporter.ImportFile(RepositoryPaths.IlacsHistoryCsv, RepositoryPaths.LookupCsv);

        Assert.All(result.Inspections, i =>
        {
            var read = InspectionJson.Read(InspectionJson.WriteToUtf8Bytes(i.Inspection));
            Assert.DoesNotContain(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(i.Inspection, read.Inspection);
        });
    }
}
