using System.Text;

namespace Inspections.Testing;

/// <summary>Reads the shared CSVs (RFC 4180: quoted cells may hold commas, quotes and line breaks) into rows of cells.</summary>
public static class SharedCsv
{
    /// <summary>Every record of the file, title lines included, as cells.</summary>
    public static List<string[]> Read(string path)
    {
        string text = File.ReadAllText(path);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var rows = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. cells]);
                cells.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add([.. cells]);
        }

        return rows;
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
