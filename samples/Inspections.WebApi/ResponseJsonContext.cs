using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inspections.WebApi;

/// <summary>Source-generated JSON for the responses (no reflection): camelCase names, absent values left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValidationSummary))]
[JsonSerializable(typeof(ProblemResponse))]
[JsonSerializable(typeof(JsonLinesSummary))]
internal sealed partial class ResponseJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the responses are written with: as <see cref="JsonSerializerContext"/>'s default, but with
    /// apostrophes and non-ASCII letters in messages written as they are (<c>'Standard inspection'</c>, not
    /// <c>\u0027Standard inspection\u0027</c>), as the library writes documents. The responses are JSON for programs,
    /// never embedded in HTML.
    /// </summary>
    public static ResponseJsonContext Responses { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
