using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Inspections.Core.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inspections.WebApi.Tests;

/// <summary>
/// A <c>.jsonl</c> body (application/x-ndjson or application/jsonl) is read with InspectionJson.ReadLinesAsync: each
/// line is answered as InspectionJson.ReadLines reads the same bytes.
/// </summary>
public sealed class JsonLinesEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Route = "/inspections/validate";

    [Theory]
    [InlineData("application/x-ndjson")]
    [InlineData("application/jsonl")]
    [InlineData("application/x-ndjson; charset=utf-8")]
    public async Task A_jsonl_body_of_valid_documents_is_200_with_each_line_s_summary(string contentType)
    {
        byte[] body = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Examples, "inspections.jsonl"));
        var expected = InspectionJson.ReadLines(new MemoryStream(body)).ToList();
        Assert.All(expected, r => Assert.True(r.IsValid));

        using var response = await PostAsync(body, contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(expected.Count, json.RootElement.GetProperty("documents").GetInt32());
        var lines = json.RootElement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(expected.Select(r => r.LineNumber!.Value), lines.Select(l => l.GetProperty("line").GetInt32()));
        Assert.Equal(expected.Select(r => r.Inspection!.FrameworkId), lines.Select(l => l.GetProperty("summary").GetProperty("framework").GetString()));
    }

    [Fact]
    public async Task A_jsonl_body_with_bad_lines_is_422_listing_every_line_s_diagnostics_with_its_line()
    {
        string good = InspectionJson.Write(InspectionJson.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Examples, "sif-2013-calderdale-2015.json"))), indented: false);
        byte[] body = Encoding.UTF8.GetBytes(string.Join('\n', good, "", "{\"schema\": ", "docs/x.json", good) + "\n");
        var expected = InspectionJson.ReadLines(new MemoryStream(body)).ToList();

        using var response = await PostAsync(body, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("documents").GetInt32());
        Assert.Equal([3, 4], root.GetProperty("invalidLines").EnumerateArray().Select(l => l.GetInt32()));
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        var all = expected.SelectMany(r => r.Diagnostics).ToList();
        Assert.Equal(all.Select(d => (d.Code, d.Line, d.Message)), diagnostics.Select(d => (d.GetProperty("code").GetString()!, (int?)d.GetProperty("line").GetInt32(), d.GetProperty("message").GetString()!)));
        Assert.StartsWith("2 of the 4 inspections/v1 documents in the body are not valid (lines 3, 4)", root.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_jsonl_body_of_blank_lines_is_422_saying_it_holds_no_document()
    {
        using var response = await PostAsync("\n  \n"u8.ToArray(), "application/x-ndjson");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("holds no document", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_jsonl_body_over_8_MiB_is_413_without_being_read_to_its_end()
    {
        var body = new GeneratedStream(20L * 1024 * 1024);
        using var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");

        using var response = await Client().PostAsync(Route, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 8,388,608 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(body.Served < 20L * 1024 * 1024);
    }

    [Fact]
    public async Task A_jsonl_body_of_more_than_1000_documents_is_413()
    {
        byte[] body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{}\n", 1000 + 1)));

        using var response = await PostAsync(body, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 1,000 documents", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private HttpClient Client() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string contentType)
    {
        using var content = new ByteArrayContent(body);
        Assert.True(content.Headers.TryAddWithoutValidation("Content-Type", contentType));
        return await Client().PostAsync(Route, content);
    }
}
