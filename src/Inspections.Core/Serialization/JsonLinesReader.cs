using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Inspections.Core.Catalog;
using Inspections.Core.Validation;

namespace Inspections.Core.Serialization;

/// <summary>
/// Reads a <c>.jsonl</c> stream line by line without holding more than one line (at most
/// <see cref="InspectionJson.MaxDocumentBytes"/> and a few bytes) in memory: a longer line is counted, not kept,
/// and reported as too large.
/// </summary>
internal static class JsonLinesReader
{
    private const int ChunkSize = 64 * 1024;

    // A line may also carry a byte order mark (the first line) and a '\r' (CRLF files).
    private const int MaxLineBytes = InspectionJson.MaxDocumentBytes + 4;

    /// <summary>Reads the lines of a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="catalog">The catalog to validate against.</param>
    /// <param name="firstLineNumber">The number of the first line: 1, except in tests of very long files.</param>
    /// <returns>The results, lazily.</returns>
    public static IEnumerable<InspectionReadResult> Read(Stream stream, FrameworkCatalog catalog, long firstLineNumber = 1)
    {
        var lines = new Splitter(catalog, firstLineNumber);
        while (lines.Fill(stream.Read(lines.Chunk, 0, lines.Chunk.Length)))
        {
            while (lines.TryTakeLine(out var result))
            {
                if (result is not null)
                {
                    yield return result;
                }
            }
        }

        if (lines.TakeLast() is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Reads the lines of a stream asynchronously: the same lines, limits and results as <see cref="Read"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="catalog">The catalog to validate against.</param>
    /// <param name="firstLineNumber">The number of the first line: 1, except in tests of very long files.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The results, lazily.</returns>
    public static async IAsyncEnumerable<InspectionReadResult> ReadAsync(
        Stream stream, FrameworkCatalog catalog, long firstLineNumber = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lines = new Splitter(catalog, firstLineNumber);
#if NETSTANDARD2_0
        while (lines.Fill(await stream.ReadAsync(lines.Chunk, 0, lines.Chunk.Length, cancellationToken).ConfigureAwait(false)))
#else
        while (lines.Fill(await stream.ReadAsync(lines.Chunk.AsMemory(), cancellationToken).ConfigureAwait(false)))
#endif
        {
            while (lines.TryTakeLine(out var result))
            {
                if (result is not null)
                {
                    yield return result;
                }
            }
        }

        if (lines.TakeLast() is { } last)
        {
            yield return last;
        }
    }

    /// <summary>
    /// Splits chunks of a stream into lines and reads each: the one place the per-line rules are, for the
    /// synchronous and the asynchronous reader alike. A line longer than the limit is counted, not kept.
    /// </summary>
    private sealed class Splitter(FrameworkCatalog catalog, long firstLineNumber)
    {
        private byte[] _line = new byte[4096];
        private int _lineLength;
        private long _fullLength;
        private long _lineNumber = firstLineNumber;
        private int _read;
        private int _start;

        /// <summary>The buffer the next chunk is read into.</summary>
        public byte[] Chunk { get; } = new byte[ChunkSize];

        /// <summary>Takes the chunk just read into <see cref="Chunk"/>.</summary>
        /// <param name="read">How many bytes were read: 0 at the end of the stream.</param>
        /// <returns>Whether there is a chunk to split.</returns>
        public bool Fill(int read)
        {
            _read = read;
            _start = 0;
            return read > 0;
        }

        /// <summary>Takes the next line ended within the chunk, if any.</summary>
        /// <param name="result">The line's result, or null for a blank line.</param>
        /// <returns>Whether a line ended; false when the chunk is used up.</returns>
        public bool TryTakeLine(out InspectionReadResult? result)
        {
            result = null;
            if (_start >= _read)
            {
                return false;
            }

            int newline = Array.IndexOf(Chunk, (byte)'\n', _start, _read - _start);
            int end = newline < 0 ? _read : newline;
            int count = end - _start;
            _fullLength += count;
            if (_fullLength <= MaxLineBytes)
            {
                if (_lineLength + count > _line.Length)
                {
                    Array.Resize(ref _line, Math.Min(MaxLineBytes, Math.Max(_line.Length * 2, _lineLength + count)));
                }

                Array.Copy(Chunk, _start, _line, _lineLength, count);
                _lineLength += count;
            }

            if (newline < 0)
            {
                _start = _read;
                return false;
            }

            result = ReadLine(_line, _lineLength, _fullLength, _lineNumber, catalog);
            _lineNumber++;
            _lineLength = 0;
            _fullLength = 0;
            _start = newline + 1;
            return true;
        }

        /// <summary>The result of a last line without a newline, or null.</summary>
        /// <returns>The result.</returns>
        public InspectionReadResult? TakeLast() =>
            _fullLength > 0 ? ReadLine(_line, _lineLength, _fullLength, _lineNumber, catalog) : null;
    }

    private static InspectionReadResult? ReadLine(byte[] line, int length, long fullLength, long longLineNumber, FrameworkCatalog catalog)
    {
        // Lines past int.MaxValue (2,147,483,647) are numbered int.MaxValue: a diagnostic's line is an int.
        int lineNumber = longLineNumber > int.MaxValue ? int.MaxValue : (int)longLineNumber;
        if (fullLength > MaxLineBytes)
        {
            var diagnostic = Preflight.TooLarge(fullLength, lineNumber, 0);
            return new InspectionReadResult(null, [diagnostic], lineNumber);
        }

        ReadOnlySpan<byte> text = line.AsSpan(0, length);
        int bom = lineNumber == 1 && InspectionJson.HasByteOrderMark(text) ? 3 : 0;
        text = text[bom..];
        if (text.Length > 0 && text[^1] == (byte)'\r')
        {
            text = text[..^1];
        }

        if (ByteSpans.ContainsOnly(text, " \t\r"u8))
        {
            return null;
        }

        return InspectionDocumentReader.Read(text, lineNumber, bom, catalog, lineNumber);
    }
}
