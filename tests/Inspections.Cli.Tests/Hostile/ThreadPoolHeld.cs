namespace Inspections.Cli.Tests.Hostile;

/// <summary>
/// Tests that hold every thread of the thread pool run alone: the other tests, which use the pool, would otherwise
/// wait with them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ThreadPoolHeld
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Thread pool held (runs alone)";
}
