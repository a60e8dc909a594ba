using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Inspections.Cli;
using Inspections.Core.Comparison;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using Inspections.Import;

namespace Inspections.Fuzz;

/// <summary>
/// The fuzzing targets. Each takes any bytes and throws <see cref="ContractViolationException"/> when the
/// library breaks its promise about hostile input (docs/format.md, "Reliability"); any other exception escaping
/// a target is a crash too.
/// </summary>
internal static class Targets
{
    public static readonly string[] Names = ["json", "jsonl", "csv", "ofsted", "write", "compare", "cli", "reports"];

    public static Action<byte[]> Get(string name) => name switch
    {
        "json" => Json,
        "jsonl" => JsonLines,
        "csv" => Csv,
        "ofsted" => Ofsted,
        "write" => Write,
        "compare" => Compare,
        "cli" => Cli,
        "reports" => Reports,
        _ => throw new ArgumentException($"Unknown target '{name}'; the targets are {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>
    /// InspectionJson.Read never throws and gives an inspection or INS001–INS003 diagnostics; Parse agrees with it
    /// and throws only InspectionFormatException; what was read writes, and reads back equal.
    /// </summary>
    public static void Json(byte[] input)
    {
        var result = InspectionJson.Read(input);
        CheckResult(result, null);

        Core.Inspection? parsed = null;
        InspectionFormatException? refused = null;
        try
        {
            parsed = InspectionJson.Parse(input);
        }
        catch (InspectionFormatException e)
        {
            refused = e;
        }

        if (result.Inspection is null)
        {
            Check(refused is not null && refused.Problems.Count > 0 && refused.Problems[0].Equals(result.Diagnostics[0]), "Parse must refuse what Read could not read, with Read's first diagnostic");
        }
        else
        {
            Check(result.Inspection.Equals(parsed), "Parse must give what Read gives");
            byte[] written = InspectionJson.WriteToUtf8Bytes(result.Inspection);
            var again = InspectionJson.Read(written);
            Check(result.Inspection.Equals(again.Inspection), "What was read must write and read back equal");
            // Writing puts judgements in the framework's order, so validation may find the same problems in another order.
            Check(again.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal).SequenceEqual(result.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal)),
                "Writing must not change what validation finds");
        }

        if (Utf8IsValid(input) && !InspectionJsonHasBom(input))
        {
            var fromText = InspectionJson.Read(Encoding.UTF8.GetString(input));
            Check(fromText.Diagnostics.SequenceEqual(result.Diagnostics), "Reading text must give what reading its bytes gives");
        }
    }

    /// <summary>ReadLines never throws; each non-blank line gives the result that reading it alone gives.</summary>
    public static void JsonLines(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        var results = InspectionJson.ReadLines(stream).ToList();
        int previous = 0;
        foreach (var result in results)
        {
            Check(result.LineNumber is { } line && line > previous, "Line numbers must increase");
            previous = result.LineNumber!.Value;
            CheckResult(result, result.LineNumber);
        }

        // Every line that can be read on its own is read (nothing valid is lost), to the same inspection.
        var lines = SplitLines(input);
        var nonBlank = lines.Select((bytes, i) => (Bytes: bytes, Line: i + 1)).Where(l => !IsBlank(l.Bytes)).ToList();
        Check(nonBlank.Count == results.Count, $"Every non-blank line must give one result ({nonBlank.Count} lines, {results.Count} results)");
        for (int i = 0; i < nonBlank.Count; i++)
        {
            Check(results[i].LineNumber == nonBlank[i].Line, "A result must carry its own line's number");
            if (nonBlank[i].Line > 1 && InspectionJsonHasBom(nonBlank[i].Bytes))
            {
                // A byte order mark is skipped at the start of the file only; elsewhere it is not JSON.
                Check(results[i].Inspection is null, $"Line {nonBlank[i].Line} starts with a byte order mark, which only the first line may");
            }
            else if (nonBlank[i].Bytes.Length <= InspectionJson.MaxDocumentBytes)
            {
                var alone = InspectionJson.Read(nonBlank[i].Bytes);
                Check(Equals(alone.Inspection, results[i].Inspection), $"Line {nonBlank[i].Line} must read as it reads alone");
            }
        }
    }

    /// <summary>
    /// The ILACS history CSV importer, as the command reads a file (the bytes, strictly UTF-8; after a NUL byte, the
    /// lookup file): it never throws for what the bytes hold; a refused file (IMP090–IMP093) has that one issue and
    /// nothing else; every row is imported or reported as skipped exactly once, at a line of the file; every issue
    /// carries an ilacs-csv code (IMP001–IMP099), a data line of its file and, for a cell, its column; every imported
    /// inspection writes and reads back valid and equal (indented, as --out writes it, and compact, as --jsonl writes it).
    /// </summary>
    public static void Csv(byte[] input)
    {
        int split = Array.IndexOf(input, (byte)0);
        byte[] csv = split < 0 ? input : input[..split];
        LocalAuthorityLookup? lookup = null;
        if (split >= 0)
        {
            lookup = LocalAuthorityLookup.Read(new MemoryStream(input[(split + 1)..]), "lookup.csv");
            if (lookup.IsRefused)
            {
                var refusal = Single(lookup.Issues);
                Check(ImportCodes.RefusesFile(refusal.Code) && refusal.Line == 1, $"A refused lookup says why with its one IMP09x issue: {refusal}");
                lookup = null;
            }
        }

        var result = IlacsCsvImporter.ImportUtf8(new MemoryStream(csv), "history.csv", lookup);
        if (result.IsRefused)
        {
            var refusal = Single(result.Issues);
            Check(ImportCodes.RefusesFile(refusal.Code) && refusal.Line == 1 && result.RowCount == 0 && result.Inspections.IsEmpty,
                $"A refused file has its one IMP09x issue at line 1 and nothing else: {refusal}");
            return;
        }

        // Lines as the parser and most editors count them: \n, \r\n and a lone \r each end one.
        int lines = 1 + csv.Select((b, i) => b == (byte)'\n' || (b == (byte)'\r' && (i + 1 == csv.Length || csv[i + 1] != (byte)'\n'))).Count(isBreak => isBreak);
        Check(result.Inspections.Length + result.Skipped.Count == result.RowCount, "Every row must be imported or reported as skipped");
        var rowLines = result.Inspections.Select(i => i.Line).Concat(result.Skipped.Select(s => s.Line ?? 0)).ToList();
        Check(rowLines.Distinct().Count() == rowLines.Count, "No two rows start on the same line");
        foreach (var issue in result.Issues.Concat(result.LookupIssues))
        {
            Check(ImportCodes.Ilacs.Any(d => d.Code == issue.Code && d.Severity == issue.Severity), $"Every issue carries an ilacs-csv code: {issue}");
            Check(issue.Line >= 2 && (issue.File != "history.csv" || issue.Line <= lines), $"Every issue is on a data line of its file: {issue}");
            Check(issue.Path == ImportCodes.WholeRow || issue.Column is > 0, $"An issue about a column gives its position: {issue}");
            CheckMessage(issue, input);
        }

        foreach (var imported in result.Inspections)
        {
            foreach (bool indented in (bool[])[true, false])
            {
                byte[] written = InspectionJson.WriteToUtf8Bytes(imported.Inspection, indented: indented);
                var read = InspectionJson.Read(written);
                Check(read.IsValid, $"An imported inspection must write a valid document: {First(read.Diagnostics)}");
                Check(imported.Inspection.Equals(read.Inspection), "An imported inspection must write and read back equal");
            }
        }
    }

    /// <summary>
    /// The importer of Ofsted's official tables (<c>import ofsted</c>): up to four files separated by NUL bytes. It
    /// throws nothing for any bytes; every issue carries an IMP1xx code from the Ofsted list and a line of its file;
    /// every inspection it imports writes and reads back valid and equal; the rejected ones are each reported.
    /// </summary>
    public static void Ofsted(byte[] input)
    {
        var parts = Split(input, 0).Take(4).ToList();
        var files = parts.Select((bytes, i) => new KeyValuePair<string, Stream>($"sheet{i + 1}.csv", new MemoryStream(bytes))).ToList();
        var result = Import.Ofsted.OfstedImporter.Import(files);
        Check(result.Sheets.Length == files.Count, "Every file given is listed with its sheet (or none)");
        foreach (var issue in result.Issues)
        {
            Check(ImportCodes.ReportedByOfsted.Any(d => d.Code == issue.Code && d.Severity == issue.Severity), $"Every issue carries an import-ofsted code: {issue}");
            Check(issue.Line >= 1, $"Every issue has a line: {issue}");
            CheckMessage(issue, input);
        }

        // Every file recognised or refused with a code; nothing silently taken as titles.
        foreach (var (file, sheet) in result.Sheets)
        {
            Check(sheet is not null || result.Issues.Any(i => i.File == file && ImportCodes.RefusesFile(i.Code)), $"{file} is neither a sheet nor refused");
        }

        Check(result.Rejected.IsEmpty || result.Issues.Any(i => i.IsError), "A rejected inspection is reported");
        // Every imported inspection, publication-only and open-ended fieldwork included, writes and reads back equal.
        foreach (var inspection in result.Inspections)
        {
            byte[] written = InspectionJson.WriteToUtf8Bytes(inspection, indented: false);
            var read = InspectionJson.Read(written);
            Check(read.IsValid, $"An imported inspection must write a valid document: {First(read.Diagnostics)}");
            Check(inspection.Equals(read.Inspection), "An imported inspection must write and read back equal");
        }
    }

    /// <summary>
    /// The report reader (<c>import reports</c>) on any bytes as a PDF: it throws nothing; every issue carries an
    /// IMP2xx code and names the file; a message leaves no placeholder or type name; every document it gives writes
    /// and reads back equal, and a document is given only with a layout.
    /// </summary>
    public static void Reports(byte[] input)
    {
        var result = Import.Reports.ReportReader.Read(new MemoryStream(input, writable: false), "report.pdf");
        foreach (var issue in result.Issues)
        {
            Check(issue.Code.StartsWith("IMP2", StringComparison.Ordinal), $"Every issue carries a report reader's code: {issue}");
            Check(issue.File == "report.pdf", $"Every issue names the file: {issue}");
            CheckMessage(issue, input);
        }

        Check(result.Documents.IsEmpty || result.Layout is not null, "A document comes from a known layout");
        Check(!result.Documents.IsEmpty || !result.Issues.IsEmpty, "A report that gives no document says why");
        foreach (var document in result.Documents)
        {
            byte[] written = InspectionJson.WriteToUtf8Bytes(document.Inspection, indented: false);
            var read = InspectionJson.Read(written);
            Check(read.Inspection is not null && document.Inspection.Equals(read.Inspection), $"A report's document must write and read back equal: {First(read.Diagnostics)}");
        }
    }

    /// <summary>
    /// The writer, on inspections the model accepts but the reader never made: strings from the input as raw UTF-16
    /// code units (lone surrogates, control and invisible characters, emoji), repeated up to a few million characters,
    /// in the name, notes, recommendations; any framework, visit type and grades. Writing gives a document that reads
    /// back equal, with no reading diagnostic, or refuses with a documented exception; never a document the reader
    /// rejects. Compact and indented writing, and writing text, agree.
    /// </summary>
    public static void Write(byte[] input)
    {
        var source = new InputBytes(input);
        var catalog = Core.Catalog.FrameworkCatalog.Default;
        var framework = catalog.All[source.Next() % catalog.All.Length];
        var visit = framework.VisitTypes[source.Next() % framework.VisitTypes.Length];
        var grades = framework.Scale.Grades;
        var judgements = visit.JudgementIds.Where(_ => source.Next() % 4 != 0)
            .Select(j => new Core.JudgementGrade(j, grades[source.Next() % grades.Length].Id)).ToList();
        var start = framework.InForce.Start.PlusDays(source.Next() * 7);
        var end = start.PlusDays(source.Next() % 30);
        string name = source.Text(), notes = source.Text();
        var recommendations = Enumerable.Range(0, source.Next() % 4).Select(_ => source.Text()).ToList();

        Core.Inspection inspection;
        try
        {
            var subject = new Core.InspectionSubject(framework.SubjectKinds[0], name);
            inspection = new Core.Inspection(framework.Id, visit.Id, subject, new Core.Fieldwork(start, end), Core.JudgementGrades.Create(judgements))
            {
                Published = source.Next() % 2 == 0 ? end.PlusDays(source.Next()) : null,
                Notes = notes.Length == 0 ? null : notes,
                Recommendations = [.. recommendations.Select(r => new Core.Recommendation(r, framework.Timescales.IsEmpty || source.Next() % 2 == 0 ? null : framework.Timescales[source.Next() % framework.Timescales.Length].Id))],
            };
        }
        catch (ArgumentException)
        {
            return; // The model refuses it (documented): not an inspection the model accepts.
        }

        foreach (bool indented in (bool[])[false, true])
        {
            byte[] written;
            try
            {
                written = InspectionJson.WriteToUtf8Bytes(inspection, indented: indented);
            }
            catch (Exception e) when (IsDocumentedWriteRefusal(e))
            {
                continue;
            }

            var read = InspectionJson.Read(written);
            Check(read.Inspection is not null, $"What was written must read ({written.Length:N0} bytes, indented {indented}): {First(read.Diagnostics)}");
            Check(read.Diagnostics.All(d => d.Code is not (DiagnosticCodes.MalformedDocument or DiagnosticCodes.MissingProperty or DiagnosticCodes.InvalidValue)),
                $"What was written must read with no reading diagnostic: {First(read.Diagnostics)}");
            Check(inspection.Equals(read.Inspection), "What was written must read back equal");
            Check(Encoding.UTF8.GetString(written) == InspectionJson.Write(inspection, indented: indented), "Writing text and writing bytes agree");
        }
    }

    /// <summary>The exceptions the writer documents for an inspection it will not write (a document the reader would refuse).</summary>
    private static bool IsDocumentedWriteRefusal(Exception e) => e is InspectionFormatException or ArgumentException;

    /// <summary>Two documents separated by a NUL byte: whatever reads, compares (or is refused as two subjects) without a crash.</summary>
    public static void Compare(byte[] input)
    {
        int split = Array.IndexOf(input, (byte)0);
        if (split < 0)
        {
            return;
        }

        var first = InspectionJson.Read(input.AsSpan(0, split)).Inspection;
        var second = InspectionJson.Read(input.AsSpan(split + 1)).Inspection;
        if (first is null || second is null || !InspectionComparer.IsSameSubject(first.Subject, second.Subject))
        {
            return;
        }

        var comparison = InspectionComparer.Compare(first, second);
        Check(comparison.Overall is not null, "A comparison has an overall line");
        _ = comparison.ToString();
    }

    /// <summary>
    /// Arguments and files for the command: the parts between NUL bytes are the argument lines (one argument per
    /// line) and then the contents of a.json, b.jsonl and c.csv, which the arguments name as %1, %2 and %3. The
    /// command exits 0, 1 or 2 and never prints a stack trace.
    /// </summary>
    public static void Cli(byte[] input)
    {
        var parts = Split(input, 0);
        string folder = Path.Combine(Path.GetTempPath(), "inspections-fuzz-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        string[] files = [Path.Combine(folder, "a.json"), Path.Combine(folder, "b.jsonl"), Path.Combine(folder, "c.csv")];
        for (int i = 0; i < files.Length; i++)
        {
            File.WriteAllBytes(files[i], i + 1 < parts.Count ? parts[i + 1] : []);
        }

        string[] args = Encoding.UTF8.GetString(parts[0])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Take(16)
            .Select(a => a.Replace("%1", files[0], StringComparison.Ordinal).Replace("%2", files[1], StringComparison.Ordinal).Replace("%3", files[2], StringComparison.Ordinal).Replace("%d", folder, StringComparison.Ordinal))
            .Select(a => a.Replace("--out", "--out-ignored", StringComparison.Ordinal).Replace("--jsonl", "--jsonl-ignored", StringComparison.Ordinal))
            .ToArray();

        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = InspectionsCommand.Run(args, output, error, errorIsTerminal: false);
        Check(exit is 0 or 1 or 2, $"Exit code {exit}");
        Check(!error.ToString().Contains("   at ", StringComparison.Ordinal), "No stack trace");
        Check(!error.ToString().Contains("internal error", StringComparison.Ordinal), "No internal error: " + error);
        if (exit == 2 && args.Length > 0 && args.All(a => !a.StartsWith('-')))
        {
            Check(error.ToString().Length > 0, "Exit 2 says why");
        }
    }

    private static void CheckResult(InspectionReadResult result, int? line)
    {
        Check(result.LineNumber == line, "The result carries its line number");
        Check(result.Diagnostics.Count <= 101, $"At most 101 diagnostics per document, not {result.Diagnostics.Count}");
        foreach (var d in result.Diagnostics)
        {
            Check(d.Line is >= 1 && d.BytePositionInLine is >= 0, $"Every diagnostic has a position: {d}");
            Check(d.Path.StartsWith('$'), $"Every path starts with $: {d.Path}");
        }

        if (result.Inspection is null)
        {
            Check(!result.Diagnostics.IsEmpty, "A document that was not read has a diagnostic");
            Check(result.Diagnostics.All(d => d.Code is DiagnosticCodes.MalformedDocument or DiagnosticCodes.MissingProperty or DiagnosticCodes.InvalidValue),
                "A document that was not read has only INS001–INS003");
            Check(!result.IsValid, "A document that was not read is not valid");
        }
        else
        {
            Check(result.Diagnostics.All(d => d.Code is not (DiagnosticCodes.MalformedDocument or DiagnosticCodes.MissingProperty or DiagnosticCodes.InvalidValue)),
                "A document that was read has no reading diagnostic");
            Check(result.IsValid == result.Diagnostics.All(d => !d.IsError), "Valid means no error");
        }
    }

    private static Diagnostic? First(DiagnosticList diagnostics) => diagnostics.IsEmpty ? null : diagnostics[0];

    private static Diagnostic Single(DiagnosticList diagnostics)
    {
        Check(diagnostics.Count == 1, $"One issue, not {diagnostics.Count}");
        return diagnostics[0];
    }

    /// <summary>
    /// An import message is its code's: never empty, no type name (System.Collections…, `1) and no placeholder left,
    /// unless the input itself holds them (a quoted value may).
    /// </summary>
    private static void CheckMessage(Diagnostic issue, byte[] input)
    {
        // A quoted value may hold anything, so a type name counts only where the input has no backquote or "System".
        bool inputMayHoldTypeNames = Array.IndexOf(input, (byte)'`') >= 0 || input.AsSpan().IndexOf("System"u8) >= 0;
        Check(issue.Message.Length > 0 && (inputMayHoldTypeNames
                || (!issue.Message.Contains("System.Collections", StringComparison.Ordinal) && !issue.Message.Contains("`1", StringComparison.Ordinal))),
            $"A message names no type: {issue}");
        Check(Array.IndexOf(input, (byte)'{') >= 0 || !System.Text.RegularExpressions.Regex.IsMatch(issue.Message, @"\{\d+(:[^}]*)?\}"),
            $"A message has no placeholder left: {issue}");
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new ContractViolationException(what);
        }
    }

    private static bool Utf8IsValid(byte[] input) => System.Text.Unicode.Utf8.IsValid(input);

    private static bool InspectionJsonHasBom(byte[] input) => input.Length >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF;

    private static List<byte[]> Split(byte[] input, byte separator)
    {
        var parts = new List<byte[]>();
        int start = 0;
        for (int i = 0; i <= input.Length; i++)
        {
            if (i == input.Length || input[i] == separator)
            {
                parts.Add(input[start..i]);
                start = i + 1;
            }
        }

        return parts;
    }

    /// <summary>The lines of a .jsonl file as ReadLines sees them: split at \n, a final \r and (first line) a BOM removed.</summary>
    private static List<byte[]> SplitLines(byte[] input)
    {
        var lines = Split(input, (byte)'\n');
        if (input.Length == 0 || input[^1] == (byte)'\n')
        {
            lines.RemoveAt(lines.Count - 1);
        }

        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i == 0 && InspectionJsonHasBom(line))
            {
                line = line[3..];
            }

            if (line.Length > 0 && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            lines[i] = line;
        }

        return lines;
    }

    private static bool IsBlank(byte[] line) => line.AsSpan().IndexOfAnyExcept(" \t\r"u8) < 0;
}

/// <summary>The library broke a promise about hostile input.</summary>
internal sealed class ContractViolationException(string message) : Exception(message);
