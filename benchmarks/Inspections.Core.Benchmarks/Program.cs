using System;
using BenchmarkDotNet.Running;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Inspections.Core.Benchmarks -- --filter '*'</c>
/// (see docs/performance.md). Any BenchmarkDotNet option works: <c>--filter '*Read*'</c>, <c>--job short</c>, <c>--list flat</c>.
/// <c>-- --paired [ClassName...]</c> runs the cross-check of <see cref="PairedRunner"/> instead;
/// <c>-- --reports [rounds]</c> the shared reports against <c>pdftotext -layout</c> and the record build (<see cref="ReportsComparison"/>).
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--paired")
        {
            PairedRunner.Run(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "--reports")
        {
            ReportsComparison.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3, Console.Out);
            return;
        }

        bool jobGiven = Array.Exists(args, a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create(withDefaultJob: !jobGiven));
    }
}
