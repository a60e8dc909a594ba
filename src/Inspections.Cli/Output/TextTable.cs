using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Inspections.Cli.Output;

/// <summary>
/// A table of text output whose columns are as wide as their widest cell, so that long values (grade ids such as
/// <c>requires-improvement-to-be-good</c>, framework ids such as <c>protection-of-children-2012</c>, long authority
/// names) never push a column out of line. Columns are two spaces apart; the last is not padded, and no line ends in
/// padding. Widths count what a reader sees as one character (a text element: a letter and its accents), not UTF-16
/// code units. Cells are written as given: the caller escapes them (<see cref="Printable.Escape"/>). Not thread-safe.
/// </summary>
internal sealed class TextTable
{
    private const string Gap = "  ";
    private readonly List<string[]> _rows = [];
    private readonly bool[] _rightAligned;

    /// <summary>A table with these column headings (an empty heading row is not written).</summary>
    public TextTable(params string[] headings)
    {
        _rightAligned = new bool[headings.Length];
        if (headings.Any(h => h.Length > 0))
        {
            _rows.Add(headings);
        }
    }

    /// <summary>Aligns a column to the right (counts, shares).</summary>
    public TextTable RightAlign(int column)
    {
        _rightAligned[column] = true;
        return this;
    }

    /// <summary>Adds a row; it has one cell per column.</summary>
    /// <exception cref="ArgumentException">The row has another number of cells.</exception>
    public void Add(params string[] cells)
    {
        if (cells.Length != _rightAligned.Length)
        {
            throw new ArgumentException($"A row of this table has {_rightAligned.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the table, each line after <paramref name="indent"/>.</summary>
    public void WriteTo(TextWriter output, string indent = "")
    {
        int[] widths = new int[_rightAligned.Length];
        foreach (var row in _rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], Width(row[c]));
            }
        }

        foreach (var row in _rows)
        {
            // Cells after the last one with text are left out, so no line ends in padding (a value's own spaces stay).
            int end = Array.FindLastIndex(row, cell => cell.Length > 0);
            var line = new System.Text.StringBuilder(indent);
            for (int c = 0; c <= end; c++)
            {
                string padding = new(' ', widths[c] - Width(row[c]));
                if (_rightAligned[c])
                {
                    line.Append(padding).Append(row[c]);
                }
                else
                {
                    line.Append(row[c]);
                    if (c < end)
                    {
                        line.Append(padding);
                    }
                }

                if (c < end)
                {
                    line.Append(Gap);
                }
            }

            output.WriteLine(line.ToString());
        }
    }

    /// <summary>How many characters a reader sees in a cell.</summary>
    internal static int Width(string cell) => new StringInfo(cell).LengthInTextElements;
}
