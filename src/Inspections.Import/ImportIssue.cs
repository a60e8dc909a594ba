using System.Globalization;
using Inspections.Core.Documents;
using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>
/// Makes the diagnostics the importers report: each from its <see cref="ImportCodes"/> descriptor (which owns the
/// code, severity and message format: an error means the row was not imported, a warning that it was, with the
/// note), at a line of a file and, where the problem is in one cell, its column. The one place that quotes a value
/// from a file for a message (<see cref="Quote"/>).
/// </summary>
internal static class ImportIssue
{
    /// <summary>The most characters of a field that a message quotes (<see cref="MessageText.DefaultLength"/>).</summary>
    public const int QuotedLength = MessageText.DefaultLength;

    /// <summary>Makes a diagnostic.</summary>
    /// <param name="descriptor">What it is: code, severity, meaning and message format.</param>
    /// <param name="line">The 1-based line of the file.</param>
    /// <param name="column">The header of the column concerned, or null for the row as a whole.</param>
    /// <param name="file">The file's name, or null.</param>
    /// <param name="columnNumber">The 1-based column number, or null.</param>
    /// <param name="arguments">The message format's arguments (values from the file quoted by <see cref="Quote"/>).</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, int line, string? column, string? file, int? columnNumber, params object?[] arguments) =>
        descriptor.Create(string.IsNullOrEmpty(column) ? ImportCodes.WholeRow : column!, arguments) with
        {
            Line = line,
            File = file,
            Column = columnNumber,
        };

    /// <summary>
    /// A value from a file as a message quotes it: <see cref="MessageText.Quote"/> (in single quotes, shortened to
    /// <see cref="QuotedLength"/> characters without splitting a surrogate pair), with its length when shortened.
    /// Printers escape what cannot be printed.
    /// </summary>
    /// <param name="text">The value.</param>
    /// <returns>The quoted value.</returns>
    public static string Quote(string text) =>
        text.Length <= MessageText.DefaultLength
            ? MessageText.Quote(text)
            : MessageText.Quote(text) + " (" + text.Length.ToString(CultureInfo.InvariantCulture) + " characters)";
}
