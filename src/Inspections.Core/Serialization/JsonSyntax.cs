using System;
using System.Collections.Generic;
using System.Globalization;

namespace Inspections.Core.Serialization;

/// <summary>
/// Says what is wrong with JSON that System.Text.Json refused, in the library's own words, from the bytes and the
/// position the reader gives (<see cref="System.Text.Json.JsonException.LineNumber"/> and
/// <see cref="System.Text.Json.JsonException.BytePositionInLine"/>): never from the exception's message, which is
/// English on one runtime and may be translated on another.
/// </summary>
/// <remarks>Runs only on a document that failed to read; linear in the bytes before the error. Thread-safe.</remarks>
internal static class JsonSyntax
{
    /// <summary>What is wrong at a position, such as <c>'/' is an invalid start of a property name</c>.</summary>
    /// <param name="utf8">The JSON as read (one document or one line).</param>
    /// <param name="line">The 0-based line of the error, as the reader counts it.</param>
    /// <param name="bytePositionInLine">The 0-based byte position of the error within that line.</param>
    /// <returns>The words, without a final full stop.</returns>
    public static string Describe(ReadOnlySpan<byte> utf8, long line, long bytePositionInLine)
    {
        long offset = OffsetOf(utf8, line, bytePositionInLine);

        // The containers open at the error and whether it is inside a string, scanning outside strings only.
        var open = new Stack<byte>();
        bool inString = false;
        int previous = -1; // the last byte outside strings that is not white space ('"' for a string just closed)
        for (long i = 0; i < offset && i < utf8.Length; i++)
        {
            byte b = utf8[(int)i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                    previous = b;
                }

                continue;
            }

            switch (b)
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    continue;
                case (byte)'"':
                    inString = true;
                    continue;
                case (byte)'{' or (byte)'[':
                    open.Push(b);
                    break;
                case (byte)'}' or (byte)']':
                    if (open.Count > 0)
                    {
                        open.Pop();
                    }

                    break;
            }

            previous = b;
        }

        if (offset >= utf8.Length)
        {
            return inString
                ? "the document reached end of data inside a string"
                : "the document reached end of data with an open JSON object or array";
        }

        string found = Quote(utf8[(int)offset]);
        if (inString)
        {
            return utf8[(int)offset] < 0x20
                ? $"{found} is invalid within a JSON string: a control character must be written as an escape (such as \\n or \\u0001)"
                : offset > 0 && utf8[(int)offset - 1] == (byte)'\\'
                    ? $"{found} is an invalid escapable character: a JSON escape is one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
                    : $"{found} cannot appear here in a JSON string";
        }

        bool inObject = open.Count > 0 && open.Peek() == (byte)'{';
        byte at = utf8[(int)offset];
        return previous switch
        {
            -1 or ':' or '[' => $"{found} is an invalid start of a value",
            '{' => $"{found} is an invalid start of a property name",
            ',' when at is (byte)'}' or (byte)']' => $"a trailing comma before {found}: JSON allows none",
            ',' => inObject ? $"{found} is an invalid start of a property name" : $"{found} is an invalid start of a value",
            _ when open.Count == 0 => $"{found} is invalid after a single JSON value",
            _ when IsWordByte(previous) && IsWordByte(at) => $"{found} does not continue a JSON number or true, false or null",
            _ => $"{found} is invalid after a value: expected ',' or {(inObject ? "'}'" : "']'")}",
        };
    }

    private static bool IsWordByte(int b) => b is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '+' or '-' or '.';

    /// <summary>A byte as a message quotes it: a printable ASCII character as itself, any other as its value (<c>'0xEF'</c>).</summary>
    private static string Quote(byte b) =>
        b is >= 0x21 and <= 0x7E ? "'" + (char)b + "'" : "'0x" + b.ToString("X2", CultureInfo.InvariantCulture) + "'";

    private static long OffsetOf(ReadOnlySpan<byte> utf8, long line, long bytePositionInLine)
    {
        long offset = 0;
        for (long seen = 0; seen < line && offset < utf8.Length; offset++)
        {
            if (utf8[(int)offset] == (byte)'\n')
            {
                seen++;
            }
        }

        return offset + bytePositionInLine;
    }
}
