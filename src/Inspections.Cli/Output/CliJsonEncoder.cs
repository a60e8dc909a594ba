using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Inspections.Cli.Output;

/// <summary>
/// The encoder of every JSON the tool writes: readable, and still safe to embed. Apostrophes, non-ASCII letters and
/// dashes are written as themselves (<c>'Standard inspection'</c>, not <c>\u0027Standard inspection\u0027</c>);
/// what could do harm where the JSON ends up is escaped: control characters (C0, DEL, C1: an ANSI escape never
/// reaches a terminal raw), the format characters that reorder or hide text (bidirectional overrides, zero-width
/// marks: every format character, Cf), the line and paragraph separators U+2028 and U+2029, and the markup characters <c>&lt;</c>, <c>&gt;</c>
/// and <c>&amp;</c> (so <c>&lt;/script&gt;</c> in a message cannot close a script block the JSON is pasted into).
/// </summary>
/// <remarks>
/// <see cref="JavaScriptEncoder.Default"/> escapes the apostrophe (and every non-ASCII letter);
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> keeps them but writes markup raw. This is the relaxed
/// encoder with markup escaped again; an encoder made by <see cref="JavaScriptEncoder.Create(TextEncoderSettings)"/>
/// cannot do it, as it always escapes the apostrophe.
/// </remarks>
internal sealed class CliJsonEncoder : JavaScriptEncoder
{
    private static readonly JavaScriptEncoder s_relaxed = UnsafeRelaxedJsonEscaping;

    private CliJsonEncoder()
    {
    }

    /// <summary>The one instance.</summary>
    public static CliJsonEncoder Instance { get; } = new();

    /// <inheritdoc/>
    public override int MaxOutputCharactersPerInputCharacter => Math.Max(12, s_relaxed.MaxOutputCharactersPerInputCharacter);

    /// <inheritdoc/>
    public override bool WillEncode(int unicodeScalar) => IsEscapedHere(unicodeScalar) || s_relaxed.WillEncode(unicodeScalar);

    /// <inheritdoc/>
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        int relaxed = s_relaxed.FindFirstCharacterToEncode(text, textLength);
        var span = new ReadOnlySpan<char>(text, relaxed < 0 ? textLength : relaxed);
        int i = 0;
        while (i < span.Length)
        {
            if (Rune.DecodeFromUtf16(span[i..], out Rune rune, out int used) != OperationStatus.Done)
            {
                return i; // an unpaired surrogate: the relaxed encoder's to refuse
            }

            if (IsEscapedHere(rune.Value))
            {
                return i;
            }

            i += used;
        }

        return relaxed;
    }

    /// <inheritdoc/>
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        int relaxed = s_relaxed.FindFirstCharacterToEncodeUtf8(utf8Text);
        var span = utf8Text[..(relaxed < 0 ? utf8Text.Length : relaxed)];
        int i = 0;
        while (i < span.Length)
        {
            if (span[i] < 0x80)
            {
                if (IsMarkup(span[i]))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(span[i..], out Rune rune, out int used) != OperationStatus.Done)
            {
                return i;
            }

            if (IsEscapedHere(rune.Value))
            {
                return i;
            }

            i += used;
        }

        return relaxed;
    }

    /// <inheritdoc/>
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!IsEscapedHere(unicodeScalar))
        {
            return s_relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }

        // As the default encoder writes them: \u003C, \u202E; outside the Basic Multilingual Plane as a surrogate pair.
        Span<char> units = stackalloc char[2];
        int count = new Rune(unicodeScalar).EncodeToUtf16(units);
        if (bufferLength < 6 * count)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        const string Hex = "0123456789ABCDEF";
        for (int u = 0; u < count; u++)
        {
            char* at = buffer + (6 * u);
            at[0] = '\\';
            at[1] = 'u';
            at[2] = Hex[(units[u] >> 12) & 0xF];
            at[3] = Hex[(units[u] >> 8) & 0xF];
            at[4] = Hex[(units[u] >> 4) & 0xF];
            at[5] = Hex[units[u] & 0xF];
        }

        numberOfCharactersWritten = 6 * count;
        return true;
    }

    /// <summary>What this encoder escapes that the relaxed one writes raw: markup, and format characters (Cf).</summary>
    private static bool IsEscapedHere(int unicodeScalar) =>
        IsMarkup(unicodeScalar) || (unicodeScalar >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(unicodeScalar) == UnicodeCategory.Format);

    private static bool IsMarkup(int unicodeScalar) => unicodeScalar is '<' or '>' or '&';
}
