using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Inspections.WebApi;

/// <summary>
/// Which request bodies are taken: <c>application/json</c> (one document) or <c>application/x-ndjson</c> /
/// <c>application/jsonl</c> (a <c>.jsonl</c> body: one document per line), with no <c>charset</c> or
/// <c>charset=utf-8</c> (any case, quoted or not), and no content coding. Anything else is a 415 naming what was
/// sent. README.md beside this file says why <c>application/*+json</c> and other charsets are refused.
/// </summary>
internal static class DocumentMediaType
{
    /// <summary>The media type of one document.</summary>
    public const string Json = "application/json";

    /// <summary>The media types of a <c>.jsonl</c> body, one document per line: NDJSON's, and the JSON Lines name.</summary>
    public static readonly string[] JsonLines = ["application/x-ndjson", "application/jsonl"];

    /// <summary>Decides whether a body with these headers is taken.</summary>
    /// <param name="contentType">The Content-Type header, or null.</param>
    /// <param name="contentEncoding">The Content-Encoding header.</param>
    /// <param name="refusal">Why not, when not: a sentence for the problem details.</param>
    /// <param name="jsonLines">Whether the body is <c>.jsonl</c> (one document per line) rather than one document.</param>
    /// <returns>Whether the body is taken.</returns>
    public static bool IsAccepted(string? contentType, StringValues contentEncoding, [NotNullWhen(false)] out string? refusal, out bool jsonLines)
    {
        jsonLines = false;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            refusal = $"The request has no Content-Type; send the document as {Json}.";
            return false;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            refusal = $"The Content-Type '{contentType}' cannot be parsed; send the document as {Json}.";
            return false;
        }

        jsonLines = Array.Exists(JsonLines, t => parsed.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase));
        if (!jsonLines && !parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            refusal = $"The Content-Type is {parsed.MediaType}; send the document as {Json}, or a .jsonl body (one document per line) as {JsonLines[0]}.";
            return false;
        }

        StringSegment charset = HeaderUtilities.RemoveQuotes(parsed.Charset);
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            refusal = $"The charset is {charset}; an inspections/v1 document is UTF-8 (send charset=utf-8 or no charset).";
            return false;
        }

        foreach (string? coding in contentEncoding)
        {
            if (!string.IsNullOrWhiteSpace(coding) && !coding.Trim().Equals("identity", StringComparison.OrdinalIgnoreCase))
            {
                refusal = $"The Content-Encoding is {coding}; send the document uncompressed.";
                return false;
            }
        }

        refusal = null;
        return true;
    }
}
