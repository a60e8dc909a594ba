using System;
using Inspections.Core.Catalog;

namespace Inspections.Cli;

/// <summary>The entry point of the <c>inspections</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code: 0 valid, 1 invalid, 2 usage error.</returns>
    public static int Main(string[] args)
    {
        _ = args;
        foreach (var framework in FrameworkCatalog.Default.All)
        {
            Console.WriteLine($"{framework.Id,-28} {framework.InForce,-24} {framework.Name}");
        }

        return 0;
    }
}
