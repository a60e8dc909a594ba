using System;
using System.Collections.Generic;
using System.Text;

namespace Inspections.Cli.Commands;

/// <summary>One block of consecutive characters and their advance widths in font units (-1: no glyph).</summary>
/// <param name="First">The first character of the block.</param>
/// <param name="Widths">The advance width of each character from <paramref name="First"/> on.</param>
internal sealed record FontBlock(int First, int[] Widths);

/// <summary>A font's metrics: units per em, ascender, descender (negative), widest advance, and the widths by block.</summary>
internal sealed record FontFace(int UnitsPerEm, int Ascender, int Descender, int Widest, IReadOnlyList<FontBlock> Blocks)
{
    /// <summary>The advance of one character in font units; a character with no width in the table counts as the widest.</summary>
    public int Advance(int scalar)
    {
        foreach (var block in Blocks)
        {
            int i = scalar - block.First;
            if (i >= 0 && i < block.Widths.Length)
            {
                return block.Widths[i] >= 0 ? block.Widths[i] : Widest;
            }
        }

        return Widest;
    }
}

/// <summary>
/// How wide a line of text is in the pictures' font, DejaVu Sans (regular or bold), from the advance widths of
/// <see cref="DejaVuSansWidths"/>: the pictures lay their text out with it, and the layout test checks them with it.
/// Kerning is not applied (in DejaVu Sans it only ever narrows a line), so a line measured here is never narrower
/// than the renderer draws it.
/// </summary>
internal static class FontMetrics
{
    /// <summary>The font the pictures name first; <see cref="Width"/> measures it.</summary>
    public const string Family = "'DejaVu Sans',Verdana,sans-serif";

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/> pixels.</summary>
    public static double Width(string text, double size, bool bold = false)
    {
        var face = bold ? DejaVuSansWidths.Bold : DejaVuSansWidths.Regular;
        long units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += face.Advance(rune.Value);
        }

        return units * size / face.UnitsPerEm;
    }

    /// <summary>How far the font's glyphs reach above the baseline at <paramref name="size"/>.</summary>
    public static double Ascent(double size) => DejaVuSansWidths.Regular.Ascender * size / DejaVuSansWidths.Regular.UnitsPerEm;

    /// <summary>How far the font's glyphs reach below the baseline at <paramref name="size"/>.</summary>
    public static double Descent(double size) => -DejaVuSansWidths.Regular.Descender * size / DejaVuSansWidths.Regular.UnitsPerEm;

    /// <summary>
    /// The text cut to fit <paramref name="width"/>, ending in "…" when cut (whole characters only); the full text
    /// belongs in the mark's tooltip. Empty when not even the ellipsis fits.
    /// </summary>
    public static string Fit(string text, double width, double size, bool bold = false)
    {
        if (Width(text, size, bold) <= width)
        {
            return text;
        }

        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            string next = builder.ToString() + rune.ToString();
            if (Width(next + "…", size, bold) > width)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return builder.Length == 0 && Width("…", size, bold) > width ? string.Empty : builder.ToString().TrimEnd() + "…";
    }

    /// <summary>Words broken into lines no wider than <paramref name="width"/>; a word wider than the line is cut by <see cref="Fit"/>.</summary>
    public static List<string> Wrap(string text, double width, double size, bool bold = false)
    {
        var lines = new List<string>();
        string line = string.Empty;
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate, size, bold) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        for (int i = 0; i < lines.Count; i++)
        {
            lines[i] = Fit(lines[i], width, size, bold);
        }

        return lines;
    }
}
