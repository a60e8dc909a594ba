using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Inspections.WebApi;

/// <summary>
/// A read-only, forward-only view of a request body that counts the bytes read through it, so that a body sent
/// without a Content-Length can be found larger than a document may be. It notices a UTF-8 byte order mark at the
/// start, which the reader skips and which does not count towards the document's size.
/// </summary>
internal sealed class MeteredStream : Stream
{
    private static readonly byte[] s_byteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly Stream _inner;
    private readonly byte[] _head = new byte[3];
    private long _read;

    private readonly long _limit;

    /// <summary>Wraps a stream; it is not closed with this one.</summary>
    /// <param name="inner">The stream read.</param>
    /// <param name="limit">
    /// The most bytes given to the reader: past them the stream says it has ended and <see cref="Exceeded"/> is true,
    /// so a reader that reads to the end (a <c>.jsonl</c> body) cannot be made to read forever.
    /// </param>
    public MeteredStream(Stream inner, long limit = long.MaxValue)
    {
        _inner = inner;
        _limit = limit;
    }

    /// <summary>Whether the body went on past the limit (and was cut there).</summary>
    public bool Exceeded { get; private set; }

    /// <summary>How many bytes were read through this stream, less a leading byte order mark.</summary>
    public long DocumentBytes => _read >= 3 && _head.AsSpan().SequenceEqual(s_byteOrderMark) ? _read - 3 : _read;

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer) => Exceeded ? 0 : Count(buffer, _inner.Read(buffer));

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Exceeded)
        {
            return 0;
        }

        int read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Count(buffer.Span, read);
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(ReadOnlySpan<byte> buffer, int read)
    {
        for (int i = 0; i < read && _read + i < _head.Length; i++)
        {
            _head[(int)_read + i] = buffer[i];
        }

        _read += read;
        if (_read > _limit)
        {
            Exceeded = true;
            return 0;
        }

        return read;
    }
}
