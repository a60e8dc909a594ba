using System.Collections.Immutable;

namespace Inspections.Import.Ofsted;

/// <summary>One record of a CSV file: its cells, and the physical line it starts on.</summary>
/// <param name="Line">The line the record starts on (the file's first line is 1; a quoted cell with a line break makes a record span lines).</param>
/// <param name="Cells">The cells, trailing empty cells removed (Excel pads rows to the sheet's width; LibreOffice does not).</param>
/// <param name="Closed">False when a quoted cell was never closed, so the record runs to the end of the file.</param>
internal sealed record SheetRecord(int Line, ImmutableArray<string> Cells, bool Closed)
{
    /// <summary>The cell at a zero-based index, or the empty string past the end.</summary>
    public string this[int index] => index < Cells.Length ? Cells[index] : string.Empty;

    /// <summary>The zero-based index of the first cell that breaks the CSV quoting rules, or -1.</summary>
    public int BadCell { get; init; } = -1;

    /// <summary>That cell as written (its quotes included), or null.</summary>
    public string? BadCellText { get; init; }
}
