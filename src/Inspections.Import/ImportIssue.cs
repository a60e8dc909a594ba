using System;
using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>
/// Something an importer has to say about one row: why it was not used, or what was mapped or left out. Each issue
/// carries its stable code (<see cref="ImportCodes"/>), the file when known, the line and the column.
/// </summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record ImportIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="descriptor">The code (from <see cref="ImportCodes"/>); its severity is the issue's.</param>
    /// <param name="line">The row's first line in the file (the header is line 1).</param>
    /// <param name="column">The column's name, or null for the row as a whole.</param>
    /// <param name="message">What was found, in plain English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public ImportIssue(DiagnosticDescriptor descriptor, int line, string? column, string message)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Line = line >= 1 ? line : throw new ArgumentOutOfRangeException(nameof(line), line, "A line number starts at 1.");
        Column = column;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The code's descriptor: code, severity and meaning.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The stable code, such as <c>IMP021</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>Whether the row was not used (the code is an error) or used with a warning.</summary>
    public ImportIssueSeverity Severity => Descriptor.Severity == DiagnosticSeverity.Error ? ImportIssueSeverity.Skipped : ImportIssueSeverity.Warning;

    /// <summary>The file the row is in, when the importer was given a name for it; null otherwise.</summary>
    public string? File { get; init; }

    /// <summary>The row's first line in the file (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The column's name, or null for the row as a whole.</summary>
    public string? Column { get; }

    /// <summary>The column's position in the header, counting from 1, or null for the row as a whole (or a column the header lacks).</summary>
    public int? ColumnNumber { get; init; }

    /// <summary>What was found, in plain English.</summary>
    public string Message { get; }

    /// <summary>The issue as <c>line N: skipped|warning IMPnnn [column]: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"line {Line}: {(Severity == ImportIssueSeverity.Skipped ? "skipped" : "warning")} {Code}{(Column is null ? string.Empty : $" [{Column}]")}: {Message}";
}
