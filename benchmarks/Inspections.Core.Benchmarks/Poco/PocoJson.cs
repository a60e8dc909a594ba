using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Inspections.Core.Benchmarks.Poco;

/// <summary>
/// The baseline readers and writers of <see cref="InspectionDocumentPoco"/>: System.Text.Json with source generation
/// (no reflection), and Newtonsoft.Json (reflection, its usual way), each set up once.
/// </summary>
public static class PocoJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        // As the library writes: ' and non-ASCII letters as themselves, not \u0027.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Newtonsoft.Json.JsonSerializer s_newtonsoft = Newtonsoft.Json.JsonSerializer.Create(new Newtonsoft.Json.JsonSerializerSettings
    {
        // Dates are strings in the baseline; keep Newtonsoft from reading them as DateTime first.
        DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
    });

    /// <summary>The source-generated metadata of the baseline document, with the options above.</summary>
    public static JsonTypeInfo<InspectionDocumentPoco> TypeInfo { get; } = new PocoJsonContext(s_options).InspectionDocumentPoco;

    /// <summary>Reads UTF-8 bytes with System.Text.Json source generation.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The document read.</returns>
    public static InspectionDocumentPoco? ReadSourceGenerated(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize(utf8Json, TypeInfo);

    /// <summary>Writes UTF-8 bytes with System.Text.Json source generation.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The bytes (no final newline).</returns>
    public static byte[] WriteSourceGenerated(InspectionDocumentPoco document) => JsonSerializer.SerializeToUtf8Bytes(document, TypeInfo);

    /// <summary>Reads UTF-8 bytes with Newtonsoft.Json, as it reads bytes: through a stream and a text reader.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The document read.</returns>
    public static InspectionDocumentPoco? ReadNewtonsoft(byte[] utf8Json)
    {
        using var text = new StreamReader(new MemoryStream(utf8Json, writable: false), Encoding.UTF8);
        using var reader = new Newtonsoft.Json.JsonTextReader(text);
        return s_newtonsoft.Deserialize<InspectionDocumentPoco>(reader);
    }
}
