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

    public static IEnumerable<InspectionReadResult> Read(Stream stream, FrameworkCatalog catalog)
    {
        var chunk = new byte[ChunkSize];
        var line = new byte[4096];
        int lineLength = 0;
        long fullLength = 0;
        int lineNumber = 1;
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

    private static InspectionReadResult? ReadLine(byte[] line, int length, long fullLength, int lineNumber, FrameworkCatalog catalog)
    {
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
