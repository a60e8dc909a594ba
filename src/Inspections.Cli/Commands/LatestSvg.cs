using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Inspections.Core.Histories;
using static Inspections.Cli.Commands.SvgPicture;

namespace Inspections.Cli.Commands;

/// <summary><c>latest --format svg</c>: one panel of bars per grading scale, a bar per grade with its count and share.</summary>
internal static class LatestSvg
{
    private const double Width = 900, Left = 230, BarMax = 400, Row = 34;

    public static string Render(StateOfTheNation state)
    {
        string at = state.InspectedBy.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        string by = state.PublishedBy.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        int rows = state.Distributions.Sum(d => d.Scale.Grades.Length + 2);
        double height = 110 + (rows * Row) + 60;
        string title = $"Local authority children's services: headline grades as at {at}";
        string description = $"Each local authority's latest graded inspection whose fieldwork began by {at} and that was published by {by}. "
            + string.Join(" ", state.Distributions.Select(d =>
                $"{d.Scale.Name}: {d.Total} {(d.Total == 1 ? "authority" : "authorities")}; " + string.Join(", ", d.Counts.Select(p => $"{p.Key.Label} {p.Value} ({SvgPicture.Percent(d.ProportionOf(p.Key))})")) + "."))
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

        int noHeadline = state.Subjects.Count(s => s.Entry.Headline is null);
        string notes = $"{state.Subjects.Length} authorities with a graded inspection"
            + (noHeadline > 0 ? $" ({noHeadline} without a headline grade)" : string.Empty)
            + (state.NotYetInspected.IsEmpty ? "." : $"; {state.NotYetInspected.Length} not yet inspected: {string.Join(", ", state.NotYetInspected.Take(6).Select(a => a.Name))}{(state.NotYetInspected.Length > 6 ? ", …" : string.Empty)}.");
        svg.Add(Text(20, y, notes, 11, fill: "#444444"));
        svg.Add(Text(20, y + 18, "Source: Ofsted inspection records; contains public sector information licensed under the Open Government Licence v3.0.", 10, fill: "#444444"));
        return ToText(svg);
    }
}
