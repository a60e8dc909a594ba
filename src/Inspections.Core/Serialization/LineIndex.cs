using System;
using System.Collections.Generic;

namespace Inspections.Core.Serialization;

/// <summary>
/// Turns a byte offset in a document into a 1-based line and a 0-based byte position within that line, counting
/// lines by <c>\n</c> as <see cref="System.Text.Json.Utf8JsonReader"/> does. Built once per document, and only when a
/// diagnostic needs a position; each lookup is a binary search.
/// </summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly int _firstLine;
    private readonly int _firstLineByteOffset;

    /// <summary>Indexes the lines of a document.</summary>
    /// <param name="utf8">The document's bytes.</param>
    /// <param name="firstLine">The line number of the document's first line in its file (1 for a file of one document).</param>
    /// <param name="firstLineByteOffset">Bytes before the document on its first line (3 after a byte order mark).</param>
    public LineIndex(ReadOnlySpan<byte> utf8, int firstLine, int firstLineByteOffset)
    {
        var starts = new List<int> { 0 };
        int offset = 0;
        while (true)
        {
            int next = utf8[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            offset += next + 1;
            starts.Add(offset);
        }

        _lineStarts = starts.ToArray();
        _firstLine = firstLine;
        _firstLineByteOffset = firstLineByteOffset;
    }

    /// <summary>The line and byte position of an offset.</summary>
    /// <param name="offset">The byte offset from the start of the document.</param>
    /// <returns>The 1-based line in the file and the 0-based byte position in that line.</returns>
    public (int Line, long BytePositionInLine) Locate(long offset)
    {
        int index = Array.BinarySearch(_lineStarts, (int)Math.Min(offset, int.MaxValue));
        if (index < 0)
        {
            index = ~index - 1;
        }

        long position = offset - _lineStarts[index];
        return (_firstLine + index, index == 0 ? position + _firstLineByteOffset : position);
    }

    /// <summary>The line and byte position in the file of a position that the JSON reader gives (0-based line).</summary>
    /// <param name="readerLine">The reader's 0-based line within the document.</param>
    /// <param name="readerBytePosition">The reader's 0-based byte position within that line.</param>
    /// <param name="firstLine">The line number of the document's first line in its file.</param>
    /// <param name="firstLineByteOffset">Bytes before the document on its first line.</param>
    /// <returns>The 1-based line in the file and the 0-based byte position in that line.</returns>
    public static (int Line, long BytePositionInLine) FromReader(long readerLine, long readerBytePosition, int firstLine, int firstLineByteOffset) =>
        ((int)Math.Min(firstLine + readerLine, int.MaxValue), readerLine == 0 ? readerBytePosition + firstLineByteOffset : readerBytePosition);
}
