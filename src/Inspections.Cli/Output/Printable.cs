using System.Globalization;
using System.Text;

namespace Inspections.Cli.Output;

/// <summary>
/// Makes any text safe to print on one line of text output: every value quoted from a document, a file name, a CSV
/// field or an argument goes through <see cref="Escape"/> before it is written, so that no value can break a line,
/// forge a diagnostic line, move the cursor or reorder what a reader sees.
/// </summary>
/// <remarks>
/// Escaped: the backslash itself (<c>\\</c>), so that an escape is never ambiguous; line feed, carriage return and tab
/// (<c>\n</c>, <c>\r</c>, <c>\t</c>); every other control or format character (Unicode categories Cc and Cf: ESC, DEL,
/// C1 controls, bidi controls, zero-width characters, the byte order mark), the line and paragraph separators
/// (U+2028, U+2029), and a surrogate without its partner, as <c>\uXXXX</c> (<c>\UXXXXXXXX</c> beyond the BMP), except
/// a lone U+DC80–U+DCFF, which carries a byte of a file name that is not UTF-8 and is shown as that byte, <c>\xNN</c>.
/// Everything else, letters of any script and emoji included, is printed as it is. Thread-safe.
/// </remarks>
internal static class Printable
{
    /// <summary>The text with every non-printing character escaped; null prints as an empty string.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !NeedsEscaping(text))
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int scalar = char.ConvertToUtf32(c, text[i + 1]);
                if (IsNonPrinting(CharUnicodeInfo.GetUnicodeCategory(scalar)))
                {
                    builder.Append(CultureInfo.InvariantCulture, $"\\U{scalar:X8}");
                }
                else
                {
                    builder.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                case '\r':
                    builder.Append(@"\r");
                    break;
                case '\t':
                    builder.Append(@"\t");
                    break;
                default:
                    if (c is >= '\uDC80' and <= '\uDCFF')
                    {
                        // A byte of a file name that is not UTF-8 (Commands.NativePaths), shown as the byte.
                        builder.Append(CultureInfo.InvariantCulture, $"\\x{c - 0xDC00:X2}");
                    }
                    else if (char.IsSurrogate(c) || IsNonPrinting(CharUnicodeInfo.GetUnicodeCategory(c)))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (char c in text)
        {
            if (c == '\\' || char.IsSurrogate(c) || IsNonPrinting(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNonPrinting(UnicodeCategory category) => category is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
