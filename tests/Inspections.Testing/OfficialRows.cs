// The tables read here are Ofsted's official statistics (../shared/data/ofsted), Crown copyright, used under the
// Open Government Licence v3.0: "Contains public sector information licensed under the Open Government Licence v3.0."
using System.Text;
using Inspections.Core.Scales;

namespace Inspections.Testing;

/// <summary>
/// A small, header-aware reader of Ofsted's official tables, written for the tests so that the catalog's facts are
/// checked against the record without depending on the importer. It reads RFC 4180 CSV (quoted cells, quoted line
/// breaks, a byte order mark), skips the title lines above each table's header (a row whose first cell is
/// "Web link"), starts a new table at each header row, and reads every later row with more than one non-empty
/// cell as data. Cells past the end of a short row are empty (the sheets drop trailing empty cells).
/// </summary>
public static class OfficialRows
{
    public const string History2009To2023 = "la_inspections_2009_2023.csv";
    public const string IlacsHistory = "ilacs_inspection_history_2018_2025.csv";
    public const string InYear2022To23 = "la_in_year_inspections_2022_23.csv";
    public const string InYear2024To25 = "la_in_year_inspections_2024_25.csv";

    private static readonly Dictionary<string, IReadOnlyList<OfficialRow>> s_cache = [];

    /// <summary>The folder of the official tables: ../shared/data/ofsted.</summary>
    public static string Folder => RepositoryPaths.OfficialFolder;

    /// <summary>Every data row of one official table file, in file order.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<OfficialRow> Read(string fileName)
    {
        lock (s_cache)
        {
            if (!s_cache.TryGetValue(fileName, out var rows))
            {
                rows = Parse(fileName, File.ReadAllText(Path.Combine(Folder, fileName), Encoding.UTF8));
                s_cache.Add(fileName, rows);
            }

            return rows;
        }
    }

    /// <summary>
    /// The number of physical lines of the file that begin a data row, counted from the raw text without the CSV
    /// reader: every data row of these sheets starts with the link text "Ofsted Local Authority Webpage".
    /// </summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The count.</returns>
    public static int CountRawDataLines(string fileName) =>
        File.ReadAllLines(Path.Combine(Folder, fileName), Encoding.UTF8)
            .Count(line => line.TrimStart('\uFEFF').StartsWith("Ofsted Local Authority Webpage,", StringComparison.Ordinal));

    /// <summary>
    /// The grade id a cell gives on a scale, mapping Ofsted's recoded words back to the grades given at the time:
    /// the tables write "Requires improvement to be good" for every framework, which was "adequate" before the SIF.
    /// "-" (not judged) and an empty cell give null.
    /// </summary>
    /// <param name="cell">The cell.</param>
    /// <param name="scale">The scale of the framework the outcome was given under.</param>
    /// <returns>The grade id, or null.</returns>
    /// <exception cref="FormatException">The cell is not a grade of the tables.</exception>
    public static string? Grade(string cell, GradingScale scale) => cell switch
    {
        "" or "-" => null,
        "Outstanding" => "outstanding",
        "Good" => "good",
        "Requires improvement to be good" => scale.TryGetGrade("adequate", out _) ? "adequate" : "requires-improvement",
        "Inadequate" => "inadequate",
        _ => throw new FormatException($"'{cell}' is not a grade of Ofsted's tables."),
    };

    private static List<OfficialRow> Parse(string fileName, string text)
    {
        var rows = new List<OfficialRow>();
        string[]? headers = null;
        foreach (var (line, cells) in SharedCsv.Records(text))
        {
            if (cells.Count > 0 && cells[0] == "Web link")
            {
                headers = cells.Select(Normalise).ToArray();
                continue;
            }

            if (headers is null || cells.Count(c => c.Length > 0) < 2)
            {
                continue; // A title line, or an empty one.
            }

            var byHeader = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < headers.Length; i++)
            {
                byHeader[headers[i]] = i < cells.Count ? cells[i].Trim() : string.Empty;
            }

            if (cells.Skip(headers.Length).Any(c => c.Trim().Length > 0))
            {
                throw new FormatException($"{fileName}:{line}: the row has more cells than its table has headers.");
            }

            rows.Add(new OfficialRow(fileName, line, byHeader));
        }

        return rows;
    }

    private static string Normalise(string header) => string.Join(" ", header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
