using Inspections.Core;
using Inspections.Import.Ofsted;
using Inspections.Import.Record;
using NodaTime;

namespace Inspections.Import.Tests.Record;

/// <summary>
/// The record build's rules, over Ofsted's real tables and report documents made up in the shape the report reader
/// gives (their dates and grades are the issue's, or invented where marked): which events a report is paired with,
/// which source stands, and what is listed.
/// </summary>
public sealed class RecordBuilderTests
{
    private static readonly Lazy<OfstedImportResult> Tables = new(() => OfstedImporter.ImportFiles(RepositoryPaths.OfficialSheets));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static InspectionSubject Subject(string name, string gss, int la) => new(SubjectKind.LocalAuthority, name, gss, la);

    private static RecordReport Report(string file, Inspection inspection, ReportPublication from = ReportPublication.Printed) =>
        new(file, inspection with { Notes = "Read from the report. " + RecordBuilder.Attribution }) { PublishedFrom = from };

    private static readonly InspectionSubject Surrey = Subject("Surrey", "E10000030", 936), Slough = Subject("Slough", "E06000039", 871), Calderdale = Subject("Calderdale", "E08000033", 381);

    private static RecordReport SurreyLscb() => Report("surrey/lscb review - 03 august 2015.pdf",
        new Inspection(FrameworkIds.Sif2013, VisitTypeIds.LscbReview, Surrey, new Fieldwork(D(2015, 6, 15), D(2015, 6, 17)), JudgementGrades.Create(("lscb-effectiveness", "requires-improvement")))
        {
            Published = D(2015, 8, 3),
        });

    [SharedDataFact]
    public void Without_reports_or_scrape_the_record_is_the_tables_inspections_as_imported()
    {
        var result = RecordBuilder.Build(Tables.Value);

        Assert.True(Tables.Value.Inspections.SequenceEqual(result.Inspections));
        Assert.All(result.Events, e => Assert.True(e.InTables && !e.InReports && !e.FromScrape));
        Assert.Equal(4, result.Disagreements.Length);
        Assert.All(result.Disagreements, d => Assert.Equal(RecordSourceKind.OfficialTable, d.Stood.Kind));
        Assert.Equal(0, result.ReportGradesCompared);
        var nottingham = Assert.Single(result.Disagreements, d => d.Field == RecordField.Published);
        Assert.Equal("la_inspections_2009_2023.csv:99 (second ILACS) gives 2022-11-05 for the publication date; ilacs_inspection_history_2018_2025.csv:172 gives 2022-09-05, which stands (the 2025 workbook corrects the 2023 one).", nottingham.ToString());
        Assert.Equal(DisagreementReason.LaterWorkbook, nottingham.Reason);
        Assert.Empty(result.Issues);
    }

    [SharedDataFact]
    public void A_separate_LSCB_review_is_dated_by_its_own_report_and_the_tables_date_is_a_listed_disagreement()
    {
        var result = RecordBuilder.Build(Tables.Value, [SurreyLscb()]);

        var lscb = Assert.Single(result.Inspections, i => i.Subject.Name == "Surrey" && i.VisitTypeId == VisitTypeIds.LscbReview);
        Assert.Equal(new Fieldwork(D(2015, 6, 15), D(2015, 6, 17)), lscb.Fieldwork);
        Assert.Equal(D(2015, 8, 3), lscb.Published);
        var d = Assert.Single(result.Disagreements, x => x.Inspection == lscb);
        Assert.Equal((RecordField.Published, RecordSourceKind.Report, "2015-08-03", "la_inspections_2009_2023.csv:133 (LSCB review)", "2015-06-03", DisagreementReason.ReportPrintsIt),
            (d.Field, d.Stood.Kind, d.StoodValue, d.Other.ToString(), d.OtherValue, d.Reason));
        Assert.StartsWith("From Ofsted's report 'surrey/lscb review - 03 august 2015.pdf': the fieldwork, the judgements and the publication date as the report prints them. Read from the report. "
            + "la_inspections_2009_2023.csv:133 (LSCB review) gives 2015-06-03 for the publication date; report 'surrey/lscb review - 03 august 2015.pdf' gives 2015-08-03, which stands (the report is the primary source of what it prints). "
            + "From Ofsted's official statistics: la_inspections_2009_2023.csv:133 (LSCB review).", lscb.Notes, StringComparison.Ordinal);
        Assert.EndsWith(RecordBuilder.Attribution, lscb.Notes, StringComparison.Ordinal);
        Assert.Single(result.Events, e => e.Inspection == lscb && e.InTables && e.InReports);
        Assert.Equal(Tables.Value.Inspections.Length, result.Inspections.Length);
    }

    [SharedDataFact]
    public void A_report_no_table_has_is_added_from_the_report_with_IMP302()
    {
        // Slough's 2016 re-inspection report also reviewed the LSCB (inadequate); the fieldwork here is made up.
        var report = Report("slough/re-inspection - 17 february 2016.pdf",
            new Inspection(FrameworkIds.Sif2013, VisitTypeIds.LscbReview, Slough, new Fieldwork(D(2015, 11, 30), D(2015, 12, 17)), JudgementGrades.Create(("lscb-effectiveness", "inadequate")))
            {
                Published = D(2016, 2, 17),
            });

        var result = RecordBuilder.Build(Tables.Value, [report]);

        var lscbs = result.Inspections.Where(i => i.Subject.Name == "Slough" && i.VisitTypeId == VisitTypeIds.LscbReview).ToList();
        Assert.Equal([D(2014, 2, 11), D(2016, 2, 17)], lscbs.Select(i => i.Published!.Value));
        Assert.StartsWith("Not in Ofsted's official tables: from Ofsted's report 'slough/re-inspection - 17 february 2016.pdf', ", lscbs[1].Notes, StringComparison.Ordinal);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("IMP302", issue.Code);
        Assert.Equal("slough/re-inspection - 17 february 2016.pdf", issue.File);
        Assert.Equal("The sif-2013 lscb-review of Slough (fieldwork 2015-11-30 to 2015-12-17, published 2016-02-17) is in none of Ofsted's official tables, which run to 2025-03-31; the record takes it from the report alone.", issue.Message);
        Assert.Single(result.Events, e => !e.InTables && e.InReports);
    }

    [SharedDataFact]
    public void The_table_names_short_or_standard_and_the_publication_date_a_report_does_not_print()
    {
        // An ILACS report prints neither; here the reader inferred 'short' and took a date from the manifest (both made up).
        var report = Report("calderdale/children's services inspection - 20 january 2019.pdf",
            new Inspection(FrameworkIds.Ilacs2018, VisitTypeIds.ShortInspection, Calderdale, new Fieldwork(D(2018, 11, 12), D(2018, 11, 23)),
                JudgementGrades.Create(("overall-effectiveness", "good"), ("impact-of-leaders", "good"), ("children-who-need-help-and-protection", "requires-improvement"), ("children-in-care-and-care-leavers", "outstanding")))
            {
                Published = D(2019, 1, 20),
            },
            ReportPublication.Manifest) with { VisitTypeInferred = true };

        var result = RecordBuilder.Build(Tables.Value, [report]);

        var i = Assert.Single(result.Inspections, x => x.Subject.Name == "Calderdale" && x.FrameworkId == FrameworkIds.Ilacs2018);
        Assert.Equal((VisitTypeIds.StandardInspection, new Fieldwork(D(2018, 11, 12), D(2018, 11, 23)), (LocalDate?)D(2018, 12, 19)), (i.VisitTypeId, i.Fieldwork!.Value, i.Published));
        var listed = result.Disagreements.Where(d => d.Inspection == i).Select(d => (d.Field, d.Stood.Kind, d.StoodValue, d.OtherValue, d.Reason)).ToList();
        Assert.Equal(
            [
                (RecordField.VisitType, RecordSourceKind.OfficialTable, VisitTypeIds.StandardInspection, VisitTypeIds.ShortInspection, DisagreementReason.TableNamesTheType),
                (RecordField.Published, RecordSourceKind.OfficialTable, "2018-12-19", "2019-01-20", DisagreementReason.ReportDoesNotPrintThePublicationDate),
            ],
            listed);
        Assert.Contains("report 'calderdale/children's services inspection - 20 january 2019.pdf' gives short-inspection for the inspection type; ilacs_inspection_history_2018_2025.csv:39 gives standard-inspection, which stands (Ofsted's table names the type of inspection; the report does not print it).", i.Notes, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void A_grade_the_report_prints_stands_over_the_tables_and_a_grade_only_the_table_gives_is_kept()
    {
        var table = Tables.Value.Inspections.Single(x => x.Subject.Name == "Surrey" && x.VisitTypeId == VisitTypeIds.FullInspection && x.FrameworkId == FrameworkIds.Sif2013);
        var grades = table.Judgements.Remove("adoption-performance").SetItem("experiences-and-progress-of-care-leavers", "good");
        var report = Report("surrey/inspection - 03 june 2015.pdf", new Inspection(FrameworkIds.Sif2013, VisitTypeIds.FullInspection, Surrey, new Fieldwork(D(2014, 10, 21), D(2014, 11, 12)), grades) { Published = D(2015, 6, 3) });

        var result = RecordBuilder.Build(Tables.Value, [report]);

        var i = Assert.Single(result.Inspections, x => x.Subject.Name == "Surrey" && x.VisitTypeId == VisitTypeIds.FullInspection && x.FrameworkId == FrameworkIds.Sif2013);
        Assert.Equal("good", i.Judgements["experiences-and-progress-of-care-leavers"]);
        Assert.Equal("good", i.Judgements["adoption-performance"]);
        var d = Assert.Single(result.Disagreements, x => x.Inspection == i);
        Assert.Equal((RecordField.Judgement, "experiences-and-progress-of-care-leavers", "good", "requires-improvement", DisagreementReason.ReportPrintsIt), (d.Field, d.JudgementId, d.StoodValue, d.OtherValue, d.Reason));
        Assert.Equal(new Fieldwork(D(2014, 10, 21), D(2014, 11, 12)), i.Fieldwork);

        // Compared: every grade both give (all the table's but adoption performance, which the report leaves out).
        Assert.Equal(table.Judgements.Count - 1, result.ReportGradesCompared);
    }

    [SharedDataFact]
    public void The_same_report_twice_is_one_event_IMP304()
    {
        var a = SurreyLscb();
        var b = a with { File = "copy/lscb.pdf" };

        var result = RecordBuilder.Build(Tables.Value, [a, b]);

        Assert.Single(result.Inspections, i => i.Subject.Name == "Surrey" && i.VisitTypeId == VisitTypeIds.LscbReview);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("IMP304", "copy/lscb.pdf"), (issue.Code, issue.File));
        Assert.Equal("This report's sif-2013 lscb-review of Surrey (fieldwork 2015-06-15 to 2015-06-17, published 2015-08-03) is also 'surrey/lscb review - 03 august 2015.pdf'; they make one inspection.", issue.Message);
    }

    [SharedDataFact]
    public void A_scrape_row_within_the_tables_that_matches_nothing_is_not_added_IMP303()
    {
        // Calderdale's 2018 row moved to March 2021, when no inspection took place (made up: no table or report has it);
        // without the lookup the scrape names the authority as its row does, "calderdale".
        string row = Inspections.Testing.IlacsCsvSamples.Calderdale2018
            .Replace("19/12/18", "23/04/21", StringComparison.Ordinal)
            .Replace("12/11/2018,23/11/2018", "01/03/2021,12/03/2021", StringComparison.Ordinal);
        var scrape = IlacsCsvImporter.Import(new StringReader(Inspections.Testing.IlacsCsvSamples.Header + "\n" + row + "\n"));
        Assert.Single(scrape.Inspections);

        var result = RecordBuilder.Build(Tables.Value, [], new RecordScrape("scrape.csv", scrape));

        Assert.DoesNotContain(result.Inspections, i => i.Subject.Name == "Calderdale" && i.Fieldwork?.Start == D(2021, 3, 1));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("IMP303", "scrape.csv", 2), (issue.Code, issue.File, issue.Line));
        Assert.Equal("The scrape's ilacs-2018 standard-inspection of calderdale (fieldwork 2021-03-01 to 2021-03-12, published 2021-04-23) matches no inspection of Ofsted's tables or reports, which run to 2025-03-31, so it is not added.", issue.Message);
        Assert.Equal(Tables.Value.Inspections.Length, result.Inspections.Length);
    }
}
