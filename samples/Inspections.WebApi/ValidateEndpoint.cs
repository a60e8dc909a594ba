using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Inspections.Core.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Inspections.WebApi;

/// <summary>
/// <c>POST /inspections/validate</c>: reads the body as one <c>inspections/v1</c> document and answers 200 with a
/// summary (valid, perhaps with warnings), 422 with every diagnostic (invalid), 413 (too large) or 415 (not
/// <c>application/json</c> in UTF-8). README.md beside this file says why each status.
/// </summary>
internal static class ValidateEndpoint
{
    /// <summary>The route.</summary>
    public const string Route = "/inspections/validate";

    /// <summary>The largest body taken: the largest document the library reads, and a UTF-8 byte order mark before it.</summary>
    public const int MaxBodyBytes = InspectionJson.MaxDocumentBytes + 3;

    /// <summary>The largest <c>.jsonl</c> body taken: 8 MiB (each line at most a document's 1 MiB).</summary>
    public const int MaxJsonLinesBodyBytes = 8 * 1024 * 1024;

    /// <summary>The most documents a <c>.jsonl</c> body may hold: 1,000.</summary>
    public const int MaxJsonLinesDocuments = 1000;

    /// <summary>Handles one request.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <returns>The response.</returns>
    public static async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken)
    {
        HttpRequest request = context.Request;
        if (!DocumentMediaType.IsAccepted(request.ContentType, request.Headers.ContentEncoding, out string? refusal, out bool jsonLines))
        {
            return Problems.UnsupportedMediaType(refusal);
        }

        if (jsonLines)
        {
            return await HandleJsonLinesAsync(context, cancellationToken).ConfigureAwait(false);
        }

        // A body that says it is too large is refused before a byte of it is read.
        if (request.ContentLength is > MaxBodyBytes)
        {
            return Problems.TooLarge(request.ContentLength, context);
        }

        // The server's own limit (Kestrel's default is 30 MB) is set so that it never cuts the reading short. With a
        // Content-Length (at most MaxBodyBytes, checked above) it is one byte more than the reader ever asks for.
        // Without one (chunked), Kestrel counts the chunk framing against its limit as well as the body ("1\r\nX\r\n"
        // for each byte sent in 1-byte chunks), so a 200 KB body could pass 1 MiB; there the server's limit is lifted
        // and the body's own bytes are counted instead: the reading stops after MaxBodyBytes + 1 of them.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = request.ContentLength is null ? null : MaxBodyBytes + 1;
        }

        var body = new MeteredStream(request.Body);
        InspectionReadResult result;
        try
        {
            // The library reads at most MaxBodyBytes + 1 bytes, asynchronously (Kestrel forbids synchronous reads).
            result = await InspectionJson.ReadAsync(body, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            // Broken HTTP: bad chunk framing (400), a body slower than Kestrel's minimum data rate (408), a body
            // shorter than its Content-Length (400), or the server's limit (413). The client's fault, not the server's.
            return Problems.BadBody(e.StatusCode, e.Message, context);
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Kestrel reports a chunk size too large for any integer as an IOException ("Bad chunk size data.").
            return Problems.BadBody(StatusCodes.Status400BadRequest, e.Message, context);
        }

        // A body without a Content-Length (chunked) is found too large by counting what was read.
        if (body.DocumentBytes > InspectionJson.MaxDocumentBytes)
        {
            return Problems.TooLarge(size: null, context);
        }

        return result.IsValid
            ? Results.Json(ValidationSummary.Of(result), ResponseJsonContext.Responses.ValidationSummary)
            : Problems.InvalidDocument(result);
    }

    /// <summary>
    /// A <c>.jsonl</c> body (<c>application/x-ndjson</c> or <c>application/jsonl</c>): read line by line with
    /// <see cref="InspectionJson.ReadLinesAsync"/>, each line with the limits and diagnostics of one document, the
    /// body at most <see cref="MaxJsonLinesBodyBytes"/> and <see cref="MaxJsonLinesDocuments"/> documents.
    /// </summary>
    private static async Task<IResult> HandleJsonLinesAsync(HttpContext context, CancellationToken cancellationToken)
    {
        HttpRequest request = context.Request;
        if (request.ContentLength is > MaxJsonLinesBodyBytes)
        {
            return Problems.JsonLinesTooLarge(request.ContentLength, context);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = request.ContentLength is null ? null : MaxJsonLinesBodyBytes + 1;
        }

        var body = new MeteredStream(request.Body, MaxJsonLinesBodyBytes);
        var results = new List<InspectionReadResult>();
        try
        {
            await foreach (var result in InspectionJson.ReadLinesAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (body.Exceeded)
                {
                    break;
                }

                if (results.Count == MaxJsonLinesDocuments)
                {
                    return Problems.JsonLinesTooMany(context);
                }

                results.Add(result);
            }
        }
        catch (BadHttpRequestException e)
        {
            return Problems.BadBody(e.StatusCode, e.Message, context);
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            return Problems.BadBody(StatusCodes.Status400BadRequest, e.Message, context);
        }

        if (body.Exceeded)
        {
            return Problems.JsonLinesTooLarge(size: null, context);
        }

        if (results.Count == 0)
        {
            return Problems.NoDocuments();
        }

        return results.TrueForAll(r => r.IsValid)
            ? Results.Json(
                new JsonLinesSummary(true, results.Count, [.. results.Select(r => new LineSummary(r.LineNumber ?? 0, ValidationSummary.Of(r)))]),
                ResponseJsonContext.Responses.JsonLinesSummary)
            : Problems.InvalidLines(results);
    }
}
