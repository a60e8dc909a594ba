namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Tests that measure the process's memory (GC.GetTotalMemory) run alone: what other tests hold while running in
/// parallel (the official record, a large CSV) would otherwise be counted against the command under test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Memory measurement (runs alone)";
}
