using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Inspections.Cli.Output;

/// <summary>Source-generated System.Text.Json metadata for the CLI's JSON output.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ValidateReport))]
[JsonSerializable(typeof(CompareReport))]
[JsonSerializable(typeof(IReadOnlyList<FrameworkSummary>))]
[JsonSerializable(typeof(FrameworkDescription))]
[JsonSerializable(typeof(ImportReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
