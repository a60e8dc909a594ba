using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Inspections.Core;
using Inspections.Core.Validation;

namespace Inspections.Import.Ofsted;

/// <summary>What an import of Ofsted's official tables produced.</summary>
/// <param name="Sheets">Each file given, in order, with the sheet it was recognised as (null: not recognised, IMP100 or IMP101).</param>
/// <param name="RowCount">How many data rows the recognised files hold (headers and title lines not counted).</param>
/// <param name="Inspections">One valid inspection per event, merged across sheets, ordered by authority, date, framework and visit type.</param>
/// <param name="Rejected">The inspections the rows make that are not valid (each reported as IMP117 with its INS diagnostics), in the same order; not written by the command.</param>
/// <param name="Issues">Every issue, ordered by file (as given), line and column.</param>
public sealed record OfstedImportResult(
    ImmutableArray<(string File, OfstedSheet? Sheet)> Sheets,
    int RowCount,
    ImmutableArray<Inspection> Inspections,
    ImmutableArray<Inspection> Rejected,
    DiagnosticList Issues)
{
    /// <summary>The merged event behind each of <see cref="Inspections"/>, in the same order (its source rows, for the record build).</summary>
    internal ImmutableArray<OfficialEvent> Events { get; init; } = [];

    /// <summary>Every disagreement between rows merged into one event, typed (for the record build).</summary>
    internal ImmutableArray<RowDisagreement> Disagreements { get; init; } = [];

    /// <summary>The issues of what was not imported (error severity).</summary>
    public DiagnosticList Skipped => new([.. Issues.Where(i => i.IsError)]);

    /// <summary>The issues of what was imported with a warning.</summary>
    public DiagnosticList Warnings => new([.. Issues.Where(i => !i.IsError)]);

    /// <summary>Whether every file was recognised as one of the sheets.</summary>
    public bool AllRecognised => Sheets.All(s => s.Sheet is not null);

    /// <summary>
    /// The result as a person reads it, such as
    /// <c>4 files (4 recognised), 3,120 rows: 988 inspections, 2 rejected; 14 skipped, 40 warnings</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Words.Count(Sheets.Length, "file")} ({Sheets.Count(s => s.Sheet is not null).ToString(CultureInfo.InvariantCulture)} recognised), "
        + $"{Words.Count(RowCount, "row")}: {Words.Count(Inspections.Length, "inspection")}, {Rejected.Length.ToString(CultureInfo.InvariantCulture)} rejected; "
        + $"{Words.Number(Skipped)} skipped, {Words.Count(Warnings, "warning")}";
}
