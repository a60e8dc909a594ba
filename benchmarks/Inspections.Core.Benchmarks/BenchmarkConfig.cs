using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// The configuration every run uses: the memory diagnoser (allocated bytes per operation), ratios to each class's
/// baseline, and, unless a job is given on the command line (<c>--job short</c>, <c>--job default</c>, ...), the
/// <see cref="Quick"/> job, sized for a shared two-core machine.
/// </summary>
public static class BenchmarkConfig
{
    /// <summary>
    /// One process, 3 warm-up and 10 measured iterations of about 100 ms each: the whole suite in a few minutes.
    /// BenchmarkDotNet's default job runs until the error is small, which on a busy machine can take far longer.
    /// </summary>
    public static Job Quick { get; } = Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(10)
        .WithId("Quick");

    /// <summary>Creates the configuration.</summary>
    /// <param name="withDefaultJob">Whether to add <see cref="Quick"/> (false when the command line names a job).</param>
    /// <returns>The configuration.</returns>
    public static IConfig Create(bool withDefaultJob)
    {
        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOption(ConfigOptions.JoinSummary, false);
        return withDefaultJob ? config.AddJob(Quick) : config;
    }
}
