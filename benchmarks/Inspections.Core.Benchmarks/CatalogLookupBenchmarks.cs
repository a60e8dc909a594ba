using System;
using BenchmarkDotNet.Attributes;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// Finding the frameworks in force on a date, for 64 dates from 2007 to 2027 per operation (times are per lookup).
/// Baseline: a linear scan of the catalog's frameworks, asking each whether it inspects the kind and was in force.
/// </summary>
[MemoryDiagnoser]
public class CatalogLookupBenchmarks
{
    /// <summary>Lookups per operation.</summary>
    public const int Lookups = 64;

    /// <summary>The dates with their kind, fixed pseudo-random.</summary>
    public (LocalDate Date, SubjectKind Kind)[] Queries { get; private set; } = [];

    /// <summary>Picks the dates.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20180101);
        var first = new LocalDate(2007, 1, 1);
        int days = Period.DaysBetween(first, new LocalDate(2027, 12, 31));
        Queries = new (LocalDate, SubjectKind)[Lookups];
        for (int i = 0; i < Lookups; i++)
        {
            Queries[i] = (first.PlusDays(random.Next(days + 1)), random.Next(8) == 0 ? SubjectKind.CafcassServiceArea : SubjectKind.LocalAuthority);
        }
    }

    /// <summary>The baseline: a linear scan, counting the frameworks in force (allocates nothing).</summary>
    /// <returns>The number of frameworks found over all dates.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups, Description = "linear scan")]
    public int LinearScan()
    {
        int found = 0;
        var all = FrameworkCatalog.Default.All;
        foreach (var (date, kind) in Queries)
        {
            foreach (InspectionFramework framework in all)
            {
                if (framework.Inspects(kind) && framework.IsInForceOn(date))
                {
                    found++;
                }
            }
        }

        return found;
    }

    /// <summary><see cref="FrameworkCatalog.InForceOn"/>: a binary search of precomputed stretches of dates.</summary>
    /// <returns>The number of frameworks found over all dates.</returns>
    [Benchmark(OperationsPerInvoke = Lookups, Description = "FrameworkCatalog.InForceOn")]
    public int InForceOn()
    {
        int found = 0;
        var catalog = FrameworkCatalog.Default;
        foreach (var (date, kind) in Queries)
        {
            found += catalog.InForceOn(date, kind).Length;
        }

        return found;
    }
}
