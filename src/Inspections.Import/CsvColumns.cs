using System;
using System.Linq;
using CsvHelper;

namespace Inspections.Import;

/// <summary>Checks that a CSV header has the columns an importer needs.</summary>
internal static class CsvColumns
{
    public static void Require(CsvReader csv, string fileDescription, params string[] columns)
    {
        var header = csv.HeaderRecord ?? [];
        var missing = columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
        {
            throw new ImportFormatException(
                ImportCodes.MissingColumns,
                $"The header of {fileDescription} lacks the column(s) {string.Join(", ", missing)}; it has {Describe(header)}.");
        }
    }

    // A header of a hostile file may have any number of columns of any length: name the first few, shortened.
    private static string Describe(string[] header)
    {
        const int shown = 20;
        var names = header.Take(shown).Select(h => h.Length <= 60 ? h : h[..60] + "…");
        string list = string.Join(", ", names);
        return header.Length == 0 ? "no columns" : header.Length <= shown ? list : $"{list} and {header.Length - shown} more";
    }
}
