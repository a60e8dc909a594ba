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
                $"The header of {fileDescription} lacks the column(s) {string.Join(", ", missing)}; it has {string.Join(", ", header)}.");
        }
    }
}
