using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;

namespace Inspections.Import.Ofsted;

/// <summary>
/// Reads CSV text (RFC 4180, as Excel and LibreOffice write it) into records with the line each starts on.
/// </summary>
/// <remarks>
/// Written here rather than through CsvHelper because the Ofsted sheets need what CsvHelper's header handling does
/// not give: title lines before the header, a second table (with its own title and header) after the first, and
/// the physical line of each record when a quoted header cell holds line breaks. A byte order mark at the start of the
/// text is skipped (anywhere else it is a character of its cell); line ends may be CRLF, LF or CR; trailing empty
/// cells are removed; nothing else is trimmed or repaired: the first cell that breaks the quoting rules (text after
/// a closing quote, as in <c>"Bar"net</c>, or a quote inside an unquoted cell) is marked on its record, as written,
/// for the importer to report (IMP002). Thread-safe: no state.
/// </remarks>
internal static class SheetReader
{
    /// <summary>Reads every record; records with no non-empty cell (blank lines, rows of commas) are left out.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The records, in file order.</returns>
    public static List<SheetRecord> ReadAll(TextReader reader)
    {
        var records = new List<SheetRecord>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var written = new StringBuilder();
        int line = 1, recordLine = 1, bad = -1;
        string? badText = null;
        bool quoted = false, inRecord = false, first = true, afterClosingQuote = false, broken = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            if (first)
            {
                first = false;
                if (c == '\uFEFF')
                {
                    continue;
                }
            }

            if (c is not (',' or '\r' or '\n') || quoted)
            {
                written.Append((char)c);
            }

            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        written.Append('"');
                        cell.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterClosingQuote = true;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
                    {
                        line++;
                    }

                    cell.Append((char)c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when written.Length == 1:
                    quoted = true;
                    inRecord = true;
                    break;
                case ',':
                    EndCell();
                    inRecord = true;
                    break;
                case '\r':
                case '\n':
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    EndCell();
                    Add(records, recordLine, cells, closed: true, bad, badText);
                    cells.Clear();
                    bad = -1;
                    badText = null;
                    inRecord = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    // Text after a closing quote ("Bar"net), or a quote inside an unquoted cell (Bar"net).
                    broken |= afterClosingQuote || c == '"';
                    cell.Append((char)c);
                    inRecord = true;
                    break;
            }
        }

        if (inRecord || cell.Length > 0)
        {
            EndCell();
            Add(records, recordLine, cells, closed: !quoted, bad, badText);
        }

        return records;

        void EndCell()
        {
            if (broken && bad < 0)
            {
                bad = cells.Count;
                badText = written.ToString();
            }

            cells.Add(cell.ToString());
            cell.Clear();
            written.Clear();
            afterClosingQuote = false;
            broken = false;
        }
    }

    private static void Add(List<SheetRecord> records, int line, List<string> cells, bool closed, int bad, string? badText)
    {
        int count = cells.Count;
        while (count > 0 && cells[count - 1].Length == 0)
        {
            count--;
        }

        if (count > 0)
        {
            records.Add(new SheetRecord(line, ImmutableArray.CreateRange(cells.GetRange(0, count)), closed) { BadCell = bad, BadCellText = badText });
        }
    }
}
