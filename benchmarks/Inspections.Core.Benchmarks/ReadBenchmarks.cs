using System.IO;
using BenchmarkDotNet.Attributes;
using Inspections.Core.Benchmarks.Poco;
using Inspections.Core;
using Inspections.Core.Serialization;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// Reading one document, the Calderdale 2015 SIF example (1.3 KB), from bytes loaded once. Baseline: the same
/// document read into a plain object by System.Text.Json source generation, which checks nothing.
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    /// <summary>The document's bytes.</summary>
    public byte[] Document { get; private set; } = [];

    /// <summary>Loads the document.</summary>
    [GlobalSetup]
    public void Setup() => Document = File.ReadAllBytes(BenchmarkFiles.CalderdaleDocument);

    /// <summary>The baseline: System.Text.Json, source-generated, into a plain object of the same shape.</summary>
    /// <returns>The object.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen POCO")]
    public InspectionDocumentPoco? SourceGeneratedPoco() => PocoJson.ReadSourceGenerated(Document);

    /// <summary>Newtonsoft.Json into the same plain object.</summary>
    /// <returns>The object.</returns>
    [Benchmark(Description = "Newtonsoft POCO")]
    public InspectionDocumentPoco? NewtonsoftPoco() => PocoJson.ReadNewtonsoft(Document);

    /// <summary>Ours, as a user calls it: the strict reader, then validation against the catalog.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "InspectionJson.Read (read + validate)")]
    public InspectionReadResult ReadAndValidate() => InspectionJson.Read(Document);

    /// <summary>Ours without validation: the strict reader alone, to split the cost.</summary>
    /// <returns>The inspection.</returns>
    [Benchmark(Description = "InspectionJson.Parse (read only)")]
    public Inspection ParseOnly() => InspectionJson.Parse(Document);
}
