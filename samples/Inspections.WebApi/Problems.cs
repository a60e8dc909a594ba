using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Inspections.Core.Serialization;
using Microsoft.AspNetCore.Http;

namespace Inspections.WebApi;

/// <summary>The problem details this API answers with (RFC 9457), as <c>application/problem+json</c>.</summary>
internal static class Problems
{
    /// <summary>The media type of every problem.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>
    /// The type of the 422 problem, whose extension members are <c>errorCount</c>, <c>warningCount</c>,
    /// <c>notListedCount</c> and <c>diagnostics</c>. A tag URI (RFC 4151): a stable name to compare, not a page to fetch.
    /// </summary>
    public const string InvalidDocumentType = "tag:inspections-core,2026:problem:invalid-document";

    /// <summary>422: the document was read and has errors; every diagnostic is listed.</summary>
    /// <param name="result">The reading.</param>
    /// <returns>The response.</returns>
    public static IResult InvalidDocument(InspectionReadResult result)
    {
        int errors = result.Diagnostics.ErrorCount;
        int warnings = result.Diagnostics.WarningCount;
        int notListed = result.Diagnostics.NotListedCount;
        string detail = string.Create(
            CultureInfo.InvariantCulture,
            $"The document is not a valid {InspectionJson.Schema} document: {errors} {(errors == 1 ? "error" : "errors")} and {warnings} {(warnings == 1 ? "warning" : "warnings")} listed in diagnostics{(notListed > 0 ? $", and {notListed} more found but not listed" : string.Empty)}.");
        return Json(new ProblemResponse(
            InvalidDocumentType,
            "The document is not valid",
            StatusCodes.Status422UnprocessableEntity,
            detail,
            errors,
            warnings,
            notListed,
            DiagnosticResponse.Of(result)));
    }

    /// <summary>
    /// 413: the body is larger than the largest document (1 MiB, and a byte order mark). The connection is closed
    /// after the answer, so the server does not go on receiving the rest of a body it will never read.
    /// </summary>
    /// <param name="size">The body's size, when it said so; null when it was found by reading.</param>
    /// <param name="context">The request's context.</param>
    /// <returns>The response.</returns>
    public static IResult TooLarge(long? size, HttpContext context)
    {
        string body = size is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"this body is {s:N0} bytes")
            : "this body is larger";
        string detail = string.Create(
            CultureInfo.InvariantCulture,
            $"A document is at most {InspectionJson.MaxDocumentBytes:N0} bytes of UTF-8 (1 MiB), with a byte order mark allowed before it; {body}.");
        CloseAfterAnswer(context);
        return Json(new ProblemResponse("about:blank", "Content Too Large", StatusCodes.Status413PayloadTooLarge, detail));
    }

    /// <summary>
    /// 400, 408 or 413: the body could not be read as HTTP (bad chunk framing, a body shorter than its
    /// Content-Length, one slower than the server's minimum data rate, or over the server's limit). The connection
    /// is closed after the answer: what follows on it cannot be trusted to be the next request.
    /// </summary>
    /// <param name="status">The status the server gave the failure (400 unless it said otherwise).</param>
    /// <param name="reason">The server's own words, such as "Bad chunk size data.".</param>
    /// <param name="context">The request's context.</param>
    /// <returns>The response.</returns>
    public static IResult BadBody(int status, string reason, HttpContext context)
    {
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(size: null, context);
        }

        CloseAfterAnswer(context);
        return status == StatusCodes.Status408RequestTimeout
            ? Json(new ProblemResponse("about:blank", "Request Timeout", status, $"The body arrived more slowly than the server's minimum data rate, so it was not read to its end ({reason})"))
            : Json(new ProblemResponse("about:blank", "Bad Request", StatusCodes.Status400BadRequest, $"The body could not be read as HTTP/1.1 ({reason}): check its chunk framing or Content-Length."));
    }

    /// <summary>422: a <c>.jsonl</c> body with at least one document that is not valid; every diagnostic of every line is listed, each with its line.</summary>
    /// <param name="results">The lines' readings, in line order.</param>
    /// <returns>The response.</returns>
    public static IResult InvalidLines(IReadOnlyList<InspectionReadResult> results)
    {
        var diagnostics = results.SelectMany(r => DiagnosticResponse.Of(r)).ToImmutableArray();
        var invalid = results.Where(r => !r.IsValid).Select(r => r.LineNumber ?? 0).ToImmutableArray();
        int errors = diagnostics.Count(d => d.Severity == "error");
        int warnings = diagnostics.Length - errors;
        int notListed = results.Sum(r => r.Diagnostics.NotListedCount);
        string detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{invalid.Length} of the {results.Count} {InspectionJson.Schema} documents in the body {(invalid.Length == 1 ? "is" : "are")} not valid (lines {string.Join(", ", invalid)}): {errors} {(errors == 1 ? "error" : "errors")} and {warnings} {(warnings == 1 ? "warning" : "warnings")} listed in diagnostics{(notListed > 0 ? $", and {notListed} more found but not listed" : string.Empty)}.");
        return Json(new ProblemResponse(
            InvalidDocumentType,
            "The document is not valid",
            StatusCodes.Status422UnprocessableEntity,
            detail,
            errors,
            warnings,
            notListed,
            diagnostics,
            results.Count,
            invalid));
    }

    /// <summary>422: a <c>.jsonl</c> body with no document (empty, or blank lines only).</summary>
    /// <returns>The response.</returns>
    public static IResult NoDocuments() => Json(new ProblemResponse(
        InvalidDocumentType,
        "The document is not valid",
        StatusCodes.Status422UnprocessableEntity,
        "The .jsonl body holds no document: every line is blank.",
        0,
        0,
        0,
        ImmutableArray<DiagnosticResponse>.Empty,
        0,
        ImmutableArray<int>.Empty));

    /// <summary>413: a <c>.jsonl</c> body larger than 8 MiB.</summary>
    /// <param name="size">The body's size, when it said so.</param>
    /// <param name="context">The request's context.</param>
    /// <returns>The response.</returns>
    public static IResult JsonLinesTooLarge(long? size, HttpContext context)
    {
        string body = size is { } s ? string.Create(CultureInfo.InvariantCulture, $"this body is {s:N0} bytes") : "this body is larger";
        CloseAfterAnswer(context);
        return Json(new ProblemResponse(
            "about:blank",
            "Content Too Large",
            StatusCodes.Status413PayloadTooLarge,
            string.Create(CultureInfo.InvariantCulture, $"A .jsonl body is at most {ValidateEndpoint.MaxJsonLinesBodyBytes:N0} bytes (8 MiB), each line at most {InspectionJson.MaxDocumentBytes:N0} bytes; {body}.")));
    }

    /// <summary>413: a <c>.jsonl</c> body with more than 1,000 documents.</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>The response.</returns>
    public static IResult JsonLinesTooMany(HttpContext context)
    {
        CloseAfterAnswer(context);
        return Json(new ProblemResponse(
            "about:blank",
            "Content Too Large",
            StatusCodes.Status413PayloadTooLarge,
            string.Create(CultureInfo.InvariantCulture, $"A .jsonl body holds at most {ValidateEndpoint.MaxJsonLinesDocuments:N0} documents; this one holds more.")));
    }

    /// <summary>415: the body is not <c>application/json</c> in UTF-8.</summary>
    /// <param name="refusal">Why, from <see cref="DocumentMediaType.IsAccepted"/>.</param>
    /// <returns>The response.</returns>
    public static IResult UnsupportedMediaType(string refusal) =>
        Json(new ProblemResponse("about:blank", "Unsupported Media Type", StatusCodes.Status415UnsupportedMediaType, refusal));

    private static void CloseAfterAnswer(HttpContext context)
    {
        if (!context.Response.HasStarted)
        {
            context.Response.Headers.Connection = "close";
        }
    }

    private static IResult Json(ProblemResponse problem) =>
        Results.Json(problem, ResponseJsonContext.Responses.ProblemResponse, MediaType, problem.Status);
}
