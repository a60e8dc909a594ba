using System.Text;
using System.Text.RegularExpressions;
using Inspections.Core;
using Inspections.Import.Ofsted;

namespace Inspections.Import.Tests.Ofsted;

/// <summary>
/// Issue 26, items 1 and 5: a damaged sheet loses nothing silently and is repaired in nothing. Every line of a
/// sheet is a title, a header, in a document's notes or reported with a code; a cell that breaks the CSV quoting
/// rules is refused (IMP002, as the ILACS importer does); a file in UTF-16 or UTF-32 is refused (IMP090).
/// </summary>
public sealed class DamagedSheetTests
{
    private const string History = "la_inspections_2009_2023.csv";

    private static string RealText() => File.ReadAllText(RepositoryPaths.OfficialSheet(History)).ReplaceLineEndings("\n");

    private static OfstedImportResult Import(string name, byte[] bytes) =>
        OfstedImporter.Import([new KeyValuePair<string, Stream>(name, new MemoryStream(bytes))]);

    private static OfstedImportResult Import(string name, string text) => Import(name, Encoding.UTF8.GetBytes(text));

    /// <summary>The real 2009–2023 sheet with its first header (line 5, a record of two lines) damaged.</summary>
    public static TheoryData<string> Damages() => ["typo", "added column", "header twice", "bom before header"];

    private static string Damage(string damage)
    {
        var lines = RealText().Split('\n').ToList();
        int header = lines.FindIndex(l => l.StartsWith("Web link,", StringComparison.Ordinal));
        Assert.Equal(4, header);
        switch (damage)
        {
            case "typo":
                lines[header] = lines[header].Replace(",LA region,", ",LA regionn,", StringComparison.Ordinal);
                break;
            case "added column":
                // The header is two lines (a quoted heading holds a line break): add the column at its end.
                lines[header + 1] += ",Extra column";
                break;
            case "header twice":
                lines.Insert(header, lines[header]);
                break;
            default:
                lines[header] = "\uFEFF" + lines[header];
                break;
        }

        return string.Join("\n", lines);
    }

    [SharedDataTheory]
    [MemberData(nameof(Damages))]
    public void Every_line_of_a_sheet_with_a_damaged_header_is_imported_or_reported(string damage)
    {
        string text = Damage(damage);

        var result = Import(History, text);

        var lines = text.Split('\n');
        string notes = string.Join("\n", result.Inspections.Concat(result.Rejected).Select(i => i.Notes));
        var unaccounted = new List<int>();
        for (int line = 1; line <= lines.Length; line++)
        {
            string content = lines[line - 1];
            bool title = !content.Contains(',', StringComparison.Ordinal) || (content.StartsWith('"') && content.Count(c => c == '"') == 2 && content.EndsWith('"'));
            bool isHeaderLine = Regex.IsMatch(content, "^(Web link,|\\(OE\\)\")");
            bool inNotes = Regex.IsMatch(notes, $@"{Regex.Escape(History)}:{line}\b");
            bool reported = result.Issues.Any(i => i.Line == line && i.IsError);
            if (content.Length > 0 && !title && !isHeaderLine && !inNotes && !reported && !lines[line - 1].StartsWith(','))
            {
                unaccounted.Add(line);
            }
        }

        Assert.True(unaccounted.Count == 0, $"{damage}: {unaccounted.Count} lines neither imported nor reported, the first {string.Join(", ", unaccounted.Take(5))}");
        Assert.True(result.Skipped.Count >= 152, $"{damage}: {result.Skipped.Count} reported");
        Assert.True(result.RowCount > 152, $"{damage}: {result.RowCount} rows counted");
    }

    [SharedDataFact]
    public void A_header_with_one_heading_misspelt_is_reported_as_the_header_it_nearly_is()
    {
        var result = Import(History, Damage("typo"));

        var header = Assert.Single(result.Issues, i => i.Line == 5);
        Assert.Equal("IMP118", header.Code);
        Assert.Equal(3, header.Column);
        Assert.Contains("'LA regionn'", header.Message, StringComparison.Ordinal);
        Assert.Contains("'LA region'", header.Message, StringComparison.Ordinal);
        Assert.Contains("table 1", header.Message, StringComparison.Ordinal);
        var row = Assert.Single(result.Issues, i => i.Line == 8); // the header is lines 5 to 7 (two headings hold a line break)
        Assert.Equal("IMP118", row.Code);
        Assert.Contains("line 5", row.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void A_byte_order_mark_before_a_later_header_is_named_not_skipped()
    {
        var result = Import(History, Damage("bom before header"));

        var header = Assert.Single(result.Issues, i => i.Line == 5);
        Assert.Equal("IMP118", header.Code);
        Assert.Contains("U+FEFF", header.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void A_heading_that_differs_only_by_text_is_not_said_to_hold_an_invisible_character()
    {
        // A column added inside the quoted heading that holds a line break: the line break is the header's own.
        var result = Import(History, RealText().Replace("First SIF Overall Judgement\n(OE)", "First SIF Overall Judgement,Extra\n(OE)", StringComparison.Ordinal));

        var header = Assert.Single(result.Issues, i => i.Line == 5);
        Assert.Equal(("IMP118", 19), (header.Code, header.Column));
        Assert.DoesNotContain("invisible", header.Message, StringComparison.Ordinal);
    }

    [SharedDataTheory]
    [InlineData("\"Bar\"net")]
    [InlineData("Bar\"net")]
    public void A_name_cell_that_breaks_the_quoting_rules_is_refused_not_repaired(string written)
    {
        string text = RealText().Replace(",Barnet,", "," + written + ",", StringComparison.Ordinal);

        var result = Import(History, text);

        var issue = Assert.Single(result.Issues, i => i.Code == "IMP002");
        Assert.Equal(2, issue.Column);
        Assert.Contains(written, issue.Message, StringComparison.Ordinal);
        Assert.True(issue.IsError);
        Assert.DoesNotContain(result.Inspections, i => i.Subject.Name is "Barnet" || i.Subject.Name.Contains('"', StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void A_grade_cell_that_breaks_the_quoting_rules_is_refused_not_read_as_good()
    {
        string text = RealText();
        int calderdale = text.IndexOf(",Calderdale,", StringComparison.Ordinal);
        int good = text.IndexOf(",Good,", calderdale, StringComparison.Ordinal);
        int line = text[..good].Count(c => c == '\n') + 1;
        text = string.Concat(text.AsSpan(0, good), ",\"Go\"od,", text.AsSpan(good + ",Good,".Length));

        var result = Import(History, text);

        var issue = Assert.Single(result.Issues, i => i.Code == "IMP002");
        Assert.Equal(line, issue.Line);
        Assert.Contains("\"Go\"od", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Inspections, i => i.Subject.Name == "Calderdale" && i.Notes!.Contains($"{History}:{line}", StringComparison.Ordinal));
    }

    [SharedDataTheory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public void A_sheet_in_utf16_or_utf32_is_refused_as_not_utf8(string encoding)
    {
        var enc = Encoding.GetEncoding(encoding);
        byte[] bytes = [.. enc.GetPreamble(), .. enc.GetBytes(RealText())];

        var result = Import(History, bytes);

        var issue = Assert.Single(result.Issues);
        Assert.Equal("IMP090", issue.Code);
        Assert.Contains(encoding.StartsWith("utf-16", StringComparison.Ordinal) ? "UTF-16" : "UTF-32", issue.Message, StringComparison.Ordinal);
        Assert.Empty(result.Inspections);
        Assert.False(result.AllRecognised);
    }
}
