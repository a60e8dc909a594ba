using System.Globalization;
using Inspections.Import;
using Inspections.Core.Validation;

namespace Inspections.Cli.Output;

/// <summary>One line of an import report in text: <c>FILE:LINE[:COLUMN]: skipped|warning IMPnnn: message [column name]</c>.</summary>
internal static class ImportIssueText
{
    /// <summary>The severity word of the import report: <c>skipped</c> (the row was not used) or <c>warning</c>.</summary>
    public static string Severity(Diagnostic issue) => issue.IsError ? "skipped" : "warning";

    /// <summary>The column's header, or null for a problem with the row as a whole.</summary>
    public static string? ColumnName(Diagnostic issue) => issue.Path == ImportCodes.WholeRow ? null : issue.Path;

    /// <summary>The issue as the JSON report gives it.</summary>
    public static ImportIssueReport Report(Diagnostic issue, string file) =>
        new(issue.File ?? file, issue.Line ?? 1, ColumnName(issue), issue.Column, Severity(issue), issue.Code, issue.Message);

    /// <summary>
    /// The issue as one line of text: the file (the issue's own, or <paramref name="file"/> when it names none), the
    /// line, the column's position when there is one, the severity, the code, the message and the column's name,
    /// every quoted part escaped (<see cref="Printable"/>).
    /// </summary>
    public static string Line(string file, Diagnostic issue) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Printable.Escape(issue.File ?? file)}:{issue.Line ?? 1}{(issue.Column is { } n ? $":{n}" : string.Empty)}: {Severity(issue)} {issue.Code}: {Printable.Escape(issue.Message)}{(ColumnName(issue) is { } column ? $" [{Printable.Escape(column)}]" : string.Empty)}");
}
