using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Inspections.Cli.Output;

/// <summary>
/// A table of text output whose columns are as wide as their widest cell, so that long values (grade ids such as
/// <c>requires-improvement-to-be-good</c>, framework ids such as <c>protection-of-children-2012</c>, long authority
/// names) never push a column out of line. Columns are two spaces apart; the last is not padded, and no line ends in
/// padding. Widths count the columns a terminal gives a cell (<see cref="Width"/>): a text element (a letter and its
/// accents, an emoji sequence) is one column, or two when it is wide (CJK ideographs, kana, hangul, fullwidth forms,
/// emoji), not UTF-16 code units. Cells are written as given: the caller escapes them (<see cref="Printable.Escape"/>).
/// Not thread-safe.
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

    /// <summary>
    /// How many columns a terminal gives a cell: each text element one, or two when it is wide (East Asian Wide and
    /// Fullwidth, as Unicode's EastAsianWidth.txt lists them, and emoji: an emoji presentation character, or any
    /// character followed by U+FE0F). A sequence joined by U+200D is one emoji, two columns.
    /// </summary>
    internal static int Width(string cell)
    {
        int width = 0;
        var elements = StringInfo.GetTextElementEnumerator(cell);
        while (elements.MoveNext())
        {
            string element = elements.GetTextElement();
            width += element.Contains('\uFE0F', StringComparison.Ordinal) || IsWide(Rune.GetRuneAt(element, 0).Value) ? 2 : 1;
        }

        return width;
    }

    // East Asian Wide (W) and Fullwidth (F) ranges of Unicode 15's EastAsianWidth.txt, with emoji presentation.
    private static bool IsWide(int c) => c >= 0x1100 && (
        c <= 0x115F
        || c is 0x231A or 0x231B or 0x2329 or 0x232A or (>= 0x23E9 and <= 0x23EC) or 0x23F0 or 0x23F3 or 0x25FD or 0x25FE
        || c is 0x2614 or 0x2615 or (>= 0x2648 and <= 0x2653) or 0x267F or 0x2693 or 0x26A1 or 0x26AA or 0x26AB or 0x26BD or 0x26BE
        || c is 0x26C4 or 0x26C5 or 0x26CE or 0x26D4 or 0x26EA or 0x26F2 or 0x26F3 or 0x26F5 or 0x26FA or 0x26FD or 0x2705
        || c is 0x270A or 0x270B or 0x2728 or 0x274C or 0x274E or (>= 0x2753 and <= 0x2755) or 0x2757 or (>= 0x2795 and <= 0x2797)
        || c is 0x27B0 or 0x27BF or 0x2B1B or 0x2B1C or 0x2B50 or 0x2B55
        || c is (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
        || c is (>= 0xA000 and <= 0xA4CF) or (>= 0xA960 and <= 0xA97F) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
        || c is (>= 0xFE10 and <= 0xFE19) or (>= 0xFE30 and <= 0xFE6F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6)
        || c is (>= 0x16FE0 and <= 0x16FE4) or (>= 0x17000 and <= 0x18CFF) or (>= 0x1B000 and <= 0x1B2FF)
        || c is 0x1F004 or 0x1F0CF or 0x1F18E or (>= 0x1F191 and <= 0x1F19A) or (>= 0x1F200 and <= 0x1F202)
        || c is (>= 0x1F210 and <= 0x1F23B) or (>= 0x1F240 and <= 0x1F248) or 0x1F250 or 0x1F251 or (>= 0x1F260 and <= 0x1F265)
        || c is (>= 0x1F300 and <= 0x1F320) or (>= 0x1F32D and <= 0x1F335) or (>= 0x1F337 and <= 0x1F37C) or (>= 0x1F37E and <= 0x1F393)
        || c is (>= 0x1F3A0 and <= 0x1F3CA) or (>= 0x1F3CF and <= 0x1F3D3) or (>= 0x1F3E0 and <= 0x1F3F0) or 0x1F3F4 or (>= 0x1F3F8 and <= 0x1F43E)
        || c is 0x1F440 or (>= 0x1F442 and <= 0x1F4FC) or (>= 0x1F4FF and <= 0x1F53D) or (>= 0x1F54B and <= 0x1F54E) or (>= 0x1F550 and <= 0x1F567)
        || c is 0x1F57A or 0x1F595 or 0x1F596 or 0x1F5A4 or (>= 0x1F5FB and <= 0x1F64F) or (>= 0x1F680 and <= 0x1F6C5) or 0x1F6CC
        || c is (>= 0x1F6D0 and <= 0x1F6D2) or (>= 0x1F6D5 and <= 0x1F6D7) or (>= 0x1F6DC and <= 0x1F6DF) or 0x1F6EB or 0x1F6EC or (>= 0x1F6F4 and <= 0x1F6FC)
        || c is (>= 0x1F7E0 and <= 0x1F7EB) or 0x1F7F0 or (>= 0x1F90C and <= 0x1F93A) or (>= 0x1F93C and <= 0x1F945) or (>= 0x1F947 and <= 0x1F9FF)
        || c is (>= 0x1FA70 and <= 0x1FAFF) or (>= 0x20000 and <= 0x2FFFD) or (>= 0x30000 and <= 0x3FFFD));
}
