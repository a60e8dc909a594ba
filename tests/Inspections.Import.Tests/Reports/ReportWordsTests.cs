using FsCheck;
using FsCheck.Fluent;
using Inspections.Import.Reports;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace Inspections.Import.Tests.Reports;

/// <summary>
/// The reader's words (<c>ReportWords</c>) are PdfPig's own (<c>DefaultWordExtractor</c>, what <c>Page.GetWords()</c>
/// uses): the same words, in the same order, with the same boxes and the very same letters, on every page of the
/// committed reports, and whatever order a page's letters come in.
/// </summary>
public sealed class ReportWordsTests
{
    private static IEnumerable<string> CorpusPdfs() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Reports", "corpus"), "*.pdf")
            .Where(f => !Path.GetFileName(f).StartsWith("not-a-pdf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_page_of_the_committed_reports_gives_PdfPigs_words()
    {
        int pages = 0, words = 0;
        foreach (string file in CorpusPdfs())
        {
            using var document = PdfDocument.Open(file);
            foreach (var page in document.GetPages())
            {
                var expected = page.GetWords().ToList();
                AssertSameWords(expected, ReportWords.Of(page.Letters), $"{Path.GetFileName(file)} page {page.Number}");
                pages++;
                words += expected.Count;
            }
        }

        // The comparison covered real pages and words (13 reports of every layout).
        Assert.True(pages > 100 && words > 10_000, $"{pages} pages, {words} words");
    }

    [Fact]
    public void A_pages_letters_in_any_order_give_the_words_PdfPig_gives_them_in_that_order()
    {
        var letters = DensestPageLetters("sif-lscb-oldham-2015.pdf");
        Assert.True(letters.Length > 500, $"{letters.Length} letters");

        Prop.ForAll(
                Gen.Shuffle(letters).ToArbitrary(),
                shuffled =>
                {
                    AssertSameWords(DefaultWordExtractor.Instance.GetWords(shuffled).ToList(), ReportWords.Of(shuffled), "shuffled letters");
                    return true;
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void No_letters_give_no_words()
    {
        Assert.Empty(ReportWords.Of([]));
    }

    private static Letter[] DensestPageLetters(string name)
    {
        using var document = PdfDocument.Open(ReportReaderTests.Corpus(name));
        return [.. document.GetPages().MaxBy(p => p.Letters.Count)!.Letters];
    }

    private static void AssertSameWords(IReadOnlyList<Word> expected, IReadOnlyList<Word> actual, string where)
    {
        Assert.True(expected.Count == actual.Count, $"{where}: PdfPig gives {expected.Count} words, ReportWords {actual.Count}");
        for (int i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.True(e.Text == a.Text && e.BoundingBox.Equals(a.BoundingBox) && e.Letters.SequenceEqual(a.Letters, ReferenceEqualityComparer.Instance),
                $"{where}, word {i}: PdfPig gives '{e.Text}' at {e.BoundingBox}, ReportWords '{a.Text}' at {a.BoundingBox}");
        }
    }
}
