// A bounded load test of the web sample on loopback: N requests (default 20,000) over C connections (default 32),
// mixed: valid and invalid documents, oversized bodies with and without a Content-Length, chunked bodies in small
// chunks, .jsonl bodies, a wrong content type. Every answer is checked against what the library itself says of the
// same bytes (status, validity, error count); any other status, any 5xx, or any mismatch is a wrong answer.
//
//   dotnet run --project samples/Inspections.WebApi -c Release --urls http://127.0.0.1:5099 &
//   dotnet run --project tests/Inspections.WebApi.LoadTest -c Release -- http://127.0.0.1:5099 20000 32 300
//
// Arguments: the server's URL (loopback only: 127.0.0.1 or [::1]), requests, connections, a time limit in seconds.
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Inspections.Core.Serialization;

var url = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5099");
int total = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
int connections = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 32;
var limit = TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 300);
if (!IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) || !IPAddress.IsLoopback(address))
{
    Console.Error.WriteLine($"loadtest: {url} is not a loopback address (127.0.0.1 or [::1]); refusing.");
    return 2;
}

string root = FindRoot();
var cases = Cases(root);
Console.WriteLine($"{cases.Count} kinds of request; {total:N0} requests over {connections} connections to {url}, at most {limit.TotalSeconds:N0} s");

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
int next = -1, wrong = 0, serverErrors = 0;
var byStatus = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
var byCase = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
var wrongs = new System.Collections.Concurrent.ConcurrentQueue<string>();
using var stop = new CancellationTokenSource(limit);
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
{
    var random = new Random(worker);
    while (!stop.IsCancellationRequested)
    {
        int i = Interlocked.Increment(ref next);
        if (i >= total)
        {
            return;
        }

        var c = cases[random.Next(cases.Count)];
        var started = Stopwatch.GetTimestamp();
        string? problem;
        int status;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/inspections/validate") { Content = c.Content() };
            using var response = await client.SendAsync(request, stop.Token);
            status = (int)response.StatusCode;
            string text = await response.Content.ReadAsStringAsync(stop.Token);
            problem = c.Check(status, text);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            status = -1;
            problem = $"{e.GetType().Name}: {e.Message}";
        }

        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
        byCase.AddOrUpdate(c.Name, 1, (_, n) => n + 1);
        if (status >= 500)
        {
            Interlocked.Increment(ref serverErrors);
        }

        if (problem is not null)
        {
            Interlocked.Increment(ref wrong);
            if (wrongs.Count < 20)
            {
                wrongs.Enqueue($"{c.Name}: {problem}");
            }
        }
    }
}));
clock.Stop();

var sorted = latencies.Order().ToArray();
int done = sorted.Length;
Console.WriteLine($"{done:N0} requests in {clock.Elapsed.TotalSeconds:N1} s ({done / clock.Elapsed.TotalSeconds:N0}/s); wrong answers: {wrong}; 5xx: {serverErrors}");
Console.WriteLine($"latency ms: median {Percentile(0.5):N1}, p95 {Percentile(0.95):N1}, p99 {Percentile(0.99):N1}, max {(done > 0 ? sorted[^1] : 0):N1}");
Console.WriteLine("status: " + string.Join(", ", byStatus.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value:N0}")));
Console.WriteLine("kinds: " + string.Join(", ", byCase.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}")));
foreach (var w in wrongs)
{
    Console.WriteLine($"WRONG {w}");
}

return wrong == 0 && serverErrors == 0 && done == total ? 0 : 1;

double Percentile(double p) => done == 0 ? 0 : sorted[Math.Min(done - 1, (int)(p * done))];

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Inspections.Core.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}

static List<Case> Cases(string root)
{
    var cases = new List<Case>();
    foreach (string file in Directory.GetFiles(Path.Combine(root, "docs/examples/valid"), "*.json").Concat(Directory.GetFiles(Path.Combine(root, "docs/examples/invalid"), "*.json")).Order(StringComparer.Ordinal))
    {
        byte[] bytes = File.ReadAllBytes(file);
        var read = InspectionJson.Read(bytes);
        string name = (read.IsValid ? "valid " : "invalid ") + Path.GetFileNameWithoutExtension(file);
        cases.Add(Case.Document(name, bytes, read, chunkSize: null));
        cases.Add(Case.Document(name + " (chunked, 1-100 byte chunks)", bytes, read, chunkSize: 100));
    }

    byte[] jsonl = File.ReadAllBytes(Path.Combine(root, "docs/examples/valid/inspections.jsonl"));
    cases.Add(Case.JsonLines("jsonl valid", jsonl, chunkSize: null));
    cases.Add(Case.JsonLines("jsonl valid (chunked)", jsonl, chunkSize: 500));
    byte[] mixed = [.. jsonl, .. "{\"schema\": \n\n[]\n"u8];
    cases.Add(Case.JsonLines("jsonl with bad lines", mixed, chunkSize: null));
    byte[] big = new byte[InspectionJson.MaxDocumentBytes + 10];
    big.AsSpan().Fill((byte)' ');
    cases.Add(Case.Status("oversized (Content-Length)", () => Bodies.Bytes(big, "application/json", null), 413));
    cases.Add(Case.Status("oversized (chunked)", () => Bodies.Bytes(big, "application/json", 64 * 1024), 413));
    byte[] atLimit = new byte[InspectionJson.MaxDocumentBytes];
    atLimit.AsSpan().Fill((byte)' ');
    byte[] valid = File.ReadAllBytes(Path.Combine(root, "docs/examples/valid/sif-2013-calderdale-2015.json"));
    valid.CopyTo(atLimit, 0);
    cases.Add(Case.Document("valid padded to 1 MiB (chunked)", atLimit, InspectionJson.Read(atLimit), chunkSize: 4096));
    cases.Add(Case.Status("wrong content type", () => Bodies.Bytes(valid, "text/plain", null), 415));
    return cases;
}

/// <summary>One kind of request and how to check its answer.</summary>
internal sealed record Case(string Name, Func<HttpContent> Content, Func<int, string, string?> Check)
{
    public static Case Status(string name, Func<HttpContent> content, int status) =>
        new(name, content, (actual, _) => actual == status ? null : $"status {actual}, expected {status}");

    public static Case Document(string name, byte[] bytes, InspectionReadResult read, int? chunkSize) => new(
        name,
        () => Bodies.Bytes(bytes, "application/json", chunkSize),
        (status, text) =>
        {
            int expected = read.IsValid ? 200 : 422;
            if (status != expected)
            {
                return $"status {status}, expected {expected}: {text[..Math.Min(200, text.Length)]}";
            }

            using var json = JsonDocument.Parse(text);
            return read.IsValid
                ? json.RootElement.GetProperty("framework").GetString() == read.Inspection!.FrameworkId ? null : "another framework"
                : json.RootElement.GetProperty("errorCount").GetInt32() == read.Diagnostics.ErrorCount ? null : "another error count";
        });

    public static Case JsonLines(string name, byte[] bytes, int? chunkSize)
    {
        var lines = InspectionJson.ReadLines(new MemoryStream(bytes)).ToList();
        bool valid = lines.TrueForAll(l => l.IsValid);
        int errors = lines.Sum(l => l.Diagnostics.ErrorCount);
        return new(
            name,
            () => Bodies.Bytes(bytes, "application/x-ndjson", chunkSize),
            (status, text) =>
            {
                int expected = valid ? 200 : 422;
                if (status != expected)
                {
                    return $"status {status}, expected {expected}";
                }

                using var json = JsonDocument.Parse(text);
                return valid
                    ? json.RootElement.GetProperty("documents").GetInt32() == lines.Count ? null : "another count of documents"
                    : json.RootElement.GetProperty("errorCount").GetInt32() == errors ? null : "another error count";
            });
    }
}

/// <summary>A stream giving its bytes in pieces of 1 to <c>most</c> bytes, so that HttpClient sends each as a chunk.</summary>
internal sealed class Pieces(byte[] bytes, int most) : Stream
{
    private readonly Random _random = new(bytes.Length);
    private int _at;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _at; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = Math.Min(Math.Min(count, _random.Next(1, most + 1)), bytes.Length - _at);
        Array.Copy(bytes, _at, buffer, offset, n);
        _at += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Request bodies.</summary>
internal static class Bodies
{
    public static HttpContent Bytes(byte[] bytes, string contentType, int? chunkSize)
    {
        HttpContent content = chunkSize is { } size ? new StreamContent(new Pieces(bytes, size), size) : new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        content.Headers.ContentLength = chunkSize is null ? bytes.Length : null;
        return content;
    }
}
