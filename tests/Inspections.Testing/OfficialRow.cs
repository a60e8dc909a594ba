// The tables read here are Ofsted's official statistics (../shared/data/ofsted), Crown copyright, used under the
// Open Government Licence v3.0: "Contains public sector information licensed under the Open Government Licence v3.0."
using System.Globalization;
using NodaTime;

namespace Inspections.Testing;

/// <summary>One data row of an official table: its file, physical line and cells by header.</summary>
public sealed class OfficialRow(string file, int line, IReadOnlyDictionary<string, string> cells)
{
    /// <summary>The file name, such as <c>la_inspections_2009_2023.csv</c>.</summary>
    public string File { get; } = file;

    /// <summary>The physical line (1-based) the row starts on.</summary>
    public int Line { get; } = line;

    /// <summary>The local authority named on the row.</summary>
    public string Authority => Cell("Local authority name");

    /// <summary>The cell under a header (white space in headers is collapsed); empty when the row stops short of it or the table has no such column.</summary>
    /// <param name="header">The header.</param>
    /// <returns>The cell, never null.</returns>
    public string Cell(string header) => cells.TryGetValue(header, out var value) ? value : string.Empty;

    /// <summary>Whether the row's table has the column.</summary>
    /// <param name="header">The header.</param>
    /// <returns>The result.</returns>
    public bool HasColumn(string header) => cells.ContainsKey(header);

    /// <summary>The date in a cell (dd/mm/yyyy), or null when the cell is empty.</summary>
    /// <param name="header">The header.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The cell holds something that is not such a date.</exception>
    public LocalDate? Date(string header)
    {
        string text = Cell(header);
        return text.Length == 0
            ? null
            : DateTime.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? LocalDate.FromDateTime(parsed)
                : throw new FormatException($"{File}:{Line}: '{header}' holds '{text}', not a dd/mm/yyyy date.");
    }

    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line} {Authority}";
}
