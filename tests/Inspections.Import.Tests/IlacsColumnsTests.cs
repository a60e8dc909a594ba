using Inspections.Import;
using static Inspections.Testing.IlacsCsvSamples;

namespace Inspections.Import.Tests;

/// <summary>
/// Issue 26, item 5: the ILACS importer reads every column of the header or says why not. A column it does not map
/// is kept in the notes with a warning (IMP005); a column named twice makes the file unreadable as the history CSV
/// (IMP093), since which of the two holds the grade cannot be told.
/// </summary>
public sealed class IlacsColumnsTests
{
    private static IlacsImportResult Import(string header, params string[] rows) =>
        IlacsCsvImporter.Import(new StringReader(header + "\n" + string.Join("\n", rows) + "\n"));

    [Fact]
    public void A_second_overall_effectiveness_column_refuses_the_file_instead_of_being_ignored()
    {
        var result = Import(Header + ",overall_effectiveness_grade", Calderdale2018 + ",inadequate");

        Assert.True(result.IsRefused);
        Assert.Empty(result.Inspections);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("IMP093", 1, 16), (issue.Code, issue.Line, issue.Column));
        Assert.Equal("overall_effectiveness_grade", issue.Path);
        Assert.Contains("columns 10 and 16", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_the_importer_does_not_map_is_kept_in_the_notes_with_a_warning()
    {
        var result = Import(Header + ",comment", Calderdale2018 + ",re-inspected in 2021", Dorset2025 + ",");

        Assert.False(result.IsRefused);
        Assert.Equal(2, result.Inspections.Length);
        var warning = Assert.Single(result.Issues);
        Assert.Equal(("IMP005", 2, 16, "comment"), (warning.Code, warning.Line, warning.Column, warning.Path));
        Assert.Contains("'re-inspected in 2021'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("re-inspected in 2021", result.Inspections[0].Inspection.Notes, StringComparison.Ordinal);
        Assert.Empty(result.Inspections[1].Warnings);
    }

    [Fact]
    public void The_scrapers_parser_version_column_is_known_and_not_a_warning()
    {
        var result = Import(Header, Calderdale2018);

        Assert.Empty(result.Issues);
        Assert.Contains("parser_version", IlacsCsvImporter.KnownColumns);
    }
}
