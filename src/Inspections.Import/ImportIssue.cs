using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>
/// Makes the diagnostics the importers report: each from its <see cref="ImportCodes"/> descriptor (which owns the
/// code and severity: an error means the row was not imported, a warning that it was, with the note), at a line
/// of a file and, where the problem is in one cell, its column.
/// </summary>
internal static class ImportIssue
{
    /// <summary>Makes a diagnostic.</summary>
    /// <param name="descriptor">What it is: code, severity and meaning.</param>
    /// <param name="line">The 1-based line of the file.</param>
    /// <param name="column">The header of the column concerned, or null for the row as a whole.</param>
    /// <param name="message">The problem in plain words.</param>
    /// <param name="file">The file's name, or null.</param>
    /// <param name="columnNumber">The 1-based column number, or null.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, int line, string? column, string message, string? file = null, int? columnNumber = null) =>
        new(descriptor, string.IsNullOrEmpty(column) ? ImportCodes.WholeRow : column!, message, line)
        {
            File = file,
            Column = columnNumber,
        };
}
