using System.Text;
using System.Text.Json;
using Inspections.Core.Serialization;

namespace Inspections.WebApi.Tests;

/// <summary>
/// Bodies as Kestrel sees them on a real socket (127.0.0.1): chunk framing, bad framing and a body slower than the
/// minimum data rate. What is counted against the limit is the body's bytes, never the framing; broken HTTP is a 400
/// or 408 problem, never a 500, and nothing is logged as an error with a stack trace.
/// </summary>
public sealed class LoopbackBodyTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    private const string Route = "/inspections/validate";

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task A_200_KB_document_in_small_chunks_is_read_not_refused_as_too_large(int chunkSize)
    {
        byte[] document = Padded(ValidExample(), 200 * 1024);

        var response = await PostChunkedAsync(document, chunkSize);

        Assert.Equal(200, response.Status);
        using var summary = JsonDocument.Parse(response.Body);
        Assert.True(summary.RootElement.GetProperty("valid").GetBoolean());
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task In_1_byte_chunks_1_MiB_is_read_and_one_byte_more_is_413()
    {
        byte[] atLimit = Padded(ValidExample(), InspectionJson.MaxDocumentBytes);
        byte[] overLimit = Padded(ValidExample(), InspectionJson.MaxDocumentBytes + 1);
        byte[] withByteOrderMark = [0xEF, 0xBB, 0xBF, .. atLimit];

        var read = await PostChunkedAsync(atLimit, 1);
        var readWithMark = await PostChunkedAsync(withByteOrderMark, 1);
        var refused = await PostChunkedAsync(overLimit, 1);

        Assert.Equal(200, read.Status);
        Assert.Equal(200, readWithMark.Status);
        Assert.Equal(413, refused.Status);
        AssertProblem(refused, 413);
        AssertNoErrorLogged();
    }

    [Theory]
    [InlineData("zz\r\n{}\r\n0\r\n\r\n")]                       // a chunk size that is not hexadecimal
    [InlineData("2\r\n{}XX0\r\n\r\n")]                          // chunk data not followed by CRLF
    [InlineData("fffffffffffffffffffff\r\n{}\r\n0\r\n\r\n")]    // a chunk size past any integer
    [InlineData("-2\r\n{}\r\n0\r\n\r\n")]                       // a negative chunk size
    public async Task Bad_chunk_framing_is_a_400_problem_and_no_error_is_logged(string framing)
    {
        var head = RawHttp.Head(api.Endpoint, Route, "application/json", chunked: true);

        var response = await RawHttp.SendAsync(api.Endpoint, [head, Encoding.Latin1.GetBytes(framing)]);

        AssertProblem(response, 400);
        Assert.Contains("could not be read as HTTP/1.1", response.Body, StringComparison.Ordinal);
        Assert.Contains("check its chunk framing or Content-Length", response.Body, StringComparison.Ordinal);
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task A_body_slower_than_the_minimum_data_rate_is_a_408_problem_and_no_error_is_logged()
    {
        // Content-Length 100, one byte every 300 ms: far below 240 bytes a second once the (shortened) grace period ends.
        var head = RawHttp.Head(api.Endpoint, Route, "application/json", chunked: false, contentLength: 100);
        var parts = new List<byte[]> { head };
        parts.AddRange(Enumerable.Repeat(" "u8.ToArray(), 30));

        var response = await RawHttp.SendAsync(api.Endpoint, parts, pause: TimeSpan.FromMilliseconds(300));

        AssertProblem(response, 408);
        Assert.Contains("more slowly than the server's minimum data rate", response.Body, StringComparison.Ordinal);
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task A_body_that_stops_short_of_its_Content_Length_is_a_408_problem_and_no_error_is_logged()
    {
        var head = RawHttp.Head(api.Endpoint, Route, "application/json", chunked: false, contentLength: 1000);

        var response = await RawHttp.SendAsync(api.Endpoint, [head, "{\"schema\":"u8.ToArray()]);

        AssertProblem(response, 408);
        AssertNoErrorLogged();
    }

    private void AssertNoErrorLogged()
    {
        var errors = api.Errors;
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private Task<RawHttp.Response> PostChunkedAsync(byte[] body, int chunkSize) =>
        RawHttp.SendAsync(api.Endpoint, [RawHttp.Head(api.Endpoint, Route, "application/json", chunked: true), RawHttp.Chunked(body, chunkSize)]);

    private static void AssertProblem(RawHttp.Response response, int status)
    {
        Assert.True(status == response.Status, $"Expected {status}, got {response.Status}: {response.Head}\n{response.Body}");
        Assert.Contains("Content-Type: application/problem+json", response.Head, StringComparison.OrdinalIgnoreCase);
        using var problem = JsonDocument.Parse(response.Body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    private static byte[] ValidExample() => File.ReadAllBytes(Path.Combine(RepositoryPaths.Examples, "sif-2013-calderdale-2015.json"));

    /// <summary>A valid document followed by spaces (JSON's white space) to make it exactly <paramref name="length"/> bytes.</summary>
    private static byte[] Padded(byte[] document, int length)
    {
        byte[] padded = new byte[length];
        padded.AsSpan().Fill((byte)' ');
        document.CopyTo(padded, 0);
        return padded;
    }
}
