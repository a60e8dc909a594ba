using System.Text;
using System.Text.RegularExpressions;
using Inspections.Core.Validation;
using Inspections.Import;
using Inspections.Import.Ofsted;
using static Inspections.Testing.IlacsCsvSamples;

namespace Inspections.Import.Tests;

/// <summary>
/// Issue 25: every IMP descriptor owns its message format, and every format is rendered here from real input (a
/// damaged row of the scrape, of its lookup, of Ofsted's sheets): the message names what it should (the value, the
/// column, the date), leaves no placeholder and no type name, and is one of its code's formats filled in. The rows
/// are committed (<see cref="IlacsCsvSamples"/>, <see cref="OfstedSheetSamples"/>), so every case runs in a clone
/// without ../shared.
/// </summary>
public sealed class ImportMessagesTests
{
    private const string IlacsSheetHeader = "Web link,Local authority area code,Local authority name,Local authority status,Ofsted region,Inspection date,Publication date,Inspection type,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children who need help and protection,The experiences and progress of children in care,The experiences and progress of care leavers\n";
    private const string InYear25Header = "Web link,Local authority area code,Local authority name,Region,Inspection/Visit date,Publication date,Inspection/Visit type,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children who need help and protection,The experiences and progress of children in care,The experiences and progress of care leavers,Visit Theme\n";
    private const string InYear23Header = "Web link,Local authority name,Ofsted region,Inspection/Visit date,Inspection/Visit type,Overall effectiveness,Impact of leaders,Experiences and progress of children who need help and protection,Experiences and progress of children in care,Experiences and progress of care leavers,Visit Theme\n";
    private const string Row = "x,E08000033,Calderdale,Current,North,12/11/2018,19/12/2018,ILACS Standard Inspection,Good,Good,Good,Good";
    private const string LookupHeader = "urn,la_code,la_code_new,local_authority_ons_name\n";
    private const string CalderdaleLookup = "80444,381,E08000033,Calderdale\n";

    private static DiagnosticList Ilacs(string csv, string? lookup = null)
    {
        var table = lookup is null ? null : LocalAuthorityLookup.Read(new StringReader(lookup), "lookup.csv");
        var result = IlacsCsvImporter.Import(new StringReader(csv), table);
        return new([.. result.LookupIssues, .. result.Issues]);
    }

    private static DiagnosticList IlacsBytes(byte[] bytes) => IlacsCsvImporter.ImportUtf8(new MemoryStream(bytes), "h.csv", null).Issues;

    private static string C(string from, string to) => Calderdale2018.Replace(from, to, StringComparison.Ordinal);

    private static string Rows(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    private static DiagnosticList Ofsted(params (string Name, string Text)[] files) =>
        OfstedImporter.Import([.. files.Select(f => new KeyValuePair<string, Stream>(f.Name, new MemoryStream(Encoding.UTF8.GetBytes(f.Text))))]).Issues;

    private static DiagnosticList OfstedBytes(byte[] bytes) => OfstedImporter.Import([new KeyValuePair<string, Stream>("s.csv", new MemoryStream(bytes))]).Issues;

    private static DiagnosticList Sheet(string row) => Ofsted(("h.csv", "title\n" + IlacsSheetHeader + row + "\n"));

    /// <summary>The 2009–2023 sheet cut to a row a table (committed in <see cref="OfstedSheetSamples"/>, so no case needs ../shared).</summary>
    private static string History2009() => OfstedSheetSamples.History2009;

    private static string CalderdaleHistoryRow(Func<string, string> change)
    {
        var lines = History2009().Split('\n');
        int i = Array.FindIndex(lines, l => l.Contains(",Calderdale,", StringComparison.Ordinal));
        lines[i] = change(lines[i]);
        return string.Join("\n", lines);
    }

    /// <summary>Each case: the code, what makes it, and what its message must name.</summary>
    public static TheoryData<string, string, string[]> Cases() => new()
    {
        { "IMP001", "a row with a field more", ["16 fields", "header has 15"] },
        { "IMP001", "a quote never closed", ["never closed", "line 2"] },
        { "IMP001", "a sheet's cell past the last column", ["15 cells", "13 columns"] },
        { "IMP001", "a sheet's quote never closed", ["never closed"] },
        { "IMP002", "O\"Brien", ["'O\"Brien"] },
        { "IMP002", "\"Bar\"net in a sheet", ["'\"Bar\"net'"] },
        { "IMP003", "a field of 1001 characters", ["1,001 characters", "1,000"] },
        { "IMP004", "white space", ["' A Inspector'"] },
        { "IMP005", "an unmapped column", ["'comment'", "'hello'"] },
        { "IMP010", "no URN", ["no URN"] },
        { "IMP011", "no name", ["no usable local authority name"] },
        { "IMP012", "URN not in lookup", ["'80444'"] },
        { "IMP013", "renamed", ["'calderdale'", "'Calderdale Council'"] },
        { "IMP014", "ambiguous", ["'80444'", "more than once"] },
        { "IMP015", "code left out", ["'80444'", "DfE number (la_code)"] },
        { "IMP020", "no dates", ["no inspection dates"] },
        { "IMP021", "a short date", ["'12/11/18'", "dd/mm/yyyy"] },
        { "IMP022", "2017", ["2017-11-12"] },
        { "IMP022", "2017 in a sheet", ["2017-11-12", "ILACS Standard Inspection"] },
        { "IMP023", "no publication", ["no publication date"] },
        { "IMP024", "01/01/99", ["'01/01/99'"] },
        { "IMP030", "long", ["'long'"] },
        { "IMP030", "no type", ["standard or a short"] },
        { "IMP031", "unreadable", ["data_unreadable"] },
        { "IMP032", "missing grade", ["missing"] },
        { "IMP033", "goodish", ["'goodish'"] },
        { "IMP034", "marker expected", ["ilacs-2018", "'inspection_pre_dates_judgement'", "'good'"] },
        { "IMP034", "marker unexpected", ["'inspection_pre_dates_judgement'", "ilacs-2023"] },
        { "IMP035", "to requires improvement", ["'to requires improvement'"] },
        { "IMP040", "not a link", ["'not a link'"] },
        { "IMP041", "end before start", ["INS0"] },
        { "IMP041", "a sheet's invalid inspection", ["ilacs-2018 standard-inspection of Calderdale", "INS0"] },
        { "IMP050", "lookup without name", ["no URN or no name"] },
        { "IMP051", "lookup name too long", ["200 characters"] },
        { "IMP052", "83B", ["'83B'"] },
        { "IMP053", "X1", ["'X1'"] },
        { "IMP054", "repeated", ["'80444'", "line 2"] },
        { "IMP055", "conflicting", ["'80444'", "line 2"] },
        { "IMP090", "UTF-16", ["UTF-16 (little-endian)"] },
        { "IMP090", "latin-1", ["[E9"] },
        { "IMP090", "UTF-32 sheet", ["UTF-32 (little-endian)"] },
        { "IMP091", "empty", ["The file is empty"] },
        { "IMP092", "no columns", ["inspection_link", "urn, local_authority"] },
        { "IMP093", "twice", ["'overall_effectiveness_grade'", "columns 10 and 16"] },
        { "IMP100", "no sheet", ["No line of the file"] },
        { "IMP103", "bad GSS", ["'E0800003'"] },
        { "IMP103", "blank name", ["blank"] },
        { "IMP103", "long name", ["201 characters", "200"] },
        { "IMP104", "31/02/2019", ["'31/02/2019'", "this ILACS Standard Inspection"] },
        { "IMP104", "no first day", ["no first day of fieldwork"] },
        { "IMP105", "Goodish", ["'Goodish'"] },
        { "IMP106", "grades without date", ["SLAC", "no publication date"] },
        { "IMP107", "date without grades", ["CPI", "no grade"] },
        { "IMP107", "a row without grades", ["no grade for this ILACS Standard Inspection"] },
        { "IMP108", "an empty grade", ["impact-of-leaders"] },
        { "IMP108", "no theme", ["no theme for this ILACS Focused Visit"] },
        { "IMP109", "long inspection", ["'ILACS Long Inspection'"] },
        { "IMP109", "a focused visit in the 2009 table", ["'ILACS Focused Visit'", "first ILACS"] },
        { "IMP111", "two sheets that disagree", ["2018-12-20", "which stands"] },
        { "IMP112", "Atlantis", ["'Atlantis'"] },
        { "IMP113", "a row twice", ["line 3 of this sheet"] },
        { "IMP114", "a graded visit", ["'Good'", "ILACS Focused Visit"] },
        { "IMP114", "a theme on an inspection", ["'Leaving care'"] },
        { "IMP114", "a long theme", ["200 characters"] },
        { "IMP114", "a care leavers grade in 2018", ["2018-11-12", "ilacs-2018", "'Good'"] },
        { "IMP115", "published before", ["2018-10-19", "2018-11-12"] },
        { "IMP116", "no history", ["Calderdale", "ilacs-2023"] },
        { "IMP116", "not in the history", ["has no inspection of Calderdale"] },
        { "IMP118", "a misspelt heading", ["table 1 of the 2009–2023 sheet", "'LA regionn'", "'LA region'"] },
        { "IMP118", "a row under it", ["38 cells", "line 5", "line 10"] },
        { "IMP118", "a line before the header", ["2 cells", "line 3"] },
    };

    private static DiagnosticList Make(string what) => what switch
    {
        "a row with a field more" => Ilacs(Rows(Calderdale2018 + ",extra")),
        "a quote never closed" => Ilacs(Rows(C("r.pdf", "\"r.pdf"))),
        "a sheet's cell past the last column" => Sheet(Row + ",,,surplus"),
        "a sheet's quote never closed" => Sheet(Row.Replace(",Calderdale,", ",\"Calderdale,", StringComparison.Ordinal)),
        "O\"Brien" => Ilacs(Rows(C("A Inspector", "O\"Brien"))),
        "\"Bar\"net in a sheet" => Sheet(Row.Replace(",Calderdale,", ",\"Bar\"net,", StringComparison.Ordinal)),
        "a field of 1001 characters" => Ilacs(Rows(C("A Inspector", new string('x', 1001)))),
        "white space" => Ilacs(Rows(C("A Inspector", " A Inspector"))),
        "an unmapped column" => Ilacs(Header + ",comment\n" + Calderdale2018 + ",hello\n"),
        "no URN" => Ilacs(Rows(C("80444,", ","))),
        "no name" => Ilacs(Rows(C(",calderdale,", ",,"))),
        "URN not in lookup" => Ilacs(Rows(Calderdale2018), LookupHeader + "1,381,E08000033,Calderdale\n"),
        "renamed" => Ilacs(Rows(Calderdale2018), LookupHeader + "80444,381,E08000033,Calderdale Council\n"),
        "ambiguous" => Ilacs(Rows(Calderdale2018), LookupHeader + CalderdaleLookup + "80444,382,E08000033,Calderdale\n"),
        "code left out" => Ilacs(Rows(Calderdale2018), LookupHeader + "80444,83B,E08000033,Calderdale\n"),
        "no dates" => Ilacs(Rows(C("12/11/2018,23/11/2018", ","))),
        "a short date" => Ilacs(Rows(C("12/11/2018", "12/11/18"))),
        "2017" => Ilacs(Rows(C("12/11/2018,23/11/2018", "12/11/2017,23/11/2017"))),
        "2017 in a sheet" => Sheet(Row.Replace("12/11/2018,19/12/2018", "12/11/2017,19/12/2017", StringComparison.Ordinal)),
        "no publication" => Ilacs(Rows(C("19/12/18", ""))),
        "01/01/99" => Ilacs(Rows(C("19/12/18", "01/01/99"))),
        "long" => Ilacs(Rows(C(",standard,", ",long,"))),
        "no type" => Ilacs(Rows(C(",standard,", ",,"))),
        "unreadable" => Ilacs(Rows(C("23/11/2018,good", "23/11/2018,data_unreadable"))),
        "missing grade" => Ilacs(Rows(C("23/11/2018,good", "23/11/2018,"))),
        "goodish" => Ilacs(Rows(C("23/11/2018,good", "23/11/2018,goodish"))),
        "marker expected" => Ilacs(Rows(C("inspection_pre_dates_judgement", "good"))),
        "marker unexpected" => Ilacs(Rows(Dorset2025.Replace("outstanding,good,1", "outstanding,inspection_pre_dates_judgement,1", StringComparison.Ordinal))),
        "to requires improvement" => Ilacs(Rows(C("good,requires improvement", "good,to requires improvement"))),
        "not a link" => Ilacs(Rows(C("https://files.ofsted.gov.uk/v1/file/50045306", "not a link"))),
        "end before start" => Ilacs(Rows(C("12/11/2018,23/11/2018", "23/11/2018,12/11/2018"))),
        "a sheet's invalid inspection" or "an empty grade" => Sheet("x,E08000033,Calderdale,Current,North,12/11/2018,19/12/2018,ILACS Standard Inspection,Good,,Good,Good"),
        "lookup without name" => Ilacs(Rows(Calderdale2018), LookupHeader + "80444,381,E08000033,\n"),
        "lookup name too long" => Ilacs(Rows(Calderdale2018), LookupHeader + $"80444,381,E08000033,{new string('x', 300)}\n"),
        "83B" => Ilacs(Rows(Calderdale2018), LookupHeader + "80444,83B,E08000033,Calderdale\n"),
        "X1" => Ilacs(Rows(Calderdale2018), LookupHeader + "80444,381,X1,Calderdale\n"),
        "repeated" => Ilacs(Rows(Calderdale2018), LookupHeader + CalderdaleLookup + CalderdaleLookup),
        "conflicting" => Ilacs(Rows(Calderdale2018), LookupHeader + CalderdaleLookup + "80444,382,E08000033,Calderdale\n"),
        "UTF-16" => IlacsBytes([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Rows(Calderdale2018))]),
        "latin-1" => IlacsBytes(Encoding.Latin1.GetBytes(Rows(C("A Inspector", "Ren\u00e9e")))),
        "UTF-32 sheet" => OfstedBytes([0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes("title\n" + IlacsSheetHeader + Row + "\n")]),
        "empty" => Ilacs(string.Empty),
        "no columns" => Ilacs("urn,local_authority\n1,x\n"),
        "twice" => Ilacs(Header + ",overall_effectiveness_grade\n" + Calderdale2018 + ",inadequate\n"),
        "no sheet" => Ofsted(("x.csv", "a,b,c\n1,2,3\n")),
        "bad GSS" => Sheet(Row.Replace("E08000033", "E0800003", StringComparison.Ordinal)),
        "blank name" => Sheet(Row.Replace(",Calderdale,", ",\u200b,", StringComparison.Ordinal)),
        "long name" => Sheet(Row.Replace(",Calderdale,", "," + new string('x', 201) + ",", StringComparison.Ordinal)),
        "31/02/2019" => Sheet(Row.Replace("12/11/2018,19/12/2018", "31/02/2019,01/04/2019", StringComparison.Ordinal)),
        "no first day" => Sheet(Row.Replace("12/11/2018,19/12/2018", ",19/12/2018", StringComparison.Ordinal)),
        "Goodish" => Sheet(Row.Replace("Inspection,Good", "Inspection,Goodish", StringComparison.Ordinal)),
        "grades without date" => Ofsted(("t.csv", CalderdaleHistoryRow(l => l.Replace("26/02/2010,Inadequate", ",Inadequate", StringComparison.Ordinal)))),
        "date without grades" => Ofsted(("t.csv", CalderdaleHistoryRow(l => l.Replace("21/01/2013,Inadequate", "21/01/2013,", StringComparison.Ordinal)))),
        "a row without grades" => Sheet("x,E08000033,Calderdale,Current,North,12/11/2018,19/12/2018,ILACS Standard Inspection"),
        "no theme" => Ofsted(("y.csv", "title\n" + InYear25Header + "x,E08000033,Calderdale,North,12/11/2024,19/12/2024,ILACS Focused Visit\n")),
        "long inspection" => Sheet(Row.Replace("ILACS Standard Inspection", "ILACS Long Inspection", StringComparison.Ordinal)),
        "a focused visit in the 2009 table" => Ofsted(("t.csv", CalderdaleHistoryRow(l => Regex.Replace(l, "ILACS (Standard|Short) Inspection", "ILACS Focused Visit")))),
        "two sheets that disagree" => Ofsted(
            (OfstedSheetSamples.History2009Name, History2009()),
            (OfstedSheetSamples.IlacsHistoryName, OfstedSheetSamples.IlacsHistory.Replace("12/11/2018,19/12/2018", "12/11/2018,20/12/2018", StringComparison.Ordinal))),
        "Atlantis" => Ofsted(("z.csv", "title\n" + InYear23Header + "x,Atlantis,North,12/11/2022,ILACS Focused Visit,,,,,,Leaving care\n")),
        "a row twice" => Sheet(Row + "\n" + Row),
        "a graded visit" => Ofsted(("y.csv", "title\n" + InYear25Header + "x,E08000033,Calderdale,North,12/11/2024,19/12/2024,ILACS Focused Visit,Good,,,,,Leaving care\n")),
        "a theme on an inspection" => Ofsted(("y.csv", "title\n" + InYear25Header + "x,E08000033,Calderdale,North,12/11/2024,19/12/2024,ILACS Standard Inspection,,Good,Good,Good,Good,Leaving care\n")),
        "a long theme" => Ofsted(("y.csv", "title\n" + InYear25Header + $"x,E08000033,Calderdale,North,12/11/2024,19/12/2024,ILACS Focused Visit,,,,,,{new string('x', 201)}\n")),
        "a care leavers grade in 2018" => Sheet(Row + ",Good"),
        "published before" => Sheet(Row.Replace("12/11/2018,19/12/2018", "12/11/2018,19/10/2018", StringComparison.Ordinal)),
        "no history" => Ofsted(("y.csv", "title\n" + InYear25Header + "x,E08000033,Calderdale,North,12/11/2024,19/12/2024,ILACS Standard Inspection,Good,Good,Good,Good,Good\n")),
        "not in the history" => Ofsted(
            ("h.csv", "title\n" + IlacsSheetHeader + "x,E08000034,Kirklees,Current,North,12/11/2018,19/12/2018,ILACS Standard Inspection,Good,Good,Good,Good\n"),
            ("y.csv", "title\n" + InYear25Header + "x,E08000033,Calderdale,North,12/11/2024,19/12/2024,ILACS Standard Inspection,Good,Good,Good,Good,Good\n")),
        "a misspelt heading" or "a row under it" => Ofsted(("t.csv", new Regex(",LA region,").Replace(History2009(), ",LA regionn,", 1))),
        "a line before the header" => Ofsted(("h.csv", "title\nnot,a title\n" + IlacsSheetHeader + Row + "\n")),
        _ => throw new ArgumentException(what, nameof(what)),
    };

    /// <summary>A message format as a pattern: each placeholder any text.</summary>
    private static Regex Pattern(DiagnosticDescriptor d) =>
        new("^" + Regex.Replace(Regex.Escape(d.MessageFormat), @"\\\{\d+(:[^}]*)?}", "(.|\\n)+") + "$");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_code_renders_a_message_that_names_what_it_should(string code, string what, string[] names)
    {
        var issues = Make(what);

        var formats = ImportCodes.Messages.Where(d => d.Code == code).ToList();
        Assert.NotEmpty(formats);
        var matching = issues.Where(i => i.Code == code && names.All(n => i.Message.Contains(n, StringComparison.Ordinal))).ToList();
        Assert.True(matching.Count > 0, $"{what}: no {code} naming {string.Join(", ", names)} among\n{string.Join("\n", issues.Select(i => i.Code + ": " + i.Message))}");
        foreach (var issue in issues)
        {
            Assert.DoesNotMatch(@"\{\d+(:[^}]*)?\}", issue.Message);
            Assert.DoesNotContain("System.", issue.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("`1", issue.Message, StringComparison.Ordinal);
            Assert.Contains(ImportCodes.Messages, d => d.Code == issue.Code && d.Severity == issue.Severity && Pattern(d).IsMatch(issue.Message));
        }
    }

    [Fact]
    public void Every_code_and_every_message_format_is_rendered_by_a_case()
    {
        var cases = Cases().Select(c => ((string)c[0], (string)c[1], (string[])c[2])).ToList();
        var rendered = cases.SelectMany(c => Make(c.Item2).Where(i => i.Code == c.Item1)).ToList();

        Assert.Empty(ImportCodes.All.Select(d => d.Code).Except(cases.Select(c => c.Item1)));
        var unrendered = ImportCodes.Messages.Distinct().Where(d => !rendered.Any(i => i.Code == d.Code && Pattern(d).IsMatch(i.Message))).Select(d => d.Code + " " + d.MessageFormat).ToList();
        Assert.True(unrendered.Count == 0, "Never rendered:\n" + string.Join("\n", unrendered));
    }

    [Fact]
    public void A_code_severity_and_format_are_the_descriptors_and_titles_are_the_documented_meanings()
    {
        Assert.All(ImportCodes.Messages, d =>
        {
            Assert.True(ImportCodes.TryGetDescriptor(d.Code, out var own));
            Assert.Equal(own.Severity, d.Severity);
            Assert.Equal(own.Title, d.Title);
            Assert.Matches(@"(\.|\{1\})$", d.MessageFormat); // a sentence, or one that ends with another's message (IMP041's INS message)
        });
        Assert.Equal(ImportCodes.All.Length, ImportCodes.All.Select(d => d.Code).Distinct().Count());
        Assert.All(ImportCodes.Merged, m => Assert.False(ImportCodes.TryGetDescriptor(m.Key, out _), $"{m.Key} was merged into {m.Value} and is never given again"));
    }

    [Fact]
    public void Messages_are_the_same_whatever_the_current_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var arabic = Make("a field of 1001 characters").Concat(Make("2017")).Select(i => i.Message).ToList();
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            var invariant = Make("a field of 1001 characters").Concat(Make("2017")).Select(i => i.Message).ToList();

            Assert.Equal(invariant, arabic);
            Assert.Contains(arabic, m => m.Contains("1,001", StringComparison.Ordinal));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
