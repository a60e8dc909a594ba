using System;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Validation;

namespace Inspections.Core.Serialization;

/// <summary>
/// Thrown by <see cref="InspectionJson.Parse(string)"/> when a document cannot be read: it carries every reading
/// problem found (<see cref="Problems"/>: code INS001, INS002 or INS003, the JSON path, the line and the byte
/// position of each), the first of them as <see cref="Diagnostic"/>, and its message names all of them.
/// </summary>
/// <remarks>To read without an exception, use <see cref="InspectionJson.TryParse(ReadOnlySpan{byte}, out Inspection?, out DiagnosticList)"/>.</remarks>
public sealed class InspectionFormatException : FormatException
{
    /// <summary>Creates an exception for one reading problem.</summary>
    /// <param name="diagnostic">The problem.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    public InspectionFormatException(Diagnostic diagnostic)
        : this(new DiagnosticList([diagnostic ?? throw new ArgumentNullException(nameof(diagnostic))]))
    {
    }

    /// <summary>Creates an exception for the reading problems of one document.</summary>
    /// <param name="problems">The problems, in the order found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public InspectionFormatException(DiagnosticList problems)
        : base(FormatMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Every reading problem found, in the order found.</summary>
    public DiagnosticList Problems { get; }

    /// <summary>The first problem: its code, JSON path, line, byte position and message.</summary>
    public Diagnostic Diagnostic => Problems[0];

    /// <summary>The JSON path of the value the first problem concerns, such as <c>$.subject.gss</c>.</summary>
    public string Path => Diagnostic.Path;

    /// <summary>The 1-based line of the first problem, when known.</summary>
    public int? Line => Diagnostic.Line;

    /// <summary>The 0-based byte position within the line of the first problem, when known.</summary>
    public long? BytePositionInLine => Diagnostic.BytePositionInLine;

    // The one place the exception's text gives positions; a diagnostic's message never repeats its position.
    private static string FormatMessage(DiagnosticList problems)
    {
        if (problems.IsEmpty)
        {
            throw new ArgumentException("An exception for a document that cannot be read needs at least one problem.", nameof(problems));
        }

        return problems.Count == 1
            ? Describe(problems[0])
            : FormattableString.Invariant($"The document cannot be read ({problems.Count} problems):\n")
              + string.Join("\n", problems.Select(Describe));
    }

    private static string Describe(Diagnostic diagnostic) =>
        diagnostic.Line is { } line
            ? FormattableString.Invariant($"{diagnostic.Code} at {diagnostic.Path} (line {line}, byte offset {diagnostic.BytePositionInLine ?? 0}): {diagnostic.Message}")
            : $"{diagnostic.Code} at {diagnostic.Path}: {diagnostic.Message}";
}
