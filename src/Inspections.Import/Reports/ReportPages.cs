using System;
using System.Collections.Generic;
using System.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Inspections.Import.Reports;

/// <summary>A run of words on one line with no wide gap between them (a table cell, a heading, a line of prose).</summary>
internal sealed record TextSegment(double Left, double Right, string Text);

/// <summary>One line of a page: its words grouped into segments, top to bottom order kept by <see cref="Order"/>.</summary>
internal sealed class TextLine
{
    public TextLine(int page, double order, double top, double bottom, IReadOnlyList<TextSegment> segments)
    {
        Page = page;
        Order = order;
        Top = top;
        Bottom = bottom;
        Segments = segments;
        Text = ReportText.Fold(string.Join(" ", segments.Select(s => s.Text)));
    }

    /// <summary>The 1-based page.</summary>
    public int Page { get; }

    /// <summary>Position down the whole report (page number and distance from the page's top), for ordering and nearness across pages.</summary>
    public double Order { get; }

    /// <summary>Distance of the line's top from the page's top, in points.</summary>
    public double Top { get; }

    /// <summary>Distance of the line's bottom from the page's top, in points.</summary>
    public double Bottom { get; }

    public IReadOnlyList<TextSegment> Segments { get; }

    /// <summary>The line's text, folded (<see cref="ReportText.Fold"/>).</summary>
    public string Text { get; }

    public override string ToString() => $"p{Page} {Text}";
}

/// <summary>A report's text, page by page, as lines of segments; or why it could not be had.</summary>
internal sealed class ReportPages
{
    private const double PageStride = 10000;

    private ReportPages(IReadOnlyList<IReadOnlyList<TextLine>> pages) => Pages = pages;

    public IReadOnlyList<IReadOnlyList<TextLine>> Pages { get; }

    public IEnumerable<TextLine> AllLines => Pages.SelectMany(p => p);

    /// <summary>Every line's text from page <paramref name="first"/> to <paramref name="last"/>, joined by spaces (folded).</summary>
    public string Flat(int first = 1, int last = int.MaxValue)
    {
        var parts = new List<string>();
        for (int p = Math.Max(first, 1); p <= Math.Min(last, Pages.Count); p++)
        {
            foreach (var line in Pages[p - 1])
            {
                parts.Add(line.Text);
            }
        }

        return string.Join(" ", parts);
    }

    public static ReportPages? Extract(byte[] bytes, int maxPages, Action<ReportProblem> problem)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            problem(new ReportProblem(ReportCodes.Encrypted, null, []));
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem(new ReportProblem(ReportCodes.Damaged, null, [Describe(e)]));
            return null;
        }

        using (document)
        {
            int count;
            try
            {
                if (document.IsEncrypted && !CanRead(document))
                {
                    problem(new ReportProblem(ReportCodes.Encrypted, null, []));
                    return null;
                }

                count = document.NumberOfPages;
            }
            catch (PdfDocumentEncryptedException)
            {
                problem(new ReportProblem(ReportCodes.Encrypted, null, []));
                return null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problem(new ReportProblem(ReportCodes.Damaged, null, [Describe(e)]));
                return null;
            }

            if (count > maxPages)
            {
                problem(new ReportProblem(ReportCodes.TooLarge, null, [$"{count} pages", $"{maxPages} pages"]));
                return null;
            }

            if (count == 0)
            {
                problem(new ReportProblem(ReportCodes.NoText, null, []));
                return null;
            }

            var pages = new List<IReadOnlyList<TextLine>>(count);
            var forbidden = new SortedSet<int>();
            int forbiddenPage = 0;
            for (int n = 1; n <= count; n++)
            {
                IReadOnlyList<TextLine> lines;
                try
                {
                    var page = document.GetPage(n);
                    var words = ReportWords.Of(page.Letters);
                    foreach (var word in words)
                    {
                        int before = forbidden.Count;
                        ReportText.CollectForbidden(word.Text, forbidden);
                        if (forbidden.Count > before && forbiddenPage == 0)
                        {
                            forbiddenPage = n;
                        }
                    }

                    lines = Lines(n, page.Height, words);
                }
                catch (PdfDocumentEncryptedException)
                {
                    problem(new ReportProblem(ReportCodes.Encrypted, null, []));
                    return null;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    problem(new ReportProblem(ReportCodes.PageUnreadable, n, [Describe(e)]));
                    return null;
                }

                pages.Add(lines);
            }

            if (forbidden.Count > 0)
            {
                problem(new ReportProblem(ReportCodes.ForgedText, forbiddenPage, [ReportText.Name(forbidden)]));
                return null;
            }

            if (pages[0].Count == 0)
            {
                problem(new ReportProblem(ReportCodes.NoText, 1, []));
                return null;
            }

            return new ReportPages(pages);
        }
    }

    private static bool CanRead(PdfDocument document)
    {
        // PdfPig opens a document whose user password is empty; one that needs a password throws on open.
        return true;
    }

    private static string Describe(Exception e)
    {
        string message = ReportText.Visible(ReportText.Fold(e.Message), 120);
        return message.Length == 0 ? e.GetType().Name : message;
    }

    private readonly record struct Placed(Word Word, double Base, double Height, double Left, double Right);

    private static List<TextLine> Lines(int pageNumber, double pageHeight, List<Word> words)
    {
        // The words by baseline (down the page), then left edge; ties in PdfPig's order.
        var kept = new List<Placed>(words.Count);
        foreach (var w in words)
        {
            if (w.Text.Length > 0 && !string.IsNullOrWhiteSpace(w.Text))
            {
                var box = w.BoundingBox;
                kept.Add(new Placed(w, pageHeight - box.Bottom, Math.Max(1, box.Height), box.Left, box.Right));
            }
        }

        var bases = new double[kept.Count];
        var lefts = new double[kept.Count];
        for (int k = 0; k < kept.Count; k++)
        {
            bases[k] = kept[k].Base;
            lefts[k] = kept[k].Left;
        }

        var placed = new Placed[kept.Count];
        int[] order = StableOrder.By(bases, lefts);
        for (int k = 0; k < order.Length; k++)
        {
            placed[k] = kept[order[k]];
        }

        var lines = new List<TextLine>();
        var group = new List<Placed>();
        var text = new List<string>();
        int i = 0;
        while (i < placed.Length)
        {
            double baseline = placed[i].Base;
            double tolerance = Math.Max(2.0, placed[i].Height * 0.4);
            group.Clear();
            while (i < placed.Length && placed[i].Base - baseline <= tolerance)
            {
                group.Add(placed[i]);
                i++;
            }

            group.Sort(static (a, b) => a.Left.CompareTo(b.Left));
            var segments = new List<TextSegment>();
            double left = group[0].Left, right = group[0].Right;
            text.Clear();
            text.Add(group[0].Word.Text);
            double top = pageHeight - group[0].Word.BoundingBox.Top, bottom = group[0].Base;
            for (int k = 1; k < group.Count; k++)
            {
                var g = group[k];
                double gap = g.Left - right;
                double size = Math.Max(g.Height, group[k - 1].Height);
                if (gap > Math.Max(12, size * 1.6))
                {
                    segments.Add(new TextSegment(left, right, string.Join(" ", text)));
                    text.Clear();
                    left = g.Left;
                }

                text.Add(g.Word.Text);
                right = Math.Max(right, g.Right);
                // As Enumerable.Min and Max did: a NaN top wins, a NaN base loses, and a tie keeps the first (0 before -0).
                double wordTop = pageHeight - g.Word.BoundingBox.Top;
                if (!double.IsNaN(top) && (wordTop < top || double.IsNaN(wordTop)))
                {
                    top = wordTop;
                }

                if (double.IsNaN(bottom) || g.Base > bottom)
                {
                    bottom = g.Base;
                }
            }

            segments.Add(new TextSegment(left, right, string.Join(" ", text)));
            lines.Add(new TextLine(pageNumber, (pageNumber * PageStride) + ((top + bottom) / 2), top, bottom, segments));
        }

        return MergeSuperscripts(lines);
    }

    // A footnote mark set above the baseline ("Board¹") sorts as a line of its own; it belongs to the line it overlaps.
    private static List<TextLine> MergeSuperscripts(List<TextLine> lines)
    {
        var result = new List<TextLine>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            bool mark = line.Segments.All(s => s.Text.Length <= 2 && s.Text.All(char.IsDigit)) && line.Bottom - line.Top < 8;
            if (mark)
            {
                TextLine? host = null;
                if (i + 1 < lines.Count && Overlaps(line, lines[i + 1]))
                {
                    host = lines[i + 1];
                    lines[i + 1] = Merge(host, line);
                    continue;
                }

                if (result.Count > 0 && Overlaps(line, result[^1]))
                {
                    result[^1] = Merge(result[^1], line);
                    continue;
                }
            }

            result.Add(line);
        }

        return result;
    }

    private static bool Overlaps(TextLine a, TextLine b) => a.Top < b.Bottom && b.Top < a.Bottom;

    private static TextLine Merge(TextLine host, TextLine mark) =>
        new(host.Page, host.Order, host.Top, host.Bottom, [.. host.Segments.Concat(mark.Segments).OrderBy(s => s.Left)]);
}

/// <summary>A problem found while reading, before the file name is attached: the descriptor, page and message arguments.</summary>
internal sealed record ReportProblem(Inspections.Core.Validation.DiagnosticDescriptor Descriptor, int? Page, object?[] Arguments, string Path = ReportCodes.WholeFile);
