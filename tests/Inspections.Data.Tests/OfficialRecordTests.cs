using Inspections.Core.Validation;
using Inspections.Data.Tests.Generation;
using NodaTime;

namespace Inspections.Data.Tests;

/// <summary>The shipped record, as a user loads it.</summary>
public sealed class OfficialRecordTests
{
    [SharedDataFact]
    public void The_record_holds_at_least_900_valid_inspections_none_twice()
    {
        var record = OfficialRecord.Inspections;

        Assert.True(record.Length >= 900, $"{record.Length} inspections");
        Assert.All(record, i => Assert.DoesNotContain(InspectionValidator.Validate(i), d => d.Severity == DiagnosticSeverity.Error));
        var events = record.Select(i => (RecordBuild.AuthorityKey(i.Subject), i.FrameworkId, i.VisitTypeId, i.Date)).ToList();
        Assert.Equal(events.Count, events.Distinct().Count());
        var built = RecordBuild.Instance.Record;
        Assert.Equal(built.Length, record.Length);
        int differs = Enumerable.Range(0, record.Length).FirstOrDefault(n => !built[n].Equals(record[n]), -1);
        Assert.True(differs < 0, differs < 0 ? null : $"{Core.Serialization.InspectionJson.Write(built[differs], indented: false)}\n{Core.Serialization.InspectionJson.Write(record[differs], indented: false)}\n{built[differs].NotJudgedIds.IsDefault} {record[differs].NotJudgedIds.IsDefault}");
    }

    [Fact]
    public void Every_inspection_carries_the_attribution_and_its_sources()
    {
        Assert.All(OfficialRecord.Inspections, i =>
        {
            Assert.EndsWith(OfficialRecord.Attribution, i.Notes, StringComparison.Ordinal);
            Assert.Matches(@"(From Ofsted's official statistics: \w+\.csv:\d+|Not in Ofsted's official tables, .* ofsted_csc_ilacs_history\.csv line \d+|Not in Ofsted's official tables: from Ofsted's report '.+?\.pdf')", i.Notes);
        });
    }

    [Fact]
    public void Inspections_after_March_2025_come_from_a_report_or_the_scrape_and_say_so()
    {
        const string NotInTables = "Not in Ofsted's official tables";
        var fromScrape = OfficialRecord.Inspections.Where(i => i.Notes!.StartsWith(NotInTables + ", which run to", StringComparison.Ordinal)).ToList();
        var fromReportAlone = OfficialRecord.Inspections.Where(i => i.Notes!.StartsWith(NotInTables + ": from Ofsted's report", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(fromScrape.Concat(fromReportAlone));
        Assert.All(fromScrape, i => Assert.True(i.Fieldwork?.Start > OfficialRecord.OfficialAsAt || i.Published > OfficialRecord.OfficialAsAt));
        Assert.All(OfficialRecord.Inspections.Except(fromScrape).Except(fromReportAlone), i => Assert.True(i.Date <= OfficialRecord.OfficialAsAt, i.ToString()));
        Assert.Equal(Import.Record.RecordBuilder.TablesAsAt, OfficialRecord.OfficialAsAt);
    }

    [Fact]
    public void Calderdale_reads_as_the_official_rows_tell_it()
    {
        var calderdale = OfficialRecord.OfAuthority("E08000033");

        Assert.Equal(
            [
                ("slac-2009", "full-inspection", 2010),
                ("protection-of-children-2012", "full-inspection", 2013),
                ("protection-of-children-2012", "re-inspection", 2013),
                ("sif-2013", "full-inspection", 2015),
                ("sif-2013", "lscb-review", 2015),
                ("ilacs-2018", "standard-inspection", 2018),
            ],
            calderdale.Where(i => i.Date!.Value.Year <= 2018).Select(i => (i.FrameworkId, i.VisitTypeId, i.Date!.Value.Year)));
        Assert.Equal("inadequate", Grade(calderdale[0], "safeguarding-overall-effectiveness"));
        Assert.Equal("inadequate", Grade(calderdale[1], "overall-effectiveness"));
        Assert.Equal("inadequate", Grade(calderdale[2], "overall-effectiveness"));
        Assert.Equal("requires-improvement", Grade(calderdale[3], "overall-effectiveness"));
        Assert.Equal("inadequate", Grade(calderdale[3], "adoption-performance"));
        Assert.Equal("requires-improvement", Grade(calderdale[4], "lscb-effectiveness"));
        Assert.Equal("good", Grade(calderdale[5], "overall-effectiveness"));
        Assert.Equal(new LocalDate(2018, 11, 12), calderdale[5].Fieldwork!.Value.Start);
    }

    [Fact]
    public void Every_inspection_is_placed_in_time_and_each_authoritys_are_in_date_order()
    {
        // Replaces a test that several threads get the same array: that tested Lazy<T>, not the record.
        var record = OfficialRecord.Inspections;

        Assert.All(record, i => Assert.NotEqual(Core.InspectionDateBasis.None, i.DateBasis));
        Assert.Contains(record, i => i.DateBasis == Core.InspectionDateBasis.Published);
        for (int n = 1; n < record.Length; n++)
        {
            var (before, after) = (record[n - 1], record[n]);
            if (before.Subject.Name == after.Subject.Name && before.Subject.GssCode == after.Subject.GssCode)
            {
                Assert.True(before.Date <= after.Date, $"{before} is listed before {after}");
            }
        }
    }

    private static string? Grade(Core.Inspection inspection, string judgement) =>
        inspection.Judgements.TryGetGradeId(judgement, out var grade) ? grade : null;
}
