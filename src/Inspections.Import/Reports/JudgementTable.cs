using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Inspections.Import.Reports;

/// <summary>One row a judgement table may have: the judgement id and how its label reads.</summary>
internal sealed record TableRow(string JudgementId, string Label, Func<string, bool> Matches);

/// <summary>A judgement table as read: each row's grade (null: "Not judged") and what could not be read.</summary>
internal sealed record TableReading(
    IReadOnlyList<(string JudgementId, string? GradeId, int Page)> Rows,
    IReadOnlyList<(string Label, string Reason, int Page)> Problems,
    int FirstPage,
    int EndIndex);

/// <summary>
/// Reads a judgement table by position: each label (which may wrap over lines) is a block, and each grade phrase
/// (which may wrap above and below its label) belongs to the block whose lines it sits beside. A phrase beside no
/// label, two beside one, or a label with none, is a problem; nothing is assigned by order alone.
/// </summary>
internal static class JudgementTable
{
    private static readonly Regex TrailingGrade = new(
        @"^(?<label>.*?[a-z,]) (?<grade>Requires improvement(?: to be good)?|Good|Outstanding|Inadequate|Adequate|Not judged)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private sealed class Block
    {
        public required string Text;
        public required double First;
        public required double Last;
        public required int Page;
        public readonly List<(string? GradeId, double Order)> Grades = [];
    }

    public static TableReading? Read(IReadOnlyList<TextLine> lines, int start, Regex rowStart, IReadOnlyList<TableRow> rows, double minGradeLeft, int maxLeadIn = 12)
    {
        var blocks = new List<Block>();
        var words = new List<(string Word, double Order)>();
        double lastBottom = double.NaN;
        double lastHeight = 0;
        int lastPage = -1;
        int i = start;
        int leadIn = 0;
        double gradeColumn = double.MaxValue;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            var label = new List<string>();
            var grade = new List<string>();
            bool wide = false;
            foreach (var segment in line.Segments)
            {
                string text = ReportText.Fold(segment.Text);
                var parts = text.Split(' ');
                if (segment.Left >= minGradeLeft && IsGradeCell(parts))
                {
                    grade.AddRange(parts);
                    gradeColumn = Math.Min(gradeColumn, segment.Left);
                    continue;
                }

                // A label and its grade printed too close to split by the gap ("… care leavers Requires improvement").
                var tail = TrailingGrade.Match(text);
                if (segment.Left < minGradeLeft && segment.Right > minGradeLeft && tail.Success)
                {
                    label.Add(tail.Groups["label"].Value);
                    grade.AddRange(tail.Groups["grade"].Value.Split(' '));
                    continue;
                }

                label.Add(text);
                wide |= segment.Right > gradeColumn + 15;
            }

            string labelText = string.Join(" ", label).Trim();
            double height = Math.Max(4, line.Bottom - line.Top);
            bool near = line.Page == lastPage && line.Top - lastBottom < Math.Max(height, lastHeight) * 1.3;
            if (labelText.Length > 0 && wide && blocks.Count > 0)
            {
                // Prose running across the grade column: the table has ended, or goes on over the page.
                if (NextPageRows(lines, i, rowStart, gradeColumn) is { } next)
                {
                    i = next - 1;
                    continue;
                }

                break;
            }

            if (labelText.Length > 0 && wide && ++leadIn > maxLeadIn)
            {
                return null;
            }

            if (labelText.Length > 0 && !wide)
            {
                if (rowStart.IsMatch(labelText))
                {
                    blocks.Add(new Block { Text = labelText, First = line.Order, Last = line.Order, Page = line.Page });
                }
                else if (blocks.Count > 0 && near)
                {
                    blocks[^1].Text += " " + labelText;
                    blocks[^1].Last = line.Order;
                }
                else if (blocks.Count > 0)
                {
                    if (NextPageRows(lines, i, rowStart, gradeColumn) is { } next)
                    {
                        i = next - 1;
                        continue;
                    }

                    break;
                }
                else if (++leadIn > maxLeadIn)
                {
                    return null;
                }
            }

            if (blocks.Count > 0 || grade.Count > 0)
            {
                foreach (string w in grade)
                {
                    words.Add((w.ToLowerInvariant(), line.Order));
                }
            }

            lastBottom = line.Bottom;
            lastHeight = height;
            lastPage = line.Page;
        }

        if (blocks.Count == 0)
        {
            return null;
        }

        var problems = new List<(string, string, int)>();

        // Blocks after the last one that is a row are prose after the table ("The experiences and progress of children
        // and young people in X are good …"), not rows, and
        // grade words below them are theirs.
        int lastRow = blocks.FindLastIndex(b => rows.Any(r => r.Matches(b.Text)));
        if (lastRow >= 0 && lastRow < blocks.Count - 1)
        {
            blocks.RemoveRange(lastRow + 1, blocks.Count - lastRow - 1);
        }

        double tableEnd = blocks[^1].Last + 24;
        words.RemoveAll(w => w.Order > tableEnd);

        // Grade phrases from the words in order: "requires" "improvement" ["to" "be" "good"], "not" "judged", one word.
        var phrases = new List<(string? GradeId, double Order, string Text)>();
        for (int k = 0; k < words.Count;)
        {
            string w = words[k].Word;
            if (w is "requires" or "require" && k + 1 < words.Count && words[k + 1].Word == "improvement")
            {
                int end = k + 2;
                if (end + 2 < words.Count + 0 && words[end].Word == "to" && words[end + 1].Word == "be" && words[end + 2].Word == "good")
                {
                    end += 3;
                }

                phrases.Add(("requires-improvement", Centre(words, k, end), string.Join(" ", words.Skip(k).Take(end - k).Select(x => x.Word))));
                k = end;
            }
            else if (w == "not" && k + 1 < words.Count && words[k + 1].Word == "judged")
            {
                phrases.Add((null, Centre(words, k, k + 2), "not judged"));
                k += 2;
            }
            else if (w == "grade" && k + 1 < words.Count && words[k + 1].Word is "1" or "2" or "3" or "4")
            {
                k += 2;
            }
            else if (GradeWords.GradeId(w) is { } id && w is not "require" and not "requires")
            {
                phrases.Add((id, words[k].Order, w));
                k++;
            }
            else
            {
                problems.Add((Nearest(blocks, words[k].Order)?.Text ?? "the table", $"the word '{w}' beside it is not part of a grade", PageOf(words[k].Order)));
                k++;
            }
        }

        foreach (var phrase in phrases)
        {
            var inside = blocks.Where(b => phrase.Order >= b.First - 3 && phrase.Order <= b.Last + 3).ToList();
            Block? target = inside.Count == 1 ? inside[0] : null;
            if (inside.Count == 0)
            {
                var nearest = Nearest(blocks, phrase.Order);
                if (nearest is not null && Distance(nearest, phrase.Order) <= 14)
                {
                    target = nearest;
                }
            }

            if (target is null)
            {
                problems.Add((Nearest(blocks, phrase.Order)?.Text ?? "the table", $"the grade '{phrase.Text}' is beside no one label", PageOf(phrase.Order)));
                continue;
            }

            target.Grades.Add((phrase.GradeId, phrase.Order));
        }

        var read = new List<(string, string?, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var row = rows.FirstOrDefault(r => r.Matches(block.Text));
            if (row is null)
            {
                problems.Add((block.Text, "the label is not one of the layout's judgements", block.Page));
                continue;
            }

            if (!seen.Add(row.JudgementId))
            {
                problems.Add((row.Label, "the table gives the judgement twice", block.Page));
                continue;
            }

            if (block.Grades.Count != 1)
            {
                problems.Add((row.Label, block.Grades.Count == 0 ? "no grade is beside its label" : $"{block.Grades.Count} grades are beside its label", block.Page));
                continue;
            }

            read.Add((row.JudgementId, block.Grades[0].GradeId, block.Page));
        }

        return new TableReading(read, problems, blocks[0].Page, i);
    }

    // A table crossing a page: after this page's footnotes and footer, the next page's first lines (past its running
    // header) begin with a row.
    private static int? NextPageRows(IReadOnlyList<TextLine> lines, int from, Regex rowStart, double gradeColumn)
    {
        int page = lines[from].Page;
        int j = from;
        while (j < lines.Count && lines[j].Page == page)
        {
            // A row still to come on this page (a footnote "1 Ofsted produces …" runs across the grade column: not a row).
            if (rowStart.IsMatch(lines[j].Text) && lines[j].Segments.Max(s => s.Right) < gradeColumn + 15)
            {
                return null;
            }

            j++;
        }

        for (int k = j; k < lines.Count && k < j + 3 && lines[k].Page == page + 1; k++)
        {
            if (rowStart.IsMatch(lines[k].Segments[0].Text is { } first ? ReportText.Fold(first) : string.Empty))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Whether a segment's words are a grade cell (or part of one): grade words, and a digit only after "Grade".</summary>
    public static bool IsGradeCell(string[] words)
    {
        if (words.Length == 1 && words[0].Equals("grade", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int k = 0; k < words.Length; k++)
        {
            if (!GradeWords.IsCellWord(words[k]))
            {
                return false;
            }

            if (words[k] is "1" or "2" or "3" or "4" && (k == 0 || !words[k - 1].Equals("grade", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Moves a table's first line up over the grade-only lines just above it (a grade printed above its label).</summary>
    public static int BackOverGrades(IReadOnlyList<TextLine> lines, int start, double minGradeLeft)
    {
        while (start > 0 && lines[start - 1].Page == lines[start].Page
            && lines[start - 1].Segments.All(s => s.Left >= minGradeLeft && IsGradeCell(ReportText.Fold(s.Text).Split(' '))))
        {
            start--;
        }

        return start;
    }

    private static int PageOf(double order) => (int)(order / 10000);

    private static double Centre(List<(string Word, double Order)> words, int from, int to)
    {
        var orders = words.Skip(from).Take(to - from).Select(w => w.Order).Distinct().ToList();
        return orders.Average();
    }

    private static double Distance(Block block, double order) =>
        order < block.First ? block.First - order : order > block.Last ? order - block.Last : 0;

    private static Block? Nearest(List<Block> blocks, double order) =>
        blocks.OrderBy(b => Distance(b, order)).FirstOrDefault();
}
