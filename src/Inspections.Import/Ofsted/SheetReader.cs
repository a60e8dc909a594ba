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
/// the physical line of each record when a quoted header cell holds line breaks. A byte order mark is skipped;
/// line ends may be CRLF, LF or CR; trailing empty cells are removed; nothing else is trimmed. Thread-safe: no state.
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
        int line = 1, recordLine = 1;
        bool quoted = false, inRecord = false, first = true;
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

            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        cell.Append('"');
                    }
                    else
                    {
                        quoted = false;
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
                case '"' when cell.Length == 0:
                    quoted = true;
                    inRecord = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    inRecord = true;
                    break;
                case '\r':
                case '\n':
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    cells.Add(cell.ToString());
                    cell.Clear();
                    Add(records, recordLine, cells, closed: true);
                    cells.Clear();
                    inRecord = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    cell.Append((char)c);
                    inRecord = true;
                    break;
            }
        }

        if (inRecord || cell.Length > 0)
        {
            cells.Add(cell.ToString());
            Add(records, recordLine, cells, closed: !quoted);
        }

        return records;
    }

    private static void Add(List<SheetRecord> records, int line, List<string> cells, bool closed)
    {
        int count = cells.Count;
        while (count > 0 && cells[count - 1].Length == 0)
        {
            count--;
        }

        if (count > 0)
        {
            records.Add(new SheetRecord(line, ImmutableArray.CreateRange(cells.GetRange(0, count)), closed));
        }
    }
}
