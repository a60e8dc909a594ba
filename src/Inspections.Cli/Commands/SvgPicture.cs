using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Inspections.Core.Scales;

namespace Inspections.Cli.Commands;

/// <summary>
/// Plain SVG for the pictures of <c>history</c> and <c>latest</c>: no script, no external resources, a title and a
/// description for screen readers, and all text escaped by the XML writer (names come from documents).
/// </summary>
internal static class SvgPicture
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>The pictures' font: DejaVu Sans, whose advance widths lay the text out (<see cref="FontMetrics"/>).</summary>
    public const string Font = "font-family:" + FontMetrics.Family;

    /// <summary>The space kept free at each edge of a picture.</summary>
    public const double Margin = 20;

    /// <summary>The colour of secondary text.</summary>
    public const string Muted = "#4b5563";

    /// <summary>The colour of reorganisations.</summary>
    public const string Purple = "#5b3a8c";

    /// <summary>An empty picture of the given size with its title and description.</summary>
    public static XElement Create(double width, double height, string title, string description)
    {
        var svg = new XElement(
            Ns + "svg",
            new XAttribute("width", N(width)),
            new XAttribute("height", N(height)),
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", "title desc"),
            new XAttribute("style", Font),
            new XElement(Ns + "title", new XAttribute("id", "title"), title),
            new XElement(Ns + "desc", new XAttribute("id", "desc"), description));
        svg.Add(Rect(0, 0, width, height, "#ffffff"));
        return svg;
    }

    /// <summary>The picture as text, with an XML declaration.</summary>
    public static string ToText(XElement svg) =>
        new XDocument(new XDeclaration("1.0", "utf-8", null), svg).Declaration + "\n" + svg.ToString(SaveOptions.None) + "\n";

    /// <summary>A share as a whole percentage, "25%" (rounded half away from zero).</summary>
    public static string Percent(double share) =>
        System.Math.Round(share * 100, System.MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A number as SVG writes it: invariant, at most two decimals.</summary>
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static XElement Rect(double x, double y, double width, double height, string fill, string? stroke = null, double opacity = 1) =>
        new(Ns + "rect",
            new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("width", N(width)), new XAttribute("height", N(height)),
            new XAttribute("fill", fill),
            stroke is null ? null : new XAttribute("stroke", stroke),
            opacity < 1 ? new XAttribute("fill-opacity", N(opacity)) : null);

    public static XElement Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null) =>
        new(Ns + "line",
            new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)),
            new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)),
            new XAttribute("stroke", stroke), new XAttribute("stroke-width", N(width)),
            dash is null ? null : new XAttribute("stroke-dasharray", dash));

    public static XElement Text(double x, double y, string text, double size = 12, string anchor = "start", string fill = "#1a1a1a", bool bold = false, string? cssClass = null) =>
        new(Ns + "text",
            new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("font-size", N(size)),
            anchor == "start" ? null : new XAttribute("text-anchor", anchor),
            new XAttribute("fill", fill),
            bold ? new XAttribute("font-weight", "bold") : null,
            cssClass is null ? null : new XAttribute("class", cssClass),
            text);

    /// <summary>
    /// The colour of a grade by its rank (0 is best), on any four-grade scale: ColorBrewer's RdBu, a diverging scheme
    /// that stays distinct under the common colour-vision deficiencies (blue for the better grades, red for the
    /// worse). Never the only sign of the grade: every cell names it in words.
    /// </summary>
    public static string Colour(Grade grade) => grade.Rank switch
    {
        0 => "#0571b0",
        1 => "#92c5de",
        2 => "#f4a582",
        _ => "#ca0020",
    };

    /// <summary>A readable text colour on <see cref="Colour"/> (contrast at least 4.5:1).</summary>
    public static string TextOn(Grade grade) => grade.Rank is 0 or 3 ? "#ffffff" : "#1a1a1a";

    /// <summary>A cell on its grade's colour (grey for a grade the catalog does not know); the worse two grades have a heavier edge, a second cue.</summary>
    public static XElement GradeCell(double x, double y, double width, double height, Grade? grade)
    {
        var rect = Rect(x, y, width, height, grade is null ? "#e5e7eb" : Colour(grade), grade is null ? "#9ca3af" : "#1f2937");
        rect.Add(new XAttribute("stroke-width", grade is { Rank: >= 2 } ? "1.5" : "0.5"), new XAttribute("rx", "3"));
        return rect;
    }

    /// <summary>One entry of a picture's key: a grade's swatch naming the grade, or a line of words.</summary>
    internal sealed record LegendItem(Grade? Grade, string Text);

    /// <summary>The key of the grades shown: one swatch per label, in rank order (labels of one rank share a colour).</summary>
    public static IEnumerable<LegendItem> GradeKey(IEnumerable<Grade> grades) =>
        grades.GroupBy(g => g.Label, StringComparer.Ordinal).Select(g => g.First()).OrderBy(g => g.Rank).Select(g => new LegendItem(g, g.Label));

    /// <summary>
    /// A picture laid out from the top down: a title, a subtitle, the body, a key and a source line, each text
    /// measured with <see cref="FontMetrics"/> and wrapped to the width, so nothing leaves the canvas.
    /// </summary>
    internal sealed class PageLayout
    {
        private readonly List<XElement> _elements = [];

        public PageLayout(double width)
        {
            Width = width;
            Y = Margin;
        }

        public double Width { get; }

        /// <summary>The top of the free space below what is placed.</summary>
        public double Y { get; private set; }

        private double Inner => Width - (2 * Margin);

        public void Title(string title) => Lines(title, 18, bold: true, "#111111", 22);

        public void Subtitle(string text) => Lines(text, 11, bold: false, "#374151", 14);

        /// <summary>Adds elements already placed above <paramref name="bottom"/>.</summary>
        public void Place(IEnumerable<XElement> elements, double bottom)
        {
            _elements.AddRange(elements);
            Y = Math.Max(Y, bottom);
        }

        public void Source(string text)
        {
            Y += 6;
            Lines(text, 9.5, bold: false, Muted, 12.5);
        }

        /// <summary>The key, its items side by side while they fit, each wrapped to the width when it does not.</summary>
        public void Legend(IEnumerable<LegendItem> items)
        {
            const double size = 10, lineHeight = 20;
            Y += 12;
            double x = Margin, line = Y;
            foreach (var item in items)
            {
                if (item.Grade is { } grade)
                {
                    double w = FontMetrics.Width(item.Text, size, bold: true) + 14;
                    if (x > Margin && x + w > Width - Margin)
                    {
                        x = Margin;
                        line += lineHeight;
                    }

                    var swatch = new XElement(Ns + "g", new XAttribute("class", "key"), new XAttribute("data-grade", grade.Id));
                    swatch.Add(GradeCell(x, line, w, 16, grade));
                    swatch.Add(Text(x + 7, line + 12, item.Text, size, fill: TextOn(grade), bold: true));
                    _elements.Add(swatch);
                    x += w + 10;
                    continue;
                }

                double width = FontMetrics.Width(item.Text, size);
                if (x > Margin && x + width > Width - Margin)
                {
                    x = Margin;
                    line += lineHeight;
                }

                if (width <= Width - Margin - x)
                {
                    _elements.Add(Text(x, line + 12, item.Text, size, fill: "#1f2937"));
                    x += width + 16;
                    continue;
                }

                var wrapped = FontMetrics.Wrap(item.Text, Inner, size);
                if (x > Margin)
                {
                    line += lineHeight;
                }

                for (int k = 0; k < wrapped.Count; k++)
                {
                    _elements.Add(Text(Margin, line + 12 + (k * 14), wrapped[k], size, fill: "#1f2937"));
                }

                line += (wrapped.Count - 1) * 14;
                x = Width; // the next item starts a line of its own
            }

            Y = line + lineHeight + 4;
        }

        /// <summary>The picture: its size is what was placed, plus the margin.</summary>
        public string ToText(string title, string description)
        {
            double height = Y + Margin;
            var svg = Create(Width, height, title, description);
            foreach (var element in _elements)
            {
                svg.Add(element);
            }

            return SvgPicture.ToText(svg);
        }

        private void Lines(string text, double size, bool bold, string fill, double lineHeight)
        {
            foreach (string line in FontMetrics.Wrap(text, Inner, size, bold))
            {
                _elements.Add(Text(Margin, Y + FontMetrics.Ascent(size) + 1, line, size, fill: fill, bold: bold));
                Y += lineHeight;
            }
        }
    }
}
