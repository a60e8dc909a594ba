using Inspections.Core.Serialization;
using Inspections.Import;
using static Inspections.Testing.IlacsCsvSamples;

namespace Inspections.Import.Tests.Hostile;

/// <summary>
/// The importer meets a damaged CSV with issues, never a crash: bad rows are reported with their line and column,
/// the good rows around them are still imported, and what it imports can always be written.
/// </summary>
public sealed class ImportHostileTests
{
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

        var error = Assert.Single(IlacsCsvImporter.Import(new StringReader(header + "\n")).Issues);

        Assert.Equal("IMP092", error.Code);
        Assert.InRange(error.Message.Length, 1, 4_000);
        Assert.Contains("and 4980 more", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\uFEFF")]
    [InlineData("urn\n1\n")]
    public void A_file_that_is_not_the_history_csv_is_refused_with_one_coded_issue_not_an_exception(string csv)
    {
        var result = IlacsCsvImporter.Import(new StringReader(csv));

        Assert.True(result.IsRefused);
        Assert.Matches("^IMP09[0-3]$", Assert.Single(result.Issues).Code);
        Assert.Empty(result.Inspections);
    }

    [SharedDataFact]
    public void The_real_history_and_lookup_are_utf8_and_still_import()
    {
        var result = IlacsCsvImporter.ImportFile(RepositoryPaths.IlacsHistoryCsv, RepositoryPaths.LookupCsv);

        Assert.NotEmpty(result.Inspections);
    }
}
