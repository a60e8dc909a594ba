using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>What an import of the ILACS history CSV produced: the inspections typed, and every issue, row by row.</summary>
/// <param name="RowCount">How many data rows the file has (the header not counted).</param>
/// <param name="Inspections">The rows typed as inspections, in file order.</param>
/// <param name="Issues">Every issue of the CSV, in file order: rows skipped (with the reason: errors) and warnings on imported rows, with their counts.</param>
public sealed record IlacsImportResult(int RowCount, ImmutableArray<ImportedInspection> Inspections, DiagnosticList Issues)
{
    /// <summary>The lookup file's own issues (<see cref="LocalAuthorityLookup.Issues"/>), in its file order; empty without a lookup.</summary>
    public DiagnosticList LookupIssues { get; init; }

    /// <summary>
    /// Whether the CSV was refused as a whole (not UTF-8 text, no header, a needed column missing or named twice:
    /// IMP090–IMP093, the one issue in <see cref="Issues"/>), so that nothing in it was read.
    /// </summary>
    public bool IsRefused => Issues.Any(i => ImportCodes.RefusesFile(i.Code));

    /// <summary>The rows of the CSV that could not be typed, one error each.</summary>
    public DiagnosticList Skipped => new([.. Issues.Where(i => i.IsError)]);

    /// <summary>How many imported rows carry at least one warning.</summary>
    public int WarnedRowCount => Inspections.Count(i => !i.Warnings.IsEmpty);

    /// <summary>
    /// The result as a person reads it, such as <c>497 rows: 480 inspections imported (12 with warnings), 17 rows skipped</c>
    /// (and the lookup's issues, when it has any).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Words.Count(RowCount, "row")}: {Words.Count(Inspections.Length, "inspection")} imported ({WarnedRowCount.ToString(CultureInfo.InvariantCulture)} with warnings), "
        + $"{Words.Count(Skipped, "row")} skipped"
        + (LookupIssues.IsEmpty ? string.Empty : $"; the lookup file has {Words.Count(LookupIssues, "issue")}");
}
