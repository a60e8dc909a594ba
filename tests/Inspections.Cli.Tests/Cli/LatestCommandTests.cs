using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Inspections.Cli.Output;
using Inspections.Core;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Histories;
using Inspections.Data;
using NodaTime;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// <c>latest</c> per judgement strand and region (issue 24 item 2), in text, JSON, CSV and SVG, and what a hostile
/// tester broke (issue 26 items 2 and 6): unescaped standard error, year 0000, the CSV format's error.
/// </summary>
public sealed partial class LatestCommandTests
{
    private const string Forged = "sif-2013\u001b[31m\nforged.json:1: error INS999: the document wrote this line";

    [GeneratedRegex(@"[\p{Cc}-[\n]]|[\p{Cf}\u2028\u2029]")]
    private static partial Regex NonPrinting();

    private static readonly StateOfTheNation State2026 = StateOfTheNation.At(OfficialRecord.Inspections, new LocalDate(2026, 8, 31), null);

    [Fact]
    public void At_31_August_2026_the_text_counts_every_authority_in_every_ilacs_strand()
    {
        var (exit, output, _) = CliRunner.Run("latest", "--at", "2026-08-31");

        Assert.Equal(0, exit);
        foreach (var strand in JudgementStrands.Default.Ilacs)
        {
            var row = Regex.Match(output, $@"^  {Regex.Escape(strand.Name)} +(\d+) +\S+ \(\d+%\) +(\d+)  ", RegexOptions.Multiline);
            Assert.True(row.Success, strand.Name + "\n" + output);
            Assert.Equal(State2026.Subjects.Length, int.Parse(row.Groups[1].Value) + int.Parse(row.Groups[2].Value));
        }

        Assert.Equal(153, State2026.Subjects.Length);
        int since2026 = State2026.Subjects.Count(s => s.Entry.Inspection.FrameworkId == FrameworkIds.Ilacs2026);
        Assert.Matches($@"  Overall effectiveness +{153 - since2026} +\S+ \(\d+%\) +{since2026}  ", output);
        Assert.Contains($"{since2026} authorities: the latest graded inspection has no headline judgement (ILACS since April 2026 has none); each is counted in the strands below.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("counted above under no scale", output, StringComparison.Ordinal);
    }

    [Fact]
    public void By_region_reproduces_Ofsteds_published_regional_shares_for_31_March_2024()
    {
        // Ofsted, "Main findings: Local authority inspection outcomes as at 31 March 2024" (30 August 2024): good or
        // outstanding "highest in the London region (85%) and lowest in the North West (36%)"; 60% nationally.
        var (exit, output, _) = CliRunner.Run("latest", "--at", "2024-03-31", "--published-by", "2024-08-30", "--by", "region");

        Assert.Equal(0, exit);
        Assert.Matches(@"  Overall effectiveness +\d+ +\d+ \(60%\) ", output);
        Assert.Matches(@"  London +Overall effectiveness +\d+ +\d+ \(85%\) ", output);
        Assert.Matches(@"  North West +Overall effectiveness +\d+ +\d+ \(36%\) ", output);
        Assert.Contains("By Ofsted region:", output, StringComparison.Ordinal);
        Assert.Contains("By ONS region:", output, StringComparison.Ordinal);
        Assert.Contains("  Yorkshire and The Humber (E12000003)  ", output, StringComparison.Ordinal);
        Assert.Contains("  North East, Yorkshire and the Humber  ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_keeps_the_stable_fields_first_and_adds_strands_and_regions()
    {
        var (exit, output, _) = CliRunner.Run("latest", "--at", "2026-08-31", "--by", "ofsted-region", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["at", "subjects", "distribution", "publishedBy", "strands", "frameworks", "notYetInspected", "regions"], root.EnumerateObject().Select(p => p.Name));
        var subject = root.GetProperty("subjects")[0];
        Assert.Equal(["name", "gss", "la", "framework", "visit", "fieldworkStart", "published", "headline", "strands", "ofstedRegion", "onsRegion"], subject.EnumerateObject().Select(p => p.Name));
        var strands = root.GetProperty("strands");
        foreach (var strand in State2026.Strands)
        {
            var counted = strands.GetProperty(strand.Strand.Id);
            Assert.Equal(strand.Graded.Length, counted.GetProperty("graded").GetInt32());
            Assert.Equal(strand.NotGradedAtLatest.Length, counted.GetProperty("notGradedAtLatest").GetInt32());
            Assert.Equal(153, counted.GetProperty("graded").GetInt32() + counted.GetProperty("notGradedAtLatest").GetInt32());
        }

        var regions = root.GetProperty("regions").EnumerateArray().ToList();
        Assert.Equal(Regions.Ofsted.Select(r => r.Name), regions.Select(r => r.GetProperty("region").GetString()));
        Assert.All(regions, r => Assert.Equal("ofsted", r.GetProperty("kind").GetString()));
        Assert.Equal(153, regions.Sum(r => r.GetProperty("authorities").GetInt32()));
        var blackpool = root.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Blackpool");
        Assert.Equal(JsonValueKind.Null, blackpool.GetProperty("headline").ValueKind);
        Assert.Equal(JsonValueKind.Null, blackpool.GetProperty("strands").GetProperty("overall-effectiveness").ValueKind);
        Assert.Equal(JsonValueKind.String, blackpool.GetProperty("strands").GetProperty("impact-of-leaders").ValueKind);
    }

    [Fact]
    public void The_csv_has_a_header_row_and_one_row_per_authority_that_reads_back()
    {
        var (exit, output, _) = CliRunner.Run("latest", "--at", "2026-08-31", "--format", "csv");

        Assert.Equal(0, exit);
        var records = SharedCsv.Records(output).Select(r => r.Cells.Select(Csv.Restore).ToList()).ToList();
        Assert.Equal(
            ["name", "gss", "la", "ofsted_region", "ons_region", "framework", "visit", "fieldwork_start", "published", "headline_judgement", "headline_grade",
             "impact-of-leaders", "help-and-protection", "children-in-care", "care-leavers", "overall-effectiveness"],
            records[0]);
        Assert.Equal(State2026.Subjects.Select(s => s.Name), records.Skip(1).Select(r => r[0]));
        Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
        Assert.Contains("\r\n", output, StringComparison.Ordinal);
        var bristol = records.Single(r => r[0] == "Bristol");
        Assert.Equal("E06000023", bristol[1]);
        Assert.Equal("South West", bristol[3]);
    }

    [Fact]
    public void A_csv_value_that_looks_like_a_formula_is_neutralised()
    {
        using var folder = new TempFolder();
        var inspection = Documents.Calderdale2015 with { Subject = new Inspections.Core.InspectionSubject(Inspections.Core.SubjectKind.LocalAuthority, "=HYPERLINK(\"http://x\")", null, null) };
        string file = folder.File("a.json", Documents.Json(inspection));

        var (exit, output, _) = CliRunner.Run("latest", "--at", "2019-03-31", file, "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_0000_is_a_usage_error_as_for_frameworks()
    {
        var (exit, output, error) = CliRunner.Run("latest", "--at", "0000-01-01");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("inspections: --at '0000-01-01': the year must be 0001 to 9999.", error.TrimEnd('\n'));
    }

    [Fact]
    public void Csv_is_a_format_and_an_unknown_format_is_named_without_literal_escapes()
    {
        Assert.Equal(0, CliRunner.Run("latest", "--at", "2024-03-31", "--format", "csv").Exit);

        var (exit, _, error) = CliRunner.Run("latest", "--at", "2024-03-31", "--format", "x\u001bml");

        Assert.Equal(2, exit);
        Assert.Contains(@"--format 'x\u001Bml' is not one of: text, json, csv, svg.", error, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\n\t", error, StringComparison.Ordinal);
        Assert.DoesNotMatch(NonPrinting(), error);
    }

    [Fact]
    public void An_invalid_documents_diagnostics_file_name_and_dates_reach_standard_error_escaped()
    {
        using var folder = new TempFolder();
        string json = Documents.Json(Documents.Calderdale2015).Replace("\"sif-2013\"", JsonSerializer.Serialize(Forged), StringComparison.Ordinal);
        string file = folder.File("bad\u001b[2J.json", json);

        var (exit, _, error) = CliRunner.Run("latest", "--at", "2019-03-31", file);
        var (dateExit, _, dateError) = CliRunner.Run("latest", "--at", "2019-03-31\u001b[31m\nforged");
        var (cutOffExit, _, cutOffError) = CliRunner.Run("latest", "--at", "2019-03-31", "--published-by", "\u001b]0;x\u0007");

        Assert.Equal(1, exit);
        Assert.DoesNotMatch(NonPrinting(), error);
        Assert.DoesNotContain(error.Split('\n'), l => l.StartsWith("forged.json", StringComparison.Ordinal));
        Assert.Contains(@"bad\u001B[2J.json", error, StringComparison.Ordinal);
        Assert.Equal(2, dateExit);
        Assert.Equal(@"inspections: --at '2019-03-31\u001B[31m\nforged' is not a date of the form yyyy-mm-dd.", dateError.TrimEnd('\n'));
        Assert.Equal(2, cutOffExit);
        Assert.DoesNotMatch(NonPrinting(), cutOffError);
    }

    [Fact]
    public void The_svg_draws_a_stacked_bar_per_strand_and_region_with_the_counts_in_words()
    {
        var (exit, output, _) = CliRunner.Run("latest", "--at", "2026-08-31", "--by", "ofsted-region", "--format", "svg");

        Assert.Equal(0, exit);
        var svg = XDocument.Parse(output);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var stacks = svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "strand").ToList();
        Assert.Equal(State2026.Strands.Length * (1 + Regions.Ofsted.Length), stacks.Count);
        var overall = stacks.First(g => (string?)g.Attribute("data-strand") == JudgementStrands.OverallEffectivenessId);
        int notGraded = State2026.GetStrand(JudgementStrands.OverallEffectivenessId).NotGradedAtLatest.Length;
        Assert.Contains(overall.Descendants(ns + "g"), s => (string?)s.Attribute("data-grade") == "not-graded" && (string?)s.Attribute("data-count") == notGraded.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(overall.Descendants(ns + "text"), t => t.Value.Contains($"not graded at latest {notGraded}", StringComparison.Ordinal));
        double height = double.Parse((string)svg.Root!.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(svg.Descendants(ns + "text"), t => Assert.True(double.Parse((string)t.Attribute("y")!, System.Globalization.CultureInfo.InvariantCulture) < height, t.Value));
    }
}
