using System;
using Inspections.Core.Validation;

namespace Inspections.Core.Serialization;

/// <summary>
/// Thrown by <see cref="InspectionJson.Parse(string)"/> when a document cannot be read: it carries the first reading
/// problem as a <see cref="Validation.Diagnostic"/> (code INS001, INS002 or INS003, the JSON path, the line and the
/// byte position), and its message names all of them.
/// </summary>
public sealed class InspectionFormatException : FormatException
{
    /// <summary>Creates an exception for a reading problem.</summary>
    /// <param name="diagnostic">The problem.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    public InspectionFormatException(Diagnostic diagnostic)
        : base(FormatMessage(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic))))
    {
        Diagnostic = diagnostic;
    }

    /// <summary>The problem: its code, JSON path, line, byte position and message.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>The JSON path of the value concerned, such as <c>$.subject.gss</c>.</summary>
    public string Path => Diagnostic.Path;

    /// <summary>The 1-based line, when known.</summary>
    public int? Line => Diagnostic.Line;

    /// <summary>The 0-based byte position within the line, when known.</summary>
    public long? BytePositionInLine => Diagnostic.BytePositionInLine;

    // The one place the exception's text gives the position; the diagnostic's message never repeats it.
    private static string FormatMessage(Diagnostic diagnostic) =>
        diagnostic.Line is { } line
            ? FormattableString.Invariant($"{diagnostic.Code} at {diagnostic.Path} (line {line}, byte offset {diagnostic.BytePositionInLine ?? 0}): {diagnostic.Message}")
            : $"{diagnostic.Code} at {diagnostic.Path}: {diagnostic.Message}";
}
