using System;
using System.Collections.Generic;
using System.Linq;

namespace Inspections.Import;

/// <summary>Checks that a CSV header has the columns an importer needs, each once.</summary>
internal static class CsvColumns
{
    /// <summary>The refusal of a header that lacks a needed column (IMP092) or names a column twice (IMP093), or null when it is usable.</summary>
    /// <param name="header">The header's cells.</param>
    /// <param name="file">The file's name, for the diagnostic; null to leave it out.</param>
    /// <param name="fileDescription">The file as the message names it ("the ILACS history CSV").</param>
    /// <param name="columns">The columns needed.</param>
    /// <returns>The refusal, or null.</returns>
    public static Core.Validation.Diagnostic? Check(string[] header, string? file, string fileDescription, params string[] columns)
    {
        var missing = columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
        {
            return Utf8Text.Refuse(ImportCodes.MissingColumns, file, fileDescription, string.Join(", ", missing), Describe(header));
        }

        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            if (!first.TryAdd(header[i], i))
            {
                return ImportIssue.Create(ImportCodes.DuplicateColumn, 1, header[i].Length == 0 ? null : header[i], file, i + 1,
                    fileDescription, ImportIssue.Quote(header[i]), first[header[i]] + 1, i + 1);
            }
        }

        return null;
    }

    // A header of a hostile file may have any number of columns of any length: name the first few, shortened.
    private static string Describe(string[] header)
    {
        const int shown = 20;
        var names = header.Take(shown).Select(h => h.Length <= 60 ? h : h[..(char.IsHighSurrogate(h[59]) ? 59 : 60)] + "…");
        string list = string.Join(", ", names);
        return header.Length == 0 ? "no columns" : header.Length <= shown ? list : $"{list} and {header.Length - shown} more";
    }
}
