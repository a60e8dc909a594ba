using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Inspections.Cli.Output;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using Inspections.Import;
using Inspections.Import.Ofsted;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>inspections import ilacs-csv FILE [--lookup FILE] [--out DIR | --jsonl FILE]</c>: types the rows of the ILACS
/// history CSV as inspections/v1 documents and reports every row it cannot type; <c>inspections import ofsted
/// FILE... [--out DIR | --jsonl FILE]</c>: the same for Ofsted's official tables, merged across sheets.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The ILACS history CSV (ofsted_csc_ilacs_history.csv)." };
        var lookup = new Option<string?>("--lookup") { Description = "The local authority lookup CSV (Provider_data_lookup.csv), for GSS codes, DfE numbers and ONS names.", HelpName = "FILE" };
        var ilacs = new Command(
            "ilacs-csv",
            "Import the ILACS history CSV. Without --out or --jsonl the documents go to standard output as JSON lines and the report to standard error.")
        {
            file, lookup,
        };
        var (outDir, jsonl) = CommonOptions.Output(ilacs, "inspection", oneRequired: false);
        var format = CommonOptions.Format();
        ilacs.Options.Add(format);
        ilacs.SetAction(parsed => Run(context, parsed.GetValue(file)!, parsed.GetValue(lookup), parsed.GetValue(outDir), parsed.GetValue(jsonl), parsed.GetValue(format)!));

        var import = new Command("import", "Import published outcomes into inspections/v1 documents.") { ilacs, CreateOfsted(context), ImportReportsCommand.Create(context), ImportRecordCommand.Create(context) };
        return import;
    }

    private static Command CreateOfsted(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "The CSV of any of Ofsted's official sheets (the 2009-2023 table, the ILACS history, the in-year 2022-23 and 2024-25 sheets), recognised by its header.", Arity = ArgumentArity.OneOrMore };
        var ofsted = new Command(
            "ofsted",
            "Import Ofsted's official tables, one document per inspection or visit, rows of one event merged across sheets. Without --out or --jsonl the documents go to standard output as JSON lines and the report to standard error.")
        {
            files,
        };
        var (outDir, jsonl) = CommonOptions.Output(ofsted, "inspection or visit", oneRequired: false);
        var format = CommonOptions.Format();
        ofsted.Options.Add(format);
        ofsted.SetAction(parsed => RunOfsted(context, parsed.GetValue(files)!, parsed.GetValue(outDir), parsed.GetValue(jsonl), parsed.GetValue(format)!));
        return ofsted;
    }

    private static int RunOfsted(CliContext context, string[] files, string? outDir, string? jsonlPath, string format)
    {
        if (!FileInput.AllExist(context, files))
        {
            return ExitCodes.UsageError;
        }

        OfstedImportResult result;
        var streams = new List<KeyValuePair<string, Stream>>();
        string reading = files[0];
        try
        {
            foreach (string path in files)
            {
                reading = path;
                streams.Add(new(path, FileInput.OpenRead(path, context.Patience, FileInput.MaxCsvBytes)));
            }

            result = OfstedImporter.Import(streams);
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

        bool usable = result.AllRecognised;
        var written = new List<string>();
        var documents = new WrittenDocuments();
        TextWriter report = context.Out;
        if (!usable)
        {
            report = context.Error;
        }
        else if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var inspection in result.Inspections)
            {
                string path = Path.Combine(outDir, UniqueFileName(inspection, used, withVisit: true));
                byte[] bytes = InspectionJson.WriteToUtf8Bytes(inspection);
                File.WriteAllBytes(path, bytes);
                documents.Check(bytes, path, lineInFile: null);
                written.Add(path);
            }
        }
        else if (jsonlPath is not null)
        {
            using var stream = File.Create(jsonlPath);
            WriteLines(stream, result.Inspections, jsonlPath, documents);
            written.Add(jsonlPath);
        }
        else
        {
            WriteStandardOutput(context, result.Inspections, documents);
            report = context.Error;
        }

        if (format == CommonOptions.Json)
        {
            var json = new ImportReport(
                result.RowCount,
                usable ? result.Inspections.Length : 0,
                result.Skipped.Count,
                result.Warnings.Count,
                result.Warnings.Count,
                usable ? Summary(documents) : null,
                written,
                result.Issues.Select(i => ImportIssueText.Report(i, string.Empty)).ToList());
            report.WriteLine(JsonSerializer.Serialize(json, CliJsonContext.Default.ImportReport));
        }
        else
        {
            foreach (var issue in result.Issues)
            {
                report.WriteLine(ImportIssueText.Line(string.Empty, issue));
            }

            foreach (string line in documents.Lines)
            {
                report.WriteLine(line);
            }

            report.WriteLine(
                $"{result.Sheets.Length} files, {result.RowCount} rows; {result.Inspections.Length + result.Rejected.Length} inspections and visits, "
                + $"{result.Inspections.Length} valid, {result.Rejected.Length} not valid (not written); {result.Skipped.Count} rows or cells not imported, {result.Warnings.Count} import warnings (IMP)"
                + (!usable ? "; nothing written: a file is not one of Ofsted's sheets"
                    : outDir is not null ? $"; {written.Count} documents written to {Printable.Escape(outDir)}"
                    : jsonlPath is not null ? $"; written to {Printable.Escape(jsonlPath)}" : string.Empty));
            if (usable)
            {
                report.WriteLine(documents.Summary(Where(outDir, jsonlPath)));
            }
        }

        return usable ? ExitCodes.Success : ExitCodes.UsageError;
    }

    private static int Run(CliContext context, string file, string? lookupPath, string? outDir, string? jsonlPath, string format)
    {
        if (!FileInput.AllExist(context, file, lookupPath))
        {
            return ExitCodes.UsageError;
        }

        IlacsImportResult result;
        string reading = lookupPath ?? file;
        try
        {
            LocalAuthorityLookup? lookup = null;
            if (lookupPath is not null)
            {
                lookup = LocalAuthorityLookup.Read(FileInput.OpenRead(lookupPath, context.Patience, FileInput.MaxCsvBytes), lookupPath);
                if (lookup.IsRefused)
                {
                    return Refused(context, lookupPath, lookup.Issues);
                }
            }

            reading = file;
            result = IlacsCsvImporter.ImportUtf8(FileInput.OpenRead(file, context.Patience, FileInput.MaxCsvBytes), file, lookup);
            if (result.IsRefused)
            {
                return Refused(context, file, result.Issues);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(reading)}: cannot be read: {Printable.Escape(e.Message)}");
            return ExitCodes.UsageError;
        }

        var written = new List<string>();
        var documents = new WrittenDocuments();
        TextWriter report = context.Out;
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var imported in result.Inspections)
            {
                string path = Path.Combine(outDir, UniqueFileName(imported.Inspection, used));
                byte[] bytes = InspectionJson.WriteToUtf8Bytes(imported.Inspection);
                File.WriteAllBytes(path, bytes);
                documents.Check(bytes, path, lineInFile: null);
                written.Add(path);
            }
        }
        else if (jsonlPath is not null)
        {
            using var stream = File.Create(jsonlPath);
            WriteLines(stream, result.Inspections.Select(i => i.Inspection), jsonlPath, documents);
            written.Add(jsonlPath);
        }
        else
        {
            WriteStandardOutput(context, result.Inspections.Select(i => i.Inspection), documents);
            report = context.Error;
        }

        int importWarnings = result.LookupIssues.Concat(result.Issues).Count(i => !i.IsError);
        if (format == CommonOptions.Json)
        {
            var json = new ImportReport(
                result.RowCount,
                result.Inspections.Length,
                result.Skipped.Count,
                result.WarnedRowCount,
                importWarnings,
                Summary(documents),
                written,
                result.LookupIssues.Concat(result.Issues).Select(i => ImportIssueText.Report(i, file)).ToList());
            report.WriteLine(JsonSerializer.Serialize(json, CliJsonContext.Default.ImportReport));
        }
        else
        {
            foreach (var issue in result.LookupIssues.Concat(result.Issues))
            {
                report.WriteLine(ImportIssueText.Line(file, issue));
            }

            foreach (string line in documents.Lines)
            {
                report.WriteLine(line);
            }

            report.WriteLine(
                $"{result.RowCount} rows, {result.Inspections.Length} imported, {result.Skipped.Count} skipped, {result.WarnedRowCount} imported with warnings ({importWarnings} import warnings, IMP)"
                + (written.Count > 0 && outDir is not null ? $"; {written.Count} documents written to {Printable.Escape(outDir)}" : jsonlPath is not null ? $"; written to {Printable.Escape(jsonlPath)}" : string.Empty));
            report.WriteLine(documents.Summary(Where(outDir, jsonlPath)));
        }

        return ExitCodes.Success;
    }

    /// <summary>A file the importer refused as a whole (IMP090–IMP093): one line, <c>inspections: FILE: CODE: message</c>, and exit 2.</summary>
    internal static int Refused(CliContext context, string file, DiagnosticList issues)
    {
        var refusal = issues.First(i => ImportCodes.RefusesFile(i.Code));
        context.Error.WriteLine($"inspections: {Printable.Escape(file)}: {refusal.Code}: {Printable.Escape(refusal.Message)}");
        return ExitCodes.UsageError;
    }

    /// <summary>The name standard output goes by in the report's lines: the documents there have no file.</summary>
    private const string StandardOutputName = "(standard output)";

    /// <summary>Writes each inspection as one line of a .jsonl file, checking each line as written.</summary>
    private static void WriteLines(Stream stream, IEnumerable<Inspection> inspections, string path, WrittenDocuments documents)
    {
        int line = 0;
        foreach (var inspection in inspections)
        {
            byte[] bytes = InspectionJson.WriteToUtf8Bytes(inspection, indented: false);
            stream.Write(bytes);
            stream.WriteByte((byte)'\n');
            documents.Check(bytes, path, ++line);
        }
    }

    /// <summary>Writes each inspection as one JSON line to standard output, checking each line as written.</summary>
    private static void WriteStandardOutput(CliContext context, IEnumerable<Inspection> inspections, WrittenDocuments documents)
    {
        var stdout = new StringBuilder();
        int line = 0;
        foreach (var inspection in inspections)
        {
            byte[] bytes = InspectionJson.WriteToUtf8Bytes(inspection, indented: false);
            stdout.Append(Encoding.UTF8.GetString(bytes)).Append('\n');
            documents.Check(bytes, StandardOutputName, ++line);
        }

        context.Out.Write(stdout.ToString());
    }

    private static string Where(string? outDir, string? jsonlPath) => outDir is not null || jsonlPath is not null ? "written" : "on standard output";

    private static WrittenSummary Summary(WrittenDocuments documents) => new(documents.Documents, documents.Valid, documents.Invalid, documents.Warnings);

    /// <summary>A file name such as <c>calderdale-ilacs-2018-2018-11-12.json</c>, made unique within the run.</summary>
    private static string UniqueFileName(Inspection inspection, HashSet<string> used, bool withVisit = false)
    {
        var slug = new StringBuilder();
        foreach (char c in inspection.Subject.Name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        string stem = $"{slug.ToString().Trim('-')}-{inspection.FrameworkId}{(withVisit ? "-" + inspection.VisitTypeId : string.Empty)}-{(inspection.Date is { } date ? DateText.Format(date) : null)}";
        string name = stem + ".json";
        for (int n = 2; !used.Add(name); n++)
        {
            name = $"{stem}-{n}.json";
        }

        return name;
    }
}
