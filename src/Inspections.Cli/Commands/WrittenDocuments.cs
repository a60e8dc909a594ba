using System.Collections.Generic;
using System.Globalization;
using Inspections.Cli.Output;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Cli.Commands;

/// <summary>
/// What <c>inspections validate</c> will say about the documents an import writes, found by reading back the very
/// bytes written (the same reader and validator as <c>validate</c>): how many documents, valid and invalid, and their
/// warnings (INS codes, such as INS032 for a report published long after fieldwork began). The import's own warnings
/// (IMP codes) are about the source rows and are counted apart: the two never add up to each other. Not thread-safe.
/// </summary>
internal sealed class WrittenDocuments
{
    private readonly List<string> _lines = [];

    /// <summary>How many documents were checked.</summary>
    public int Documents { get; private set; }

    /// <summary>How many have no error diagnostic.</summary>
    public int Valid { get; private set; }

    /// <summary>How many have an error diagnostic.</summary>
    public int Invalid => Documents - Valid;

    /// <summary>How many warning diagnostics they carry, all documents together.</summary>
    public long Warnings { get; private set; }

    /// <summary>Each diagnostic as <c>validate</c> prints it (<c>PATH:LINE: severity CODE: message</c>).</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Checks one document as written.</summary>
    /// <param name="utf8">The bytes written.</param>
    /// <param name="path">Where they were written (the .json file, the .jsonl file, or a name for standard output).</param>
    /// <param name="lineInFile">For a line of a .jsonl file: its line number, which the diagnostics then carry (as
    /// <c>validate</c> gives them for that file); null for a file of its own.</param>
    public void Check(byte[] utf8, string path, int? lineInFile)
    {
        var result = InspectionJson.Read(utf8);
        Documents++;
        Valid += result.IsValid ? 1 : 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            Warnings += diagnostic.Severity == DiagnosticSeverity.Warning ? 1 : 0;
            _lines.Add(DiagnosticText.Line(path, lineInFile is { } line ? diagnostic with { Line = line } : diagnostic));
        }
    }

    /// <summary>The summary line, in <c>validate</c>'s words: "Documents written: 315, 315 valid, 0 invalid, 14 warnings (INS)".</summary>
    public string Summary(string where) => string.Create(
        CultureInfo.InvariantCulture,
        $"Documents {where}: {Documents}, {Valid} valid, {Invalid} invalid, {Warnings} warnings (INS; what 'inspections validate' reports on them).");
}
