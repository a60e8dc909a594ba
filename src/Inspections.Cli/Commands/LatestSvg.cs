using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Inspections.Core;
using Inspections.Core.Histories;
using static Inspections.Cli.Commands.SvgPicture;

namespace Inspections.Cli.Commands;

/// <summary><c>latest --format svg</c>: one panel of bars per grading scale, a bar per grade with its count and share.</summary>
internal static class LatestSvg
{
    private const double Width = 900, Left = 230, BarMax = 400, Row = 34;

    private const double StackLeft = 300, StackWidth = 560, StackRow = 40;

    public static string Render(StateOfTheNation state) => Render(state, []);

    /// <summary>The headline bars, then one stacked bar per judgement strand (per region of each kind asked for).</summary>
    public static string Render(StateOfTheNation state, System.Collections.Immutable.ImmutableArray<Inspections.Core.Authorities.RegionKind> kinds)
    {
        string at = DateText.Words(state.InspectedBy);
        string by = DateText.Words(state.PublishedBy);
        int rows = state.Distributions.Sum(d => d.Scale.Grades.Length + 2);
        var regional = kinds.SelectMany(k => state.ByRegion(k)).ToList();
        int stacks = (2 * state.Strands.Length) + (regional.Count * state.Strands.Length) + 2 + (kinds.Length * state.Strands.Length);
        double height = 110 + (rows * Row) + 60 + (stacks * StackRow) + 40;
        string title = $"Children's services: headline grades and judgement strands, {at}";
        string description = $"Each local authority's latest graded inspection whose fieldwork began by {at} and that was published by {by}. "
            + string.Join(" ", state.Distributions.Select(d =>
                $"{d.Scale.Name}: {d.Total} {(d.Total == 1 ? "authority" : "authorities")}; " + string.Join(", ", d.Counts.Select(p => $"{p.Key.Label} {p.Value} ({SvgPicture.Percent(d.ProportionOf(p.Key))})")) + "."))
            + " " + string.Join(" ", state.Strands.Select(st => $"{st.Strand.Name}: {st.Graded.Length} graded, {st.NotGradedAtLatest.Length} not graded at their latest inspection."))
            + (state.NotYetInspected.IsEmpty ? string.Empty : $" Not yet inspected: {state.NotYetInspected.Length}.");
        var svg = Create(Width, height, title, description);
        svg.Add(Text(20, 34, title, 19, bold: true));
        svg.Add(Text(20, 56, $"Latest graded inspection of each authority: fieldwork begun by {at}, report published by {by}.", 12, fill: "#444444"));
        svg.Add(Text(20, 72, "Counts and shares of authorities at each headline grade, per grading scale; grades are ordinal, so no averages.", 12, fill: "#444444"));

        double y = 102;
        int max = state.Distributions.Select(d => d.Counts.Max(p => p.Value)).DefaultIfEmpty(1).Max();
        foreach (var distribution in state.Distributions)
        {
            var panel = new XElement(Ns + "g", new XAttribute("class", "distribution"), new XAttribute("data-scale", distribution.Scale.Id));
            panel.Add(Text(20, y, $"{distribution.Scale.Name}: {distribution.Total} {(distribution.Total == 1 ? "authority" : "authorities")}", 13, bold: true));
            y += 14;
            foreach (var (grade, count) in distribution.Counts.Select(p => (p.Key, p.Value)))
            {
                double share = distribution.ProportionOf(grade);
                double w = max == 0 ? 0 : BarMax * count / max;
                var bar = new XElement(Ns + "g", new XAttribute("class", "bar"), new XAttribute("data-grade", grade.Id), new XAttribute("data-count", count.ToString(CultureInfo.InvariantCulture)));
                bar.Add(new XElement(Ns + "title", $"{grade.Label}: {count} of {distribution.Total} ({SvgPicture.Percent(share)})"));
                bar.Add(Text(Left - 10, y + 21, grade.Label, 12, "end"));
                bar.Add(Rect(Left, y + 6, BarMax, Row - 10, "#f3f4f6"));
                bar.Add(Rect(Left, y + 6, w, Row - 10, Colour(grade), "#1a1a1a"));
                bar.Add(Text(Left + w + 8, y + 21, $"{count}  ({SvgPicture.Percent(share)})", 12, bold: true));
                panel.Add(bar);
                y += Row;
            }

            svg.Add(panel);
            y += Row;
        }

        if (state.Distributions.IsEmpty)
        {
            svg.Add(Text(20, y + 10, "No graded inspection counts at this date.", 13));
            y += Row;
        }

        y += 10;
        svg.Add(Text(20, y, "Each judgement strand: every authority at its latest graded inspection", 15, bold: true));
        svg.Add(Text(20, y + 18, "An authority whose latest inspection did not grade a strand is counted apart (hatched), never at an older grade.", 12, fill: "#444444"));
        y += 34;
        foreach (var strand in state.Strands)
        {
            y += Long(strand.Strand.Name) ? 18 : 0;
            svg.Add(Stack(strand, strand.Strand.Name, y));
            y += StackRow;
        }

        foreach (var kind in kinds)
        {
            string whose = kind == Inspections.Core.Authorities.RegionKind.Ofsted ? "Ofsted region" : "ONS region";
            foreach (var strand in state.Strands)
            {
                y += 12;
                svg.Add(Text(20, y + 10, $"{strand.Strand.Name}, by {whose}", 13, bold: true));
                y += 18;
                foreach (var part in state.ByRegion(kind))
                {
                    svg.Add(Stack(part.GetStrand(strand.Strand.Id), part.Region!.Name, y));
                    y += StackRow;
                }
            }
        }

        y += 14;
        int noHeadline = state.Subjects.Count(s => s.Entry.Headline is null);
        string notes = $"{state.Subjects.Length} authorities with a graded inspection"
            + (noHeadline > 0 ? $" ({noHeadline} without a headline grade)" : string.Empty)
            + (state.NotYetInspected.IsEmpty ? "." : $"; {state.NotYetInspected.Length} not yet inspected: {string.Join(", ", state.NotYetInspected.Take(6).Select(a => a.Name))}{(state.NotYetInspected.Length > 6 ? ", …" : string.Empty)}.");
        svg.Add(Text(20, y, notes, 11, fill: "#444444"));
        svg.Add(Text(20, y + 18, "Source: Ofsted inspection records; contains public sector information licensed under the Open Government Licence v3.0.", 10, fill: "#444444"));

        // The canvas ends below the source line: the height above was an upper bound.
        double used = Math.Min(height, y + 40);
        svg.SetAttributeValue("height", N(used));
        svg.SetAttributeValue("viewBox", $"0 0 {N(Width)} {N(used)}");
        svg.Elements(Ns + "rect").First().SetAttributeValue("height", N(used));
        return ToText(svg);
    }

    private static bool Long(string label) => label.Length > 40;

    /// <summary>
    /// One stacked bar: a segment per grade (scales in order) and a hatched one for "not graded at its latest
    /// inspection", each with its count written in words underneath, so that no colour has to be told apart.
    /// </summary>
    private static XElement Stack(StateOfTheNationStrand strand, string label, double y)
    {
        var group = new XElement(Ns + "g", new XAttribute("class", "strand"), new XAttribute("data-strand", strand.Strand.Id));
        // A long name (an earlier framework's own strand) goes above its bar, from the left margin, so it is never cut.
        group.Add(Long(label) ? Text(20, y - 4, label, 12) : Text(StackLeft - 10, y + 15, label, 12, "end"));
        int total = strand.Total;
        double x = StackLeft;
        var words = new System.Collections.Generic.List<string>();
        foreach (var distribution in strand.Distributions)
        {
            foreach (var (grade, count) in distribution.Counts.Select(p => (p.Key, p.Value)))
            {
                if (count == 0)
                {
                    continue;
                }

                double w = total == 0 ? 0 : StackWidth * count / total;
                var segment = new XElement(Ns + "g", new XAttribute("class", "segment"), new XAttribute("data-grade", grade.Id), new XAttribute("data-count", count.ToString(CultureInfo.InvariantCulture)));
                segment.Add(new XElement(Ns + "title", $"{label}, {strand.Strand.Name}: {grade.Label} {count} of {total} ({SvgPicture.Percent((double)count / total)})"));
                segment.Add(Rect(x, y + 2, w, 18, Colour(grade), "#1a1a1a"));
                if (w >= 22)
                {
                    segment.Add(Text(x + (w / 2), y + 15, count.ToString(CultureInfo.InvariantCulture), 11, "middle", TextOn(grade), bold: true));
                }

                group.Add(segment);
                words.Add($"{grade.Label} {count}");
                x += w;
            }
        }

        int notGraded = strand.NotGradedAtLatest.Length;
        if (notGraded > 0)
        {
            double w = StackWidth * notGraded / total;
            var segment = new XElement(Ns + "g", new XAttribute("class", "segment"), new XAttribute("data-grade", "not-graded"), new XAttribute("data-count", notGraded.ToString(CultureInfo.InvariantCulture)));
            segment.Add(new XElement(Ns + "title", $"{label}, {strand.Strand.Name}: not graded at its latest inspection {notGraded} of {total}"));
            segment.Add(Rect(x, y + 2, w, 18, "#ffffff", "#1a1a1a"));
            for (double hx = x + 4; hx < x + w; hx += 6)
            {
                segment.Add(Line(hx, y + 20, Math.Min(hx + 6, x + w), y + 2, "#6b7280"));
            }

            group.Add(segment);
            words.Add($"not graded at latest {notGraded}");
        }

        if (total == 0)
        {
            words.Add("no authority counted");
        }

        group.Add(Text(StackLeft, y + 33, string.Join(" · ", words), 10, fill: "#333333"));
        return group;
    }
}
