using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Inspections.Cli.Output;
using Inspections.Core.Inspections;
using Inspections.Core.Serialization;
using Inspections.Import;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>inspections import ilacs-csv FILE [--lookup FILE] [--out DIR | --jsonl FILE]</c>: types the rows of the ILACS
/// history CSV as inspections/v1 documents and reports every row it cannot type.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The ILACS history CSV (ofsted_csc_ilacs_history.csv)." };
        var lookup = new Option<string?>("--lookup") { Description = "The local authority lookup CSV (Provider_data_lookup.csv), for GSS codes, DfE numbers and ONS names.", HelpName = "FILE" };
        var outDir = new Option<string?>("--out") { Description = "Write one .json document per inspection into this folder.", HelpName = "DIR" };
        var jsonl = new Option<string?>("--jsonl") { Description = "Write every inspection as one line of this .jsonl file.", HelpName = "FILE" };
        var format = CommonOptions.Format();
        var ilacs = new Command(
            "ilacs-csv",
            "Import the ILACS history CSV. Without --out or --jsonl the documents go to standard output as JSON lines and the report to standard error.")
        {
            file, lookup, outDir, jsonl, format,
        };
        ilacs.Validators.Add(result =>
        {
            if (result.GetValue(outDir) is not null && result.GetValue(jsonl) is not null)
            {
                result.AddError("Give --out or --jsonl, not both.");
            }
        });
        ilacs.SetAction(parsed => Run(context, parsed.GetValue(file)!, parsed.GetValue(lookup), parsed.GetValue(outDir), parsed.GetValue(jsonl), parsed.GetValue(format)!));

        var import = new Command("import", "Import published outcomes into inspections/v1 documents.") { ilacs };
        return import;
    }

    private static int Run(CliContext context, string file, string? lookupPath, string? outDir, string? jsonlPath, string format)
    {
        foreach (var path in new[] { file, lookupPath }.OfType<string>())
        {
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"inspections: {path}: no such file.");
                return ExitCodes.UsageError;
            }
        }

        IlacsImportResult result;
        string reading = lookupPath ?? file;
        try
        {
            LocalAuthorityLookup? lookup = null;
            if (lookupPath is not null)
            {
                using var lookupReader = new StreamReader(FileInput.OpenRead(lookupPath, context.Patience, FileInput.MaxCsvBytes), StrictUtf8, detectEncodingFromByteOrderMarks: true);
                lookup = LocalAuthorityLookup.Read(lookupReader);
            }

            reading = file;
            using var csv = new StreamReader(FileInput.OpenRead(file, context.Patience, FileInput.MaxCsvBytes), StrictUtf8, detectEncodingFromByteOrderMarks: true);
            result = IlacsCsvImporter.Import(csv, lookup);
        }
        catch (ImportFormatException e)
        {
            context.Error.WriteLine($"inspections: {reading}: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"inspections: {reading}: cannot be read: {e.Message}");
            return ExitCodes.UsageError;
        }

        var written = new List<string>();
        TextWriter report = context.Out;
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var imported in result.Inspections)
            {
                string path = Path.Combine(outDir, UniqueFileName(imported.Inspection, used));
                File.WriteAllBytes(path, InspectionJson.WriteToUtf8Bytes(imported.Inspection));
                written.Add(path);
            }
        }
        else if (jsonlPath is not null)
        {
            using var stream = File.Create(jsonlPath);
            WriteLines(stream, result);
            written.Add(jsonlPath);
        }
        else
        {
            var stdout = new StringBuilder();
            foreach (var imported in result.Inspections)
            {
                stdout.Append(Encoding.UTF8.GetString(InspectionJson.WriteToUtf8Bytes(imported.Inspection, indented: false))).Append('\n');
            }

            context.Out.Write(stdout.ToString());
            report = context.Error;
        }

        if (format == CommonOptions.Json)
        {
            var json = new ImportReport(
                result.RowCount,
                result.Inspections.Length,
                result.Skipped.Length,
                result.WarnedRowCount,
                written,
                result.Issues.Select(i => new ImportIssueReport(i.Line, i.Column, i.Severity == ImportIssueSeverity.Skipped ? "skipped" : "warning", i.Message)).ToList());
            report.WriteLine(JsonSerializer.Serialize(json, CliJsonContext.Default.ImportReport));
        }
        else
        {
            foreach (var issue in result.Issues)
            {
                report.WriteLine($"{file}:{issue.Line}: {(issue.Severity == ImportIssueSeverity.Skipped ? "skipped" : "warning")}{(issue.Column is null ? string.Empty : $" [{issue.Column}]")}: {issue.Message}");
            }

            report.WriteLine(
                $"{result.RowCount} rows, {result.Inspections.Length} imported, {result.Skipped.Length} skipped, {result.WarnedRowCount} imported with warnings"
                + (written.Count > 0 && outDir is not null ? $"; {written.Count} documents written to {outDir}" : jsonlPath is not null ? $"; written to {jsonlPath}" : string.Empty));
        }

        return ExitCodes.Success;
    }

    /// <summary>UTF-8 that refuses bytes it cannot read: the importer reports such a file rather than replacing them.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static void WriteLines(Stream stream, IlacsImportResult result)
    {
        foreach (var imported in result.Inspections)
        {
            stream.Write(InspectionJson.WriteToUtf8Bytes(imported.Inspection, indented: false));
            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>A file name such as <c>calderdale-ilacs-2018-2018-11-12.json</c>, made unique within the run.</summary>
    private static string UniqueFileName(Inspection inspection, HashSet<string> used)
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

        string stem = $"{slug.ToString().Trim('-')}-{inspection.Framework}-{(inspection.Fieldwork?.Start ?? inspection.Published)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        string name = stem + ".json";
        for (int n = 2; !used.Add(name); n++)
        {
            name = $"{stem}-{n}.json";
        }

        return name;
    }
}
