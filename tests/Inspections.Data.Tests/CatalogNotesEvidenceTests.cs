using System.Globalization;
using System.Text.RegularExpressions;
using Inspections.Core;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Data.Tests.Generation;
using Inspections.Import.Record;
using NodaTime;

namespace Inspections.Data.Tests;

/// <summary>
/// The catalog's notes that Ofsted's reports settle (issue 23, item 2), each checked against the reports as the
/// library reads them (<see cref="RecordReports.ReadFolder"/> over ../shared/data/reports, the authority from each
/// report's own title, the publication date the manifest's) and against the record built from the tables: the test
/// finds the fact over the reports, then asserts that the note states it, so that a note and its evidence cannot
/// drift apart.
/// </summary>
public sealed class CatalogNotesEvidenceTests
{
    private const string Unconfirmed = "UNCONFIRMED: ";
    private static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    private static RecordBuild Build => RecordBuild.Instance;

    /// <summary>The ILACS documents the reader gave, one per report, in path order.</summary>
    private static List<RecordReport> IlacsReports() =>
        [.. Build.Reports.Reports.Where(r => Catalog.Get(r.Inspection.FrameworkId).Family == FrameworkFamily.Ilacs)];

    /// <summary>The one note of a framework that contains a phrase.</summary>
    private static string Note(string frameworkId, string phrase) =>
        Assert.Single(Catalog.Get(frameworkId).Notes, n => n.Contains(phrase, StringComparison.Ordinal));

    /// <summary>The fieldwork as the report prints it, from the reader's notes ("Fieldwork as printed: '...'").</summary>
    private static string Printed(Inspection inspection) =>
        Regex.Match(inspection.Notes ?? string.Empty, "Fieldwork as printed: '([^']+)'") is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException($"The reader's notes give no printed fieldwork: {inspection}");

    private static string Words(LocalDate date) => DateText.Words(date);

    private static string Words(LocalDate? date) => DateText.Words(date ?? throw new InvalidOperationException("No date."));

    private static string Key(InspectionSubject subject) => RecordBuild.AuthorityKey(subject);

    private static bool HasOverall(Inspection inspection) => inspection.Judgements.Contains(JudgementIds.OverallEffectiveness);

    /// <summary>The names, in order, joined as the notes list them ("A, B and C").</summary>
    private static string AndList(IEnumerable<string> names)
    {
        var list = names.Order(StringComparer.Ordinal).ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    [SharedDataFact]
    public void The_earliest_fieldwork_of_any_ILACS_report_is_Rochdales_from_29_January_2018_as_in_Ofsteds_ILACS_history_and_the_note_says_so()
    {
        var reports = IlacsReports();
        var first = reports.MinBy(r => r.Inspection.Fieldwork!.Value.Start)!;
        var start = first.Inspection.Fieldwork!.Value.Start;
        var next = reports.Select(r => r.Inspection.Fieldwork!.Value.Start).Where(d => d > start).Min();
        var fromTables = Build.Result.Events
            .Where(e => e.InTables && Catalog.Get(e.Inspection.FrameworkId).Family == FrameworkFamily.Ilacs && e.Inspection.Fieldwork is not null)
            .MinBy(e => e.Inspection.Fieldwork!.Value.Start)!;

        Assert.Equal(new LocalDate(2018, 1, 29), start);
        Assert.Single(reports, r => r.Inspection.Fieldwork!.Value.Start == start);
        Assert.Equal("Rochdale", first.Inspection.Subject.Name);
        Assert.Equal(start, fromTables.Inspection.Fieldwork!.Value.Start);
        Assert.Equal(Key(first.Inspection.Subject), Key(fromTables.Inspection.Subject));
        Assert.Equal(ReportPublication.Manifest, first.PublishedFrom);

        string note = Note(FrameworkIds.Ilacs2018, "The first ILACS fieldwork");
        Assert.StartsWith("Modelling choice: ", note, StringComparison.Ordinal);
        Assert.DoesNotContain("UNCONFIRMED", note, StringComparison.Ordinal);
        Assert.Contains($"of the {reports.Count} ILACS reports", note, StringComparison.Ordinal);
        Assert.Contains($"is {first.Inspection.Subject.Name}'s, in Ofsted's ILACS history (first day {Words(fromTables.Inspection.Fieldwork!.Value.Start)}, published {Words(fromTables.Inspection.Published)})", note, StringComparison.Ordinal);
        Assert.Contains($"'Inspection dates: {Printed(first.Inspection)}', published {Words(first.Inspection.Published)}", note, StringComparison.Ordinal);
        Assert.Contains(first.Inspection.Source!.Host + first.Inspection.Source.AbsolutePath, note, StringComparison.Ordinal);
        var nextOnes = reports.Where(r => r.Inspection.Fieldwork!.Value.Start == next).Select(r => r.Inspection.Subject.Name);
        Assert.Contains($"The next begin on {Words(next)} ({string.Join(", ", nextOnes.Order(StringComparer.Ordinal))})", note, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void The_scraped_row_of_Doncaster_from_before_ILACS_is_by_its_report_a_SIF_re_inspection_as_the_note_says()
    {
        var ilacsStart = Catalog.Get(FrameworkIds.Ilacs2018).InForce.Start;
        var row = Assert.Single(IlacsHistory.Rows, r => r.Start < ilacsStart);
        var authority = LocalAuthorityRegister.Default[row.LocalAuthority];
        var published = LocalDate.FromDateTime(DateTime.ParseExact(row.PublicationDate, "dd/MM/yy", CultureInfo.InvariantCulture));

        // The report of the same authority (as its title names it) with the same fieldwork.
        var report = Assert.Single(Build.Reports.Reports, r => Key(r.Inspection.Subject) == authority.GssCode && r.Inspection.Fieldwork == new Fieldwork(row.Start!.Value, row.End));
        var inspection = report.Inspection;
        Assert.Equal(FrameworkIds.Sif2013, inspection.FrameworkId);
        Assert.Equal(VisitTypeIds.ReInspection, inspection.VisitTypeId);
        Assert.False(report.VisitTypeInferred);
        Assert.Equal(ReportPublication.Printed, report.PublishedFrom);
        Assert.Equal(published, inspection.Published);
        Assert.Equal(6, inspection.Judgements.Count);
        Assert.All(inspection.Judgements, j => Assert.Equal(GradeIds.Good, j.GradeId));
        Assert.Equal("standard", row.InspectionFramework);
        Assert.False(row.IsGraded);

        // Ofsted's table has the same event as a SIF re-inspection, and the CSV's import skips the row.
        Assert.Contains(Build.Result.Events, e => e.InTables && e.InReports && e.Inspection.VisitTypeId == VisitTypeIds.ReInspection
            && Key(e.Inspection.Subject) == authority.GssCode && e.Inspection.Fieldwork == inspection.Fieldwork && e.Inspection.Published == published);
        Assert.DoesNotContain(Build.Scrape.Inspections, i => i.Line == row.Line);
        Assert.Contains(Build.Scrape.Issues, d => d.Line == row.Line && d.IsError);

        string note = Note(FrameworkIds.Ilacs2018, "with fieldwork before ILACS");
        Assert.StartsWith("Modelling choice: ", note, StringComparison.Ordinal);
        Assert.DoesNotContain("UNCONFIRMED", note, StringComparison.Ordinal);
        Assert.Contains($"({authority.Name}, published {Words(published)}, labelled a standard inspection", note, StringComparison.Ordinal);
        // The reader writes the report's en dash as a hyphen; the note quotes the report.
        Assert.Contains($"'Inspection dates: {Printed(inspection)}', 'Report published: {Words(published)}'", note.Replace('\u2013', '-'), StringComparison.Ordinal);
        Assert.Contains("Its report is a SIF re-inspection", note, StringComparison.Ordinal);
        Assert.Contains("good in all six SIF judgements", note, StringComparison.Ordinal);
        Assert.Contains(inspection.Source!.Host + inspection.Source.AbsolutePath, note, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Overall_effectiveness_is_judged_in_every_ILACS_report_with_fieldwork_before_1_April_2026_and_in_none_after_and_the_note_gives_the_last_ones()
    {
        var reports = IlacsReports();
        var from2026 = Catalog.Get(FrameworkIds.Ilacs2026).InForce.Start;
        Assert.Equal(from2026.PlusDays(-1), Catalog.Get(FrameworkIds.Ilacs2023).InForce.End);
        LocalDate Start(RecordReport r) => r.Inspection.Fieldwork!.Value.Start;

        var with = reports.Where(r => HasOverall(r.Inspection)).ToList();
        var without = reports.Where(r => !HasOverall(r.Inspection)).ToList();
        Assert.All(with, r => Assert.True(Start(r) < from2026, r.File));
        Assert.All(without, r => Assert.True(Start(r) >= from2026, r.File));
        Assert.NotEmpty(with);
        Assert.NotEmpty(without);

        var lastStart = with.Max(Start);
        var last = with.Where(r => Start(r) == lastStart).ToList();
        var lastPublished = with.MaxBy(r => r.Inspection.Published)!;
        var firstStart = without.Min(Start);
        var first = without.Where(r => Start(r) == firstStart).ToList();
        Assert.Equal(new LocalDate(2026, 3, 9), lastStart);
        Assert.Equal(new LocalDate(2026, 6, 18), lastPublished.Inspection.Published);
        Assert.Equal(new LocalDate(2026, 5, 11), firstStart);
        Assert.Single(last.Select(r => Printed(r.Inspection)).Distinct());
        Assert.Single(last.Select(r => r.Inspection.Published).Distinct());

        string note = Note(FrameworkIds.Ilacs2026, "fits Ofsted's reports");
        string confirmed = note[..note.IndexOf(Unconfirmed, StringComparison.Ordinal)];
        Assert.StartsWith("Modelling choice: the first day in force, " + Words(from2026), note, StringComparison.Ordinal);
        Assert.Contains($"Of the {reports.Count} ILACS reports", confirmed, StringComparison.Ordinal);
        Assert.Contains($"the {without.Count} with fieldwork from {Words(from2026)} (the first from {Words(firstStart)}: {AndList(first.Select(r => r.Inspection.Subject.Name))}", confirmed, StringComparison.Ordinal);
        var liverpool = Assert.Single(first, r => r.Inspection.Subject.Name == "Liverpool").Inspection;
        Assert.Contains($"'Inspection dates: {Printed(liverpool)}' as Liverpool's prints it", confirmed, StringComparison.Ordinal);
        Assert.Contains($"The last fieldwork with one is {AndList(last.Select(r => r.Inspection.Subject.Name + "'s"))} ('Inspection dates: {Printed(last[0].Inspection)}', both published {Words(last[0].Inspection.Published)})", confirmed, StringComparison.Ordinal);
        Assert.Contains($"the last published with one is {lastPublished.Inspection.Subject.Name}'s (fieldwork {Printed(lastPublished.Inspection)}, published {Words(lastPublished.Inspection.Published)})", confirmed, StringComparison.Ordinal);

        // The scrape goes further than the reports at both ends; those rows have no report, so the note keeps them UNCONFIRMED.
        var scrape = Build.Scrape.Inspections.Select(i => i.Inspection).Where(i => i.Fieldwork is not null).ToList();
        var scrapeLastStart = scrape.Where(HasOverall).Max(i => i.Fieldwork!.Value.Start);
        var scrapeLast = Assert.Single(scrape, i => HasOverall(i) && i.Fieldwork!.Value.Start == scrapeLastStart);
        var scrapeFirstStart = scrape.Where(i => !HasOverall(i)).Min(i => i.Fieldwork!.Value.Start);
        var scrapeFirst = scrape.Where(i => !HasOverall(i) && i.Fieldwork!.Value.Start == scrapeFirstStart).ToList();
        Assert.True(scrapeLastStart > lastStart && scrapeFirstStart < firstStart);
        Assert.Equal(scrape.Where(HasOverall).Max(i => i.Published), lastPublished.Inspection.Published);
        Assert.All(scrapeFirst.Append(scrapeLast), i => Assert.DoesNotContain(reports, r => Key(r.Inspection.Subject) == Key(i.Subject) && r.Inspection.Published == i.Published));
        string unconfirmed = note[note.IndexOf(Unconfirmed, StringComparison.Ordinal)..];
        var f = scrapeLast.Fieldwork!.Value;
        Assert.Contains($"{scrapeLast.Subject.Name}'s from {f.Start.Day} to {Words(f.End)} (published {Words(scrapeLast.Published)})", unconfirmed, StringComparison.Ordinal);
        Assert.Contains($"{AndList(scrapeFirst.Select(i => i.Subject.Name + "'s"))} from {Words(scrapeFirstStart)} (published {Words(scrapeFirst[0].Published)})", unconfirmed, StringComparison.Ordinal);
        Assert.Contains($"that {Words(lastPublished.Inspection.Published)} is the last publication", unconfirmed, StringComparison.Ordinal);
        Assert.Contains($"(the last read was published on {Words(reports.Max(r => r.Inspection.Published))})", unconfirmed, StringComparison.Ordinal);

        // The note common to every ILACS version cites the last published report with an overall judgement.
        string versions = Note(FrameworkIds.Ilacs2023, "which version applies");
        Assert.Contains($"{lastPublished.Inspection.Subject.Name}'s, 'Inspection of {lastPublished.Inspection.Subject.Name} local authority children's services', 'Inspection dates: {Printed(lastPublished.Inspection)}', published {Words(lastPublished.Inspection.Published)}", versions, StringComparison.Ordinal);
        Assert.Contains("grades overall effectiveness", versions, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Every_row_of_the_scrape_published_in_2026_with_its_report_among_the_reports_agrees_with_it_and_the_note_names_those_without()
    {
        var rows = Build.Scrape.Inspections.Where(i => i.Inspection.Published?.Year == 2026).ToList();
        // Every row the CSV dates 2026 was typed (none skipped), so none escapes the check.
        Assert.Equal(IlacsHistory.Rows.Count(r => r.PublicationDate.EndsWith("/26", StringComparison.Ordinal)), rows.Count);
        var reports = IlacsReports().Where(r => r.Inspection.Published?.Year == 2026).ToList();

        var paired = new List<(Inspection Row, Inspection Report)>();
        var unpaired = new List<Inspection>();
        foreach (var row in rows.Select(i => i.Inspection))
        {
            var report = reports.Where(r => Key(r.Inspection.Subject) == Key(row.Subject)).ToList();
            Assert.True(report.Count <= 1, row.ToString());
            if (report.Count == 1)
            {
                paired.Add((row, report[0].Inspection));
            }
            else
            {
                unpaired.Add(row);
            }
        }

        var disagreeing = paired.Where(p => p.Row.FrameworkId != p.Report.FrameworkId || p.Row.VisitTypeId != p.Report.VisitTypeId
                || p.Row.Fieldwork != p.Report.Fieldwork || p.Row.Published != p.Report.Published || !p.Row.Judgements.Equals(p.Report.Judgements))
            .Select(p => $"{p.Row} / {p.Report}")
            .ToList();
        Assert.Empty(disagreeing);
        Assert.Equal(reports.Count, paired.Count);
        Assert.Equal(30, rows.Count);
        Assert.Equal(21, paired.Count);

        string note = Note(FrameworkIds.Ilacs2026, "published in 2026");
        Assert.StartsWith($"{Unconfirmed}{unpaired.Count} of the {rows.Count} rows of the scraped CSV published in 2026", note, StringComparison.Ordinal);
        Assert.Contains($"({AndList(unpaired.Select(i => LocalAuthorityRegister.Default[Key(i.Subject)].Name))})", note, StringComparison.Ordinal);
        Assert.Contains($"The other {paired.Count} agree with their reports", note, StringComparison.Ordinal);
        var after = paired.Where(p => !HasOverall(p.Report)).Select(p => p.Report).OrderBy(i => i.Fieldwork!.Value.Start).ThenBy(i => i.Subject.Name, StringComparer.Ordinal).ToList();
        Assert.All(after, i => Assert.Equal(FrameworkIds.Ilacs2026, i.FrameworkId));
        var lastOne = after[^1].Fieldwork!.Value;
        Assert.Contains($"no overall effectiveness in the {after.Count} with fieldwork from April 2026", note, StringComparison.Ordinal);
        var liverpool = Assert.Single(after, i => i.Subject.Name == "Liverpool");
        Assert.Equal(after[0].Fieldwork!.Value.Start, liverpool.Fieldwork!.Value.Start);
        Assert.Contains($"from Liverpool's, 'Inspection dates: {Printed(liverpool)}', published {Words(liverpool.Published)}", note, StringComparison.Ordinal);
        Assert.Contains($"to {after[^1].Subject.Name}'s, fieldwork {lastOne.Start.Day} to {Words(lastOne.End)}, published {Words(after[^1].Published)}", note, StringComparison.Ordinal);
    }
}
