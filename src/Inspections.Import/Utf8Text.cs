using System;
using System.IO;
using System.Text;
using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>
/// The one strict UTF-8 opener of every importer (the ILACS history CSV and its lookup, Ofsted's tables, the report
/// reader's manifest): a UTF-8 byte order mark is skipped, a UTF-16 or UTF-32 one is refused (the file is then not
/// UTF-8, whatever else it holds), and bytes that are not UTF-8 make reading fail rather than become U+FFFD. It
/// never throws for what the bytes hold: a file it refuses is an IMP090 diagnostic, which the importer reports and
/// goes on with the next file.
/// </summary>
internal static class Utf8Text
{
    /// <summary>UTF-8 that refuses bytes it cannot read, rather than replacing them with U+FFFD.</summary>
    public static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// A reader of the stream's text (the reader owns the stream), or null and the refusal (IMP090) when the stream
    /// starts with a UTF-16 or UTF-32 byte order mark. Bytes that are not UTF-8 further on throw
    /// <see cref="DecoderFallbackException"/> while reading: give it to <see cref="NotUtf8(DecoderFallbackException, string?)"/>.
    /// </summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="file">The file's name, for the refusal's <see cref="Diagnostic.File"/>; null to leave it out.</param>
    /// <param name="refusal">The refusal, when the reader is null.</param>
    /// <returns>The reader, or null.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static StreamReader? Open(Stream stream, string? file, out Diagnostic? refusal)
    {
        var start = new byte[4];
        int count = 0;
        while (count < start.Length)
        {
            int read = stream.Read(start, count, start.Length - count);
            if (read == 0)
            {
                break;
            }

            count += read;
        }

        // UTF-32 LE (FF FE 00 00) must be told before UTF-16 LE (FF FE), which it starts with.
        string? other = count >= 4 && start[0] == 0xFF && start[1] == 0xFE && start[2] == 0 && start[3] == 0 ? "UTF-32 (little-endian)"
            : count >= 4 && start[0] == 0 && start[1] == 0 && start[2] == 0xFE && start[3] == 0xFF ? "UTF-32 (big-endian)"
            : count >= 2 && start[0] == 0xFF && start[1] == 0xFE ? "UTF-16 (little-endian)"
            : count >= 2 && start[0] == 0xFE && start[1] == 0xFF ? "UTF-16 (big-endian)"
            : null;
        if (other is not null)
        {
            stream.Dispose();
            refusal = Refuse(ImportCodes.NotUtf8ByteOrderMark, file, other);
            return null;
        }

        refusal = null;
        int skip = count >= 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF ? 3 : 0;
        return new StreamReader(new PrefixedStream(start.AsMemory(skip, count - skip), stream), Strict, detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>The refusal (IMP090) of text whose bytes cannot be decoded.</summary>
    /// <param name="e">What the decoder threw.</param>
    /// <param name="file">The file's name, or null.</param>
    /// <returns>The diagnostic, at line 1 of the file.</returns>
    public static Diagnostic NotUtf8(DecoderFallbackException e, string? file) =>
        Refuse(ImportCodes.NotUtf8, file, Convert.ToHexString(e.BytesUnknown ?? []));

    /// <summary>A diagnostic about a file as a whole (a refusal: nothing in it is read), at its line 1.</summary>
    /// <param name="descriptor">The code and message format.</param>
    /// <param name="file">The file's name, or null.</param>
    /// <param name="arguments">The message's arguments.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Refuse(DiagnosticDescriptor descriptor, string? file, params object?[] arguments) =>
        ImportIssue.Create(descriptor, 1, null, file, null, arguments);

    /// <summary>A read-only stream that gives some bytes already read, then the rest of another stream.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_prefix.IsEmpty)
            {
                return rest.Read(buffer, offset, count);
            }

            int n = Math.Min(count, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer.AsSpan(offset, n));
            _prefix = _prefix[n..];
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
