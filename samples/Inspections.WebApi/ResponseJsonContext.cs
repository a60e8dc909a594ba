using System.Text.Json.Serialization;

namespace Inspections.WebApi;

/// <summary>Source-generated JSON for the responses (no reflection): camelCase names, absent values left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValidationSummary))]
[JsonSerializable(typeof(ProblemResponse))]
internal sealed partial class ResponseJsonContext : JsonSerializerContext;
