using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inspections.Core.Serialization;

namespace Inspections.Core.Tests.Serialization;

/// <summary>
/// ReadLinesAsync has ReadLines' per-line guarantees and limits: the two agree on any input, however the stream
/// splits it (JsonLinesTests runs each of its tests through both as well).
/// </summary>
public sealed class JsonLinesAsyncTests
{
    private static readonly string s_good = InspectionJson.Write(InspectionJson.Parse(ReadingRuleTests.Calderdale), indented: false);

    [Property(MaxTest = 300)]
    public Property ReadLines_and_ReadLinesAsync_agree_on_any_bytes_however_the_stream_splits_them() =>
        Prop.ForAll(Jsonl().ToArbitrary(), Gen.Choose(1, 70_000).ToArbitrary(), (bytes, piece) =>
        {
            var expected = InspectionJson.ReadLines(new MemoryStream(bytes)).ToList();
            var actual = ReadAsync(new Trickle(bytes, piece));
            AssertSame(expected, actual);
            return true;
        });

    [Fact]
    public void A_line_over_1_MiB_is_INS001_asynchronously_too_and_the_next_line_is_read()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(new string(' ', 10) + new string('x', InspectionJson.MaxDocumentBytes + 10) + "\n" + s_good + "\n");

        var results = ReadAsync(new Trickle(bytes, 50_000));

        Assert.Equal([1, 2], results.Select(r => r.LineNumber!.Value));
        Assert.Contains("at most 1 MiB", Assert.Single(results[0].Diagnostics).Message, StringComparison.Ordinal);
        Assert.True(results[1].IsValid);
    }

    [Fact]
    public async Task Cancelling_stops_the_reading()
    {
        using var cancel = new CancellationTokenSource();
        byte[] bytes = Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Repeat(s_good, 5)));
        int read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in InspectionJson.ReadLinesAsync(new Trickle(bytes, 100), cancellationToken: cancel.Token))
            {
                read++;
                cancel.Cancel();
            }
        });
        Assert.Equal(1, read);
    }

    [Fact]
    public void A_stream_that_cannot_be_read_is_refused_at_once()
    {
        var closed = new MemoryStream();
        closed.Dispose();

        Assert.Throws<ArgumentException>(() => InspectionJson.ReadLinesAsync(closed));
    }

    internal static List<InspectionReadResult> ReadAsync(Stream stream)
    {
        var results = new List<InspectionReadResult>();
        var enumerator = InspectionJson.ReadLinesAsync(stream).GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                results.Add(enumerator.Current);
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return results;
    }

    internal static void AssertSame(List<InspectionReadResult> expected, List<InspectionReadResult> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].LineNumber, actual[i].LineNumber);
            Assert.Equal(expected[i].Diagnostics, actual[i].Diagnostics);
            Assert.Equal(expected[i].Inspection, actual[i].Inspection);
            Assert.Equal(expected[i].ToString(), actual[i].ToString());
        }
    }

    /// <summary>.jsonl made of good lines, bad lines, blank lines, CRLF, a byte order mark, bytes that are not UTF-8 and no final newline.</summary>
    private static Gen<byte[]> Jsonl()
    {
        var line = Gen.Elements(
            s_good,
            s_good.Replace("\"inadequate\"", "\"satisfactory\"", StringComparison.Ordinal),
            "{\"schema\": ",
            "   ",
            string.Empty,
            "[]",
            "docs/x.json",
            "{\"schema\":\"inspections/v1\",\"inspector\":1}",
            s_good + "\r",
            "\uFEFF" + s_good);
        var lines = line.ListOf().Select(l => string.Join('\n', l));
        return Gen.Frequency(
            (6, lines.Select(Encoding.UTF8.GetBytes)),
            (1, lines.Select(t => (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(t)])),
            (1, Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf()),
            (1, lines.Select(t => (byte[])[.. Encoding.UTF8.GetBytes(t), 0xFF, (byte)'\n', .. Encoding.UTF8.GetBytes(s_good)])));
    }

    /// <summary>A stream that gives at most <c>piece</c> bytes per read, synchronously or not.</summary>
    internal sealed class Trickle(byte[] bytes, int piece) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, piece));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, piece)]);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return await base.ReadAsync(buffer[..Math.Min(buffer.Length, piece)], cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
