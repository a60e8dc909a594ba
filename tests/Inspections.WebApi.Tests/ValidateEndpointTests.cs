using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inspections.WebApi.Tests;

/// <summary>
/// POST /inspections/validate, run in-process: every answer is checked against what the library itself reports for
/// the same bytes (InspectionJson.Read), never against codes, paths or lines copied from the sample.
/// </summary>
public sealed class ValidateEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Route = "/inspections/validate";
    private const int TwoMiB = 2 * 1024 * 1024;

    public static TheoryData<string> ValidExamples => Examples(RepositoryPaths.Examples);

    public static TheoryData<string> InvalidExamples => Examples(RepositoryPaths.InvalidExamples);

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public async Task A_valid_example_is_200_with_its_framework_visit_type_subject_and_warnings(string file)
    {
        byte[] bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Examples, file));
        var expected = InspectionJson.Read(bytes);
        Assert.True(expected.IsValid, $"{file} is not valid to the library: {string.Join("; ", expected.Diagnostics)}");

        using var response = await PostAsync(bytes);

        await AssertSummaryAsync(expected, response);
    }

    [Theory]
    [MemberData(nameof(InvalidExamples))]
    public async Task An_invalid_example_is_answered_as_the_library_reads_it(string file)
    {
        byte[] bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.InvalidExamples, file));
        var expected = InspectionJson.Read(bytes);

        using var response = await PostAsync(bytes);

        // The examples of warnings (INS021, INS032) are valid documents: 200 with their warnings; the rest are 422.
        if (expected.IsValid)
        {
            Assert.Contains(expected.Diagnostics, d => !d.IsError);
            await AssertSummaryAsync(expected, response);
        }
        else
        {
            await AssertInvalidDocumentAsync(expected, response);
        }
    }

    [Fact]
    public async Task Every_example_the_library_finds_an_error_in_is_a_422_and_there_are_some()
    {
        int errors = 0;
        int unprocessable = 0;
        foreach (string file in Directory.GetFiles(RepositoryPaths.InvalidExamples, "*.json"))
        {
            byte[] bytes = await File.ReadAllBytesAsync(file);
            using var response = await PostAsync(bytes);
            errors += InspectionJson.Read(bytes).IsValid ? 0 : 1;
            unprocessable += response.StatusCode == HttpStatusCode.UnprocessableEntity ? 1 : 0;
        }

        Assert.True(errors > 0);
        Assert.Equal(errors, unprocessable);
    }

    [Fact]
    public async Task Problems_past_the_library_s_limit_are_counted_as_not_listed()
    {
        // A valid document given 150 judgements its framework does not define: more problems than reading lists.
        byte[] valid = await ValidExampleAsync();
        var document = System.Text.Json.Nodes.JsonNode.Parse(valid)!.AsObject();
        var judgements = document["judgements"]!.AsObject();
        for (int i = 0; i < InspectionJson.MaxDiagnostics + 50; i++)
        {
            judgements.Add($"not-a-judgement-{i}", "good");
        }

        byte[] bytes = Encoding.UTF8.GetBytes(document.ToJsonString());
        var expected = InspectionJson.Read(bytes);
        Assert.True(expected.Diagnostics.NotListedCount > 0);

        using var response = await PostAsync(bytes);

        await AssertInvalidDocumentAsync(expected, response);
    }

    [Fact]
    public async Task An_empty_body_is_422_with_the_library_s_diagnostics()
    {
        using var response = await PostAsync([]);

        await AssertInvalidDocumentAsync(InspectionJson.Read([]), response);
    }

    [Theory]
    [InlineData("{\"schema\": \"inspections/v1\",")]
    [InlineData("{\"schema\": \"inspections/v1\" \"framework\": \"sif-2013\"}")]
    [InlineData("[1, 2")]
    [InlineData("not json")]
    public async Task Malformed_json_is_422_with_the_library_s_diagnostics(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);

        using var response = await PostAsync(bytes);

        await AssertInvalidDocumentAsync(InspectionJson.Read(bytes), response);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_2_MiB_body_is_413_and_is_not_read_to_its_end(bool withContentLength)
    {
        var body = new GeneratedStream(TwoMiB);

        using var response = await PostStreamAsync(body, TwoMiB, withContentLength);

        using var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("about:blank", problem.RootElement.GetProperty("type").GetString());
        Assert.True(body.Served < TwoMiB, $"The server took {body.Served} bytes of a {TwoMiB}-byte body.");
        if (withContentLength)
        {
            // Refused on its Content-Length: the server reads none of it (what was taken is the test host's buffering).
            Assert.True(body.Served < InspectionJson.MaxDocumentBytes, $"The server took {body.Served} bytes.");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_size_limit_is_the_library_s_at_the_byte(bool withContentLength)
    {
        // As many bytes as a document may have is read (a document of spaces only is then the library's INS001);
        // one byte more is 413.
        using var atLimit = await PostGeneratedAsync(InspectionJson.MaxDocumentBytes, withContentLength);
        using var overLimit = await PostGeneratedAsync(InspectionJson.MaxDocumentBytes + 1, withContentLength);

        await AssertInvalidDocumentAsync(InspectionJson.Read(Spaces(InspectionJson.MaxDocumentBytes)), atLimit);
        (await AssertProblemAsync(overLimit, HttpStatusCode.RequestEntityTooLarge)).Dispose();
    }

    [Fact]
    public async Task A_byte_order_mark_does_not_count_towards_the_limit()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Spaces(InspectionJson.MaxDocumentBytes)];

        // Chunked (no Content-Length), so the size is found by counting what was read.
        using var content = new StreamContent(new NonSeekable(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await Client().PostAsync(Route, content);

        await AssertInvalidDocumentAsync(InspectionJson.Read(bytes), response);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/problem+json")]
    [InlineData("application/vnd.inspections+json")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_body_that_is_not_application_json_in_utf_8_is_415(string? contentType)
    {
        byte[] bytes = await ValidExampleAsync();

        using var response = await PostAsync(bytes, contentType);

        using var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("about:blank", problem.RootElement.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_compressed_body_is_415()
    {
        using var content = new ByteArrayContent(await ValidExampleAsync());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add("gzip");

        using var response = await Client().PostAsync(Route, content);

        (await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType)).Dispose();
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; charset=\"UTF-8\"")]
    public async Task Application_json_with_no_charset_or_utf_8_is_taken(string contentType)
    {
        byte[] bytes = await ValidExampleAsync();

        using var response = await PostAsync(bytes, contentType);

        await AssertSummaryAsync(InspectionJson.Read(bytes), response);
    }

    [Theory]
    [InlineData("GET", Route, HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "/inspections/nowhere", HttpStatusCode.NotFound)]
    public async Task What_the_framework_refuses_is_problem_details_too(string method, string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await Client().SendAsync(request);

        (await AssertProblemAsync(response, status)).Dispose();
    }

    /// <summary>
    /// A client straight to the in-process server: without the factory's redirect handler, which copies every request
    /// body into memory before sending it (and so would read a 2 MiB body to its end whatever the server does).
    /// </summary>
    private HttpClient Client() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static TheoryData<string> Examples(string folder)
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    private static Task<byte[]> ValidExampleAsync() =>
        File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Examples, "sif-2013-calderdale-2015.json"));

    private static byte[] Spaces(int count)
    {
        byte[] bytes = new byte[count];
        bytes.AsSpan().Fill((byte)' ');
        return bytes;
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? contentType = "application/json")
    {
        using var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            Assert.True(content.Headers.TryAddWithoutValidation("Content-Type", contentType));
        }

        return await Client().PostAsync(Route, content);
    }

    private Task<HttpResponseMessage> PostGeneratedAsync(int length, bool withContentLength) =>
        PostStreamAsync(new GeneratedStream(length), length, withContentLength);

    /// <summary>Posts a stream, saying its length in Content-Length or not (then the body goes chunked).</summary>
    private async Task<HttpResponseMessage> PostStreamAsync(Stream body, long length, bool withContentLength)
    {
        using var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = withContentLength ? length : null;
        return await Client().PostAsync(Route, content);
    }

    private static async Task AssertSummaryAsync(InspectionReadResult expected, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement root = json.RootElement;
        Inspection inspection = expected.Inspection!;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(inspection.FrameworkId, root.GetProperty("framework").GetString());
        Assert.Equal(inspection.VisitTypeId, root.GetProperty("visitType").GetString());
        JsonElement subject = root.GetProperty("subject");
        Assert.Equal(inspection.Subject.Kind.ToId(), subject.GetProperty("kind").GetString());
        Assert.Equal(inspection.Subject.Name, subject.GetProperty("name").GetString());
        Assert.Equal(inspection.Subject.GssCode, subject.TryGetProperty("gss", out var gss) ? gss.GetString() : null);
        Assert.Equal(inspection.Subject.LaNumber, subject.TryGetProperty("la", out var la) ? la.GetInt32() : null);

        var warnings = Expected(expected).Where(d => d.Severity == "warning").ToList();
        if (warnings.Count == 0)
        {
            Assert.False(root.TryGetProperty("warnings", out _));
        }
        else
        {
            Assert.Equal(warnings, Actual(root.GetProperty("warnings")));
        }
    }

    private static async Task AssertInvalidDocumentAsync(InspectionReadResult expected, HttpResponseMessage response)
    {
        Assert.False(expected.IsValid);
        using var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        JsonElement root = problem.RootElement;
        Assert.StartsWith("tag:", root.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("detail").GetString()));

        var diagnostics = Expected(expected);
        Assert.NotEmpty(diagnostics);
        Assert.Equal(diagnostics, Actual(root.GetProperty("diagnostics")));
        Assert.Equal(diagnostics.Count(d => d.Severity == "error"), root.GetProperty("errorCount").GetInt32());
        Assert.Equal(diagnostics.Count(d => d.Severity == "warning"), root.GetProperty("warningCount").GetInt32());
        Assert.Equal(expected.Diagnostics.NotListedCount, root.GetProperty("notListedCount").GetInt32());
    }

    private static async Task<JsonDocument> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        return problem;
    }

    private static List<WireDiagnostic> Expected(InspectionReadResult result) =>
        [.. result.Diagnostics.Select(d => new WireDiagnostic(
            d.Code, d.Severity == DiagnosticSeverity.Error ? "error" : "warning", d.Path, d.Line, d.BytePositionInLine, d.Message))];

    private static List<WireDiagnostic> Actual(JsonElement array) =>
        [.. array.EnumerateArray().Select(d => new WireDiagnostic(
            d.GetProperty("code").GetString()!,
            d.GetProperty("severity").GetString()!,
            d.GetProperty("path").GetString()!,
            d.GetProperty("line").ValueKind == JsonValueKind.Null ? null : d.GetProperty("line").GetInt32(),
            d.GetProperty("bytePositionInLine").ValueKind == JsonValueKind.Null ? null : d.GetProperty("bytePositionInLine").GetInt64(),
            d.GetProperty("message").GetString()!))];

    private sealed record WireDiagnostic(string Code, string Severity, string Path, int? Line, long? BytePositionInLine, string Message);

    /// <summary>A memory stream that will not say its length, so the body goes chunked.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
