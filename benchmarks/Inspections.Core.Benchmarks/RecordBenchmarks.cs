using System;
using System.Collections.Immutable;
using System.IO;
using BenchmarkDotNet.Attributes;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Data;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// The whole shipped official record (Inspections.Data's embedded <c>official-record.jsonl</c>, about a thousand
/// documents): what <see cref="OfficialRecord.Inspections"/> does on first use, every time. Baseline: reading the
/// resource's bytes and counting its lines, the least any loading must do. Against it: reading, typing and
/// validating every document (issue 15's target: under 50 ms).
/// </summary>
[MemoryDiagnoser]
public class RecordBenchmarks
{
    /// <summary>The name of the embedded resource.</summary>
    public const string ResourceName = "Inspections.Data.official-record.jsonl";

    /// <summary>The baseline: the resource's bytes read and its lines counted.</summary>
    /// <returns>The number of lines.</returns>
    [Benchmark(Baseline = true, Description = "Resource bytes, lines counted")]
    public int CountLines()
    {
        using var stream = OpenResource();
        int lines = 0;
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            lines += b == '\n' ? 1 : 0;
        }

        return lines;
    }

    /// <summary>Every document of the record read, typed and validated, as the first use of the record does.</summary>
    /// <returns>The inspections, every one valid.</returns>
    [Benchmark(Description = "Load + validate the whole record")]
    public ImmutableArray<Inspection> LoadAndValidate()
    {
        using var stream = OpenResource();
        var builder = ImmutableArray.CreateBuilder<Inspection>();
        foreach (var result in InspectionJson.ReadLines(stream))
        {
            if (result.Inspection is { } inspection && result.IsValid)
            {
                builder.Add(inspection);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Opens the embedded record.</summary>
    /// <returns>The stream.</returns>
    public static Stream OpenResource() =>
        typeof(OfficialRecord).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in Inspections.Data.");
}
