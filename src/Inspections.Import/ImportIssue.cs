namespace Inspections.Import;

/// <summary>Something the importer has to say about one row: why it was skipped, or what it mapped or left out.</summary>
/// <param name="Line">The row's line in the file (the header is line 1).</param>
/// <param name="Column">The column concerned, or null for the row as a whole.</param>
/// <param name="Severity">Whether the row was skipped or imported with a warning.</param>
/// <param name="Message">What was found, in plain English.</param>
public sealed record ImportIssue(int Line, string? Column, ImportIssueSeverity Severity, string Message)
{
    /// <summary>The issue as <c>line N: skipped|warning [column]: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"line {Line}: {(Severity == ImportIssueSeverity.Skipped ? "skipped" : "warning")}{(Column is null ? string.Empty : $" [{Column}]")}: {Message}";
}
