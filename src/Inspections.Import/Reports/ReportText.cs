using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Inspections.Import.Reports;

/// <summary>The one place that says what characters a report's text may hold, and how text is compared.</summary>
internal static class ReportText
{
    /// <summary>Unicode's explicit direction controls (LRE…RLO, LRI…PDI) and the marks that reorder text.</summary>
    public static bool IsDirectionControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    /// <summary>Whether a character cannot be in a real report's words: C0 and C1 controls (ESC, CR, LF, TAB, NUL, DEL…) and direction controls.</summary>
    public static bool IsForbidden(char c) => char.IsControl(c) || IsDirectionControl(c);

    /// <summary>The forbidden characters of <paramref name="text"/>, as "U+001B" names (at most five, then "…").</summary>
    public static void CollectForbidden(string text, SortedSet<int> into)
    {
        foreach (char c in text)
        {
            if (IsForbidden(c))
            {
                into.Add(c);
            }
        }
    }

    /// <summary>Names code points for a message: "U+001B, U+000A".</summary>
    public static string Name(IEnumerable<int> codePoints)
    {
        var parts = new List<string>();
        foreach (int c in codePoints)
        {
            if (parts.Count == 5)
            {
                parts.Add("…");
                break;
            }

            parts.Add("U+" + c.ToString("X4", CultureInfo.InvariantCulture));
        }

        return string.Join(", ", parts);
    }

    /// <summary>Text for a message: forbidden characters written as \u001b, shortened to <paramref name="max"/> characters.</summary>
    public static string Visible(string text, int max)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            if (sb.Length >= max)
            {
                sb.Append('…');
                break;
            }

            if (IsForbidden(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Text for matching: curly quotes as straight, dashes as '-', ligatures spread, runs of white space as one space.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            string? s = c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '\u2032' => "'",
                '\u201C' or '\u201D' => "\"",
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u2500' => "-",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB00' => "ff",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u202F' => " ",
                '\u00AD' or '\u200B' or '\uFEFF' => "",
                _ => null,
            };
            string piece = s ?? c.ToString();
            foreach (char p in piece)
            {
                if (char.IsWhiteSpace(p))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(p);
            }
        }

        return sb.ToString();
    }
}
