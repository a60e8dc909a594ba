using Inspections.Data.Tests.Generation;
using Inspections.Import.Record;

namespace Inspections.Data.Tests;

/// <summary>
/// The shared reports in the record build (issue 23): every document a report gave is in the record, and every
/// grade that both a report and Ofsted's table give agrees (the report's would stand, and the disagreement would be
/// listed in docs/data.md).
/// </summary>
public sealed class ReportCorpusTests
{
    [SharedDataFact]
    public void Every_document_the_reports_give_is_one_source_of_an_event_of_the_record()
    {
        var build = RecordBuild.Instance;
        var documents = build.Reports.Reports.GroupBy(r => r.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var inRecord = build.Result.Events.SelectMany(e => e.Sources).Where(s => s.Kind == RecordSourceKind.Report)
            .GroupBy(s => s.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var missing = documents.Where(d => inRecord.GetValueOrDefault(d.Key) != d.Value).Select(d => $"{d.Key}: {d.Value} documents, {inRecord.GetValueOrDefault(d.Key)} in the record").ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
        Assert.Equal(build.Reports.Reports.Length, inRecord.Values.Sum());
    }

    [SharedDataFact]
    public void Every_grade_that_a_report_and_Ofsteds_table_both_give_agrees()
    {
        var result = RecordBuild.Instance.Result;
        var graded = result.Disagreements
            .Where(d => d.Field == RecordField.Judgement && (d.Stood.Kind == RecordSourceKind.Report || d.Other.Kind == RecordSourceKind.Report)
                && (d.Stood.Kind == RecordSourceKind.OfficialTable || d.Other.Kind == RecordSourceKind.OfficialTable))
            .Select(d => $"{d.Inspection.Subject.Name} {d.Inspection.FrameworkId} {d.JudgementId}: {d.Stood} '{d.StoodValue}', {d.Other} '{d.OtherValue}'")
            .ToList();

        Assert.True(graded.Count == 0, string.Join("\n", graded));

        // The comparison was made: every event with both a report and a table row shares at least one grade.
        int both = result.Events.Count(e => e.InTables && e.InReports);
        Assert.True(both > 0 && result.ReportGradesCompared >= both, $"{result.ReportGradesCompared} grades compared over {both} events with a report and a table row");
    }
}
