using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Inspections.Cli.Output;
using Inspections.Core.Serialization;
using Inspections.Import;
using Inspections.Import.Ofsted;
using Inspections.Import.Record;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>inspections import record --tables DIR [--reports DIR [--manifest FILE]] [--scrape FILE [--lookup FILE]] --out FILE</c>:
/// builds the merged record (<see cref="RecordBuilder"/>) from Ofsted's official tables, Ofsted's reports and, for
/// what neither has, the ILACS scrape; writes
/// it as one <c>.jsonl</c> file and prints the counts, the disagreements between sources by kind, and the build's
/// own IMP lines. The record that ships in Inspections.Data is this command's output.
/// </summary>
internal static class ImportRecordCommand
{
    public static Command Create(CliContext context)
    {
        var tables = new Option<string>("--tables") { Description = "The folder of Ofsted's official tables (every .csv in it: the 2009-2023 table, the ILACS history, the in-year sheets).", HelpName = "DIR", Required = true };
        var reports = new Option<string?>("--reports") { Description = "The folder of Ofsted's report PDFs (every .pdf below it), read by the report reader; the report stands for what it prints.", HelpName = "DIR" };
        var manifest = new Option<string?>("--manifest") { Description = "The reports' manifest.csv (each report's publication date and URL).", HelpName = "FILE" };
        var scrape = new Option<string?>("--scrape") { Description = "The ILACS scrape (ofsted_csc_ilacs_history.csv), used only for inspections neither the tables nor the reports have.", HelpName = "FILE" };
        var lookup = new Option<string?>("--lookup") { Description = "The scrape's local authority lookup (Provider_data_lookup.csv), as for import ilacs-csv.", HelpName = "FILE" };
        var output = new Option<string>("--out") { Description = "Write the record to this .jsonl file, one document per line.", HelpName = "FILE", Required = true };
        var record = new Command(
            "record",
            "Build the merged record from Ofsted's tables and (only for what they do not have) the ILACS scrape: one document per event, each naming its sources in the notes; print every kind of disagreement between sources and which one stood.")
        {
            tables, reports, manifest, scrape, lookup, output,
        };
        record.Validators.Add(result =>
        {
            if (result.GetValue(lookup) is not null && result.GetValue(scrape) is null)
            {
                result.AddError("--lookup is the scrape's lookup: give --scrape too.");
            }
        });
        record.Validators.Add(result =>
        {
            if (result.GetValue(manifest) is not null && result.GetValue(reports) is null)
            {
                result.AddError("--manifest is the reports' manifest: give --reports too.");
            }
        });
        record.SetAction(parsed => Run(context, parsed.GetValue(tables)!, parsed.GetValue(reports), parsed.GetValue(manifest), parsed.GetValue(scrape), parsed.GetValue(lookup), parsed.GetValue(output)!));
        return record;
    }

    private static int Run(CliContext context, string tablesDir, string? reportsDir, string? manifestPath, string? scrapePath, string? lookupPath, string outPath)
    {
        if (reportsDir is not null && !Directory.Exists(reportsDir))
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(reportsDir)}: no such folder.");
            return ExitCodes.UsageError;
        }

        if (!Directory.Exists(tablesDir))
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(tablesDir)}: no such folder.");
            return ExitCodes.UsageError;
        }

        string[] sheets = [.. Directory.GetFiles(tablesDir, "*.csv").Order(StringComparer.Ordinal)];
        if (sheets.Length == 0)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(tablesDir)}: no .csv file in the folder.");
            return ExitCodes.UsageError;
        }

        if (!FileInput.AllExist(context, manifestPath, scrapePath, lookupPath))
        {
            return ExitCodes.UsageError;
        }

        OfstedImportResult tableResult;
        RecordScrape? scrape = null;
        RecordReportsRead? reportsRead = null;
        var streams = new List<KeyValuePair<string, Stream>>();
        string reading = sheets[0];
        try
        {
            foreach (string path in sheets)
            {
                reading = path;
                streams.Add(new(path, FileInput.OpenRead(path, context.Patience, FileInput.MaxCsvBytes)));
            }

            tableResult = OfstedImporter.Import(streams);
            if (reportsDir is not null)
            {
                reading = reportsDir;
                reportsRead = RecordReports.ReadFolder(reportsDir, manifestPath);
            }

            if (scrapePath is not null)
            {
                LocalAuthorityLookup? lookup = null;
                if (lookupPath is not null)
                {
                    reading = lookupPath;
                    lookup = LocalAuthorityLookup.Read(FileInput.OpenRead(lookupPath, context.Patience, FileInput.MaxCsvBytes), lookupPath);
                    if (lookup.IsRefused)
                    {
                        return ImportCommand.Refused(context, lookupPath, lookup.Issues);
                    }
                }

                reading = scrapePath;
                var scraped = IlacsCsvImporter.ImportUtf8(FileInput.OpenRead(scrapePath, context.Patience, FileInput.MaxCsvBytes), scrapePath, lookup);
                if (scraped.IsRefused)
                {
                    return ImportCommand.Refused(context, scrapePath, scraped.Issues);
                }

                scrape = new RecordScrape(Path.GetFileName(scrapePath), scraped);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(reading)}: cannot be read: {Printable.Escape(e.Message)}");
            return ExitCodes.UsageError;
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream.Value.Dispose();
            }
        }

        if (!tableResult.AllRecognised)
        {
            foreach (var issue in tableResult.Issues.Where(i => i.Code is "IMP100" or "IMP101"))
            {
                context.Error.WriteLine(ImportIssueText.Line(string.Empty, issue));
            }

            context.Error.WriteLine("inspections: nothing written: a file of --tables is not one of Ofsted's sheets.");
            return ExitCodes.UsageError;
        }

        var result = RecordBuilder.Build(tableResult, reportsRead?.Reports, scrape);
        var documents = new WrittenDocuments();
        try
        {
            using var stream = File.Create(outPath);
            result.WriteJsonLines(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(outPath)}: cannot be written: {Printable.Escape(e.Message)}");
            return ExitCodes.UsageError;
        }

        int line = 0;
        foreach (var e in result.Events)
        {
            documents.Check(InspectionJson.WriteToUtf8Bytes(e.Inspection, indented: false), outPath, ++line);
        }

        var report = context.Out;
        foreach (var issue in (reportsRead?.Issues ?? []).Concat(result.Issues))
        {
            report.WriteLine(ImportIssueText.Line(string.Empty, issue));
        }

        foreach (string documentLine in documents.Lines)
        {
            report.WriteLine(documentLine);
        }

        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Tables: {sheets.Length} files, {tableResult.RowCount} rows, {tableResult.Inspections.Length} inspections and visits ({tableResult.Skipped.Count} rows or cells not imported, {tableResult.Warnings.Count} import warnings: inspections import ofsted lists them)."));
        if (reportsRead is not null)
        {
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Reports: {reportsRead.Files} files, {reportsRead.Reports.Length} documents ({reportsRead.Issues.Count(i => i.IsError)} errors, {reportsRead.Issues.Count(i => !i.IsError)} warnings: listed above)."));
        }

        if (scrape is not null)
        {
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Scrape: {scrape.Result.RowCount} rows, {result.ScrapeRowsTyped} typed ({scrape.Result.Skipped.Count} rows skipped: inspections import ilacs-csv lists them); {result.ScrapeRowsMatched} of the record's inspections, {Count(result, e => e.FromScrape && !e.InTables && !e.InReports)} added, {result.ScrapeRowsUnmatched.Length} matching nothing (not added)."));
        }

        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Record: {result.Events.Length} inspections and visits written to {Printable.Escape(outPath)}: {Count(result, e => e.InTables)} from the tables ({Count(result, e => e.InTables && e.InReports)} with a report), {Count(result, e => !e.InTables && e.InReports)} from a report alone, {Count(result, e => e.FromScrape && !e.InTables && !e.InReports)} from the scrape."));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Disagreements.Length} disagreements between sources{(result.Disagreements.IsEmpty ? "." : ":")}"));
        if (!result.Disagreements.IsEmpty)
        {
            var table = new TextTable("count", "field", "stood", "why").RightAlign(0);
            foreach (var kind in result.Disagreements
                .GroupBy(d => (Field: d.Field == RecordField.Judgement ? "a grade" : d.What, Sources: $"{Kind(d.Stood)} over {Kind(d.Other)}", d.Why))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Field, StringComparer.Ordinal).ThenBy(g => g.Key.Sources, StringComparer.Ordinal))
            {
                table.Add(kind.Count().ToString(CultureInfo.InvariantCulture), kind.Key.Field, kind.Key.Sources, kind.Key.Why);
            }

            table.WriteTo(report, "  ");
        }

        report.WriteLine(documents.Summary("written"));
        return ExitCodes.Success;
    }

    private static int Count(RecordBuildResult result, Func<RecordEvent, bool> which) => result.Events.Count(which);

    private static string Kind(RecordSource source) => source.Kind switch
    {
        RecordSourceKind.OfficialTable => "table",
        RecordSourceKind.Report => "report",
        _ => "scrape",
    };
}
