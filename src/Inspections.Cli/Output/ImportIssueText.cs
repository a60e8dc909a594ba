using System.Globalization;
using Inspections.Import;

namespace Inspections.Cli.Output;

/// <summary>One line of an import report in text: <c>FILE:LINE[:COLUMN]: skipped|warning IMPnnn: message [column name]</c>.</summary>
internal static class ImportIssueText
{
    /// <summary>The severity word of the import report: <c>skipped</c> (the row was not used) or <c>warning</c>.</summary>
    public static string Severity(ImportIssue issue) => issue.Severity == ImportIssueSeverity.Skipped ? "skipped" : "warning";

    /// <summary>
    /// The issue as one line of text: the file (the issue's own, or <paramref name="file"/> when it names none), the
    /// line, the column's position when there is one, the severity, the code, the message and the column's name,
    /// every quoted part escaped (<see cref="Printable"/>).
    /// </summary>
    public static string Line(string file, ImportIssue issue) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Printable.Escape(issue.File ?? file)}:{issue.Line}{(issue.ColumnNumber is { } n ? $":{n}" : string.Empty)}: {Severity(issue)} {issue.Code}: {Printable.Escape(issue.Message)}{(issue.Column is null ? string.Empty : $" [{Printable.Escape(issue.Column)}]")}");
}
