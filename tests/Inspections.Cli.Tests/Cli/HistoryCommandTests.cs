using System.Text.Json;
using System.Xml.Linq;
using Inspections.Core;
using Inspections.Core.Serialization;
using NodaTime;

namespace Inspections.Cli.Tests.Cli;

/// <summary><c>inspections history</c> and <c>latest</c>: text, the stable JSON shapes of cli.md, and the SVG pictures.</summary>
public sealed class HistoryCommandTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Examples => Path.Combine(RepositoryPaths.Docs, "examples", "valid");

    private static Inspection Ilacs(string name, string? gss, string start, string published, string grade, string visit = "standard-inspection") =>
        new("ilacs-2018", visit, new InspectionSubject(SubjectKind.LocalAuthority, name, gss), Fieldwork(start),
            visit == "focused-visit" ? JudgementGrades.Empty : JudgementGrades.Create(("overall-effectiveness", grade), ("impact-of-leaders", grade), ("children-who-need-help-and-protection", grade), ("children-in-care-and-care-leavers", grade)))
        {
            Published = LocalDate.FromDateTime(DateTime.Parse(published, System.Globalization.CultureInfo.InvariantCulture)),
        };

    // The format (inspections/v1) asks for the last day of fieldwork as well as the first.
    private static Fieldwork Fieldwork(string start)
    {
        var first = LocalDate.FromDateTime(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        return new Fieldwork(first, first.PlusDays(9));
    }

    private static string JsonLines(TempFolder folder, params Inspection[] inspections) =>
        folder.File("inspections.jsonl", string.Join("\n", inspections.Select(i => InspectionJson.Write(i, indented: false))) + "\n");

    [Fact]
    public void History_text_lists_Calderdale_in_date_order_with_the_honest_change()
    {
        var (exit, output, error) = CliRunner.Run("history", "Calderdale", Examples);

        Assert.Equal(0, exit);
        Assert.Contains("Calderdale (E08000033, DfE 381, Yorkshire and the Humber)", output, StringComparison.Ordinal);
        int sif = output.IndexOf("2015-01-13  sif-2013", StringComparison.Ordinal);
        int ilacs = output.IndexOf("2018-11-12  ilacs-2018", StringComparison.Ordinal);
        Assert.True(sif > 0 && ilacs > sif, output);
        Assert.Contains("headline Requires improvement to be good → Good, better by 1 band", output, StringComparison.Ordinal);
        Assert.Contains("Caveat: The framework changed (sif-2013 to ilacs-2018)", output, StringComparison.Ordinal);
        Assert.Contains("repeat another exactly", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("E08000033")]
    [InlineData("381")]
    [InlineData("calderdale council")]
    public void A_GSS_code_or_DfE_number_gives_the_same_history(string subject)
    {
        var byName = CliRunner.Run("history", "Calderdale", Examples, "--format", "json");
        var other = CliRunner.Run("history", subject, Examples, "--format", "json");
        Assert.Equal(0, other.Exit);
        Assert.Equal(byName.Out, other.Out);
    }

    [Fact]
    public void History_json_has_the_stable_shape_of_cli_md()
    {
        var (exit, output, _) = CliRunner.Run("history", "Calderdale", Examples, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["inspections", "changes"], root.EnumerateObject().Select(p => p.Name).Take(2));
        var inspections = root.GetProperty("inspections").EnumerateArray().ToList();
        Assert.Equal(["sif-2013", "ilacs-2018"], inspections.Select(i => i.GetProperty("framework").GetString()));
        Assert.All(inspections, i => Assert.Equal("inspections/v1", i.GetProperty("schema").GetString()));
        var change = Assert.Single(root.GetProperty("changes").EnumerateArray());
        Assert.True(change.GetProperty("frameworkChanged").GetBoolean());
        var overall = change.GetProperty("overall");
        Assert.Equal("better", overall.GetProperty("direction").GetString());
        Assert.Equal(1, overall.GetProperty("steps").GetInt32());
        Assert.Equal("requires-improvement", overall.GetProperty("before").GetString());
        Assert.Equal("good", overall.GetProperty("after").GetString());
        Assert.Contains("framework changed", change.GetProperty("caveat").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void North_Northamptonshire_reaches_back_through_Northamptonshire()
    {
        using var folder = new TempFolder();
        string file = JsonLines(folder,
            Ilacs("Northamptonshire", "E10000021", "2019-06-17", "2019-07-29", "inadequate"),
            Ilacs("North Northamptonshire", "E06000061", "2022-06-06", "2022-07-20", "requires-improvement"),
            Ilacs("West Northamptonshire", "E06000062", "2022-09-05", "2022-10-20", "good"));

        var (exit, output, _) = CliRunner.Run("history", "North Northamptonshire", file);

        Assert.Equal(0, exit);
        Assert.Contains("Through its predecessors: Northamptonshire (E10000021, DfE 928, East Midlands, until 31 March 2021)", output, StringComparison.Ordinal);
        Assert.Contains("[Northamptonshire]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("2022-09-05", output, StringComparison.Ordinal);
        Assert.Contains("The authority changed on 1 April 2021", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_subject_is_a_usage_error_naming_the_nearest()
    {
        var (exit, output, error) = CliRunner.Run("history", "Northamptonshir", Examples);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("The nearest names: Northamptonshire", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_document_is_reported_left_out_and_exits_1()
    {
        using var folder = new TempFolder();
        folder.File("bad.json", "{ \"schema\": \"inspections/v1\" }");
        File.Copy(Path.Combine(Examples, "sif-2013-calderdale-2015.json"), Path.Combine(folder.Path, "good.json"));
        var (exit, output, error) = CliRunner.Run("history", "Calderdale", folder.Path);
        Assert.Equal(1, exit);
        Assert.Contains("2015-01-13", output, StringComparison.Ordinal);
        Assert.Contains("bad.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void History_svg_is_a_grid_of_inspections_by_strand_that_names_what_it_shows()
    {
        using var folder = new TempFolder();
        string file = JsonLines(folder,
            Ilacs("Northamptonshire", "E10000021", "2019-06-17", "2019-07-29", "inadequate"),
            Ilacs("North Northamptonshire <&>", "E06000061", "2021-11-10", "2021-12-10", "good", "focused-visit"),
            Ilacs("North Northamptonshire", "E06000061", "2022-06-06", "2022-07-20", "requires-improvement"));

        var (exit, output, _) = CliRunner.Run("history", "North Northamptonshire", file, "--format", "svg");

        Assert.Equal(0, exit);
        var svg = XDocument.Parse(output).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Empty(svg.Descendants(Svg + "script"));
        Assert.StartsWith("North Northamptonshire: children's services inspections, 2019", svg.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("Northamptonshire", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        var marks = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "inspection").ToList();
        Assert.Equal(["2019-06-17", "2021-11-10", "2022-06-06"], marks.Select(m => (string)m.Attribute("data-date")!).Order(StringComparer.Ordinal));
        var strands = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "strand").Select(g => (string)g.Attribute("data-strand")!).ToList();
        Assert.Equal(["impact-of-leaders", "help-and-protection", "children-in-care", "care-leavers", "overall-effectiveness"], strands);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Help and protection", texts);
        Assert.Contains("Inadequate", texts);
        Assert.Contains("▲ better by 1", texts);
        Assert.Contains(texts, t => t.StartsWith("1 April 2021: Northamptonshire → North Northamptonshire", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("not graded", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Open Government Licence v3.0", StringComparison.Ordinal));
        var connectors = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "connector").ToList();
        Assert.Equal(5, connectors.Count);
        Assert.All(connectors, c => Assert.Equal("better", (string)c.Attribute("data-direction")!));
        Assert.All(connectors, c => Assert.Equal("4 3", (string)c.Element(Svg + "line")!.Attribute("stroke-dasharray")!));
    }

    [Fact]
    public void Latest_json_has_the_stable_shape_and_counts_per_scale()
    {
        var (exit, output, _) = CliRunner.Run("latest", "--at", "2019-03-31", Examples, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["at", "subjects", "distribution"], root.EnumerateObject().Select(p => p.Name).Take(3));
        Assert.Equal("2019-03-31", root.GetProperty("at").GetString());
        var subjects = root.GetProperty("subjects").EnumerateArray().ToList();
        var names = subjects.Select(s => s.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        var calderdale = subjects.Single(s => s.GetProperty("name").GetString() == "Calderdale");
        Assert.Equal(["name", "gss", "la", "framework", "visit", "fieldworkStart", "published", "headline"], calderdale.EnumerateObject().Select(p => p.Name).Take(8));
        Assert.Equal("E08000033", calderdale.GetProperty("gss").GetString());
        Assert.Equal(381, calderdale.GetProperty("la").GetInt32());
        Assert.Equal("ilacs-2018", calderdale.GetProperty("framework").GetString());
        Assert.Equal("overall-effectiveness", calderdale.GetProperty("headline").GetProperty("judgement").GetString());
        Assert.Equal("good", calderdale.GetProperty("headline").GetProperty("grade").GetString());
        var ri = root.GetProperty("distribution").GetProperty("four-point-requires-improvement");
        Assert.Equal(1, ri.GetProperty("good").GetInt32());
        Assert.Equal(0, ri.GetProperty("outstanding").GetInt32());
    }

    [Fact]
    public void Latest_respects_the_publication_cut_off()
    {
        var before = CliRunner.Run("latest", "--at", "2018-11-30", Examples, "--format", "json");
        var after = CliRunner.Run("latest", "--at", "2018-11-30", "--published-by", "2018-12-31", Examples, "--format", "json");
        Assert.DoesNotContain("ilacs-2018", before.Out, StringComparison.Ordinal);
        Assert.Contains("ilacs-2018", after.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--at", "31/03/2025")]
    [InlineData("--published-by", "2025-02-30")]
    public void A_bad_date_is_a_usage_error(string option, string value)
    {
        string[] args = option == "--at" ? ["latest", "--at", value, Examples] : ["latest", "--at", "2025-03-31", option, value, Examples];
        var (exit, _, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains($"'{value}' is not a date", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_off_before_the_date_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("latest", "--at", "2025-03-31", "--published-by", "2025-03-01", Examples);
        Assert.Equal(2, exit);
        Assert.Contains("is before --at", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Latest_svg_draws_a_labelled_bar_per_grade()
    {
        var (exit, output, _) = CliRunner.Run("latest", "--at", "2019-03-31", Examples, "--format", "svg");

        Assert.Equal(0, exit);
        var svg = XDocument.Parse(output).Root!;
        Assert.Contains("31 March 2019", svg.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("Good 1 (100%)", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        var panel = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-scale") == "four-point-requires-improvement");
        var bars = panel.Elements(Svg + "g").ToList();
        Assert.Equal(["outstanding", "good", "requires-improvement", "inadequate"], bars.Select(b => (string)b.Attribute("data-grade")!));
        Assert.Equal(["0", "1", "0", "0"], bars.Select(b => (string)b.Attribute("data-count")!));
        Assert.All(bars, b => Assert.Contains(b.Elements(Svg + "text"), t => t.Value.EndsWith("%)", StringComparison.Ordinal)));
    }

    [Fact]
    public void Neighbours_puts_the_authority_beside_its_ten_statistical_neighbours()
    {
        using var folder = new TempFolder();
        string file = JsonLines(folder,
            Ilacs("Calderdale", "E08000033", "2022-01-10", "2022-02-10", "good"),
            Ilacs("Kirklees", null, "2022-01-10", "2022-02-10", "requires-improvement"),
            Ilacs("Leeds", null, "2022-01-10", "2022-02-10", "outstanding"));

        var json = CliRunner.Run("history", "Calderdale", file, "--neighbours", "--format", "json");
        var text = CliRunner.Run("history", "Calderdale", file, "--neighbours");
        var svg = CliRunner.Run("history", "Calderdale", file, "--neighbours", "--format", "svg");

        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("Calderdale", doc.RootElement.GetProperty("subject").GetProperty("name").GetString());
        Assert.Equal("good", doc.RootElement.GetProperty("subject").GetProperty("judgements").GetProperty("overall-effectiveness").GetString());
        var neighbours = doc.RootElement.GetProperty("neighbours").EnumerateArray().ToList();
        Assert.Equal(10, neighbours.Count);
        Assert.Equal(Enumerable.Range(1, 10), neighbours.Select(n => n.GetProperty("rank").GetInt32()));
        Assert.Contains("Calderdale (the authority)", text.Out, StringComparison.Ordinal);
        var root = XDocument.Parse(svg.Out).Root!;
        var rows = root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "authority").ToList();
        Assert.Equal(11, rows.Count);
        Assert.Equal("Calderdale", (string)rows[0].Attribute("data-name")!);
        Assert.Contains(rows[0].Descendants(Svg + "text"), t => t.Value == "Good");
    }
}
