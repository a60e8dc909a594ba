using System.Text;
using Inspections.Core.Serialization;

namespace Inspections.Core.Tests.Hostile;

/// <summary>Reading from a stream reads no more than a document may be, so an endless stream cannot exhaust memory.</summary>
public sealed class StreamReadingTests
{
    /// <summary>A stream that never ends, counting what is read from it.</summary>
    private sealed class EndlessStream(byte fill) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(fill);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Theory]
    [InlineData((byte)0)]
    [InlineData((byte)'[')]
    [InlineData((byte)' ')]
    public void An_endless_stream_is_a_document_too_large_after_one_byte_past_the_limit(byte fill)
    {
        var stream = new EndlessStream(fill);

        var result = InspectionJson.Read(stream);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("INS001", "$", 1), (diagnostic.Code, diagnostic.Path, diagnostic.Line!.Value));
        Assert.StartsWith("The document is larger than 1 MiB (1,048,576 bytes)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(InspectionJson.MaxDocumentBytes + 4, stream.Served);
    }

    [Fact]
    public void A_seekable_stream_too_large_is_reported_with_its_size()
    {
        var result = InspectionJson.Read(new MemoryStream(new byte[InspectionJson.MaxDocumentBytes + 10]));

        Assert.StartsWith("The document is 1,048,586 bytes;", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_gives_what_its_bytes_give()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        foreach (string file in Directory.EnumerateFiles(CorpusTests.Folder, "*.json").Where(f => !f.EndsWith("expected.json", StringComparison.Ordinal)))
        {
            byte[] bytes = File.ReadAllBytes(file);

            Assert.Equal(InspectionJson.Read(bytes).Diagnostics.AsEnumerable(), InspectionJson.Read(new MemoryStream(bytes)).Diagnostics.AsEnumerable());
            if (!bytes.AsSpan().StartsWith(bom))
            {
                Assert.Equal(InspectionJson.Read(bytes).Inspection, InspectionJson.Read(new MemoryStream([.. bom, .. bytes])).Inspection);
            }
        }
    }

    [Fact]
    public void A_document_of_exactly_the_limit_after_a_byte_order_mark_is_read_not_refused_for_size()
    {
        string padded = "{" + new string(' ', InspectionJson.MaxDocumentBytes - 2) + "}";
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(padded)];

        var result = InspectionJson.Read(new MemoryStream(bytes));

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("1 MiB", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "INS002");
    }
}
