using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// A cross-check for a busy machine (<c>-- --paired</c>): runs each class's benchmarks in turns of 10 ms, 200 rounds,
/// so that a burst of load from other processes falls on a baseline and its rivals alike, and reports each one's
/// fastest and median round with its ratio to the baseline's. BenchmarkDotNet runs one benchmark after another, so on
/// a shared machine its ratios move with the load; these do much less. Not a replacement for BenchmarkDotNet (no
/// separate process, no outlier analysis): read it beside BenchmarkDotNet's table.
/// </summary>
internal static class PairedRunner
{
    private const int Rounds = 200;
    private static readonly long s_roundTicks = Stopwatch.Frequency / 100;
    private static object? s_sink;

    /// <summary>Runs the classes whose names contain one of <paramref name="filters"/> (all when none).</summary>
    /// <param name="filters">Parts of class names.</param>
    public static void Run(IReadOnlyList<string> filters)
    {
        var classes = typeof(PairedRunner).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .Where(t => filters.Count == 0 || filters.Any(f => t.Name.Contains(f, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in classes)
        {
            RunClass(type);
        }
    }

    private static void RunClass(Type type)
    {
        object instance = Activator.CreateInstance(type)!;
        foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
        {
            setup.Invoke(instance, null);
        }

        var cases = type.GetMethods()
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<BenchmarkAttribute>()))
            .Where(c => c.Attribute is not null)
            .Select(c => new Case(
                c.Attribute!.Description ?? c.Method.Name,
                c.Attribute.Baseline,
                c.Attribute.OperationsPerInvoke,
                (Func<int, object?>)typeof(PairedRunner).GetMethod(nameof(Loop), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(c.Method.ReturnType)
                    .Invoke(null, [c.Method.CreateDelegate(typeof(Func<>).MakeGenericType(c.Method.ReturnType), instance)])!))
            .ToList();

        foreach (var c in cases)
        {
            c.Loop(1000); // warm-up, so that the JIT's later tiers are in place
            var watch = Stopwatch.StartNew();
            while (watch.ElapsedMilliseconds < 300)
            {
                c.Loop(100);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            c.Loop(1000);
            c.AllocatedPerOperation = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0 / c.OperationsPerInvoke;
        }

        for (int round = 0; round < Rounds; round++)
        {
            foreach (var c in cases)
            {
                long calls = 0;
                long start = Stopwatch.GetTimestamp();
                long elapsed;
                do
                {
                    c.Loop(50);
                    calls += 50;
                    elapsed = Stopwatch.GetTimestamp() - start;
                }
                while (elapsed < s_roundTicks);

                c.Rounds.Add(elapsed * 1e9 / Stopwatch.Frequency / (calls * c.OperationsPerInvoke));
            }
        }

        var baseline = cases.FirstOrDefault(c => c.IsBaseline) ?? cases[0];
        Console.WriteLine();
        Console.WriteLine($"{type.Name} (paired: {Rounds} rounds of 10 ms each, in turns)");
        Console.WriteLine();
        Console.WriteLine("| Method | Fastest round | Median round | Ratio (fastest) | Ratio (median) | Allocated |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var c in cases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {c.Name}{(c.IsBaseline ? " (baseline)" : string.Empty)} | {Time(c.Fastest)} | {Time(c.Median)} | {c.Fastest / baseline.Fastest:F2} | {c.Median / baseline.Median:F2} | {Bytes(c.AllocatedPerOperation)} |"));
        }
    }

    private static Func<int, object?> Loop<T>(Func<T> benchmark) => count =>
    {
        T result = default!;
        for (int i = 0; i < count; i++)
        {
            result = benchmark();
        }

        s_sink = result;
        return s_sink;
    };

    private static string Time(double nanoseconds) =>
        nanoseconds >= 1e6 ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:F3} ms")
        : nanoseconds >= 1e3 ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e3:F3} µs")
        : string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:F2} ns");

    private static string Bytes(double bytes) =>
        bytes < 0.5 ? "0 B" : bytes < 1024 ? string.Create(CultureInfo.InvariantCulture, $"{bytes:F0} B") : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:F2} KB");

    private sealed class Case(string name, bool isBaseline, int operationsPerInvoke, Func<int, object?> loop)
    {
        public string Name { get; } = name;

        public bool IsBaseline { get; } = isBaseline;

        public int OperationsPerInvoke { get; } = operationsPerInvoke;

        public Func<int, object?> Loop { get; } = loop;

        public List<double> Rounds { get; } = [];

        public double AllocatedPerOperation { get; set; }

        public double Fastest => Rounds.Min();

        public double Median
        {
            get
            {
                var sorted = Rounds.OrderBy(r => r).ToList();
                return sorted[sorted.Count / 2];
            }
        }
    }
}
