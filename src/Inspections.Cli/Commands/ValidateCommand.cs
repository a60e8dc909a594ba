using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Inspections.Cli.Output;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Cli.Commands;

/// <summary><c>inspections validate PATH...</c>: validates each .json / .jsonl file (folders recursively).</summary>
internal static class ValidateCommand
{
    /// <summary>How many files make a run large enough for a progress line.</summary>
    public const int ProgressThreshold = 200;

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files (.json: one document; .jsonl: one document per line) or folders (every such file in them, recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        var command = new Command("validate", "Validate inspection documents against their framework.") { paths, format };
        command.SetAction(parsed => Run(context, parsed.GetValue(paths)!, parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string format)
    {
        var (files, missing, folders, links) = DocumentFiles.Expand(paths);
        foreach (var link in links)
        {
            context.Error.WriteLine($"inspections: {link}: a link to a folder, not followed; name it to validate what it holds.");
        }

        foreach (var path in missing)
        {
            context.Error.WriteLine($"inspections: {path}: no such file or folder.");
        }

        foreach (var (path, reason) in folders)
        {
            context.Error.WriteLine($"inspections: {path}: cannot be read: {reason}");
        }

        bool unreadable = missing.Count > 0 || folders.Count > 0;
        var reports = new List<FileReport>(files.Count);
        bool progress = context.ErrorIsTerminal && files.Count > ProgressThreshold;
        for (int i = 0; i < files.Count; i++)
        {
            var report = ValidateFile(files[i], context, ref unreadable);
            if (report is not null)
            {
                reports.Add(report);
            }

            if (progress)
            {
                context.Error.Write($"\rvalidated {i + 1} of {files.Count} files");
            }
        }

        if (progress)
        {
            context.Error.WriteLine();
        }

        var summary = new ValidationSummary(
            reports.Count,
            reports.Count(r => r.Valid),
            reports.Count(r => !r.Valid),
            reports.Sum(r => r.Diagnostics.Count(d => d.Severity == "warning")));

        if (format == CommonOptions.Json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new ValidateReport(reports, summary), CliJsonContext.Default.ValidateReport));
        }
        else
        {
            foreach (var report in reports)
            {
                foreach (var d in report.Diagnostics)
                {
                    context.Out.WriteLine($"{report.Path}:{d.Line ?? 1}: {d.Severity} {d.Code}: {d.Message}");
                }
            }

            context.Out.WriteLine($"{summary.Files} files, {summary.Valid} valid, {summary.Invalid} invalid, {summary.Warnings} warnings");
        }

        return unreadable ? ExitCodes.UsageError : summary.Invalid > 0 ? ExitCodes.Invalid : ExitCodes.Success;
    }

    private static FileReport? ValidateFile(string path, CliContext context, ref bool unreadable)
    {
        var diagnostics = new List<Diagnostic>();
        bool valid = true;
        try
        {
            if (DocumentFiles.IsJsonLines(path))
            {
                using var stream = FileInput.OpenRead(path, context.Patience, FileInput.MaxJsonLinesBytes);
                foreach (var result in InspectionJson.ReadLines(stream))
                {
                    diagnostics.AddRange(result.Diagnostics);
                    valid &= result.IsValid;
                }
            }
            else
            {
                // The reader reads at most 1 MiB and a byte: /dev/zero is a document too large, not an endless read.
                using var stream = FileInput.OpenRead(path, context.Patience, long.MaxValue);
                var result = InspectionJson.Read(stream);
                diagnostics.AddRange(result.Diagnostics);
                valid = result.IsValid;
            }
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            context.Error.WriteLine($"inspections: {path}: cannot be read: {e.Message}");
            unreadable = true;
            if (diagnostics.Count == 0)
            {
                return null;
            }

            // Lines of a .jsonl file read before the failure are still reported; the file is not valid.
            valid = false;
        }

        return new FileReport(
            path,
            valid,
            diagnostics.Select(d => new DiagnosticReport(d.Code, Words.Of(d.Severity), d.Path, d.Line, d.Message)).ToList());
    }
}
