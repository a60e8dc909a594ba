using System.Text;
using Inspections.Core.Catalog;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Serialization;

/// <summary>The stream and async entry points give exactly what the span entry points give.</summary>
public sealed class StreamAndAsyncTests
{
    private static readonly string[] s_examples =
        [.. Directory.GetFiles(RepositoryPaths.Examples, "*.json"), .. Directory.GetFiles(RepositoryPaths.InvalidExamples, "*.json")];

    public static TheoryData<string> Examples() => [.. s_examples.Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    private static string Find(string name) => s_examples.Single(p => Path.GetFileName(p) == name);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ReadAsync_gives_what_Read_gives_for_every_example(string name)
    {
        byte[] bytes = File.ReadAllBytes(Find(name));
        var expected = InspectionJson.Read(bytes);

        await using var stream = new MemoryStream(bytes);
        var actual = await InspectionJson.ReadAsync(stream, CancellationToken.None);

        Assert.Equal(expected.IsValid, actual.IsValid);
        Assert.Equal(expected.Inspection, actual.Inspection);
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
    }

    [Fact]
    public async Task ReadAsync_in_small_chunks_gives_what_Read_gives()
    {
        byte[] bytes = File.ReadAllBytes(Find("sif-2013-calderdale-2015.json"));

        var actual = await InspectionJson.ReadAsync(new TrickleStream(bytes, 7), FrameworkCatalog.Default, CancellationToken.None);

        Assert.True(actual.IsValid);
        Assert.Equal(InspectionJson.Read(bytes).Inspection, actual.Inspection);
    }

    [Fact]
    public async Task ReadAsync_of_a_2_MiB_stream_is_refused_as_INS001_after_reading_one_byte_past_the_limit()
    {
        var stream = new TrickleStream(new byte[2 * 1024 * 1024], 64 * 1024);

        var result = await InspectionJson.ReadAsync(stream, CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Null(result.Inspection);
        Assert.Equal(DiagnosticCodes.MalformedDocument, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(InspectionJson.MaxDocumentBytes + 3 + 1, stream.Position);
    }

    [Fact]
    public async Task ReadAsync_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await InspectionJson.ReadAsync(new MemoryStream([1, 2, 3]), cancelled.Token));
    }

    [Fact]
    public async Task ReadAsync_refuses_a_null_or_unreadable_stream_when_called_not_when_awaited()
    {
        Assert.Throws<ArgumentNullException>(() => { _ = InspectionJson.ReadAsync(null!, CancellationToken.None).AsTask(); });
        var closed = new MemoryStream();
        closed.Dispose();
        var e = Assert.Throws<ArgumentException>(() => { _ = InspectionJson.ReadAsync(closed, CancellationToken.None).AsTask(); });
        Assert.Equal("utf8Json", e.ParamName);
        await Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task WriteAsync_and_Write_to_a_stream_give_the_bytes_WriteToUtf8Bytes_gives(string name)
    {
        var read = InspectionJson.Read(File.ReadAllBytes(Find(name)));
        if (read.Inspection is not { } inspection)
        {
            return;
        }

        byte[] expected = InspectionJson.WriteToUtf8Bytes(inspection);
        await using var asynchronously = new MemoryStream();
        await InspectionJson.WriteAsync(asynchronously, inspection, CancellationToken.None);
        using var synchronously = new MemoryStream();
        InspectionJson.Write(synchronously, inspection);
        using var compact = new MemoryStream();
        await InspectionJson.WriteAsync(compact, inspection, null, indented: false, CancellationToken.None);

        Assert.Equal(expected, asynchronously.ToArray());
        Assert.Equal(expected, synchronously.ToArray());
        Assert.Equal(InspectionJson.WriteToUtf8Bytes(inspection, indented: false), compact.ToArray());
    }

    [Fact]
    public async Task Writing_to_a_stream_that_cannot_be_written_is_refused_and_writes_nothing()
    {
        var inspection = InspectionJson.Parse(File.ReadAllBytes(Find("sif-2013-calderdale-2015.json")));
        using var readOnly = new MemoryStream(new byte[10], writable: false);

        Assert.Equal("utf8Json", Assert.Throws<ArgumentException>(() => InspectionJson.Write(readOnly, inspection)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentException>(() => { _ = InspectionJson.WriteAsync(readOnly, inspection, CancellationToken.None); }).ParamName);
        Assert.Throws<ArgumentNullException>(() => { _ = InspectionJson.WriteAsync(new MemoryStream(), null!, CancellationToken.None); });
        await Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TryParse_never_throws_and_agrees_with_Parse(string name)
    {
        byte[] bytes = File.ReadAllBytes(Find(name));

        bool read = InspectionJson.TryParse(bytes, out var inspection, out var problems);
        bool readText = InspectionJson.TryParse(Encoding.UTF8.GetString(bytes), out var fromText, out var textProblems);

        Assert.Equal(read, readText);
        Assert.Equal(inspection, fromText);
        Assert.Equal(problems, textProblems);
        if (read)
        {
            Assert.Equal(InspectionJson.Parse(bytes), inspection);
            Assert.True(problems.IsEmpty);
        }
        else
        {
            Assert.Null(inspection);
            var e = Assert.Throws<InspectionFormatException>(() => InspectionJson.Parse(bytes));
            Assert.Equal(problems, e.Problems);
            Assert.All(problems, p => Assert.Contains(p.Message, e.Message, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TryParse_does_not_validate()
    {
        string json = File.ReadAllText(Find("sif-2013-calderdale-2015.json")).Replace("\"sif-2013\"", "\"sif-2099\"", StringComparison.Ordinal);

        Assert.True(InspectionJson.TryParse(json, out var inspection, out var problems));
        Assert.Equal("sif-2099", inspection.FrameworkId);
        Assert.True(problems.IsEmpty);
        Assert.True(InspectionJson.Read(json).Diagnostics.Contains(DiagnosticCodes.UnknownFramework));
    }

    [Fact]
    public void TryParse_of_text_with_an_unpaired_surrogate_is_an_INS001_problem()
    {
        Assert.False(InspectionJson.TryParse("{\"schema\": \"\ud800\"}", out var inspection, out var problems));
        Assert.Null(inspection);
        Assert.Equal(DiagnosticCodes.MalformedDocument, Assert.Single(problems).Code);
    }

    /// <summary>A read-only stream that gives at most a few bytes per read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, chunk), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
