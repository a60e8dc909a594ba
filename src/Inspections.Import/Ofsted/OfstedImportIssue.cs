namespace Inspections.Import.Ofsted;

/// <summary>
/// Something <see cref="OfstedImporter"/> has to say about one cell or row of a sheet: why it was not imported
/// (<see cref="ImportIssueSeverity.Skipped"/>), or what was mapped or left out on the way (<see cref="ImportIssueSeverity.Warning"/>).
/// </summary>
/// <param name="File">The file's name as given to the importer.</param>
/// <param name="Line">The line the row starts on (the file's first line is 1; title lines count).</param>
/// <param name="Column">The column of the cell concerned, 1-based (1 when the issue is the row's or the file's as a whole).</param>
/// <param name="Code">The stable code, <c>IMP1nn</c> (docs/import.md lists them).</param>
/// <param name="Severity">Whether what the cell or row describes was imported.</param>
/// <param name="Message">What was found, in plain English.</param>
public sealed record OfstedImportIssue(string File, int Line, int Column, string Code, ImportIssueSeverity Severity, string Message)
{
    /// <summary>The issue as the command line prints it: <c>FILE:LINE:COLUMN: error|warning IMPnnn: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == ImportIssueSeverity.Skipped ? "error" : "warning")} {Code}: {Message}";
}
