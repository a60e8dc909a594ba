using Inspections.Cli.Tests.Cli;
using Inspections.Core.Serialization;
using Inspections.Import;

namespace Inspections.Cli.Tests.Hostile;

/// <summary>
/// The importer meets a damaged CSV with issues, never a crash: bad rows are reported with their line and column,
/// the good rows around them are still imported, and what it imports can always be written.
/// </summary>
public sealed class ImportHostileTests
{
    internal const string Header =
        "urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version";

    internal const string Calderdale2018 =
        "80444,calderdale,https://files.ofsted.gov.uk/v1/file/50045306,r.pdf,19/12/18,standard,A Inspector,12/11/2018,23/11/2018,good,good,requires improvement,good,inspection_pre_dates_judgement,1";

    internal const string Dorset2025 =
        "2532283,dorset,https://files.ofsted.gov.uk/v1/file/50276411,r.pdf,09/05/25,short,Sarah Canto,17/03/2025,21/03/2025,outstanding,outstanding,outstanding,outstanding,good,1";

    private static IlacsImportResult Import(params string[] rows) =>
        IlacsCsvImporter.Import(new StringReader(Header + "\n" + string.Join("\n", rows) + "\n"));

    [Fact]
    public void Bad_rows_among_good_ones_are_reported_by_line_and_column_and_the_good_ones_imported()
    {
        var result = Import(
            Calderdale2018,
            "80444,calderdale,,r.pdf,19/12/18,standard,A Inspector,30/02/2019,23/11/2019,good,good,good,good,inspection_pre_dates_judgement,1",
            "80444,calderdale,,r.pdf",
            Dorset2025);

        Assert.Equal(["calderdale", "dorset"], result.Inspections.Select(i => i.Inspection.Subject.Name));
        Assert.Equal([2, 5], result.Inspections.Select(i => i.Line));
        Assert.Equal(result.RowCount, result.Inspections.Length + result.Skipped.Count);
        Assert.Equal([(3, "inspection_start_date"), (4, ImportCodes.WholeRow)], result.Skipped.Select(i => (i.Line.GetValueOrDefault(), i.Path)));
        Assert.Contains("30/02/2019", result.Skipped[0].Message, StringComparison.Ordinal);
        Assert.Contains("The row has 4 fields; the header has 15", result.Skipped[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_never_closed_is_reported_on_its_own_line_with_the_lines_it_takes_in()
    {
        var result = Import(Calderdale2018, "\"unterminated,quote", Dorset2025, Dorset2025);

        Assert.Single(result.Inspections);
        var issue = Assert.Single(result.Skipped);
        Assert.Equal(3, issue.Line);
        Assert.Contains("a quoted field on line 3 is never closed, so the rest of the file, to line 5, is read as part of it", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_after_blank_lines_and_a_quoted_line_break_is_named_by_the_line_it_starts_on()
    {
        string quoted = Calderdale2018.Replace("A Inspector", "\"A\nInspector\"", StringComparison.Ordinal);

        var result = IlacsCsvImporter.Import(new StringReader(Header + "\r\n\r\n\r\n" + quoted + "\r\n" + Dorset2025.Replace("09/05/25", "bad", StringComparison.Ordinal) + "\r\n"));

        Assert.Equal(4, Assert.Single(result.Inspections).Line);
        Assert.Equal(6, Assert.Single(result.Skipped).Line);
    }

    [Theory]
    [InlineData("https://files.ofsted.gov.uk/v1/file/ 50045306")]
    [InlineData("https://files.ofsted.gov.uk/v1/file/\t50045306")]
    [InlineData("https://files.ofsted.gov.uk/v1/file/\u007f50045306")]
    public void A_link_with_white_space_or_a_control_character_is_left_out_with_a_warning(string link)
    {
        var result = Import(Calderdale2018.Replace("https://files.ofsted.gov.uk/v1/file/50045306", link, StringComparison.Ordinal));

        var imported = Assert.Single(result.Inspections);
        Assert.Null(imported.Inspection.Source);
        Assert.Equal("inspection_link", Assert.Single(imported.Warnings).Path);
        Assert.Equal(imported.Inspection, InspectionJson.Read(InspectionJson.WriteToUtf8Bytes(imported.Inspection)).Inspection);
    }

    [Fact]
    public void The_command_imports_a_file_with_a_spaced_link_instead_of_crashing()
    {
        using var folder = new TempFolder();
        string csv = folder.File("history.csv", Header + "\n" + Calderdale2018.Replace("v1/file/", "v1/file/ ", StringComparison.Ordinal) + "\n");

        var (exit, output, error) = CliRunner.Run("import", "ilacs-csv", csv);

        Assert.Equal(0, exit);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("warning IMP040: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lookup_name_longer_than_a_subject_name_can_be_is_skipped_and_the_csv_name_kept()
    {
        var lookup = LocalAuthorityLookup.Read(new StringReader(
            "urn,la_code,la_code_new,local_authority_ons_name\n80444,381,E08000033," + new string('C', 201) + "\n"));

        var result = IlacsCsvImporter.Import(new StringReader(Header + "\n" + Calderdale2018 + "\n"), lookup);

        Assert.Equal("local_authority_ons_name", Assert.Single(lookup.Issues).Path);
        Assert.Equal("calderdale", Assert.Single(result.Inspections).Inspection.Subject.Name);
    }

    [Fact]
    public void A_header_of_thousands_of_long_columns_gives_a_short_message()
    {
        string header = string.Join(",", Enumerable.Range(0, 5_000).Select(i => new string('x', 100) + i));

        var error = Assert.Throws<ImportFormatException>(() => IlacsCsvImporter.Import(new StringReader(header + "\n")));

        Assert.InRange(error.Message.Length, 1, 4_000);
        Assert.Contains("and 4980 more", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\uFEFF")]
    [InlineData("urn\n1\n")]
    public void A_file_that_is_not_the_history_csv_is_refused_with_ImportFormatException(string csv)
    {
        Assert.Throws<ImportFormatException>(() => IlacsCsvImporter.Import(new StringReader(csv)));
    }

    [Fact]
    public void The_command_refuses_a_file_that_is_not_the_history_csv_with_exit_2_and_no_stack_trace()
    {
        using var folder = new TempFolder();
        string csv = folder.File("not.csv", "\u0000\u0001binary\u00ff");

        var (exit, _, error) = CliRunner.Run("import", "ilacs-csv", csv);

        Assert.Equal(2, exit);
        Assert.StartsWith("inspections: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_that_is_not_utf8_is_refused_not_read_with_replacement_characters()
    {
        using var folder = new TempFolder();
        string csv = Path.Combine(folder.Path, "latin1.csv");
        File.WriteAllBytes(csv, [.. System.Text.Encoding.UTF8.GetBytes(Header + "\n" + Calderdale2018.Replace("calderdale", "calder", StringComparison.Ordinal)), 0xE9, .. "\n"u8]);

        var (exit, output, error) = CliRunner.Run("import", "ilacs-csv", csv);
        var thrown = Assert.Throws<ImportFormatException>(() => IlacsCsvImporter.ImportFile(csv));

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("latin1.csv: IMP090: The file is not UTF-8 text: the bytes [E9", error, StringComparison.Ordinal);
        Assert.StartsWith("The file is not UTF-8 text", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_history_and_lookup_are_utf8_and_still_import()
    {
        var result = IlacsCsvImporter.ImportFile(RepositoryPaths.IlacsHistoryCsv, RepositoryPaths.LookupCsv);

        Assert.NotEmpty(result.Inspections);
    }
}
