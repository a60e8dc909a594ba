using System;

namespace Inspections.Core.Validation;

/// <summary>
/// One problem found in a document: a stable <see cref="Code"/> (see <see cref="DiagnosticCodes"/>), a severity,
/// a JSON path such as <c>$.judgements.overall-effectiveness</c>, a message in plain English and, for problems
/// found while reading, the line and byte position.
/// </summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The code, such as <c>INS014</c>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="path">The JSON path of the value concerned, starting with <c>$</c>.</param>
    /// <param name="message">The problem in plain English.</param>
    /// <param name="line">The 1-based line in the file, when known.</param>
    /// <param name="bytePositionInLine">The 0-based byte position within the line, when known.</param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The line is less than 1 or the byte position negative.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, string path, string message, int? line = null, long? bytePositionInLine = null)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Severity = severity;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Line = line is null or >= 1 ? line : throw new ArgumentOutOfRangeException(nameof(line), line, "Lines count from 1.");
        BytePositionInLine = bytePositionInLine is null or >= 0
            ? bytePositionInLine
            : throw new ArgumentOutOfRangeException(nameof(bytePositionInLine), bytePositionInLine, "Byte positions count from 0.");
    }

    /// <summary>The stable code, such as <c>INS014</c>.</summary>
    public string Code { get; init; }

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>The JSON path of the value concerned, such as <c>$.judgements.care-leavers</c>.</summary>
    public string Path { get; init; }

    /// <summary>The problem in plain English, in the framework's own words.</summary>
    public string Message { get; init; }

    /// <summary>The 1-based line in the file, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 0-based byte position within the line, when known.</summary>
    public long? BytePositionInLine { get; init; }

    /// <summary>Whether this diagnostic makes the document invalid.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The diagnostic as <c>severity CODE at PATH: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(IsError ? "error" : "warning")} {Code} at {Path}{(Line is { } l ? $" (line {l})" : string.Empty)}: {Message}";
}
