using Inspections.Import;
using Inspections.Core.Validation;

namespace Inspections.Import.Tests;

/// <summary>The importer's rules on small, made-up files with one quirk each.</summary>
public sealed class IlacsCsvImporterTests
{
    private static IlacsImportResult Import(params string[] rows) =>
        IlacsCsvImporter.Import(new StringReader(IlacsCsvSamples.Header + "\n" + string.Join("\n", rows) + "\n"));

    [Fact]
    public void A_grade_written_to_requires_improvement_is_mapped_with_a_warning()
    {
        var result = Import("80444,calderdale,https://example.org/r.pdf,r.pdf,19/12/18,standard,A Inspector,12/11/2018,23/11/2018,good,good,to requires improvement,outstanding,inspection_pre_dates_judgement,1");

        var imported = Assert.Single(result.Inspections);
        Assert.True(imported.Inspection.Judgements.TryGetGradeId("children-who-need-help-and-protection", out var grade));
        Assert.Equal("requires-improvement", grade);
        var warning = Assert.Single(imported.Warnings);
        Assert.Equal("help_and_protection_grade", warning.Path);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void A_quoted_name_with_a_comma_is_read_whole()
    {
        var result = Import("2532287,\"bournemouth, christchurch & poole\",https://example.org/r.pdf,r.pdf,29/01/25,standard,A Inspector,02/12/2024,13/12/2024,good,good,good,good,requires improvement,1");

        Assert.Equal("bournemouth, christchurch & poole", Assert.Single(result.Inspections).Inspection.Subject.Name);
    }

    [Fact]
    public void Two_and_four_digit_years_are_read()
    {
        var result = Import("80444,calderdale,,r.pdf,15/05/2024,short,A Inspector,19/02/2024,23/02/2024,good,good,good,good,good,1");

        var inspection = Assert.Single(result.Inspections).Inspection;
        Assert.Equal(new NodaTime.LocalDate(2024, 5, 15), inspection.Published);
        Assert.Equal("ilacs-2023", inspection.FrameworkId);
        Assert.Equal("short-inspection", inspection.VisitTypeId);
    }

    [Fact]
    public void A_care_leavers_grade_before_2023_contradicts_the_dates_and_is_reported_not_guessed()
    {
        var result = Import("80444,calderdale,,r.pdf,19/12/18,standard,A Inspector,12/11/2018,23/11/2018,good,good,good,good,good,1");

        Assert.Empty(result.Inspections);
        var issue = Assert.Single(result.Skipped);
        Assert.Equal("care_leavers_grade", issue.Path);
        Assert.Contains("disagree", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_grade_is_reported()
    {
        var result = Import("80444,calderdale,,r.pdf,19/12/18,standard,A Inspector,12/11/2018,23/11/2018,good,data_unreadable,good,good,inspection_pre_dates_judgement,1");

        Assert.Equal("impact_of_leaders_grade", Assert.Single(result.Skipped).Path);
    }

    [Theory]
    [InlineData("31/02/2019", "inspection_start_date")]
    [InlineData("2019-02-01", "inspection_start_date")]
    public void An_impossible_or_foreign_date_is_reported(string start, string column)
    {
        var result = Import($"80444,calderdale,,r.pdf,19/12/19,standard,A Inspector,{start},23/11/2019,good,good,good,good,inspection_pre_dates_judgement,1");

        var issue = Assert.Single(result.Skipped);
        Assert.Equal(column, issue.Path);
        Assert.Contains(start, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_too_few_fields_is_reported_and_the_next_row_still_read()
    {
        var result = Import(
            "80444,calderdale,,r.pdf,19/12/18",
            "80444,calderdale,,r.pdf,15/05/24,short,A Inspector,19/02/2024,23/02/2024,good,good,good,good,good,1");

        Assert.Single(result.Inspections);
        Assert.Equal(2, Assert.Single(result.Skipped).Line);
    }

    [Fact]
    public void A_file_without_the_needed_columns_is_refused_with_a_coded_issue_naming_them()
    {
        var result = IlacsCsvImporter.Import(new StringReader("urn,local_authority\n1,x\n"));

        Assert.True(result.IsRefused);
        var refusal = Assert.Single(result.Issues);
        Assert.Equal(("IMP092", 1), (refusal.Code, refusal.Line));
        Assert.Contains("inspection_start_date", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.RowCount);
    }

    [Fact]
    public void An_empty_file_is_refused_with_a_coded_issue_not_an_exception()
    {
        var result = IlacsCsvImporter.Import(new StringReader(string.Empty));

        Assert.True(result.IsRefused);
        Assert.Equal("IMP091", Assert.Single(result.Issues).Code);
    }
}
