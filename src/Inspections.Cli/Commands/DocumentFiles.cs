using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Inspections.Cli.Commands;

/// <summary>Finds the <c>.json</c> and <c>.jsonl</c> files that paths name: files as given, folders recursively.</summary>
internal static class DocumentFiles
{
    /// <summary>How deep folders are searched below a folder given: far deeper than any real layout, and an end to any loop.</summary>
    public const int MaxFolderDepth = 64;

    /// <summary>Whether a file holds one document per line.</summary>
    public static bool IsJsonLines(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Expands paths into files, in a stable order (each folder's files sorted by ordinal name). Paths that do not
    /// exist, and folders that cannot be read, are returned separately with the reason; the rest are still found.
    /// A folder reached twice (through a symbolic link) is searched once.
    /// </summary>
    public static (List<string> Files, List<string> Missing, List<(string Path, string Reason)> Unreadable) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var unreadable = new List<(string, string)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = new List<string>();
                Search(path, 0, found, unreadable, visited);
                files.AddRange(found.Order(StringComparer.Ordinal));
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

        return (files, missing, unreadable);
    }

    private static void Search(string folder, int depth, List<string> found, List<(string, string)> unreadable, HashSet<string> visited)
    {
        try
        {
            // The folder itself, with a symbolic link in its last step resolved: a link back up the tree ends here.
            var info = new DirectoryInfo(folder);
            string real = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
            if (!visited.Add(Path.TrimEndingDirectorySeparator(real)))
            {
                return;
            }

            if (depth > MaxFolderDepth)
            {
                unreadable.Add((folder, $"it is more than {MaxFolderDepth} folders deep; it is not searched."));
                return;
            }

            var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
            found.AddRange(Directory.EnumerateFiles(folder, "*", options).Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsJsonLines(f)));
            foreach (string child in Directory.EnumerateDirectories(folder, "*", options).Order(StringComparer.Ordinal))
            {
                Search(child, depth + 1, found, unreadable, visited);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            unreadable.Add((folder, e.Message));
        }
    }
}
