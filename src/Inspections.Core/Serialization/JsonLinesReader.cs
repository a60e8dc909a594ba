using System;
using System.Collections.Generic;
using System.IO;
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
        var chunk = new byte[ChunkSize];
        var line = new byte[4096];
        int lineLength = 0;
        long fullLength = 0;
        long lineNumber = firstLineNumber;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            int start = 0;
            while (start < read)
            {
                int newline = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                int end = newline < 0 ? read : newline;
                int count = end - start;
                fullLength += count;
                if (fullLength <= MaxLineBytes)
                {
                    if (lineLength + count > line.Length)
                    {
                        Array.Resize(ref line, Math.Min(MaxLineBytes, Math.Max(line.Length * 2, lineLength + count)));
                    }

                    Array.Copy(chunk, start, line, lineLength, count);
                    lineLength += count;
                }

                if (newline < 0)
                {
                    break;
                }

                var result = ReadLine(line, lineLength, fullLength, lineNumber, catalog);
                if (result is not null)
                {
                    yield return result;
                }

                lineNumber++;
                lineLength = 0;
                fullLength = 0;
                start = newline + 1;
            }
        }

        if (fullLength > 0)
        {
            var last = ReadLine(line, lineLength, fullLength, lineNumber, catalog);
            if (last is not null)
            {
                yield return last;
            }
        }
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
