using System;
using System.Collections.Immutable;
using System.IO;
using System.Globalization;
using System.Linq;
using Inspections.Core;
using Inspections.Core.Catalog;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Import.Record;

/// <summary>What a record build made: one inspection per event with its sources, every disagreement between sources, and what could not be used.</summary>
/// <param name="Events">One per event, in the record's order (authority name, GSS code, date, framework, visit type).</param>
/// <param name="Disagreements">Every disagreement between sources of an event of the record, in the record's order.</param>
/// <param name="Issues">The record build's own diagnostics (IMP300–IMP399), and the reports' (their reader's codes).</param>
public sealed record RecordBuildResult(ImmutableArray<RecordEvent> Events, ImmutableArray<SourceDisagreement> Disagreements, DiagnosticList Issues)
{
    /// <summary>The record: every event's inspection, in order.</summary>
    public ImmutableArray<Inspection> Inspections => [.. Events.Select(e => e.Inspection)];

    /// <summary>How many scrape rows the scrape's import typed (0 without a scrape).</summary>
    public int ScrapeRowsTyped { get; init; }

    /// <summary>How many of them are inspections the tables or the reports have.</summary>
    public int ScrapeRowsMatched { get; init; }

    /// <summary>
    /// How many grades of the record's events both a report and Ofsted's table give, and so were compared (the
    /// report's stands; each that differs is one of <see cref="Disagreements"/>, <see cref="RecordField.Judgement"/>).
    /// </summary>
    public int ReportGradesCompared { get; init; }

    /// <summary>The scrape rows dated within the tables that match no inspection, so not added (IMP303).</summary>
    public ImmutableArray<ImportedInspection> ScrapeRowsUnmatched { get; init; } = [];

    /// <summary>
    /// Writes the record as the <c>.jsonl</c> file <c>Inspections.Data</c> embeds: one document per line, in order,
    /// each on one line (<see cref="InspectionJson.WriteToUtf8Bytes"/>) and ending in <c>\n</c>.
    /// </summary>
    /// <param name="utf8">The stream to write to.</param>
    /// <param name="catalog">The catalog that gives the judgement order, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public void WriteJsonLines(Stream utf8, FrameworkCatalog? catalog = null)
    {
        if (utf8 is null)
        {
            throw new ArgumentNullException(nameof(utf8));
        }

        foreach (var e in Events)
        {
            utf8.Write(InspectionJson.WriteToUtf8Bytes(e.Inspection, catalog, indented: false));
            utf8.WriteByte((byte)'\n');
        }
    }

    /// <summary>
    /// The build as a person reads it, such as <c>1,004 inspections: 935 from the tables (302 with a report), 16 from a report alone, 53 from the scrape; 12 disagreements</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        int tables = Events.Count(e => e.InTables), withReport = Events.Count(e => e.InTables && e.InReports);
        int reportOnly = Events.Count(e => !e.InTables && e.InReports), scrape = Events.Count(e => e.FromScrape && !e.InTables && !e.InReports);
        return $"{Words.Count(Events.Length, "inspection")}: {tables.ToString("N0", CultureInfo.InvariantCulture)} from the tables ({withReport.ToString("N0", CultureInfo.InvariantCulture)} with a report), "
            + $"{reportOnly.ToString("N0", CultureInfo.InvariantCulture)} from a report alone, {scrape.ToString("N0", CultureInfo.InvariantCulture)} from the scrape; {Words.Count(Disagreements.Length, "disagreement")}";
    }
}
