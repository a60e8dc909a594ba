using System.Text;

namespace Inspections.Testing;

/// <summary>Reads the shared CSVs (RFC 4180: quoted cells may hold commas, quotes and line breaks) into rows of cells.</summary>
public static class SharedCsv
{
    /// <summary>Every record of the file, title lines included, as cells.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The records in file order.</returns>
    public static List<string[]> Read(string path) =>
        Records(File.ReadAllText(path, Encoding.UTF8)).Select(r => r.Cells.ToArray()).ToList();

    /// <summary>
    /// The one RFC 4180 loop of the tests: the records of a CSV text, each with the physical line (1-based) it starts
    /// on. A byte order mark at the start is skipped; a quoted cell may hold commas, doubled quotes and line breaks
    /// (which count towards the line numbers of the records after it); a record ends at LF, CR LF or a lone CR; an
    /// empty line is a record of one empty cell; a text ending in a line break has no empty last record.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The records in order.</returns>
    public static IEnumerable<(int Line, List<string> Cells)> Records(string text)
    {
        int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int line = 1;
        while (i < text.Length)
        {
            int startLine = line;
            var cells = new List<string>();
            var cell = new StringBuilder();
            bool quoted = false;
            bool endOfRecord = false;
            while (i < text.Length && !endOfRecord)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                        continue;
                    }

                    if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                        {
                            line++;
                        }

                        cell.Append(c);
                    }

                    i++;
                    continue;
                }

                switch (c)
                {
                    case '"':
                        quoted = true;
                        break;
                    case ',':
                        cells.Add(cell.ToString());
                        cell.Clear();
                        break;
                    case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                        break;
                    case '\r' or '\n':
                        line++;
                        endOfRecord = true;
                        break;
                    default:
                        cell.Append(c);
                        break;
                }

                i++;
            }

            cells.Add(cell.ToString());
            yield return (startLine, cells);
        }
    }

    /// <summary>The rows after the header row that starts with <paramref name="firstHeader"/>, keyed by header name.</summary>
    public static List<Dictionary<string, string>> Table(string path, string firstHeader)
    {
        var rows = Read(path);
        int headerAt = rows.FindIndex(r => r.Length > 1 && r[0] == firstHeader);
        if (headerAt < 0)
        {
            throw new InvalidDataException($"{path} has no header row starting '{firstHeader}'.");
        }

        var header = rows[headerAt];
        var table = new List<Dictionary<string, string>>();
        foreach (var row in rows.Skip(headerAt + 1))
        {
            if (row.Length < 2 || row[0] == firstHeader)
            {
                continue;
            }

            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length && i < row.Length; i++)
            {
                record[header[i]] = row[i];
            }

            table.Add(record);
        }

        return table;
    }
}
