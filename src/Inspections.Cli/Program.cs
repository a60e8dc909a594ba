using System;

namespace Inspections.Cli;

/// <summary>The entry point of the <c>inspections</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code: 0 every file valid, 1 an error diagnostic, 2 a usage error or an unreadable path.</returns>
    public static int Main(string[] args) =>
        InspectionsCommand.Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
}
