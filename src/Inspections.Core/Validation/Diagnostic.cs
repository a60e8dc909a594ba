using System;

namespace Inspections.Core.Validation;

/// <summary>
/// One problem found in a document, made from its <see cref="Descriptor"/> (which owns the stable
/// <see cref="Code"/>, see <see cref="DiagnosticCodes"/>, the severity and the message format), a JSON path such as <c>$.judgements.overall-effectiveness</c>, a message in plain English and, for problems
/// found while reading, the line and byte position.
/// </summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic of a descriptor's code and severity.</summary>
    /// <param name="descriptor">What the problem is: its code, severity and message format.</param>
    /// <param name="path">The JSON path of the value concerned, starting with <c>$</c> (or an importer's column header).</param>
    /// <param name="message">The problem in plain English, usually <paramref name="descriptor"/>'s format with its arguments (<see cref="DiagnosticDescriptor.Create(string, object[])"/> makes it so).</param>
    /// <param name="line">The 1-based line in the file, when known.</param>
    /// <param name="bytePositionInLine">The 0-based byte position within the line, when known.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A text argument is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The line is less than 1 or the byte position negative.</exception>
    public Diagnostic(DiagnosticDescriptor descriptor, string path, string message, int? line = null, long? bytePositionInLine = null)
    {
        Descriptor = descriptor;
        Path = path;
        Message = message;
        Line = line;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>
    /// What the problem is: the descriptor this diagnostic was made from, which owns its <see cref="Code"/>, its
    /// <see cref="Severity"/>, its title and the format of its message. Code and severity cannot disagree with it.
    /// </summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public DiagnosticDescriptor Descriptor
    {
        get;
        init => field = Preconditions.NotNull(value, nameof(Descriptor));
    }

    /// <summary>The stable code, such as <c>INS014</c>: the descriptor's.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The severity: the descriptor's.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>
    /// Where the problem is in the record: for a JSON document the JSON path of the value concerned, such as
    /// <c>$.judgements.care-leavers</c>; for a row of a table (the importers) the header of the column concerned, or
    /// <c>(row)</c> when the problem is the row as a whole.
    /// </summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    /// <exception cref="ArgumentException">On init: the value is empty.</exception>
    public string Path
    {
        get;
        init => field = Preconditions.NotEmpty(value, nameof(Path));
    }

    /// <summary>The problem in plain English, in the framework's own words.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    /// <exception cref="ArgumentException">On init: the value is empty.</exception>
    public string Message
    {
        get;
        init => field = Preconditions.NotEmpty(value, nameof(Message));
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

    /// <summary>
    /// The file the problem was found in, when it was found while importing or reading a named file (the importers
    /// set it); null for a document read from memory.
    /// </summary>
    /// <exception cref="ArgumentException">On init: the name is empty.</exception>
    public string? File
    {
        get;
        init => field = value is { Length: 0 } ? throw new ArgumentException("A file name must not be empty; leave it null instead.", nameof(File)) : value;
    }

    /// <summary>
    /// The 1-based column of the record the problem is in, for records read from a table (the cell number in a row of
    /// a CSV file, whose header <see cref="Path"/> gives); null for a JSON document, whose place in a line is
    /// <see cref="BytePositionInLine"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the column is less than 1.</exception>
    public int? Column
    {
        get;
        init => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Column), value, "Columns count from 1.");
    }

    /// <summary>Whether this diagnostic makes the document invalid.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The diagnostic as <c>severity CODE at PATH (file, line): message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string where = (File, Line) switch
        {
            (null, null) => string.Empty,
            (null, { } line) => $" (line {line})",
            ({ } file, null) => $" ({file})",
            ({ } file, { } line) => $" ({file}, line {line})",
        };
        return $"{(IsError ? "error" : "warning")} {Code} at {Path}{where}: {Message}";
    }
}
