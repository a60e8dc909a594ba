using System.Globalization;
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
