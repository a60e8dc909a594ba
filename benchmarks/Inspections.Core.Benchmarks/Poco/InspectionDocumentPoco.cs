using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Inspections.Core.Benchmarks.Poco;

/// <summary>
/// The baseline: a plain object of the same shape as an inspections/v1 document, with no rules at all: strings for
/// ids and dates, a <see cref="Dictionary{TKey, TValue}"/> for the judgements. What a reader costs when it checks
/// nothing; System.Text.Json (source-generated) and Newtonsoft.Json read it.
/// </summary>
public sealed class InspectionDocumentPoco
{
    /// <summary>"inspections/v1".</summary>
    [JsonPropertyName("schema")]
    public string? Schema { get; set; }

    /// <summary>The framework id.</summary>
    [JsonPropertyName("framework")]
    public string? Framework { get; set; }

    /// <summary>The visit type id.</summary>
    [JsonPropertyName("visit")]
    public string? Visit { get; set; }

    /// <summary>Who was inspected.</summary>
    [JsonPropertyName("subject")]
    public SubjectPoco? Subject { get; set; }

    /// <summary>When inspectors were on site.</summary>
    [JsonPropertyName("fieldwork")]
    public FieldworkPoco? Fieldwork { get; set; }

    /// <summary>The publication date, yyyy-MM-dd, as text.</summary>
    [JsonPropertyName("published")]
    public string? Published { get; set; }

    /// <summary>Judgement id to grade id, in document order.</summary>
    [JsonPropertyName("judgements")]
    public Dictionary<string, string>? Judgements { get; set; }

    /// <summary>The recommendations.</summary>
    [JsonPropertyName("recommendations")]
    public List<RecommendationPoco>? Recommendations { get; set; }

    /// <summary>The report's address, as text.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>Free text.</summary>
    [JsonPropertyName("notes")]
    public string? Notes { get; set; }
}

/// <summary>The subject of the baseline document.</summary>
public sealed class SubjectPoco
{
    /// <summary>"local-authority" or "cafcass-service-area".</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>The name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The GSS code.</summary>
    [JsonPropertyName("gss")]
    public string? Gss { get; set; }

    /// <summary>The DfE local authority number.</summary>
    [JsonPropertyName("la")]
    public int? La { get; set; }
}

/// <summary>The fieldwork of the baseline document: dates as text.</summary>
public sealed class FieldworkPoco
{
    /// <summary>The first day, yyyy-MM-dd.</summary>
    [JsonPropertyName("start")]
    public string? Start { get; set; }

    /// <summary>The last day, yyyy-MM-dd.</summary>
    [JsonPropertyName("end")]
    public string? End { get; set; }
}

/// <summary>A recommendation of the baseline document.</summary>
public sealed class RecommendationPoco
{
    /// <summary>The text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>The timescale id.</summary>
    [JsonPropertyName("timescale")]
    public string? Timescale { get; set; }
}
