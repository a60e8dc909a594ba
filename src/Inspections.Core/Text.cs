using System.Globalization;

namespace Inspections.Core;

/// <summary>
/// The one rule for "blank" text, shared by the model (subject names, recommendation texts, themes) and the reader:
/// text is blank when it shows nothing, that is when every character is white space, a control character,
/// an invisible format character (zero-width space U+200B, byte order mark U+FEFF, joiners, tag characters),
/// a combining mark with nothing to combine with, a lone surrogate, or a filler that renders as empty
/// (Hangul fillers U+115F, U+1160, U+3164, U+FFA0; braille blank U+2800).
/// </summary>
/// <remarks>
/// Kept internal: it is a precondition of the model, not a text API. Allocates nothing. Thread-safe.
/// A name such as "e\u0301" (e and a combining acute) is not blank: the mark has a base to sit on.
/// </remarks>
internal static class Text
{
    /// <summary>Whether <paramref name="value"/> is null, empty, or made only of characters that show nothing.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> when the text is blank.</returns>
    public static bool IsBlank(string? value)
    {
        if (value is null)
        {
            return true;
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (!IsInvisible(CharUnicodeInfo.GetUnicodeCategory(value, i), value[i]))
                {
                    return false;
                }

                i++;
                continue;
            }

            if (!IsInvisible(CharUnicodeInfo.GetUnicodeCategory(value[i]), value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInvisible(UnicodeCategory category, char c) => category switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800',
    };
}
