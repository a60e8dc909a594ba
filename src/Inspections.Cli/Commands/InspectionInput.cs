using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Inspections.Cli.Output;
using Inspections.Core;
using Inspections.Core.Serialization;

namespace Inspections.Cli.Commands;

/// <summary>One inspection read for <c>history</c> or <c>latest</c>, with where it came from.</summary>
/// <param name="Inspection">The inspection.</param>
/// <param name="Origin">The file (and line, for a .jsonl file) it was read from, or "record" for the shipped official record.</param>
internal sealed record InspectionInput(Inspection Inspection, string Origin)
{
    /// <summary>The origin of the shipped official record's inspections.</summary>
    public const string Record = "record";

    /// <summary>
    /// Reads the inspections that <paramref name="paths"/> name (files and folders, as <c>validate</c> finds them), or
    /// the shipped record when there are none. An invalid document's diagnostics go to standard error and it is left
    /// out; the exit code then says so (1), and an unreadable path makes it 2.
    /// </summary>
    public static List<InspectionInput> Read(CliContext context, IReadOnlyList<string> paths, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        if (paths.Count == 0)
        {
            IReadOnlyList<Inspection>? record;
            try
            {
                record = ShippedRecord.Inspections;
            }
            catch (InvalidOperationException e)
            {
                context.Error.WriteLine($"inspections: the official record that ships with the tool cannot be read in this build: {e.Message}");
                exitCode = ExitCodes.UsageError;
                return [];
            }

            if (record is null)
            {
                context.Error.WriteLine("inspections: no PATH was given, and this build has no official record to read instead.");
                exitCode = ExitCodes.UsageError;
                return [];
            }

            return record.Select(i => new InspectionInput(i, Record)).ToList();
        }

        var (files, missing, unreadable, _) = DocumentFiles.Expand(paths);
        foreach (string path in missing)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(path)}: no such file or folder.");
            exitCode = ExitCodes.UsageError;
        }

        foreach (var (path, reason) in unreadable)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(path)}: cannot be read: {Printable.Escape(reason)}");
            exitCode = ExitCodes.UsageError;
        }

        var read = new List<InspectionInput>();
        bool invalid = false;
        foreach (string file in files)
        {
            try
            {
                if (DocumentFiles.IsJsonLines(file))
                {
                    using var stream = FileInput.OpenRead(file, context.Patience, FileInput.MaxJsonLinesBytes);
                    foreach (var result in InspectionJson.ReadLines(stream))
                    {
                        invalid |= !Take(context, result, file, $"{file}:{result.LineNumber}", read);
                    }
                }
                else
                {
                    using var stream = FileInput.OpenRead(file, context.Patience, long.MaxValue);
                    invalid |= !Take(context, InspectionJson.Read(stream), file, file, read);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"inspections: {Printable.Escape(file)}: cannot be read: {Printable.Escape(e.Message)}");
                exitCode = ExitCodes.UsageError;
            }
        }

        if (invalid && exitCode == ExitCodes.Success)
        {
            exitCode = ExitCodes.Invalid;
        }

        return read;
    }

    /// <summary>
    /// The inputs with each inspection once: the same document given twice (a file and a .jsonl of the same
    /// documents, say) is one inspection. Says on standard error how many repeats there were.
    /// </summary>
    public static List<InspectionInput> Distinct(CliContext context, List<InspectionInput> inputs)
    {
        var seen = new HashSet<Inspection>();
        var distinct = inputs.Where(i => seen.Add(i.Inspection)).ToList();
        if (distinct.Count < inputs.Count)
        {
            context.Error.WriteLine($"inspections: {inputs.Count - distinct.Count} of {inputs.Count} documents repeat another exactly; each inspection is counted once.");
        }

        return distinct;
    }

    private static bool Take(CliContext context, InspectionReadResult result, string file, string origin, List<InspectionInput> read)
    {
        foreach (var d in result.Diagnostics.Where(d => d.Severity == Core.Validation.DiagnosticSeverity.Error))
        {
            context.Error.WriteLine(DiagnosticText.Line(file, d));
        }

        if (!result.IsValid || result.Inspection is null)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(origin)}: not a valid inspection document, so it is left out.");
            return false;
        }

        read.Add(new InspectionInput(result.Inspection, origin));
        return true;
    }
}
