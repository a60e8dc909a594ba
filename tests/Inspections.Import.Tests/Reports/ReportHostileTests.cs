using System.Text;
using Inspections.Import.Reports;

namespace Inspections.Import.Tests.Reports;

/// <summary>Damaged, truncated, encrypted, huge, non-PDF and forging input: each one coded diagnostic naming the file, and no document.</summary>
public sealed class ReportHostileTests
{
    private static ReportReadResult ReadBytes(byte[] bytes, string name = "hostile.pdf", ReportReaderOptions? options = null) =>
        ReportReader.Read(new MemoryStream(bytes), name, options);

    private static void OneError(ReportReadResult result, string code, string file)
    {
        Assert.Empty(result.Documents);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(code, issue.Code);
        Assert.True(issue.IsError);
        Assert.Equal(file, issue.File);
    }

    [Fact]
    public void An_HTML_page_saved_as_pdf_is_IMP200_naming_it_an_HTML_page()
    {
        var result = ReportReader.Read(ReportReaderTests.Corpus("not-a-pdf-birmingham-2012.pdf"));
        OneError(result, "IMP200", ReportReaderTests.Corpus("not-a-pdf-birmingham-2012.pdf"));
        Assert.Equal("the file is not a PDF: it starts with '<!DOCTYP', not '%PDF-' (it is an HTML page); nothing is read from it", result.Issues[0].Message);
    }

    [Fact]
    public void An_empty_file_is_IMP200()
    {
        var result = ReadBytes([]);
        OneError(result, "IMP200", "hostile.pdf");
        Assert.Contains("nothing (the file is empty)", result.Issues[0].Message);
    }

    [Fact]
    public void A_truncated_PDF_gives_an_error_and_no_document()
    {
        byte[] whole = File.ReadAllBytes(ReportReaderTests.Corpus("ilacs2026-trafford-2026.pdf"));
        var result = ReadBytes(whole[..(whole.Length / 3)]);
        Assert.Empty(result.Documents);
        Assert.False(result.Issues.IsValid);
        Assert.All(result.Issues, d => Assert.StartsWith("IMP2", d.Code));
    }

    [Fact]
    public void Damaged_bytes_give_an_error_and_no_document()
    {
        byte[] bytes = File.ReadAllBytes(ReportReaderTests.Corpus("ilacs2026-trafford-2026.pdf"));
        var random = new Random(23);
        for (int i = 200; i < bytes.Length; i += 97)
        {
            bytes[i] = (byte)random.Next(256);
        }

        var result = ReadBytes(bytes);
        Assert.Empty(result.Documents);
        Assert.False(result.Issues.IsValid);
    }

    [Fact]
    public void An_encrypted_PDF_is_IMP202()
    {
        string path = ReportReaderTests.Corpus(Path.Combine("hostile", "encrypted.pdf"));
        var result = ReportReader.Read(path);
        OneError(result, "IMP202", path);
        Assert.Equal("the PDF is encrypted and needs a password; nothing is read from it", result.Issues[0].Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_IMP203_and_is_not_read_to_its_end()
    {
        var result = ReadBytes(Encoding.ASCII.GetBytes("%PDF-1.4\n" + new string(' ', 5000)), options: new ReportReaderOptions { MaxBytes = 1000 });
        OneError(result, "IMP203", "hostile.pdf");
        Assert.Equal("the file has more than 1,000 bytes, more than the reader takes (1,000 bytes; no real report is over 1 MB or 100 pages); nothing is read from it", result.Issues[0].Message);
    }

    [Fact]
    public void Text_that_tries_to_forge_output_is_IMP206_and_never_repaired()
    {
        var result = ReadBytes(MinimalPdf("Inspection of Kent County Council children\u001b[31m's services"));
        OneError(result, "IMP206", "hostile.pdf");
        Assert.Equal(1, result.Issues[0].Line);
        Assert.Contains("U+001B", result.Issues[0].Message);
        Assert.DoesNotContain('\u001b', result.Issues[0].Message);
    }

    [Fact]
    public void A_PDF_of_no_known_layout_is_IMP210()
    {
        var result = ReadBytes(MinimalPdf("A shopping list: eggs, milk"));
        OneError(result, "IMP210", "hostile.pdf");
        Assert.Equal(1, result.Issues[0].Line);
    }

    // A one-page PDF whose page shows the text in Helvetica.
    internal static byte[] MinimalPdf(string text) => MadePdf.Page([text]);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the ")]
    public void A_title_with_no_name_in_it_resolves_to_no_authority_rather_than_throwing(string title)
    {
        // Found by the reports fuzz target (fuzz/README.md): a title left empty once its words were taken off threw
        // InvalidOperationException ("Sequence contains no elements") from SubjectTitle.Resolve.
        var authority = SubjectTitle.Resolve(title, Inspections.Core.Authorities.LocalAuthorityRegister.Default, new NodaTime.LocalDate(2020, 1, 1));
        Assert.Null(authority);
    }
}
