using System.Collections.Immutable;
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
    internal InspectionReadResult(Inspection? inspection, ImmutableArray<Diagnostic> diagnostics, int? lineNumber)
    {
        Inspection = inspection;
        Diagnostics = diagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : diagnostics;
        LineNumber = lineNumber;
        bool error = false;
        foreach (var diagnostic in Diagnostics)
        {
            error |= diagnostic.IsError;
        }

        IsValid = inspection is not null && !error;
    }

    /// <summary>The inspection the document describes, or null when a reading problem stopped it being read.</summary>
    public Inspection? Inspection { get; }

    /// <summary>Every diagnostic, reading problems first, each in the order found.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the document was read and has no error (warnings are allowed).</summary>
    public bool IsValid { get; }

    /// <summary>The line of the <c>.jsonl</c> file the document is on, or null for a document read on its own.</summary>
    public int? LineNumber { get; }

    /// <summary>"valid" or "invalid", with the number of diagnostics and the line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(LineNumber is { } line ? $"line {line}: " : string.Empty)}{(IsValid ? "valid" : Inspection is null ? "unreadable" : "invalid")}, {Diagnostics.Length} diagnostic(s)";
}
