using System.IO;
using BenchmarkDotNet.Attributes;
using Inspections.Core.Benchmarks.Poco;
using Inspections.Core;
using Inspections.Core.Serialization;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// Writing one document, the Calderdale 2015 SIF example, indented as in files. Baseline: the plain object of the
/// same shape written by System.Text.Json source generation with the same layout.
/// </summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    /// <summary>The inspection, read once.</summary>
    public Inspection Inspection { get; private set; } = null!;

    /// <summary>The plain object, read once.</summary>
    public InspectionDocumentPoco Poco { get; private set; } = null!;

    /// <summary>Reads the document both ways.</summary>
    [GlobalSetup]
    public void Setup()
    {
        byte[] document = File.ReadAllBytes(BenchmarkFiles.CalderdaleDocument);
        Inspection = InspectionJson.Parse(document);
        Poco = PocoJson.ReadSourceGenerated(document)!;
    }

    /// <summary>The baseline: System.Text.Json, source-generated, from the plain object.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen POCO")]
    public byte[] SourceGeneratedPoco() => PocoJson.WriteSourceGenerated(Poco);

    /// <summary>Ours: canonical form, judgements in the framework's order, every value checked writable.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Description = "InspectionJson.WriteToUtf8Bytes")]
    public byte[] WriteToUtf8Bytes() => InspectionJson.WriteToUtf8Bytes(Inspection);
}
