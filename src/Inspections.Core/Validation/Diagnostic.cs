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
    /// <exception cref="ArgumentException">A text argument is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The severity is undefined, the line is less than 1 or the byte position negative.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, string path, string message, int? line = null, long? bytePositionInLine = null)
    {
        Code = code;
        Severity = severity;
        Path = path;
        Message = message;
        Line = line;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The stable code, such as <c>INS014</c>.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    /// <exception cref="ArgumentException">On init: the value is empty.</exception>
    public string Code
    {
        get;
        init => field = RequireText(value, nameof(Code));
    }

    /// <summary>The severity.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not a defined severity.</exception>
    public DiagnosticSeverity Severity
    {
        get;
        init => field = value is DiagnosticSeverity.Error or DiagnosticSeverity.Warning
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Severity), value, "Not a defined severity.");
    }

    /// <summary>The JSON path of the value concerned, such as <c>$.judgements.care-leavers</c>.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    /// <exception cref="ArgumentException">On init: the value is empty.</exception>
    public string Path
    {
        get;
        init => field = RequireText(value, nameof(Path));
    }

    /// <summary>The problem in plain English, in the framework's own words.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    /// <exception cref="ArgumentException">On init: the value is empty.</exception>
    public string Message
    {
        get;
        init => field = RequireText(value, nameof(Message));
    }

    /// <summary>The 1-based line in the file, when known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is less than 1.</exception>
    public int? Line
    {
        get;
        init => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Line), value, "Lines count from 1.");
    }

    /// <summary>The 0-based byte position within the line, when known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public long? BytePositionInLine
    {
        get;
        init => field = value is null or >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(BytePositionInLine), value, "Byte positions count from 0.");
    }

    /// <summary>Whether this diagnostic makes the document invalid.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The diagnostic as <c>severity CODE at PATH: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(IsError ? "error" : "warning")} {Code} at {Path}{(Line is { } l ? $" (line {l})" : string.Empty)}: {Message}";

    private static string RequireText(string value, string name) =>
        value is null ? throw new ArgumentNullException(name)
        : value.Length == 0 ? throw new ArgumentException("The value must not be empty.", name)
        : value;
}
