using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Inspections.Core;
using Inspections.Core.Validation;

namespace Inspections.Core.Serialization;

/// <summary>
/// The outcome of reading one document: the inspection, when the document could be read, and every diagnostic
/// found: reading problems (INS001–INS003) first, then, when the document was read, what validation found.
/// </summary>
/// <remarks>
/// Every diagnostic carries a JSON path, a line and a byte position: a reading problem where it was found, a
/// validation problem at the value its path names (or at the nearest enclosing value when that is missing, such as
/// the <c>judgements</c> object for a missing judgement). Immutable.
/// </remarks>
public sealed class InspectionReadResult
{
    internal InspectionReadResult(Inspection? inspection, DiagnosticList diagnostics, int? lineNumber)
    {
        Inspection = inspection;
        Diagnostics = diagnostics;
        LineNumber = lineNumber;
        IsValid = inspection is not null && diagnostics.IsValid;
    }

    internal InspectionReadResult(Inspection? inspection, ImmutableArray<Diagnostic> diagnostics, int? lineNumber)
        : this(inspection, new DiagnosticList(diagnostics), lineNumber)
    {
    }

    /// <summary>The inspection the document describes, or null when a reading problem stopped it being read.</summary>
    public Inspection? Inspection { get; }

    /// <summary>
    /// Every diagnostic, reading problems first, each in the order found, with the counts of errors and warnings and
    /// how many more were found than listed.
    /// </summary>
    public DiagnosticList Diagnostics { get; }

    /// <summary>
    /// Whether the document was read and has no error (warnings are allowed). When true, <see cref="Inspection"/> is
    /// not null.
    /// </summary>
    [MemberNotNullWhen(true, nameof(Inspection))]
    public bool IsValid { get; }

    /// <summary>The line of the <c>.jsonl</c> file the document is on, or null for a document read on its own.</summary>
    public int? LineNumber { get; }

    /// <summary>
    /// "valid", "invalid" or "unreadable" (no inspection could be read), with the counts and, for a <c>.jsonl</c>
    /// line, the line: "line 3: invalid, 1 error, 0 warnings".
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(LineNumber is { } line ? $"line {line}: " : string.Empty)}{(IsValid ? "valid" : Inspection is null ? "unreadable" : "invalid")}, {Diagnostics.DescribeCounts()}";
}
