using System.IO;
using BenchmarkDotNet.Attributes;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// Validating an inspection already read. Baseline: the valid Calderdale 2015 inspection (which must allocate
/// nothing). Against it: the same inspection with leadership inadequate and overall effectiveness not, which breaks
/// the SIF's limiting judgement rule (one INS020 error, with its message).
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    /// <summary>The valid inspection.</summary>
    public Inspection Valid { get; private set; } = null!;

    /// <summary>The invalid inspection.</summary>
    public Inspection Invalid { get; private set; } = null!;

    /// <summary>Reads both inspections.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Valid = InspectionJson.Parse(File.ReadAllBytes(BenchmarkFiles.CalderdaleDocument));
        Invalid = InspectionJson.Parse(File.ReadAllBytes(BenchmarkFiles.CalderdaleRuleBroken));
    }

    /// <summary>The baseline: a valid inspection.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true, Description = "Validate valid")]
    public DiagnosticList ValidateValid() => InspectionValidator.Validate(Valid);

    /// <summary>An invalid inspection: one broken rule, described.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "Validate invalid (INS020)")]
    public DiagnosticList ValidateInvalid() => InspectionValidator.Validate(Invalid);
}
