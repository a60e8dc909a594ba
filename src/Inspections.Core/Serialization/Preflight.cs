using System;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using Inspections.Core.Documents;
using Inspections.Core.Validation;

namespace Inspections.Core.Serialization;

/// <summary>
/// What is checked of a document's bytes before any JSON is read: its size, that it is UTF-8 (naming UTF-16 and
/// UTF-32 by their byte order marks), that it is not empty and not a file name given where JSON was expected; and
/// the encoding of text given as a string.
/// </summary>
internal static class Preflight
{
    /// <summary>Longer than this, a text is not taken for a file name.</summary>
    private const int MaxPathBytes = 4096;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Checks a document's bytes, adding the problem found (at most one) to <paramref name="state"/>.</summary>
    /// <param name="utf8">The document's bytes, after any UTF-8 byte order mark.</param>
    /// <param name="state">The reading state.</param>
    /// <param name="firstLine">The line of the file the document starts on.</param>
    /// <param name="firstLineByteOffset">Bytes before the document on its first line.</param>
    /// <returns><see langword="true"/> when the JSON can be read.</returns>
    public static bool Check(ReadOnlySpan<byte> utf8, ReadingState state, int firstLine, int firstLineByteOffset)
    {
        if (utf8.Length > InspectionJson.MaxDocumentBytes)
        {
            state.AddAndStop(ReadingProblems.TooLarge, DocumentTarget.Root, firstLine, firstLineByteOffset, utf8.Length, InspectionJson.MaxDocumentBytes);
            return false;
        }

        if (!Utf8.IsValid(utf8))
        {
            int bad = FirstInvalidUtf8(utf8);
            state.Add(
                ByteOrderMarkOf(utf8) switch
                {
                    32 => ReadingProblems.Utf32,
                    16 => ReadingProblems.Utf16,
                    _ => ReadingProblems.NotUtf8,
                },
                DocumentTarget.Root,
                bad,
                utf8[bad]);
            return false;
        }

        if (ByteSpans.ContainsOnly(utf8, " \t\r\n"u8))
        {
            state.Add(ReadingProblems.Empty, DocumentTarget.Root, utf8.Length);
            return false;
        }

        if (LooksLikeAPath(utf8, out string? path))
        {
            state.Add(ReadingProblems.LooksLikeAPath, DocumentTarget.Root, FirstNonSpace(utf8), MessageText.Shorten(path, 200));
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether the bytes look like a file name rather than JSON, as when <c>InspectionJson.Read("docs/x.json")</c> is
    /// called with a path: one line, no JSON punctuation (braces, brackets, quotes, commas), no control character,
    /// and either ending in <c>.json</c> or <c>.jsonl</c> or holding a directory separator (<c>/</c> or <c>\</c>).
    /// Nothing such is valid JSON, so this only words the error; it never refuses a document.
    /// </summary>
    /// <param name="utf8">Valid UTF-8.</param>
    /// <param name="path">The text without the white space around it, when it looks like a path.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    internal static bool LooksLikeAPath(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out string? path)
    {
        path = null;
        if (utf8.Length > MaxPathBytes)
        {
            return false;
        }

        string text = Encoding.UTF8.GetString(utf8.ToArray()).Trim(' ', '\t', '\r', '\n');
        if (text.Length == 0)
        {
            return false;
        }

        bool separator = false;
        foreach (char c in text)
        {
            if (c is '{' or '}' or '[' or ']' or '"' or ',' || char.IsControl(c))
            {
                return false;
            }

            separator |= c is '/' or '\\';
        }

        if (separator
            || text.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || text.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            path = text;
            return true;
        }

        return false;
    }

    private static int FirstNonSpace(ReadOnlySpan<byte> utf8)
    {
        int i = 0;
        while (i < utf8.Length && utf8[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    /// <summary>16 or 32 when the bytes start with a UTF-16 or UTF-32 byte order mark (either byte order), else 0.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The width.</returns>
    public static int ByteOrderMarkOf(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE (FF FE 00 00) starts like UTF-16 LE (FF FE), so it is looked for first.
        if (bytes.Length >= 4 && ((bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
            || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)))
        {
            return 32;
        }

        return bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) ? 16 : 0;
    }

    /// <summary>Encodes a string as strict UTF-8, reporting an unpaired surrogate or a size over the limit as INS001.</summary>
    /// <param name="json">The text.</param>
    /// <param name="utf8">The bytes, when the text is valid Unicode and within the size limit.</param>
    /// <param name="problem">The problem otherwise.</param>
    /// <returns><see langword="true"/> when encoded.</returns>
    public static bool TryEncode(string json, out byte[]? utf8, out Diagnostic? problem)
    {
        utf8 = null;
        problem = null;
        int count;
        try
        {
            count = s_strictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException e)
        {
            int index = Math.Max(0, Math.Min(e.Index, json.Length - 1));
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < index; i++)
            {
                if (json[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            // Everything before the first unpaired surrogate is valid UTF-16, so it can be counted.
            long position = s_strictUtf8.GetByteCount(json.Substring(lineStart, index - lineStart));
            problem = ReadingState.Locate(ReadingProblems.TextNotUnicode.Create(DocumentTarget.Root, (int)json[index], index), line, position);
            return false;
        }

        if (count > InspectionJson.MaxDocumentBytes)
        {
            problem = TooLarge(count, 1, 0);
            return false;
        }

        utf8 = s_strictUtf8.GetBytes(json);
        return true;
    }

    /// <summary>The INS001 diagnostic of a document larger than <see cref="InspectionJson.MaxDocumentBytes"/>.</summary>
    /// <param name="size">Its size, or null when it is not known (an endless stream).</param>
    /// <param name="line">The line the document starts on.</param>
    /// <param name="position">The byte position on that line.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic TooLarge(long? size, int line, long position) => ReadingState.Locate(
        size is { } known
            ? ReadingProblems.TooLarge.Create(DocumentTarget.Root, known, InspectionJson.MaxDocumentBytes)
            : ReadingProblems.TooLargeEndless.Create(DocumentTarget.Root, InspectionJson.MaxDocumentBytes),
        line,
        position);

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = stackalloc char[1024];
        int length = utf8.Length;
        int consumed = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(utf8, buffer, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            consumed += read;
            if (status != System.Buffers.OperationStatus.DestinationTooSmall)
            {
                return Math.Min(consumed, length - 1);
            }

            utf8 = utf8[read..];
        }
    }
}
