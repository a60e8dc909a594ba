using Inspections.Core.Validation;
using Inspections.Import;

namespace Inspections.Import.Tests;

/// <summary>
/// The real ILACS history CSV in ../shared/data. The expected counts were worked out from the file independently
/// (497 data rows: 178 with no dates, one SIF inspection of 2017 (Doncaster), one with the framework text
/// "inspection duration longer than standard framework" (Wiltshire 2019), and two with no overall grade
/// (Nottingham 2018, Southend-on-Sea 2019) cannot be typed; the other 315 can).
/// </summary>
public sealed class RealIlacsHistoryTests
{
    private static readonly Lazy<IlacsImportResult> Result = new(() =>
        IlacsCsvImporter.ImportFile(RepositoryPaths.IlacsHistoryCsv, RepositoryPaths.LookupCsv));

    [SharedDataFact]
    public void Every_row_is_either_imported_or_reported_with_its_line_and_reason()
    {
        var result = Result.Value;

        Assert.Equal(497, result.RowCount);
        Assert.Equal(315, result.Inspections.Length);
        Assert.Equal(182, result.Skipped.Count);
        Assert.Equal(result.RowCount, result.Inspections.Length + result.Skipped.Count);
        var lines = result.Inspections.Select(i => i.Line).Concat(result.Skipped.Select(s => s.Line!.Value)).Order().ToArray();
        Assert.Equal(Enumerable.Range(2, 497), lines);
        Assert.All(result.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Message)));
    }

    [SharedDataFact]
    public void With_the_lookup_the_only_warnings_are_the_17_rows_whose_csv_name_differs_from_the_ons_name_beyond_letter_case()
    {
        // The eight CSV names that differ from the lookup's ONS name by more than letter case, found in the two files
        // independently ("bedford" for "Bedford Borough", "st helens" for "St. Helens", ...); 17 imported rows use them.
        string[] renamed =
        [
            "bedford", "bournemouth, christchurch & poole", "bristol", "kingston upon hull", "london corporation", "st helens",
            "telford & wrekin", "windsor & maidenhead",
        ];
        var warned = Result.Value.Inspections.Where(i => !i.Warnings.IsEmpty).ToArray();

        Assert.Equal(17, Result.Value.WarnedRowCount);
        Assert.All(warned, i => Assert.Equal("IMP013", Assert.Single(i.Warnings).Code));
        Assert.All(warned, i => Assert.Contains(renamed, n => i.Inspection.Notes!.Contains($"'{n}'", StringComparison.Ordinal)));
        Assert.Empty(Result.Value.LookupIssues);
    }

    [SharedDataFact]
    public void Rows_without_dates_are_reported_as_such()
    {
        var noDates = Result.Value.Skipped.Count(s => s.Path == "inspection_start_date" && s.Message.Contains("no inspection dates", StringComparison.Ordinal));

        Assert.Equal(178, noDates);
    }

    [SharedDataTheory]
    [InlineData(115, "inspection_start_date", "no ILACS framework")]
    [InlineData(329, "overall_effectiveness_grade", "missing")]
    [InlineData(415, "overall_effectiveness_grade", "missing")]
    [InlineData(485, "inspection_framework", "neither 'standard' nor 'short'")]
    public void The_dated_rows_that_cannot_be_typed_are_reported_with_the_column_and_reason(int line, string column, string reason)
    {
        var issue = Assert.Single(Result.Value.Skipped, s => s.Line == line);

        Assert.Equal(column, issue.Path);
        Assert.Contains(reason, issue.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Every_imported_inspection_validates_with_no_error()
    {
        var failures = Result.Value.Inspections
            .Select(i => (i.Line, Result: InspectionValidator.Validate(i.Inspection)))
            .Where(x => !x.Result.IsValid)
            .Select(x => $"line {x.Line}: {string.Join("; ", x.Result)}")
            .ToArray();

        Assert.Empty(failures);
    }

    [SharedDataFact]
    public void The_framework_follows_the_fieldwork_dates_and_the_markers_agree()
    {
        var byFramework = Result.Value.Inspections.GroupBy(i => i.Inspection.FrameworkId).ToDictionary(g => g.Key, g => g.ToArray());

        Assert.All(byFramework["ilacs-2018"], i => Assert.False(i.Inspection.Judgements.Contains("care-leavers")));
        Assert.All(byFramework["ilacs-2023"], i => Assert.True(i.Inspection.Judgements.Contains("care-leavers")));
        Assert.All(byFramework["ilacs-2026"], i => Assert.False(i.Inspection.Judgements.Contains("overall-effectiveness")));
        Assert.Equal(11, byFramework["ilacs-2026"].Length);
    }

    [SharedDataFact]
    public void Calderdale_2018_is_imported_with_its_codes_and_grades()
    {
        var calderdale = Result.Value.Inspections
            .Select(i => i.Inspection)
            .Single(i => i.Subject.Name == "Calderdale" && i.Fieldwork!.Value.Start.Year == 2018);

        Assert.Equal("E08000033", calderdale.Subject.GssCode);
        Assert.Equal(381, calderdale.Subject.LaNumber);
        Assert.Equal("standard-inspection", calderdale.VisitTypeId);
        Assert.Equal(new NodaTime.LocalDate(2018, 11, 12), calderdale.Fieldwork!.Value.Start);
        Assert.Equal(new NodaTime.LocalDate(2018, 12, 19), calderdale.Published);
        Assert.True(calderdale.Judgements.TryGetGradeId("children-in-care-and-care-leavers", out var cic));
        Assert.Equal("outstanding", cic);
        Assert.True(calderdale.Judgements.TryGetGradeId("children-who-need-help-and-protection", out var hp));
        Assert.Equal("requires-improvement", hp);
    }
}
