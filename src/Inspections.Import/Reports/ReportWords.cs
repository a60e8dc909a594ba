using System;
using System.Collections.Generic;
using UglyToad.PdfPig.Content;

namespace Inspections.Import.Reports;

/// <summary>
/// A page's words from its letters, by the rules of PdfPig 0.1.16's <c>DefaultWordExtractor</c> (what
/// <c>Page.GetWords()</c> uses; PdfPig is Apache-2.0), with the same words, letters and boxes, but cheaper: the letters
/// are ordered by a merge of the runs they already come in (a page's content is mostly in reading order) instead of a
/// general sort, and the most common gap per font size is kept as the gaps are counted instead of sorted out of them
/// for every letter. The shared reports' every page gives the same words both ways (docs/performance.md).
/// </summary>
internal static class ReportWords
{
    /// <summary>The words of a page's letters, in PdfPig's order (top to bottom, then left to right).</summary>
    public static List<Word> Of(IReadOnlyList<Letter> letters)
    {
        var words = new List<Word>();
        int n = letters.Count;
        if (n == 0)
        {
            return words;
        }

        // Top to bottom (PdfPig's y grows upwards: descending), then left to right; ties in the letters' own order.
        var ys = new double[n];
        var xs = new double[n];
        for (int i = 0; i < n; i++)
        {
            var location = letters[i].Location;
            ys[i] = location.Y;
            xs[i] = location.X;
        }

        int[] order = StableOrder.By(ys, xs, firstDescending: true);
        var soFar = new List<Letter>(16);
        var gapsBySize = new Dictionary<double, GapCounts>();
        double y = 0, lastX = 0;
        Letter? last = null;
        foreach (int index in order)
        {
            var letter = letters[index];
            double letterY = ys[index], letterX = xs[index];
            bool white = string.IsNullOrWhiteSpace(letter.Value);
            if (last is null)
            {
                if (white)
                {
                    continue;
                }

                soFar.Add(letter);
                last = letter;
                y = letterY;
                lastX = letterX;
                continue;
            }

            if (letterY < y - 0.5)
            {
                Flush(soFar, words);
                if (!white)
                {
                    soFar.Add(letter);
                }

                y = letterY;
                lastX = letterX;
                last = letter;
                continue;
            }

            double height = Math.Max(last.BoundingBox.Height, letter.BoundingBox.Height);
            double gap = letterX - (last.Location.X + last.Width);
            bool sizeDiffers = Math.Abs(letter.FontSize - last.FontSize) > 0.1;
            bool split = letterX < lastX - 1
                || gap > height * 0.39
                || white
                || (gap > letter.Width * 0.1 && !string.Equals(letter.FontName, last.FontName, StringComparison.OrdinalIgnoreCase))
                || sizeDiffers
                || letter.TextOrientation != last.TextOrientation;
            if (!sizeDiffers && letter.FontSize > 0 && gap >= 0)
            {
                // A gap far wider than the most common one at this size (rounded to 2 places) is a space drawn as a move.
                double size = Math.Round(letter.FontSize);
                if (!gapsBySize.TryGetValue(size, out var gaps))
                {
                    gaps = new GapCounts();
                    gapsBySize[size] = gaps;
                }

                gaps.Add(Math.Round(gap, 2));
                if (gaps.Distinct > 1 && gap > height * 0.16 && gap > gaps.ModeGap * 5 && gaps.ModeCount > 1)
                {
                    split = true;
                }
            }

            if (split)
            {
                Flush(soFar, words);
            }

            if (!white)
            {
                soFar.Add(letter);
            }

            last = letter;
            lastX = letterX;
        }

        Flush(soFar, words);
        return words;
    }

    private static void Flush(List<Letter> soFar, List<Word> words)
    {
        if (soFar.Count > 0)
        {
            words.Add(new Word(soFar.ToArray()));
            soFar.Clear();
        }
    }

    /// <summary>How often each gap was seen; the mode is the first-seen of the gaps seen most often.</summary>
    private sealed class GapCounts
    {
        private readonly Dictionary<double, (int Order, int Count)> counts = [];
        private int modeOrder;

        public double ModeGap { get; private set; }

        public int ModeCount { get; private set; }

        public int Distinct => counts.Count;

        public void Add(double gap)
        {
            int order, count;
            if (counts.TryGetValue(gap, out var seen))
            {
                order = seen.Order;
                count = seen.Count + 1;
            }
            else
            {
                order = counts.Count;
                count = 1;
            }

            counts[gap] = (order, count);
            if (count > ModeCount || (count == ModeCount && order < modeOrder))
            {
                ModeGap = gap;
                ModeCount = count;
                modeOrder = order;
            }
        }
    }
}

/// <summary>A stable order by two keys (as LINQ's <c>OrderBy(...).ThenBy(...)</c>), by merging the runs the items already come in.</summary>
internal static class StableOrder
{
    /// <summary>The indexes of the items in order of <paramref name="first"/> (ascending, or descending), then <paramref name="second"/> ascending, then index.</summary>
    public static int[] By(double[] first, double[] second, bool firstDescending = false)
    {
        int n = first.Length;
        var a = new int[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = i;
        }

        int Compare(int i, int j)
        {
            int c = firstDescending ? first[j].CompareTo(first[i]) : first[i].CompareTo(first[j]);
            if (c == 0)
            {
                c = second[i].CompareTo(second[j]);
            }

            return c != 0 ? c : i.CompareTo(j);
        }

        var starts = new List<int> { 0 };
        for (int i = 1; i < n; i++)
        {
            if (Compare(a[i - 1], a[i]) > 0)
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 1)
        {
            return a;
        }

        starts.Add(n);
        var b = new int[n];
        while (starts.Count > 2)
        {
            var next = new List<int>((starts.Count / 2) + 2);
            int r = 0;
            for (; r + 2 < starts.Count; r += 2)
            {
                int lo = starts[r], mid = starts[r + 1], hi = starts[r + 2];
                int i = lo, j = mid, o = lo;
                while (i < mid && j < hi)
                {
                    b[o++] = Compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
                }

                while (i < mid)
                {
                    b[o++] = a[i++];
                }

                while (j < hi)
                {
                    b[o++] = a[j++];
                }

                next.Add(lo);
            }

            if (r + 1 < starts.Count)
            {
                Array.Copy(a, starts[r], b, starts[r], n - starts[r]);
                next.Add(starts[r]);
            }

            next.Add(n);
            (a, b) = (b, a);
            starts = next;
        }

        return a;
    }
}
