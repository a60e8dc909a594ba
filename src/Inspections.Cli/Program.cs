using System;

namespace Inspections.Cli;

/// <summary>The entry point of the <c>inspections</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code: 0 every file valid, 1 an error diagnostic, 2 a usage error or an unreadable path.</returns>
    public static int Main(string[] args) =>
        InspectionsCommand.Run(RawArguments(args), Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);

    /// <summary>
    /// The arguments with any that are not UTF-8 recovered from the process's own command line (.NET decodes them with
    /// U+FFFD, which would name another file): each such byte is carried as in <see cref="Commands.NativePaths"/>.
    /// </summary>
    private static string[] RawArguments(string[] args)
    {
        if (!Commands.NativePaths.Supported || !Array.Exists(args, a => a.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            return args;
        }

        try
        {
            var raw = System.IO.File.ReadAllBytes("/proc/self/cmdline").AsSpan().TrimEnd((byte)0);
            var parts = new System.Collections.Generic.List<byte[]>();
            foreach (var range in raw.Split((byte)0))
            {
                parts.Add(raw[range].ToArray());
            }

            // The program's arguments are the last ones (before them: dotnet and the .dll, or the apphost).
            var result = (string[])args.Clone();
            for (int i = 0; i < args.Length && parts.Count - args.Length + i >= 0; i++)
            {
                byte[] bytes = parts[parts.Count - args.Length + i];
                if (args[i].Contains('\uFFFD', StringComparison.Ordinal) && !System.Text.Unicode.Utf8.IsValid(bytes))
                {
                    result[i] = Commands.NativePaths.Decode(bytes);
                }
            }

            return result;
        }
        catch (System.IO.IOException)
        {
            return args;
        }
    }
}
