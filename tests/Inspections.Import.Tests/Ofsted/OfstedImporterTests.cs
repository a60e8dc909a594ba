using System.Text;
using Inspections.Core.Validation;
using Inspections.Core;
using Inspections.Import;
using Inspections.Import.Ofsted;

namespace Inspections.Import.Tests.Ofsted;

/// <summary>The importer of Ofsted's official tables, over the real sheets and over small made-up ones.</summary>
public sealed class OfstedImporterTests
{
    private const string History = "la_inspections_2009_2023.csv", Ilacs = "ilacs_inspection_history_2018_2025.csv",
        InYear23 = "la_in_year_inspections_2022_23.csv", InYear25 = "la_in_year_inspections_2024_25.csv";

    private static readonly Lazy<OfstedImportResult> Real = new(() => OfstedImporter.ImportFiles(RepositoryPaths.OfficialSheets));

    private static OfstedImportResult Import(params (string Name, string Text)[] files) =>
        OfstedImporter.Import(files.Select(f => new KeyValuePair<string, Stream>(f.Name, new MemoryStream(Encoding.UTF8.GetBytes(f.Text)))).ToList());

    private static string RealText(string name) => File.ReadAllText(RepositoryPaths.OfficialSheet(name));

    private static IEnumerable<Inspection> All(OfstedImportResult r) => r.Inspections.Concat(r.Rejected);

    [SharedDataFact]
    public void Each_real_sheet_is_recognised_by_its_header_not_its_name()
    {
        var result = Import(("a.csv", RealText(Ilacs)), ("b.csv", RealText(History)), ("c.csv", RealText(InYear25)), ("d.csv", RealText(InYear23)));

        Assert.Equal(
            [OfstedSheet.IlacsHistory, OfstedSheet.History2009To2023, OfstedSheet.InYear2024To25, OfstedSheet.InYear2022To23],
            result.Sheets.Select(s => s.Sheet!.Value));
        Assert.Equal(271 + 156 + 112 + 111, result.RowCount);
    }

    [SharedDataFact]
    public void The_real_sheets_make_at_least_900_inspections_none_twice()
    {
        var result = Real.Value;
        var all = All(result).ToList();

        Assert.True(result.Inspections.Length >= 900, $"{result.Inspections.Length} valid inspections");
        var keys = all.Select(i => (i.Subject.GssCode, i.FrameworkId, i.VisitTypeId, i.Date)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(all, i => Assert.NotNull(i.Subject.GssCode));
    }

    [SharedDataFact]
    public void Every_row_of_every_sheet_is_in_a_document_or_reported()
    {
        var result = Real.Value;
        string notes = string.Join("\n", All(result).Select(i => i.Notes));
        foreach (var (file, count, first) in new[] { (Ilacs, 271, 4), (InYear23, 111, 4), (InYear25, 112, 4) })
        {
            for (int line = first; line < first + count; line++)
            {
                bool inNotes = notes.Contains($"{file}:{line}", StringComparison.Ordinal)
                    && System.Text.RegularExpressions.Regex.IsMatch(notes, $@"{System.Text.RegularExpressions.Regex.Escape(file)}:{line}\b");
                bool reported = result.Issues.Any(i => i.File!.EndsWith(file, StringComparison.Ordinal) && i.Line == line && i.IsError);
                Assert.True(inNotes || reported, $"{file}:{line} is neither in a document's notes nor reported");
            }
        }

        // Every ILACS history row is in exactly one inspection.
        Assert.Equal(271, All(result).Count(i => i.Notes!.Contains(Ilacs + ":", StringComparison.Ordinal)));
    }

    [SharedDataFact]
    public void Calderdale_reads_as_the_official_rows_tell_it()
    {
        var calderdale = All(Real.Value).Where(i => i.Subject.Name == "Calderdale").ToList();

        var slac = Assert.Single(calderdale, i => i.FrameworkId == "slac-2009");
        Assert.Equal("full-inspection", slac.VisitTypeId);
        Assert.Equal(new NodaTime.LocalDate(2010, 2, 26), slac.Published);
        Assert.Null(slac.Fieldwork);
        Assert.Equal("inadequate", Grade(slac, "safeguarding-overall-effectiveness"));
        Assert.Equal("adequate", Grade(slac, "looked-after-overall-effectiveness"));
        Assert.Contains("'Requires improvement to be good' there is the grade given at the time, 'adequate'", slac.Notes, StringComparison.Ordinal);

        var cpi = Assert.Single(calderdale, i => i.FrameworkId == "protection-of-children-2012" && i.VisitTypeId == "full-inspection");
        var cpri = Assert.Single(calderdale, i => i.FrameworkId == "protection-of-children-2012" && i.VisitTypeId == "re-inspection");
        Assert.Equal(2013, cpi.Published!.Value.Year);
        Assert.Equal(2013, cpri.Published!.Value.Year);
        Assert.Equal("inadequate", Grade(cpi, "overall-effectiveness"));
        Assert.Equal("inadequate", Grade(cpri, "overall-effectiveness"));

        var sif = Assert.Single(calderdale, i => i.FrameworkId == "sif-2013" && i.VisitTypeId == "full-inspection");
        Assert.Equal(2015, sif.Published!.Value.Year);
        Assert.Equal("requires-improvement", Grade(sif, "overall-effectiveness"));
        Assert.Equal("inadequate", Grade(sif, "adoption-performance"));
        var lscb = Assert.Single(calderdale, i => i.VisitTypeId == "lscb-review");
        Assert.Equal(sif.Published, lscb.Published);

        var ilacs = Assert.Single(calderdale, i => i.FrameworkId == "ilacs-2018");
        Assert.Equal("standard-inspection", ilacs.VisitTypeId);
        Assert.Equal("good", Grade(ilacs, "overall-effectiveness"));
        Assert.Equal(new NodaTime.LocalDate(2018, 11, 12), ilacs.Fieldwork!.Value.Start);
        Assert.Null(ilacs.Fieldwork!.Value.End);
        Assert.Contains(Ilacs + ":", ilacs.Notes, StringComparison.Ordinal);
        Assert.Contains(History + ":", ilacs.Notes, StringComparison.Ordinal);
        Assert.All(calderdale, i => Assert.Equal(("E08000033", 381), (i.Subject.GssCode, i.Subject.LaNumber)));
        Assert.All(calderdale, i => Assert.Contains(new[] { i }, Real.Value.Inspections.Contains));
    }

    [SharedDataFact]
    public void Recoding_applies_before_the_SIF_only()
    {
        var all = All(Real.Value).ToList();
        var old = all.Where(i => i.FrameworkId is "slac-2009" or "protection-of-children-2012" or "looked-after-children-2013").ToList();
        var sif = all.Where(i => i.FrameworkId.StartsWith("sif", StringComparison.Ordinal) || i.FrameworkId.StartsWith("ilacs", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(old, i => i.Judgements.Any(j => j.GradeId == "requires-improvement"));
        Assert.Contains(old, i => i.Judgements.Any(j => j.GradeId == "adequate"));
        Assert.DoesNotContain(sif, i => i.Judgements.Any(j => j.GradeId == "adequate"));
        Assert.All(old.Where(i => i.Judgements.Any(j => j.GradeId == "adequate")), i => Assert.Contains("'adequate'", i.Notes, StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void A_dash_is_not_judged()
    {
        var scilly = All(Real.Value).Single(i => i.Subject.Name == "Isles of Scilly" && i.FrameworkId == "sif-2013" && i.VisitTypeId == "full-inspection");

        Assert.Equal(["adoption-performance", "children-looked-after-and-achieving-permanence", "experiences-and-progress-of-care-leavers"], scilly.NotJudgedIds.Order(StringComparer.Ordinal));
        Assert.False(scilly.Judgements.Contains("adoption-performance"));
    }

    [SharedDataFact]
    public void Reinspections_and_targeted_inspections_are_their_own_visits()
    {
        var all = All(Real.Value).ToList();

        Assert.Equal(9, all.Count(i => i.VisitTypeId == "safeguarding-reinspection"));
        Assert.Equal(2, all.Count(i => i.VisitTypeId == "looked-after-reinspection"));
        Assert.Equal(["Kent", "Medway", "Norfolk", "Northamptonshire", "Sandwell"],
            all.Where(i => i.FrameworkId == "looked-after-children-2013").Select(i => i.Subject.Name).Order(StringComparer.Ordinal));
        var leeds = Assert.Single(all, i => i.Subject.Name == "Leeds" && i.VisitTypeId == "safeguarding-reinspection");
        Assert.Equal("adequate", Grade(leeds, "safeguarding-overall-effectiveness"));
    }

    [SharedDataFact]
    public void Visits_are_ungraded_with_their_theme()
    {
        var visits = All(Real.Value).Where(i => i.VisitTypeId is "focused-visit" or "monitoring-visit").ToList();

        Assert.Equal(120, visits.Count);
        Assert.All(visits, v => Assert.Empty(v.Judgements));
        Assert.All(visits.Where(v => v.VisitTypeId == "focused-visit"), v => Assert.False(string.IsNullOrEmpty(v.Theme)));
    }

    [SharedDataFact]
    public void Disagreeing_rows_are_merged_the_later_official_one_standing()
    {
        var result = Real.Value;
        var merton = All(result).Single(i => i.Subject.Name == "Merton" && i.Fieldwork?.Start == new NodaTime.LocalDate(2022, 2, 28));

        Assert.Equal("short-inspection", merton.VisitTypeId);
        Assert.Contains(result.Issues, i => i.Code == "IMP111" && i.File!.EndsWith(InYear23, StringComparison.Ordinal) && i.Line == 57 && i.Column == 5);
        var cumbria = All(result).Single(i => i.Subject.GssCode == "E10000006" && i.FrameworkId == "ilacs-2018" && i.VisitTypeId == "standard-inspection" && i.Fieldwork?.Start.Year == 2022);
        Assert.Equal(new NodaTime.LocalDate(2022, 9, 20), cumbria.Fieldwork!.Value.Start);
        Assert.Contains("2022-09-21", cumbria.Notes, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Table_11_keeps_the_old_authorities_codes()
    {
        var all = All(Real.Value).ToList();

        Assert.Contains(all, i => i.Subject.GssCode == "E10000009" && i.FrameworkId == "sif-2013");
        Assert.Contains(all, i => i.Subject.GssCode == "E06000059" && i.FrameworkId == "ilacs-2018");
        Assert.Contains(all, i => i.Subject.GssCode == "E06000028" && i.Subject.LaNumber == 837 && i.FrameworkId == "slac-2009");
        Assert.Contains(all, i => i.Subject.GssCode == "E10000021" && i.Subject.LaNumber == 928 && i.FrameworkId == "looked-after-children-2013");
    }

    [Theory]
    [InlineData("E06000028", 837)]
    [InlineData("E06000029", 836)]
    [InlineData("E10000009", 835)]
    [InlineData("E10000021", 928)]
    public void Table_11s_codes_are_the_registers_for_the_old_authorities(string gss, int dfe)
    {
        Assert.True(Inspections.Core.Authorities.LocalAuthorityRegister.Default.TryResolve(gss, out var authority));
        Assert.Equal(dfe, authority.DfeNumber);
        Assert.False(authority.IsCurrent);
    }

    [SharedDataFact]
    public void Excel_and_LibreOffice_exports_read_alike()
    {
        foreach (string name in new[] { History, Ilacs, InYear23, InYear25 })
        {
            string text = RealText(name);
            var plain = Import((name, text));
            var excel = Import((name, "\uFEFF" + Pad(text).ReplaceLineEndings("\r\n")));
            var libre = Import((name, text.ReplaceLineEndings("\n")));

            Assert.True(plain.Inspections.SequenceEqual(excel.Inspections), $"{name}: the Excel export reads differently");
            Assert.True(plain.Inspections.SequenceEqual(libre.Inspections), $"{name}: the LibreOffice export reads differently");
            Assert.True(plain.Inspections.Length > 0);
        }
    }

    // Excel pads each record (not a line inside a quoted cell) with empty cells to the sheet's width.
    private static string Pad(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        int quotes = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            quotes += lines[i].Count(c => c == '"');
            if (quotes % 2 == 0 && lines[i].Length > 0)
            {
                lines[i] += ",,,,";
            }
        }

        return string.Join("\n", lines);
    }

    private const string IlacsHeader = "Web link,Local authority area code,Local authority name,Local authority status,Ofsted region,Inspection date,Publication date,Inspection type,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children who need help and protection,The experiences and progress of children in care,The experiences and progress of care leavers\n";
    private const string InYearHeader = "Web link,Local authority area code,Local authority name,Region,Inspection/Visit date,Publication date,Inspection/Visit type,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children who need help and protection,The experiences and progress of children in care,The experiences and progress of care leavers,Visit Theme\n";

    [Theory]
    [InlineData("x,E08000033,Calderdale,Current,North,31/02/2019,01/04/2019,ILACS Standard Inspection,Good,Good,Good,Good", "IMP104", 3, 6)]
    [InlineData("x,E08000033,Calderdale,Current,North,12/11/2018,19/12/2018,ILACS Standard Inspection,Goodish,Good,Good,Good", "IMP105", 3, 9)]
    [InlineData("x,E08000033,Calderdale,Current,North,12/11/2018,19/12/2018,ILACS Long Inspection,Good,Good,Good,Good", "IMP109", 3, 8)]
    [InlineData("x,E08000033,Calderdale,Current,North,12/11/2018,19/12/2018,ILACS Standard Inspection,Good,Good,Good,Good,,,surplus", "IMP001", 3, 14)]
    [InlineData("x,E0800003,Calderdale,Current,North,12/11/2018,19/12/2018,ILACS Standard Inspection,Good,Good,Good,Good", "IMP103", 3, 2)]
    [InlineData("x,E08000033,Calderdale,Current,North,12/11/2017,19/12/2017,ILACS Standard Inspection,Good,Good,Good,Good", "IMP022", 3, 6)]
    [InlineData("x,E08000033,Calderdale,Current,North,12/11/2018,19/10/2018,ILACS Standard Inspection,Good,Good,Good,Good", "IMP115", 3, 7)]
    [InlineData("x,E08000033,Calderdale,Current,North,12/11/2018,19/12/2018,ILACS Standard Inspection,Good,Good,Good,Good,Good", "IMP114", 3, 13)]
    [InlineData("x,E08000033,Calderdale,Current,North,12/11/2018,19/12/2018,ILACS Standard Inspection,Good,,Good,Good", "IMP108", 3, 10)]
    public void A_cell_that_cannot_be_typed_is_reported_at_its_line_and_column(string row, string code, int line, int column)
    {
        var result = Import(("h.csv", "ILACS inspection history from 2018-2025\n" + IlacsHeader + row + "\n"));

        var issue = Assert.Single(result.Issues, i => i.Code == code);
        Assert.All(result.Issues, i => Assert.Contains(i.Code, new[] { code, "IMP041" }));
        Assert.Equal((code, "h.csv", line, column), (issue.Code, issue.File, issue.Line, issue.Column));
        Assert.Empty(result.Inspections);
        Assert.Equal(issue.Severity == DiagnosticSeverity.Warning ? 1 : 0, result.Rejected.Length);
    }

    [SharedDataTheory]
    [InlineData(201)]
    [InlineData(0)]
    public void A_name_no_subject_can_have_is_reported_not_thrown(int length)
    {
        // Found by fuzzing: a name over 200 characters (or of invisible characters only) made the importer throw
        // ArgumentException from InspectionSubject; it is IMP103 at the name's cell.
        string name = length == 0 ? "\u200b\u200b" : new string('x', length);
        var ilacs = Import(("h.csv", "title\n" + IlacsHeader
            + $"x,E08000033,{name},Current,North,12/11/2018,19/12/2018,ILACS Standard Inspection,Good,Good,Good,Good\n"));
        string history = RealText(History).ReplaceLineEndings("\n").Replace(",Calderdale,", $",{name},", StringComparison.Ordinal);
        var table = Import(("t.csv", history));

        var issue = Assert.Single(ilacs.Issues, i => i.Code == "IMP103");
        Assert.Equal(("IMP103", 3, 3), (issue.Code, issue.Line, issue.Column!.Value));
        Assert.Contains(length == 0 ? "blank" : "201 characters", issue.Message, StringComparison.Ordinal);
        Assert.Empty(ilacs.Inspections);
        Assert.Contains(table.Issues, i => i.Code == "IMP103" && i.Column == 2);
        Assert.DoesNotContain(table.Inspections, i => i.Subject.Name == "Calderdale");
    }

    [Fact]
    public void A_visit_with_grades_or_an_inspection_with_a_theme_is_reported()
    {
        var result = Import(("y.csv", "title\n" + InYearHeader
            + "x,E08000033,Calderdale,North,12/11/2024,19/12/2024,ILACS Focused Visit,Good,,,,,Front door\n"
            + "x,E08000033,Calderdale,North,12/11/2023,19/12/2023,ILACS Short Inspection,Good,Good,Good,Good,Good,Front door\n"
            + "x,E08000033,Calderdale,North,12/11/2022,19/12/2022,LA Monitoring visit,,,,,,Children in care\n"));

        Assert.Equal([("IMP114", 3, 8), ("IMP114", 4, 13)], result.Issues.Select(i => (i.Code, i.Line, i.Column!.Value)));
        var visit = Assert.Single(result.Inspections);
        Assert.Equal(("monitoring-visit", "Children in care", "ilacs-2018"), (visit.VisitTypeId, visit.Theme, visit.FrameworkId));
    }

    [SharedDataFact]
    public void Grades_without_a_date_and_a_date_without_grades_are_reported_in_the_2009_table()
    {
        string text = RealText(History).ReplaceLineEndings("\n");
        var lines = text.Split('\n').ToList();
        int calderdale = lines.FindIndex(l => l.Contains(",Calderdale,", StringComparison.Ordinal));
        // SLAC: drop the publication date; CPI: drop the grade.
        lines[calderdale] = lines[calderdale].Replace("26/02/2010,Inadequate", ",Inadequate", StringComparison.Ordinal)
            .Replace("21/01/2013,Inadequate", "21/01/2013,", StringComparison.Ordinal);
        var result = Import((History, string.Join("\n", lines)));

        Assert.Contains(result.Issues, i => i.Code == "IMP106" && i.Line == 27 && i.Column == 5);
        Assert.Contains(result.Issues, i => i.Code == "IMP107" && i.Line == 27 && i.Column == 12);
        Assert.DoesNotContain(All(result), i => i.Subject.Name == "Calderdale" && i.FrameworkId is "slac-2009" or "protection-of-children-2012" && i.VisitTypeId == "full-inspection");
    }

    [Fact]
    public void A_file_that_is_no_sheet_or_not_utf8_is_reported_and_nothing_is_read_from_it()
    {
        var notSheet = Import(("x.csv", "a,b,c\n1,2,3\n"));
        var notText = OfstedImporter.Import([new("y.csv", new MemoryStream([0x41, 0xFF, 0xFE, 0x0A]))]);

        Assert.Equal("IMP100", Assert.Single(notSheet.Issues).Code);
        Assert.False(notSheet.AllRecognised);
        Assert.Equal("IMP090", Assert.Single(notText.Issues).Code);
        Assert.Empty(notText.Inspections);
    }

    [Fact]
    public void Every_ofsted_code_is_documented_with_its_severity_in_the_ofsted_section_of_docs_import_md()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "import.md"));
        string section = docs[docs.IndexOf("# Importing Ofsted's official tables", StringComparison.Ordinal)..];

        Assert.Equal(15, ImportCodes.Ofsted.Length);
        Assert.All(ImportCodes.Ofsted, d => Assert.Matches(
            new System.Text.RegularExpressions.Regex($@"^\| {d.Code} \| {(d.Severity == Inspections.Core.Validation.DiagnosticSeverity.Error ? "error" : "warning")} \|", System.Text.RegularExpressions.RegexOptions.Multiline),
            section));
    }

    private static string? Grade(Inspection inspection, string judgement) =>
        inspection.Judgements.TryGetGradeId(judgement, out var grade) ? grade : null;
}
