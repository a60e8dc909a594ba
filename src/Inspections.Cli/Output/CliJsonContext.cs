using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inspections.Cli.Output;

/// <summary>
/// The CLI's JSON output: source-generated metadata (<see cref="CliJsonMetadata"/>) with the tool's one encoder,
/// <see cref="CliJsonEncoder"/> (apostrophes as themselves, control and markup characters escaped).
/// </summary>
internal static class CliJsonContext
{
    /// <summary>The options of every JSON the tool serializes: camelCase, indented, nulls written, <see cref="CliJsonEncoder"/>.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = CliJsonEncoder.Instance,
    };

    /// <summary>The options of every <see cref="Utf8JsonWriter"/> the tool writes with: indented, <see cref="CliJsonEncoder"/>.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = CliJsonEncoder.Instance };

    /// <summary>The metadata, with <see cref="Options"/>.</summary>
    public static CliJsonMetadata Default { get; } = new(Options);
}

/// <summary>Source-generated System.Text.Json metadata for the CLI's JSON output; use it through <see cref="CliJsonContext.Default"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ValidateReport))]
[JsonSerializable(typeof(CompareReport))]
[JsonSerializable(typeof(IReadOnlyList<FrameworkSummary>))]
[JsonSerializable(typeof(FrameworkDescription))]
[JsonSerializable(typeof(ImportReport))]
internal sealed partial class CliJsonMetadata : JsonSerializerContext;
