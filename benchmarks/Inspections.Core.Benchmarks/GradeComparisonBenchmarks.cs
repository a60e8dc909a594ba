using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Inspections.Core.Scales;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// Comparing grades, 64 pairs per operation (times are per comparison). Baseline: comparing two ints, the grades'
/// ranks, which is what a model that stored grades as numbers would do. Must allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class GradeComparisonBenchmarks
{
    /// <summary>Pairs per operation.</summary>
    public const int Pairs = 64;

    /// <summary>Pairs of grades of one scale (of every built-in scale), fixed pseudo-random.</summary>
    public (Grade Before, Grade After)[] SameScale { get; private set; } = [];

    /// <summary>Pairs of grades of two scales that a built-in crosswalk links, each grade in one of its pairs.</summary>
    public (Grade Before, Grade After)[] AcrossScales { get; private set; } = [];

    /// <summary>The ranks of <see cref="SameScale"/>, for the baseline.</summary>
    public (int Before, int After)[] Ranks { get; private set; } = [];

    /// <summary>Builds the pairs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20151113);
        var same = new List<(Grade, Grade)>();
        var across = new List<(Grade, Grade)>();
        for (int i = 0; i < Pairs; i++)
        {
            var scale = GradingScales.All[random.Next(GradingScales.All.Length)];
            same.Add((scale.Grades[random.Next(scale.Grades.Length)], scale.Grades[random.Next(scale.Grades.Length)]));

            var crosswalk = ScaleCrosswalks.All[random.Next(ScaleCrosswalks.All.Length)];
            var before = crosswalk.Pairs[random.Next(crosswalk.Pairs.Length)];
            var after = crosswalk.Pairs[random.Next(crosswalk.Pairs.Length)];
            across.Add(random.Next(2) == 0 ? (before.First, after.Second) : (before.Second, after.First));
        }

        SameScale = [.. same];
        AcrossScales = [.. across];
        Ranks = Array.ConvertAll(SameScale, p => (p.Before.Rank, p.After.Rank));
    }

    /// <summary>The baseline: int comparison of ranks (rank 0 is best, so after's rank is compared with before's).</summary>
    /// <returns>The sum of the signs, so that nothing is optimised away.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs, Description = "int.CompareTo (ranks)")]
    public int IntComparison()
    {
        int sum = 0;
        foreach (var (before, after) in Ranks)
        {
            sum += after.CompareTo(before);
        }

        return sum;
    }

    /// <summary><see cref="Grade.CompareTo(Grade)"/>, one scale.</summary>
    /// <returns>The sum of the signs.</returns>
    [Benchmark(OperationsPerInvoke = Pairs, Description = "Grade.CompareTo (same scale)")]
    public int GradeCompareTo()
    {
        int sum = 0;
        foreach (var (before, after) in SameScale)
        {
            sum += before.CompareTo(after);
        }

        return sum;
    }

    /// <summary><see cref="GradeComparer.Compare(Grade, Grade)"/>, one scale.</summary>
    /// <returns>The sum of the steps.</returns>
    [Benchmark(OperationsPerInvoke = Pairs, Description = "GradeComparer.Compare (same scale)")]
    public int ComparerSameScale()
    {
        int sum = 0;
        var comparer = GradeComparer.Default;
        foreach (var (before, after) in SameScale)
        {
            sum += comparer.Compare(before, after).Steps ?? 0;
        }

        return sum;
    }

    /// <summary><see cref="GradeComparer.Compare(Grade, Grade)"/> across scales, through a crosswalk.</summary>
    /// <returns>The sum of the bands.</returns>
    [Benchmark(OperationsPerInvoke = Pairs, Description = "GradeComparer.Compare (across scales)")]
    public int ComparerAcrossScales()
    {
        int sum = 0;
        var comparer = GradeComparer.Default;
        foreach (var (before, after) in AcrossScales)
        {
            sum += comparer.Compare(before, after).Steps ?? 0;
        }

        return sum;
    }
}
