using System.Text.Json;
using System.Xml.Linq;
using Inspections.Cli.Output;
using Inspections.Core;
using Inspections.Core.Serialization;
using NodaTime;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Issue 24, item 3: <c>history "North Northamptonshire"</c> shows its May 2026 ILACS inspection (no overall
/// effectiveness judgement) as graded and compares it with 2022 strand by strand, in text, JSON, CSV and SVG.
/// </summary>
public sealed class HistoryByStrandTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const string Subject = "North Northamptonshire";

    [Fact]
    public void Text_shows_the_2026_inspection_graded_and_each_strand_against_2022()
    {
        var (exit, output, _) = CliRunner.Run("history", Subject);

        Assert.Equal(0, exit);
        Assert.Contains("(no headline; graded in 4 strands, below)", output, StringComparison.Ordinal);
        Assert.Contains("2026-05-11 ilacs-2026 standard-inspection: Impact of leaders Outstanding; Help and protection Good; Children in care Good; Care leavers Good", output, StringComparison.Ordinal);
        int change = output.IndexOf("2022-10-03 ilacs-2018 → 2026-05-11 ilacs-2026", StringComparison.Ordinal);
        Assert.True(change > 0, output);
        string after = output[change..];
        Assert.Contains("    strand Impact of leaders: Requires improvement to be good → Outstanding, better by 2 bands (same-scale)", after, StringComparison.Ordinal);
        Assert.Contains("    strand Help and protection: Requires improvement to be good → Good, better by 1 band (same-scale)", after, StringComparison.Ordinal);
        Assert.Contains("    strand Care leavers: Requires improvement to be good → Good, better by 1 band (same-scale)", after, StringComparison.Ordinal);
        Assert.Contains("    strand Overall effectiveness: Requires improvement to be good → —, Not compared: the later inspection did not grade overall effectiveness.", after, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_keeps_cli_mds_shape_and_adds_each_strand_to_each_change()
    {
        var (exit, output, _) = CliRunner.Run("history", Subject, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["inspections", "changes", "strandGrades"], root.EnumerateObject().Select(p => p.Name));
        var inspections = root.GetProperty("inspections").EnumerateArray().ToList();
        int last = inspections.FindIndex(i => i.GetProperty("framework").GetString() == "ilacs-2026");
        Assert.Equal(inspections.Count - 1, last);
        var grades = root.GetProperty("strandGrades").EnumerateArray().ToList();
        Assert.Equal(inspections.Count, grades.Count);
        Assert.Equal("outstanding", grades[last].GetProperty("impact-of-leaders").GetString());
        Assert.False(grades[last].TryGetProperty("overall-effectiveness", out _));
        var change = root.GetProperty("changes").EnumerateArray().Last();
        Assert.Equal("not-comparable", change.GetProperty("overall").GetProperty("direction").GetString());
        var strands = change.GetProperty("strands").EnumerateArray().ToDictionary(s => s.GetProperty("strand").GetString()!);
        Assert.Equal(["impact-of-leaders", "help-and-protection", "children-in-care", "care-leavers", "overall-effectiveness"], strands.Keys);
        Assert.Equal("better", strands["impact-of-leaders"].GetProperty("direction").GetString());
        Assert.Equal(2, strands["impact-of-leaders"].GetProperty("steps").GetInt32());
        Assert.Equal("requires-improvement", strands["help-and-protection"].GetProperty("before").GetString());
        Assert.Equal("good", strands["help-and-protection"].GetProperty("after").GetString());
        Assert.Equal("children-who-need-help-and-protection", strands["help-and-protection"].GetProperty("afterJudgement").GetString());
        Assert.Equal("not-comparable", strands["overall-effectiveness"].GetProperty("direction").GetString());
        Assert.Equal(JsonValueKind.Null, strands["overall-effectiveness"].GetProperty("after").ValueKind);
    }

    [Fact]
    public void Csv_is_one_rfc_4180_row_per_inspection_with_each_strand_and_its_change()
    {
        var (exit, output, _) = CliRunner.Run("history", Subject, "--format", "csv");
        var json = CliRunner.Run("history", Subject, "--format", "json");

        Assert.Equal(0, exit);
        Assert.EndsWith("\r\n", output, StringComparison.Ordinal);
        var records = SharedCsv.Records(output).Select(r => r.Cells).ToList();
        var header = records[0];
        Assert.Equal(["date", "dated_by", "fieldwork_start", "published", "framework", "visit", "authority", "gss", "source", "headline", "impact-of-leaders", "impact-of-leaders_change"], header.Take(12));
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(document.RootElement.GetProperty("inspections").GetArrayLength(), records.Count - 1);
        var row = records.Single(r => r[header.IndexOf("framework")] == "ilacs-2026");
        string Cell(string column) => row[header.IndexOf(column)];
        Assert.Equal("2026-05-11", Cell("date"));
        Assert.Equal("fieldwork-start", Cell("dated_by"));
        Assert.Equal("North Northamptonshire", Cell("authority"));
        Assert.Equal(string.Empty, Cell("headline"));
        Assert.Equal("outstanding", Cell("impact-of-leaders"));
        Assert.Equal("better 2", Cell("impact-of-leaders_change"));
        Assert.Equal("good", Cell("care-leavers"));
        Assert.Equal("better 1", Cell("care-leavers_change"));
        Assert.Equal(string.Empty, Cell("overall-effectiveness"));
        Assert.All(records, r => Assert.Equal(header.Count, r.Count));
    }

    [Fact]
    public void Csv_fields_from_file_names_cannot_forge_a_record()
    {
        using var folder = new TempFolder();
        var inspection = new Inspection(
            "ilacs-2023", "focused-visit", new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale", "E08000033"),
            new Fieldwork(new LocalDate(2025, 1, 6), new LocalDate(2025, 1, 7)), JudgementGrades.Empty)
        {
            Published = new LocalDate(2025, 2, 1),
        };
        string file = folder.File("=HYPERLINK(\"x\"),\n.json", InspectionJson.Write(inspection));

        var (exit, output, error) = CliRunner.Run("history", "Calderdale", file, "--format", "csv");

        Assert.True(exit == 0, error);
        var records = SharedCsv.Records(output).Select(r => r.Cells).ToList();
        Assert.Equal(2, records.Count);
        string source = records[1][records[0].IndexOf("source")];
        Assert.Contains(@",\n.json", source, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", source, StringComparison.Ordinal);
        Assert.Equal(file, Csv.Restore(source));
    }

    [Fact]
    public void Svg_draws_the_2026_inspection_graded_in_four_strands_with_its_changes()
    {
        var (exit, output, _) = CliRunner.Run("history", Subject, "--format", "svg");

        Assert.Equal(0, exit);
        var svg = XDocument.Parse(output).Root!;
        var cells = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "cell" && ((string?)g.Element(Svg + "title"))!.StartsWith("2026-05-11", StringComparison.Ordinal)).ToList();
        Assert.Equal(["impact-of-leaders", "help-and-protection", "children-in-care", "care-leavers"], cells.Select(c => (string)c.Attribute("data-strand")!));
        Assert.Equal(["outstanding", "good", "good", "good"], cells.Select(c => (string)c.Attribute("data-grade")!));
        Assert.Equal(["Outstanding", "▲ better by 2"], cells[0].Elements(Svg + "text").Select(t => t.Value));
        Assert.DoesNotContain(svg.Descendants(Svg + "text"), t => t.Value.Contains("Not graded (visit)", StringComparison.Ordinal));
        var connectors = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "connector").ToList();
        Assert.Contains(connectors, c => ((string?)c.Element(Svg + "title"))!.StartsWith("2022-10-03 to 2026-05-11, Impact of leaders: better by 2 bands", StringComparison.Ordinal));
        Assert.DoesNotContain(connectors, c => (string?)c.Attribute("data-direction") == "not-comparable");
    }
}
