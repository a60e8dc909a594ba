using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Inspections.Cli.Commands;

/// <summary>Finds the <c>.json</c> and <c>.jsonl</c> files that paths name: files as given, folders recursively.</summary>
internal static class DocumentFiles
{
    /// <summary>Whether a file holds one document per line.</summary>
    public static bool IsJsonLines(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Expands paths into files, in a stable order (each folder's files sorted by ordinal name); paths that do not
    /// exist are returned separately.
    /// </summary>
    public static (List<string> Files, List<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, MatchCasing = MatchCasing.CaseInsensitive })
                    .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsJsonLines(f))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }
}
