using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Inspections.Cli.Output;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using Inspections.Import.Reports;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>inspections import reports PATH... [--manifest FILE] (--out DIR | --jsonl FILE)</c>: reads Ofsted's published
/// report PDFs (a folder: every <c>.pdf</c> in it, recursively) into documents, one per inspection (two for a combined
/// SIF and LSCB report), and reports each file it cannot read with an <c>IMP2xx</c> code at file and page.
/// </summary>
internal static class ImportReportsCommand
{
    /// <summary>The most read of one report file by the command (the reader's own limit, 16 MiB, is lower and is reported as IMP203).</summary>
    private const long MaxReportBytes = 64L << 20;

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Report PDFs, or folders of them (every .pdf in a folder, recursively).", Arity = ArgumentArity.OneOrMore };
        var manifest = new Option<string?>("--manifest") { Description = "The reports' manifest.csv (file,urn,published,source): the publication date when a report prints none, and the source URL. Paths in it are relative to its folder.", HelpName = "FILE" };
        var command = new Command(
            "reports",
            "Read Ofsted's published report PDFs into documents: fieldwork dates, every judgement in the words of the time, recommendations, publication date and source. A file it cannot read is an IMP diagnostic at file and page; a grade is never guessed.")
        {
            paths, manifest,
        };
        var (outDir, jsonl) = CommonOptions.Output(command, "inspection", oneRequired: true);
        var format = CommonOptions.Format();
        command.Options.Add(format);
        command.SetAction(parsed => Run(context, parsed.GetValue(paths)!, parsed.GetValue(manifest), parsed.GetValue(outDir), parsed.GetValue(jsonl), parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string? manifestPath, string? outDir, string? jsonlPath, string format)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                context.Error.WriteLine($"inspections: {Printable.Escape(path)}: no such file or folder.");
                return ExitCodes.UsageError;
            }
        }

        ReportManifestReadResult? manifest = null;
        string? manifestFolder = null;
        if (manifestPath is not null)
        {
            if (!File.Exists(manifestPath))
            {
                context.Error.WriteLine($"inspections: {Printable.Escape(manifestPath)}: no such file.");
                return ExitCodes.UsageError;
            }

            try
            {
                using var stream = FileInput.OpenRead(manifestPath, context, FileInput.MaxCsvBytes);
                manifest = ReportManifest.Read(stream, manifestPath);
                manifestFolder = Path.GetDirectoryName(Path.GetFullPath(manifestPath));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"inspections: {Printable.Escape(manifestPath)}: cannot be read: {Printable.Escape(e.Message)}");
                return ExitCodes.UsageError;
            }
        }

        // Read in parallel (the reader is stateless); results are kept in file order.
        var results = new ReportReadResult[files.Count];
        var unreadable = new string?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            ReportManifestEntry? entry = null;
            if (manifest is not null && manifestFolder is not null)
            {
                string relative = Path.GetRelativePath(manifestFolder, Path.GetFullPath(files[i])).Replace('\\', '/');
                manifest.TryGet(relative, out entry);
            }

            try
            {
                using var stream = FileInput.OpenRead(files[i], context, MaxReportBytes);
                results[i] = ReportReader.Read(stream, files[i], new ReportReaderOptions { ManifestEntry = entry });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable[i] = e.Message;
                results[i] = new ReportReadResult(files[i], null, [], DiagnosticList.Empty);
            }
        });

        var inspections = results.SelectMany(r => r.Documents.Select(d => d.Inspection)).ToList();
        var written = new List<string>();
        var documents = new WrittenDocuments();
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var inspection in inspections)
            {
                string path = Path.Combine(outDir, FileNameOf(inspection, used));
                byte[] bytes = InspectionJson.WriteToUtf8Bytes(inspection);
                File.WriteAllBytes(path, bytes);
                documents.Check(bytes, path, lineInFile: null);
                written.Add(path);
            }
        }
        else
        {
            using var stream = File.Create(jsonlPath!);
            int line = 0;
            foreach (var inspection in inspections)
            {
                byte[] bytes = InspectionJson.WriteToUtf8Bytes(inspection, indented: false);
                stream.Write(bytes);
                stream.WriteByte((byte)'\n');
                documents.Check(bytes, jsonlPath!, ++line);
            }

            written.Add(jsonlPath!);
        }

        var issues = (manifest?.Issues ?? DiagnosticList.Empty).Concat(results.SelectMany(r => r.Issues)).ToList();
        int errors = issues.Count(i => i.IsError) + unreadable.Count(u => u is not null);
        int warnings = issues.Count(i => !i.IsError);
        int notRead = results.Count(r => r.Issues.Any(i => i.IsError)) + unreadable.Count(u => u is not null);
        var byLayout = results.Where(r => r.Documents.Length > 0 && r.Layout is not null)
            .GroupBy(r => r.Layout!.Value).OrderBy(g => g.Key)
            .Select(g => (Layout: g.Key, Reports: g.Count(), Documents: g.Sum(r => r.Documents.Length))).ToList();

        if (format == CommonOptions.Json)
        {
            context.Out.WriteLine(Json(files.Count, notRead, inspections.Count, warnings, byLayout, written, issues, files, unreadable, documents));
        }
        else
        {
            for (int i = 0; i < files.Count; i++)
            {
                if (unreadable[i] is { } message)
                {
                    context.Out.WriteLine($"{Printable.Escape(files[i])}: error: cannot be read: {Printable.Escape(message)}");
                }
            }

            foreach (var issue in issues)
            {
                context.Out.WriteLine(Line(issue));
            }

            foreach (string line in documents.Lines)
            {
                context.Out.WriteLine(line);
            }

            foreach (var (layout, reports, count) in byLayout)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {LayoutWord(layout)}: {reports} reports, {count} documents"));
            }

            string where = outDir is not null ? $"{written.Count} documents written to {Printable.Escape(outDir)}" : $"written to {Printable.Escape(jsonlPath)}";
            context.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{files.Count} files; {files.Count - notRead} reports read, {notRead} not read (IMP errors); {inspections.Count} documents, {warnings} import warnings (IMP); {where}"));
            context.Out.WriteLine(documents.Summary("written"));
        }

        return errors > 0 || documents.Invalid > 0 ? ExitCodes.Invalid : ExitCodes.Success;
    }

    /// <summary>An issue as one line: <c>FILE: page N: error|warning IMPnnn: message [place]</c> (a manifest's line for a manifest issue), every quoted part escaped.</summary>
    internal static string Line(Diagnostic issue)
    {
        bool manifestIssue = issue.Code is "IMP230" or "IMP231" or "IMP232";
        string where = issue.Line is { } n ? (manifestIssue ? $":{n}" : $": page {n}") : string.Empty;
        string place = issue.Path == ReportCodes.WholeFile ? string.Empty : $" [{Printable.Escape(issue.Path)}]";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Printable.Escape(issue.File ?? "(report)")}{where}: {(issue.IsError ? "error" : "warning")} {issue.Code}: {Printable.Escape(issue.Message)}{place}");
    }

    private static string LayoutWord(ReportLayout layout) => layout switch
    {
        ReportLayout.LookedAfterChildren2013 => "2013 targeted looked after children",
        ReportLayout.Sif => "SIF",
        ReportLayout.SifWithLscbReview => "SIF with LSCB review",
        ReportLayout.LscbReview => "LSCB review alone",
        ReportLayout.Ilacs2018 => "ILACS 2018",
        ReportLayout.Ilacs2023 => "ILACS 2023",
        _ => "ILACS 2026",
    };

    private static string Json(
        int files, int notRead, int documentCount, int warnings, List<(ReportLayout Layout, int Reports, int Documents)> byLayout,
        List<string> written, List<Diagnostic> issues, List<string> paths, string?[] unreadable, WrittenDocuments documents)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("files", files);
            json.WriteNumber("read", files - notRead);
            json.WriteNumber("notRead", notRead);
            json.WriteNumber("documents", documentCount);
            json.WriteNumber("valid", documents.Valid);
            json.WriteNumber("invalid", documents.Invalid);
            json.WriteNumber("warnings", warnings);
            json.WriteStartObject("layouts");
            foreach (var (layout, reports, count) in byLayout)
            {
                json.WriteStartObject(layout.ToString());
                json.WriteNumber("reports", reports);
                json.WriteNumber("documents", count);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("written");
            foreach (string path in written)
            {
                json.WriteStringValue(path);
            }

            json.WriteEndArray();
            json.WriteStartArray("issues");
            for (int i = 0; i < paths.Count; i++)
            {
                if (unreadable[i] is { } message)
                {
                    json.WriteStartObject();
                    json.WriteString("file", paths[i]);
                    json.WriteString("severity", "error");
                    json.WriteString("message", "cannot be read: " + message);
                    json.WriteEndObject();
                }
            }

            foreach (var issue in issues)
            {
                json.WriteStartObject();
                json.WriteString("file", issue.File);
                if (issue.Line is { } line)
                {
                    json.WriteNumber(issue.Code is "IMP230" or "IMP231" or "IMP232" ? "line" : "page", line);
                }

                json.WriteString("severity", issue.IsError ? "error" : "warning");
                json.WriteString("code", issue.Code);
                json.WriteString("path", issue.Path);
                json.WriteString("message", issue.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A file name such as <c>slough-sif-2013-lscb-review-2015-11-24.json</c>, unique within the run.</summary>
    private static string FileNameOf(Inspection inspection, HashSet<string> used)
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

        string date = inspection.Date is { } placed ? DateText.Format(placed) : "undated";
        string stem = $"{slug.ToString().Trim('-')}-{inspection.FrameworkId}-{inspection.VisitTypeId}-{date}";
        string name = stem + ".json";
        for (int n = 2; !used.Add(name); n++)
        {
            name = $"{stem}-{n}.json";
        }

        return name;
    }
}
