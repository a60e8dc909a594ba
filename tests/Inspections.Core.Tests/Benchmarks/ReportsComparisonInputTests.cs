using Inspections.Core.Benchmarks;
using Inspections.Import.Reports;

namespace Inspections.Core.Tests.Benchmarks;

/// <summary>
/// The reports comparison (<c>-- --reports</c>, docs/performance.md) reads what it claims: every report of
/// ../shared/data/reports, the same files for pdftotext and for our reader, each with its manifest row, read as
/// <c>inspections import reports</c> reads it. No timing, and pdftotext is not run here.
/// </summary>
public sealed class ReportsComparisonInputTests
{
    private static readonly Lazy<ReportsCorpus> s_corpus = new(ReportsCorpus.Load);

    private static ReportsCorpus Corpus => s_corpus.Value;

    [Fact]
    public void The_corpus_is_every_pdf_below_the_shared_reports_folder_once_in_path_order()
    {
        var onDisk = Directory.GetFiles(Corpus.Folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(453, onDisk.Count); // 450 reports and the 3 HTML "Report not found" pages (the folder's README)
        Assert.Equal(onDisk, Corpus.Files.Select(f => f.Path));
        Assert.All(Corpus.Files, f => Assert.Equal(File.ReadAllBytes(f.Path), f.Bytes));
    }

    [Fact]
    public void Pdftotext_is_given_each_file_of_the_corpus_with_layout_and_standard_output()
    {
        var named = Corpus.Files.Select(f => ReportsComparison.PdfToTextArguments(f.Path)).ToList();

        Assert.All(named, a => Assert.Equal(3, a.Count));
        Assert.All(named, a => Assert.Equal("-layout", a[0]));
        Assert.All(named, a => Assert.Equal("-", a[2]));
        Assert.Equal(Corpus.Files.Select(f => f.Path), named.Select(a => a[1]));
    }

    [Fact]
    public void Every_file_has_its_manifest_row_as_the_import_command_finds_it()
    {
        var missing = Corpus.Files.Where(f => Corpus.ManifestEntry(f) is null).Select(f => f.Path).ToList();

        Assert.Empty(missing);
        Assert.All(Corpus.Files, f => Assert.Equal(Path.GetRelativePath(Corpus.Folder, f.Path).Replace('\\', '/'), Corpus.ManifestEntry(f)!.File));
    }

    [Fact]
    public void Our_side_reads_a_SIF_report_with_its_LSCB_review_as_two_documents()
    {
        var read = ReportsComparison.Read(Corpus, FileOf("80426_barnsley/children's services inspection - 08 august 2014.pdf"));

        Assert.Equal(ReportLayout.SifWithLscbReview, read.Layout);
        Assert.DoesNotContain(read.Issues, d => d.IsError);
        Assert.Equal([FrameworkIds.Sif2013, FrameworkIds.Sif2013], read.Documents.Select(d => d.Inspection.FrameworkId));
        Assert.Equal(VisitTypeIds.LscbReview, read.Documents[1].Inspection.VisitTypeId);
        Assert.All(read.Documents, d => Assert.Equal("Barnsley", d.Inspection.Subject.Name));
    }

    [Fact]
    public void Our_side_reads_an_ILACS_report_as_one_document()
    {
        var read = ReportsComparison.Read(Corpus, FileOf("80426_barnsley/children's services inspection - 19 november 2018.pdf"));

        Assert.Equal(ReportLayout.Ilacs2018, read.Layout);
        Assert.DoesNotContain(read.Issues, d => d.IsError);
        var document = Assert.Single(read.Documents);
        Assert.Equal(FrameworkIds.Ilacs2018, document.Inspection.FrameworkId);
        Assert.Equal("Barnsley", document.Inspection.Subject.Name);
    }

    [Fact]
    public void Our_side_refuses_an_HTML_page_named_pdf_as_the_import_does()
    {
        var read = ReportsComparison.Read(Corpus, FileOf("80429_birmingham/children's services inspection - 19 october 2012.pdf"));

        Assert.Empty(read.Documents);
        Assert.Equal("IMP200", Assert.Single(read.Issues).Code);
    }

    [Fact]
    public void A_tool_missing_from_the_path_is_not_found_so_its_side_is_skipped()
    {
        Assert.Null(ReportsComparison.FindOnPath("no-such-tool-" + Guid.NewGuid().ToString("N")));
    }

    private static ReportsCorpus.File FileOf(string relative) =>
        Corpus.Files.Single(f => Path.GetRelativePath(Corpus.Folder, f.Path).Replace('\\', '/') == relative);
}
