using System.Globalization;
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

    public const string Font = "font-family:'Segoe UI',Helvetica,Arial,sans-serif";

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

    /// <summary>The colour of a grade by its rank (0 is best), on any four-grade scale; never the only sign of the grade.</summary>
    public static string Colour(Grade grade) => grade.Rank switch
    {
        0 => "#1b7837",
        1 => "#7fbf7b",
        2 => "#f1a340",
        _ => "#d7301f",
    };

    /// <summary>A readable text colour on <see cref="Colour"/>.</summary>
    public static string TextOn(Grade grade) => grade.Rank is 0 or 3 ? "#ffffff" : "#1a1a1a";
}
