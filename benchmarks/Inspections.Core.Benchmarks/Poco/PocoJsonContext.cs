using System.Text.Json.Serialization;

namespace Inspections.Core.Benchmarks.Poco;

/// <summary>System.Text.Json source generation for the baseline document; its options are set in <see cref="PocoJson"/>.</summary>
[JsonSerializable(typeof(InspectionDocumentPoco))]
public sealed partial class PocoJsonContext : JsonSerializerContext;
