using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Inspections.Cli.Commands;

/// <summary>Finds the <c>.json</c> and <c>.jsonl</c> files that paths name: files as given, folders recursively.</summary>
internal static class DocumentFiles
{
    /// <summary>How deep folders are searched below a folder given: far deeper than any real layout.</summary>
    public const int MaxFolderDepth = 64;

    /// <summary>Whether a file holds one document per line.</summary>
    public static bool IsJsonLines(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Expands paths into files, in a stable order (each folder's files sorted by ordinal name). Paths that do not
    /// exist, and folders that cannot be read, are returned separately with the reason; the rest are still found.
    /// A symbolic link to a folder is followed when it is named, and not when it is found inside a folder (as
    /// <c>grep -r</c> does): such links may lead back up the tree or, under <c>/proc</c>, to the whole file system.
    /// The links not followed are returned, so that the command can say so.
    /// </summary>
    public static (List<string> Files, List<string> Missing, List<(string Path, string Reason)> Unreadable, List<string> LinksNotFollowed) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var unreadable = new List<(string, string)>();
        var links = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = new List<string>();
                Search(path, 0, found, unreadable, links);
                files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path) || (NativePaths.Supported && NativePaths.HasEscapedBytes(path)))
            {
                // A name with bytes that are not UTF-8 is opened raw; if it is missing, opening says so.
                files.Add(path);
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing, unreadable, links);
    }

    private static void Search(string folder, int depth, List<string> found, List<(string, string)> unreadable, List<string> links)
    {
        if (depth > MaxFolderDepth)
        {
            unreadable.Add((folder, $"it is more than {MaxFolderDepth} folders deep; it is not searched."));
            return;
        }

        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
            var names = Directory.EnumerateFiles(folder, "*", options).ToList();
            if (NativePaths.Supported && names.Exists(n => n.Contains('\uFFFD', StringComparison.Ordinal)))
            {
                // .NET decoded a name that is not UTF-8 with U+FFFD and could not open it: list the folder raw instead.
                names = [.. NativePaths.List(folder).Where(e => !e.IsFolder).Select(e => Path.Combine(folder, e.Name))];
            }

            found.AddRange(names.Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsJsonLines(f)));
            foreach (string child in Directory.EnumerateDirectories(folder, "*", options).Order(StringComparer.Ordinal))
            {
                if (new DirectoryInfo(child).LinkTarget is not null)
                {
                    links.Add(child);
                }
                else
                {
                    Search(child, depth + 1, found, unreadable, links);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            unreadable.Add((folder, e.Message));
        }
    }
}
