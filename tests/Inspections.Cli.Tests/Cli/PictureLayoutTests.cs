using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Inspections.Cli.Commands;
using Inspections.Core;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Histories;
using NodaTime;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Issue 24, item 4: in every picture of <c>history</c> and <c>history --neighbours</c> no two labels overlap and
/// nothing leaves the canvas, measured with DejaVu Sans's advance widths (the committed table of
/// <see cref="DejaVuSansWidths"/>, so the test needs no font), over every authority's history in the record and every
/// neighbours grid, and over busy and extreme histories made for the purpose.
/// </summary>
public sealed class PictureLayoutTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly LocalDate Today = new(2026, 12, 1);

    /// <summary>A text's box: where the font's glyphs can reach, from its ascender to its descender.</summary>
    internal sealed record Box(string Text, double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box other) =>
            Left < other.Right - 0.01 && other.Left < Right - 0.01 && Top < other.Bottom - 0.01 && other.Top < Bottom - 0.01;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"'{Text}' [{Left:0.#}, {Top:0.#}] – [{Right:0.#}, {Bottom:0.#}]");
    }

    /// <summary>Every text of the picture as a box, measured as the renderer lays it out (x, y, anchor, size, weight).</summary>
    internal static List<Box> TextBoxes(XElement svg)
    {
        var boxes = new List<Box>();
        foreach (var text in svg.Descendants(Svg + "text"))
        {
            Assert.Empty(text.Elements());
            Assert.Null(text.Attribute("transform"));
            double x = (double)text.Attribute("x")!, y = (double)text.Attribute("y")!, size = (double)text.Attribute("font-size")!;
            bool bold = (string?)text.Attribute("font-weight") == "bold";
            double width = FontMetrics.Width(text.Value, size, bold);
            double left = (string?)text.Attribute("text-anchor") switch
            {
                "middle" => x - (width / 2),
                "end" => x - width,
                _ => x,
            };
            boxes.Add(new Box(text.Value, left, y - FontMetrics.Ascent(size), left + width, y + FontMetrics.Descent(size)));
        }

        return boxes;
    }

    /// <summary>The problems of a picture's layout: labels that overlap, and anything outside the canvas.</summary>
    internal static List<string> LayoutProblems(string picture)
    {
        var svg = XDocument.Parse(picture).Root!;
        double width = (double)svg.Attribute("width")!, height = (double)svg.Attribute("height")!;
        var problems = new List<string>();
        Assert.StartsWith("font-family:'DejaVu Sans'", (string)svg.Attribute("style")!, StringComparison.Ordinal);
        Assert.DoesNotContain(svg.Descendants(), e => e.Attribute("transform") is not null);
        var boxes = TextBoxes(svg);
        foreach (var box in boxes.Where(b => b.Left < 0 || b.Top < 0 || b.Right > width || b.Bottom > height))
        {
            problems.Add($"outside the {width}×{height} canvas: {box}");
        }

        for (int i = 0; i < boxes.Count; i++)
        {
            for (int j = i + 1; j < boxes.Count; j++)
            {
                if (boxes[i].Overlaps(boxes[j]))
                {
                    problems.Add($"overlap: {boxes[i]} and {boxes[j]}");
                }
            }
        }

        foreach (var rect in svg.Descendants(Svg + "rect"))
        {
            double x = (double)rect.Attribute("x")!, y = (double)rect.Attribute("y")!, w = (double)rect.Attribute("width")!, h = (double)rect.Attribute("height")!;
            if (x < 0 || y < 0 || x + w > width + 0.01 || y + h > height + 0.01)
            {
                problems.Add($"rect outside the canvas at {x},{y} ({w}×{h})");
            }
        }

        foreach (var line in svg.Descendants(Svg + "line"))
        {
            double[] v = new[] { "x1", "y1", "x2", "y2" }.Select(a => (double)line.Attribute(a)!).ToArray();
            if (v.Min() < 0 || v[0] > width || v[2] > width || v[1] > height || v[3] > height)
            {
                problems.Add($"line outside the canvas: {string.Join(",", v)}");
            }
        }

        return problems;
    }

    private static IReadOnlyList<Inspection> Record => Inspections.Data.OfficialRecord.Inspections;

    public static TheoryData<string> Authorities()
    {
        var data = new TheoryData<string>();
        foreach (var authority in LocalAuthorityRegister.Default.Authorities)
        {
            data.Add(authority.Name);
        }

        return data;
    }

    [Fact]
    public void The_checker_finds_overlapping_labels_and_labels_off_the_canvas()
    {
        string overlapping = $"<svg xmlns='http://www.w3.org/2000/svg' width='200' height='100' style=\"font-family:{FontMetrics.Family}\"><text x='10' y='20' font-size='12'>Requires improvement</text><text x='60' y='24' font-size='12'>Good</text></svg>";
        string outside = $"<svg xmlns='http://www.w3.org/2000/svg' width='100' height='100' style=\"font-family:{FontMetrics.Family}\"><text x='99' y='50' font-size='12' text-anchor='start'>Outstanding</text><text x='5' y='5' font-size='12'>top</text></svg>";
        string apart = $"<svg xmlns='http://www.w3.org/2000/svg' width='200' height='100' style=\"font-family:{FontMetrics.Family}\"><text x='10' y='20' font-size='12'>Inadequate</text><text x='10' y='36' font-size='12'>Good</text><text x='190' y='60' font-size='12' text-anchor='end'>Adequate</text></svg>";

        Assert.Contains(LayoutProblems(overlapping), p => p.StartsWith("overlap: 'Requires improvement'", StringComparison.Ordinal));
        Assert.Equal(2, LayoutProblems(outside).Count(p => p.StartsWith("outside", StringComparison.Ordinal)));
        Assert.Empty(LayoutProblems(apart));
    }

    [Fact]
    public void The_widths_are_DejaVu_Sans_advances()
    {
        // DejaVu Sans 2.37: 'R' 1423, 'e' 1260, 'q' 1300 font units of 2048 (hmtx); Bold 'G' 1681 ('o' 1407, 'd' 1466).
        Assert.Equal((1423 + 1260 + 1300) * 12.0 / 2048, FontMetrics.Width("Req", 12), 6);
        Assert.Equal((1681 + 1407 + 1407 + 1466) * 10.0 / 2048, FontMetrics.Width("Good", 10, bold: true), 6);
        Assert.Equal(1901 * 10.0 / 2048, FontMetrics.Ascent(10), 6);
    }

    [Fact]
    public void The_committed_width_table_is_what_the_generator_makes_of_the_font_where_it_is_installed()
    {
        const string regular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
        if (!File.Exists(regular) || !File.Exists(bold))
        {
            return; // CI machines may not have the font: the committed table is then what the other tests use.
        }

        var start = new ProcessStartInfo("python3", [Path.Combine(RepositoryPaths.Root, "tools", "generate-font-metrics.py"), regular, bold]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        string generated = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Inspections.Cli", "Commands", "DejaVuSansWidths.cs")).ReplaceLineEndings("\n"), generated.ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Authorities))]
    public void Every_authoritys_history_and_neighbours_grid_lays_out_cleanly(string name)
    {
        var authority = LocalAuthorityRegister.Default[name];
        var history = AuthorityHistory.Of(authority, Record);

        var problems = LayoutProblems(HistorySvg.Render(history, FrameworkCatalog.Default)).Select(p => "history: " + p).ToList();
        problems.AddRange(LayoutProblems(NeighboursReport.RenderSvg(authority, Record.Select(i => new InspectionInput(i, InspectionInput.Record)).ToList(), Today)).Select(p => "neighbours: " + p));

        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}");
    }

    [Theory]
    [InlineData("North Northamptonshire", "history-north-northamptonshire.svg")]
    [InlineData("Calderdale", "history-calderdale.svg")]
    [InlineData("Bournemouth, Christchurch and Poole", "history-bournemouth-christchurch-and-poole.svg")]
    public void The_history_pictures_in_the_docs_are_what_the_command_draws_from_the_record(string name, string file)
    {
        string path = Path.Combine(RepositoryPaths.Docs, "images", file);
        string drawn = HistorySvg.Render(AuthorityHistory.Of(LocalAuthorityRegister.Default[name], Record), FrameworkCatalog.Default);
        if (RepositoryPaths.UpdateDocs)
        {
            File.WriteAllText(path, drawn);
        }

        Assert.Equal(drawn, File.ReadAllText(path));
        Assert.Empty(LayoutProblems(drawn));
    }
}
