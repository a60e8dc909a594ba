using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Inspections.Core.Catalog;
using Inspections.Core.Histories;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;
using static Inspections.Cli.Commands.SvgPicture;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>history --format svg</c>: a timeline. Time runs across; grade bands run down (best at the top, ungraded visits
/// in a band of their own); each framework's period is shaded and named; each inspection is a labelled mark; each
/// change between graded inspections is a line marked with its direction; reorganisations are dashed lines.
/// </summary>
internal static class HistorySvg
{
    private const double Width = 1040, Left = 240, Right = 30, Pad = 36, Top = 92, BandHeight = 62, FrameworkStrip = 26;
    private static readonly string[] Shades = ["#e8eef7", "#f3ece0", "#e6f2ea", "#f1e6f0", "#eef0e0", "#e2eef0"];

    public static string Render(AuthorityHistory history, FrameworkCatalog catalog)
    {
        var dated = history.Entries.Where(e => e.Date is not null).ToList();
        string name = history.Authority.Name;
        int firstYear = dated.Count > 0 ? dated.Min(e => e.Date!.Value).Year : HistoryCommand.Today().Year;
        int lastYear = Math.Max(dated.Count > 0 ? dated.Max(e => e.Date!.Value).Year : firstYear, firstYear) + 1;
        var start = new LocalDate(firstYear, 1, 1);
        var end = new LocalDate(lastYear, 1, 1);
        double span = Period.Between(start, end, PeriodUnits.Days).Days;
        double X(LocalDate d) => Left + Pad + ((Width - Left - Right - (2 * Pad)) * Period.Between(start, d, PeriodUnits.Days).Days / span);

        // Bands: one per rank of the four-grade scales in use, labelled with every label in use at that rank, then "not graded".
        var graded = dated.Where(e => e.Headline is not null).ToList();
        var labels = Enumerable.Range(0, 4)
            .Select(rank => graded.Select(e => e.Headline!).Where(g => g.Rank == rank).Select(g => g.Label).Distinct().ToList())
            .ToList();
        var defaults = GradingScales.FourPointRequiresImprovement.Grades;
        for (int rank = 0; rank < 4; rank++)
        {
            if (labels[rank].Count == 0)
            {
                labels[rank].Add(defaults[rank].Label);
            }
        }

        double plotTop = Top + FrameworkStrip;
        double Y(int band) => plotTop + (band * BandHeight) + (BandHeight / 2);
        double plotBottom = plotTop + (5 * BandHeight);
        double height = plotBottom + 130;

        string period = dated.Count > 0 ? $"{firstYear}–{lastYear - 1}" : "no dated inspections";
        var svg = Create(Width, height, $"{name}: children's services inspections, {period}", Describe(history));
        svg.Add(Text(20, 34, $"{name}: children's services inspections, {period}", 20, bold: true));
        string lineage = history.Lineage.Length > 1 ? $" Includes {string.Join(", ", history.Lineage.Skip(1).Select(a => a.Name))} before {name} existed." : string.Empty;
        svg.Add(Text(20, 58, $"Headline grade of each inspection (fieldwork start; * publication date where no fieldwork date is recorded).{lineage}", 12, fill: "#444444"));

        // Framework periods, shaded behind the plot and named in a strip above it.
        var frameworks = dated.Select(e => e.Inspection.FrameworkId).Distinct(StringComparer.Ordinal)
            .Select(id => catalog.TryGet(id, out var f) ? f : null).OfType<Inspections.Core.Frameworks.InspectionFramework>()
            .OrderBy(f => f.InForce.Start).ToList();
        for (int i = 0; i < frameworks.Count; i++)
        {
            var f = frameworks[i];
            var from = f.InForce.Start < start ? start : f.InForce.Start;
            var to = f.InForce.End is { } e && e < end ? e : end;
            if (to <= from)
            {
                continue;
            }

            double x1 = from == start ? Left : X(from), x2 = to == end ? Width - Right : X(to);
            var group = new XElement(Ns + "g", new XAttribute("class", "framework"), new XAttribute("data-framework", f.Id));
            group.Add(new XElement(Ns + "title", $"{f.Id}: {f.Name}, in force {HistoryCommand.Iso(f.InForce.Start)} to {(f.InForce.End is { } last ? HistoryCommand.Iso(last) : "now")}"));
            group.Add(Rect(x1, plotTop, x2 - x1, plotBottom - plotTop, Shades[i % Shades.Length]));
            group.Add(Rect(x1, Top + (i % 2 == 0 ? 0 : 13), x2 - x1, 12, Shades[i % Shades.Length], "#9aa5b1"));
            group.Add(Text(x1 + 3, Top + (i % 2 == 0 ? 10 : 23), Fit(f.Id, x2 - x1), 10, fill: "#333333"));
            svg.Add(group);
        }

        // Bands and their labels.
        for (int band = 0; band < 5; band++)
        {
            double y = plotTop + (band * BandHeight);
            svg.Add(Line(Left, y, Width - Right, y, "#c8cdd2", 0.8));
            string label = band < 4 ? string.Join(" / ", labels[band]) : "Not graded (visit)";
            var words = Wrap(label, 34);
            for (int k = 0; k < words.Count; k++)
            {
                svg.Add(Text(Left - 10, Y(band) + 4 + ((k - ((words.Count - 1) / 2.0)) * 14), words[k], 12, "end", bold: band < 4));
            }
        }

        svg.Add(Line(Left, plotBottom, Width - Right, plotBottom, "#555555", 1));

        // The time axis.
        int step = lastYear - firstYear > 12 ? 2 : 1;
        for (int year = firstYear; year <= lastYear; year += step)
        {
            double x = X(new LocalDate(year, 1, 1));
            svg.Add(Line(x, plotBottom, x, plotBottom + 5, "#555555"));
            svg.Add(Text(x, plotBottom + 19, year.ToString(CultureInfo.InvariantCulture), 11, "middle", "#333333"));
        }

        // Reorganisations.
        foreach (var change in history.Reorganisations.Where(r => r.TakesEffect >= start && r.TakesEffect <= end))
        {
            double x = X(change.TakesEffect);
            var group = new XElement(Ns + "g", new XAttribute("class", "reorganisation"));
            group.Add(new XElement(Ns + "title", $"{change.TakesEffect.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: {change.Description}"));
            group.Add(Line(x, plotTop - 4, x, plotBottom, "#6a3d9a", 1.5, "6 4"));
            group.Add(Text(x + 4, plotBottom - 6, $"{change.TakesEffect.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}: {string.Join(", ", change.Before)} → {string.Join(", ", change.After)}", 10, fill: "#6a3d9a"));
            svg.Add(group);
        }

        // Changes between consecutive graded inspections.
        foreach (var change in history.Changes.Where(c => c.Before.Headline is not null && c.After.Headline is not null))
        {
            double x1 = X(change.Before.Date!.Value), y1 = Y(change.Before.Headline!.Rank);
            double x2 = X(change.After.Date!.Value), y2 = Y(change.After.Headline!.Rank);
            var overall = change.Comparison.Overall.Comparison;
            string word = overall.Direction switch
            {
                ComparisonDirection.Better => $"up {overall.Steps}",
                ComparisonDirection.Worse => $"down {-overall.Steps}",
                ComparisonDirection.Same => "same",
                _ => "not comparable",
            };
            var group = new XElement(Ns + "g", new XAttribute("class", "change"), new XAttribute("data-direction", word));
            group.Add(new XElement(Ns + "title", $"{HistoryCommand.Iso(change.Before.Date)} to {HistoryCommand.Iso(change.After.Date)}: {overall.Reason}{(change.Caveats.IsEmpty ? string.Empty : " " + string.Join(" ", change.Caveats))}"));
            group.Add(Line(x1, y1, x2, y2, "#6b7280", 1.5, change.FrameworkChanged || change.Reorganisation is not null ? "5 4" : null));
            group.Add(Text((x1 + x2) / 2, ((y1 + y2) / 2) - 5, word + (change.FrameworkChanged ? " †" : string.Empty), 10, "middle", "#374151"));
            svg.Add(group);
        }

        // The inspections.
        double previousX = double.NegativeInfinity;
        bool raise = false;
        foreach (var entry in dated)
        {
            double x = X(entry.Date!.Value);
            int band = entry.Headline?.Rank ?? 4;
            double y = Y(band);
            raise = x - previousX < 70 ? !raise : false;
            previousX = x;
            var group = new XElement(Ns + "g", new XAttribute("class", "inspection"), new XAttribute("data-framework", entry.Inspection.FrameworkId), new XAttribute("data-date", HistoryCommand.Iso(entry.Date)));
            string grade = entry.Headline?.Label ?? (entry.IsGraded ? "graded, no headline" : "not graded");
            group.Add(new XElement(Ns + "title", $"{HistoryCommand.Iso(entry.Date)}{(entry.DateBasis == HistoryDateBasis.Published ? " (published)" : string.Empty)}: {entry.Inspection.FrameworkId} {entry.Inspection.VisitTypeId}, {grade}{(entry.Authority is { } a && !ReferenceEquals(a, history.Authority) ? $" ({a.Name})" : string.Empty)}"));
            if (entry.Headline is { } h)
            {
                group.Add(new XElement(Ns + "circle", new XAttribute("cx", N(x)), new XAttribute("cy", N(y)), new XAttribute("r", "8"), new XAttribute("fill", Colour(h)), new XAttribute("stroke", "#1a1a1a"), new XAttribute("stroke-width", "1")));
            }
            else
            {
                group.Add(new XElement(Ns + "circle", new XAttribute("cx", N(x)), new XAttribute("cy", N(y)), new XAttribute("r", "5"), new XAttribute("fill", "#ffffff"), new XAttribute("stroke", "#4b5563"), new XAttribute("stroke-width", "1.5")));
            }

            double labelY = raise ? y + 24 : y - 14;
            string when = entry.Date!.Value.ToString("MMM yyyy", CultureInfo.InvariantCulture) + (entry.DateBasis == HistoryDateBasis.Published ? "*" : string.Empty);
            if (entry.Headline is not null)
            {
                group.Add(Text(x, labelY, when, 10, "middle", "#1a1a1a", bold: true));
                group.Add(Text(x, labelY + (raise ? 12 : -12), Short(entry.Inspection), 9, "middle", "#4b5563"));
            }
            else if (band == 4)
            {
                group.Add(Text(x, labelY, when, 9, "middle", "#4b5563"));
            }

            svg.Add(group);
        }

        // Legend and notes.
        double ly = plotBottom + 44;
        svg.Add(new XElement(Ns + "circle", new XAttribute("cx", N(Left)), new XAttribute("cy", N(ly - 4)), new XAttribute("r", "7"), new XAttribute("fill", "#7fbf7b"), new XAttribute("stroke", "#1a1a1a")));
        svg.Add(Text(Left + 12, ly, "graded inspection, at its headline grade", 11));
        svg.Add(new XElement(Ns + "circle", new XAttribute("cx", N(Left + 270)), new XAttribute("cy", N(ly - 4)), new XAttribute("r", "5"), new XAttribute("fill", "#ffffff"), new XAttribute("stroke", "#4b5563"), new XAttribute("stroke-width", "1.5")));
        svg.Add(Text(Left + 282, ly, "ungraded visit", 11));
        svg.Add(Line(Left + 380, ly - 4, Left + 420, ly - 4, "#6b7280", 1.5, "5 4"));
        svg.Add(Text(Left + 426, ly, "† framework (or authority) changed: a change of band, not like for like", 11));
        svg.Add(Text(20, ly + 24, "Shaded periods: the framework in force. Grades of different frameworks share a band where Ofsted's scales align (adequate / requires improvement).", 10, fill: "#444444"));
        svg.Add(Text(20, ly + 40, "Source: Ofsted inspection records; contains public sector information licensed under the Open Government Licence v3.0.", 10, fill: "#444444"));
        int undated = history.Entries.Count(e => e.Date is null);
        if (undated > 0)
        {
            svg.Add(Text(20, ly + 56, $"{undated} inspection(s) with no date are not drawn.", 10, fill: "#444444"));
        }

        return ToText(svg);
    }

    private static string Describe(AuthorityHistory history)
    {
        var parts = history.Entries.Select(e =>
            $"{(e.Date is { } d ? HistoryCommand.Iso(d) : "undated")} {e.Inspection.FrameworkId} {e.Inspection.VisitTypeId}: {e.Headline?.Label ?? (e.IsGraded ? "graded" : "not graded")}");
        return $"Timeline of {history.Entries.Length} inspections of {history.Authority.Name}"
            + (history.Lineage.Length > 1 ? $" and its predecessors ({string.Join(", ", history.Lineage.Skip(1).Select(a => a.Name))})" : string.Empty)
            + (history.Entries.IsEmpty ? "." : ": " + string.Join("; ", parts) + ".");
    }

    private static string Short(Inspection inspection) => inspection.FrameworkId + (inspection.VisitTypeId switch
    {
        "short-inspection" => " short",
        "standard-inspection" => " standard",
        "full-inspection" => string.Empty,
        var other => " " + other,
    });

    private static string Fit(string text, double width)
    {
        int max = Math.Max(0, (int)(width / 6));
        return text.Length <= max ? text : max <= 1 ? string.Empty : string.Concat(text.AsSpan(0, max - 1), "…");
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        string line = string.Empty;
        foreach (string word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
