using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Inspections.Core.Validation;
using Inspections.Import.Reports;

namespace Inspections.Import.Tests.Reports;

/// <summary>
/// Issue 25 for the report reader: every IMP2xx code's message is rendered here from real input (a report page made
/// for the case, a damaged or encrypted file, a manifest row) and names what it should (the file's first bytes, the
/// title, the printed dates, the judgement, the days on site), leaves no placeholder and no type name, and is its
/// code's format filled in. <see cref="Every_code_of_the_reader_has_a_case"/> keeps the cases in step with
/// <see cref="ReportCodes.All"/>.
/// </summary>
public sealed class ReportMessagesTests
{
    private const string Title = "Inspection of Kent County Council children's services";
    private const string Dates2023 = "Inspection dates: 6 to 17 March 2023";
    private const string Published = "Report published: 2 May 2023";
    private const string Leaders = "The impact of leaders on social work practice with children and families";
    private const string HelpAndProtection = "The experiences and progress of children who need help and protection";
    private const string InCare = "The experiences and progress of children in care";
    private const string CareLeavers = "The experiences and progress of care leavers";

    /// <summary>Each case: the code, what makes it, and what its message must name.</summary>
    public static TheoryData<string, string, string[]> Cases() => new()
    {
        { "IMP200", "an HTML page", ["'<!DOCTYP'", "HTML page"] },
        { "IMP201", "a truncated PDF", ["damaged or truncated"] },
        { "IMP202", "an encrypted PDF", ["needs a password"] },
        { "IMP203", "a file over the limit", ["more than the reader takes"] },
        { "IMP205", "a page with no text", ["no text on its first page"] },
        { "IMP206", "an escape in the title", ["U+001B"] },
        { "IMP210", "a shopping list", ["no layout the reader knows"] },
        { "IMP211", "Atlantis", ["'Atlantis County Council'"] },
        { "IMP212", "no dates", ["'Inspection dates: sometime in spring"] },
        { "IMP213", "a row missing", ["'The experiences and progress of care leavers'", "the table has no row for it"] },
        { "IMP214", "2016 fieldwork", ["2016-03-07 to 2016-03-18", "ilacs-2023"] },
        { "IMP220", "no publication date", ["neither the report, the manifest nor the file name"] },
        { "IMP221", "the manifest's date", ["2023-05-02", "2023-05-09"] },
        { "IMP222", "seven days", ["7 days", "short"] },
        { "IMP230", "a bad URN", ["cannot be used", "'12x'"] },
        { "IMP231", "a file twice", ["'a.pdf'", "line 2"] },
        { "IMP232", "a wrong header", ["'file,urn,published,source'"] },
    };

    /// <summary>Codes no input can be made for here, and why (each still has its descriptor and its docs line).</summary>
    private static readonly Dictionary<string, string> NotMade = new(StringComparer.Ordinal)
    {
        ["IMP204"] = "a page PdfPig opens but cannot read needs a damaged content stream PdfPig tolerates today",
        ["IMP215"] = "every document the reader builds from a layout it knows is valid; IMP215 guards a future layout",
        ["IMP223"] = "a recommendation that is not text cannot be printed in a PDF made of text",
    };

    private static string[] Ilacs2023(string dates = Dates2023, string published = Published, bool overall = true) =>
    [
        Title, dates, published,
        Row(Leaders, "Good"), Row(HelpAndProtection, "Good"), Row(InCare, "Good"), Row(CareLeavers, "Good"),
        .. overall ? new[] { Row("Overall effectiveness", "Good") } : [],
    ];

    private static string Row(string label, string grade) => label + "\t" + grade;

    private static DiagnosticList Make(string what) => what switch
    {
        "an HTML page" => Read(Encoding.ASCII.GetBytes("<!DOCTYPE html><html><body>Report not found</body></html>")),
        "a truncated PDF" => Read(MadePdf.Page(Ilacs2023())[..400]),
        "an encrypted PDF" => Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "tests", "Inspections.Import.Tests", "Reports", "corpus", "hostile", "encrypted.pdf"))),
        "a file over the limit" => Read(MadePdf.Page(Ilacs2023()), new ReportReaderOptions { MaxBytes = 100 }),
        "a page with no text" => Read(MadePdf.Page([])),
        "an escape in the title" => Read(MadePdf.Page(["Inspection of Kent County Council children\u001b[31m's services", Dates2023])),
        "a shopping list" => Read(MadePdf.Page(["A shopping list: eggs, milk"])),
        "Atlantis" => Read(MadePdf.Page(["Inspection of Atlantis County Council children's services", Dates2023, Published])),
        "no dates" => Read(MadePdf.Page([Title, "Inspection dates: sometime in spring", Published])),
        "a row missing" => Read(MadePdf.Page([Title, Dates2023, Published, Row(Leaders, "Good"), Row(HelpAndProtection, "Good"), Row(InCare, "Good"), Row("Overall effectiveness", "Good")])),
        "2016 fieldwork" => Read(MadePdf.Page(Ilacs2023(dates: "Inspection dates: 7 to 18 March 2016"))),
        "no publication date" => Read(MadePdf.Page(Ilacs2023(published: "Lead inspector: A Inspector"))),
        "the manifest's date" => Read(MadePdf.Page(Ilacs2023()), new ReportReaderOptions { ManifestEntry = Manifest("file,urn,published,source\nhostile.pdf,80419,2023-05-09,https://example.org/r.pdf\n").Entries[0] }),
        "seven days" => Read(MadePdf.Page(Ilacs2023(dates: "Inspection dates: 6 to 12 March 2023"))),
        "a bad URN" => Manifest("file,urn,published,source\na.pdf,12x,2023-05-02,https://example.org/r.pdf\n").Issues,
        "a file twice" => Manifest("file,urn,published,source\na.pdf,80419,2023-05-02,https://example.org/r.pdf\na.pdf,80419,2023-05-02,https://example.org/r.pdf\n").Issues,
        "a wrong header" => Manifest("file,urn,date\na.pdf,80419,02/05/2023\n").Issues,
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, "no such case"),
    };

    private static DiagnosticList Read(byte[] bytes, ReportReaderOptions? options = null) =>
        ReportReader.Read(new MemoryStream(bytes), "hostile.pdf", options).Issues;

    private static ReportManifestReadResult Manifest(string text) =>
        ReportManifest.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "manifest.csv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_message_names_what_it_is_about_and_is_its_codes_format_filled_in(string code, string what, string[] names)
    {
        var issues = Make(what);

        var d = Assert.Single(issues, i => i.Code == code);
        Assert.Same(d.Descriptor, ReportCodes.All.Single(x => x.Code == code));
        Assert.All(names, n => Assert.Contains(n, d.Message, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"\{\d+\}", d.Message);
        Assert.DoesNotContain("System.", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", d.Message, StringComparison.Ordinal);
        Assert.Matches(FormatPattern(d.Descriptor.MessageFormat), d.Message);
    }

    [Fact]
    public void Every_code_of_the_reader_has_a_case()
    {
        var made = Cases().Select(c => (string)c[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(ReportCodes.All.Select(d => d.Code).Where(c => !NotMade.ContainsKey(c)), ReportCodes.All.Select(d => d.Code).Where(made.Contains));
        Assert.All(NotMade.Keys, c => Assert.Contains(c, ReportCodes.All.Select(d => d.Code)));
    }

    // The format as a pattern: its text word for word, each {n} anything.
    private static Regex FormatPattern(string format) =>
        new("^" + string.Join("(?s:.*)", Regex.Split(format, @"\{\d+\}").Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant);

    [Fact]
    public void A_made_ILACS_2023_page_reads_as_one_valid_document_so_each_case_differs_from_it_in_one_thing()
    {
        var result = ReportReader.Read(new MemoryStream(MadePdf.Page(Ilacs2023())), "hostile.pdf");

        Assert.Empty(result.Issues);
        var document = Assert.Single(result.Documents);
        Assert.Equal("ilacs-2023", document.Inspection.FrameworkId);
        Assert.Equal("standard-inspection", document.Inspection.VisitTypeId);
        Assert.Equal("Kent", document.Inspection.Subject.Name);
    }
}
