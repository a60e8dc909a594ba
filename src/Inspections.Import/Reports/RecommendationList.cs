using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Inspections.Core;

namespace Inspections.Import.Reports;

/// <summary>What reading one list of recommendations gave: the items, or why the list cannot be delimited.</summary>
/// <param name="Items">The recommendations, in the report's order.</param>
/// <param name="Problem">Why the list cannot be delimited, or null.</param>
/// <param name="Topics">The headings that group a numbered list's items ("Care leavers"), which the format has no place for.</param>
internal sealed record RecommendationRead(List<Recommendation> Items, string? Problem, IReadOnlyList<string> Topics);

/// <summary>
/// Reads a list of recommendations under its heading ("What needs to improve?", "Recommendations", "Areas for
/// improvement", "What does the local authority need to improve?"). The list is the run of bulleted or numbered items
/// that follows the heading: an item starts at a bullet or number in the list's left column; a line indented to the
/// item's text continues it (on the same page, or at the top of the next); an item set further in (a bullet or
/// letter under an item, "by ensuring that:") is part of the item above it, kept with its marker; page numbers,
/// running headers and footnotes (text smaller than the list's) are not the list's text. The list ends at the first
/// other line (a heading, a paragraph). The items' numbers (1., 2., …) are their places in the list, which the
/// document's order keeps, so they are removed; a number out of its place means the list is not what it seems, and
/// it is not read. The timescale headings of the time ("Immediately:", "Within three months:", "Within six months:")
/// give the timescale of the items below them; the sentence before the first of them ("the local authority should take
/// the following action") is the list's lead-in.
/// </summary>
internal enum ListTimescales
{
    /// <summary>No timescales (ILACS, the LSCB reviews of 2015 on).</summary>
    None,

    /// <summary>Headings that may divide the list: "Priority and immediate action" (immediately), "Areas for improvement" (no timescale), and the three timescales (the SIF reports of 2014–15).</summary>
    Optional,

    /// <summary>A lead-in, then every item under a timescale heading (the 2013 targeted inspections).</summary>
    Required,
}

internal static class RecommendationList
{
    private const int MaxLines = 600;

    private static readonly Regex Number = new(@"^(?<n>\d{1,3})\.\s*(?<rest>.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Letter = new(@"^(?<m>\(?[a-z]\)|[a-z]\.)\s+(?<rest>.*)$", RegexOptions.CultureInvariant);

    /// <summary>Whether a line is part of its list's heading rather than of the list ("Areas for improvement" under "What does the local authority need to improve?").</summary>
    private static bool IsSubheading(string text) =>
        text.TrimEnd(':', '?', ' ').ToLowerInvariant() is "areas for improvement" or "recommendations" or "what needs to improve";

    public static RecommendationRead Read(IReadOnlyList<TextLine> lines, int heading, ListTimescales timescales, int end = int.MaxValue)
    {
        var items = new List<Recommendation>();
        var current = new StringBuilder();
        string? timescale = null;
        string? currentTimescale = null;
        bool seenTimescale = false;
        double? listLeft = null;
        double textLeft = 0;
        bool numbered = false;
        int? expected = null;
        bool afterSection = false;
        bool withTimescales = timescales != ListTimescales.None;
        double bodyHeight = 0;
        var last = lines[heading];
        int leadIn = 0;

        var topics = new List<string>();
        int leadInProse = 0;
        bool topicsFirst = false;
        double? contLeft = null;
        double headingHeight = lines[heading].Bottom - lines[heading].Top;

        static RecommendationRead Fail(string problem) => new([], problem, []);

        void Flush()
        {
            if (current.Length > 0)
            {
                items.Add(new Recommendation(current.ToString(), currentTimescale));
                current.Clear();
            }
        }

        string Where(TextLine line) => "page " + line.Page.ToString(CultureInfo.InvariantCulture);

        for (int i = heading + 1; i < lines.Count && i < end && i < heading + MaxLines; i++)
        {
            var line = lines[i];
            string text = line.Text;
            double height = Math.Max(1, line.Bottom - line.Top);
            if (IsFurniture(text) || (bodyHeight > 0 && height < bodyHeight * 0.8))
            {
                continue; // a page number, a running header, a footnote
            }

            double left = line.Segments[0].Left;
            if (listLeft is null && current.Length == 0 && IsSubheading(text) && (!withTimescales || SectionOf(text) is null))
            {
                last = line;
                continue;
            }

            if (withTimescales && SectionOf(text) is { } section)
            {
                Flush();
                timescale = section.Timescale;
                seenTimescale |= section.Timescale is not null;
                afterSection = true;
                last = line;
                continue;
            }

            if ((afterSection || listLeft is null) && NoneFound.IsMatch(text))
            {
                last = line; // "The inspection did not find any areas for priority and immediate action."
                continue;
            }

            bool underSection = afterSection;
            afterSection = false;

            var (kind, n, marker, rest) = Marker(text);
            if (timescales == ListTimescales.Required && !seenTimescale && listLeft is null)
            {
                // The lead-in before the first timescale heading ("… the local authority should take the following action.").
                if (++leadIn > 6)
                {
                    return Fail($"no timescale heading ('Immediately:', 'Within three months:', 'Within six months:') follows the heading on {Where(lines[heading])}");
                }

                last = line;
                continue;
            }

            if (kind != MarkerKind.None && (listLeft is null || Math.Abs(left - listLeft.Value) <= 4))
            {
                if (listLeft is null)
                {
                    topicsFirst = topics.Count > 0;
                    listLeft = left;
                    numbered = kind == MarkerKind.Number;
                    bodyHeight = height;
                }
                else if ((kind == MarkerKind.Number) != numbered)
                {
                    break; // numbered paragraphs after a bulleted list (or bullets after a numbered one): the list has ended
                }

                if (kind == MarkerKind.Number)
                {
                    if (expected is { } e && n != e)
                    {
                        return Fail($"item {n.ToString(CultureInfo.InvariantCulture)} on {Where(line)} where item {e.ToString(CultureInfo.InvariantCulture)} was expected");
                    }

                    expected = n + 1;
                }

                Flush();
                current.Append(rest);
                currentTimescale = timescale;
                textLeft = TextLeft(line, left);
                last = line;
                continue;
            }

            if (kind == MarkerKind.None && IsTopic(lines, i, end, listLeft, expected, listLeft is null ? underSection : numbered && topicsFirst, headingHeight))
            {
                Flush();
                topics.Add(text); // "Care leavers" over the items about care leavers
                last = line;
                continue;
            }

            if (listLeft is null && (leadInProse > 0 || LeadIn.IsMatch(text)) && ++leadInProse <= 5)
            {
                last = line; // "The following recommendations are those that inspectors considered to be the priorities …"
                continue;
            }

            if (listLeft is null)
            {
                // Text before any item: the heading is followed by no list the reader can delimit.
                return Fail($"the heading on {Where(lines[heading])} is followed by '{ReportText.Visible(text, 60)}', not a bulleted or numbered list");
            }

            bool nextPage = line.Page == last.Page + 1;
            bool samePage = line.Page == last.Page;
            // A wrapped line is in the list's column, in the list's type (a heading at the next page's top is larger).
            bool inColumn = left > listLeft.Value + 4 && (contLeft is null || left >= contLeft.Value - 4) && height <= bodyHeight * (nextPage ? 1.1 : 1.2);
            if (current.Length > 0 && inColumn && (samePage || nextPage))
            {
                if (kind != MarkerKind.None)
                {
                    current.Append(' ').Append(marker).Append(' ').Append(rest); // an item under the item
                }
                else if (nextPage || line.Top - last.Bottom < Math.Max(height, last.Bottom - last.Top) * 1.6 || left > textLeft + 4)
                {
                    if (samePage && contLeft is null)
                    {
                        contLeft = left; // the column the list's wrapped lines are set in
                    }

                    Join(current, text);
                }
                else
                {
                    break;
                }

                last = line;
                continue;
            }

            break; // a heading or paragraph: the list has ended
        }

        Flush();
        if (timescales == ListTimescales.Required && items.Count > 0 && !seenTimescale)
        {
            return Fail("items without a timescale heading");
        }

        return new(items, null, topics);
    }

    private static readonly Regex LeadIn = new(@"^The following\b", RegexOptions.CultureInvariant);

    // The headings the SIF reports print after their lists, over paragraphs numbered on from the list's items.
    private static readonly Regex NextSection = new(
        @"^(?:Inspection findings|Inspection judgements?\b|Progress since|Key strengths|Summary\b|Information about|What the inspection judgements mean)|\bstrengths:?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// Whether line <paramref name="i"/> is a heading over some of a numbered list's items: one short line with no
    /// full stop, in the list's column, and the next line of text the list's next item. Before the list's first item
    /// only under a timescale heading ("Priority and immediate action", "Areas for improvement"), since a section's
    /// heading followed by its numbered paragraphs looks the same; after the first item only in a list whose first item
    /// had one, and never in the type of the list's own heading or larger, nor one of the headings the reports print
    /// after their lists ("The local authority's strengths", "Inspection findings", "Progress since the last inspection").
    /// </summary>
    private static bool IsTopic(IReadOnlyList<TextLine> lines, int i, int end, double? listLeft, int? expected, bool numbered, double headingHeight)
    {
        var line = lines[i];
        if (!numbered || line.Text.Length > 80 || line.Text.EndsWith('.') || line.Segments.Count != 1
            || (listLeft is not null && (line.Bottom - line.Top >= headingHeight * 0.97 || NextSection.IsMatch(line.Text)))
            || (listLeft is { } l && !InTopicColumn(line.Segments[0].Left, l)))
        {
            return false;
        }

        for (int j = i + 1; j < lines.Count && j < end && j < i + 4; j++)
        {
            if (IsFurniture(lines[j].Text))
            {
                continue;
            }

            var (kind, n, _, _) = Marker(lines[j].Text);
            return kind == MarkerKind.Number && (expected is not { } e || n == e)
                && InTopicColumn(line.Segments[0].Left, listLeft ?? lines[j].Segments[0].Left);
        }

        return false;
    }

    /// <summary>A topic heading is in its items' column or a little to its left (items indented under it).</summary>
    private static bool InTopicColumn(double topicLeft, double itemLeft) => topicLeft <= itemLeft + 4 && topicLeft >= itemLeft - 30;

    /// <summary>Where an item's text starts: after its marker, in the marker's segment or the next.</summary>
    private static double TextLeft(TextLine line, double left) => line.Segments.Count > 1 ? line.Segments[1].Left : left + 14;

    /// <summary>A page number (a line of only digits).</summary>
    private static bool IsFurniture(string text) => text.Length <= 3 && text.All(char.IsDigit);

    private enum MarkerKind
    {
        None,
        Bullet,
        Number,
        Letter,
    }

    private static (MarkerKind Kind, int Number, string Mark, string Text) Marker(string text)
    {
        var number = Number.Match(text);
        if (number.Success && number.Groups["rest"].Length > 0)
        {
            return (MarkerKind.Number, int.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture), number.Groups["n"].Value + ".", number.Groups["rest"].Value);
        }

        var letter = Letter.Match(text);
        if (letter.Success)
        {
            return (MarkerKind.Letter, 0, letter.Groups["m"].Value, letter.Groups["rest"].Value);
        }

        if (IsBullet(text))
        {
            // The bullet as a mark the text can carry: the '-' a report prints stays, any other glyph (a Symbol font's
            // private-use bullet, a square) is written '•' when it is kept, under an item.
            string mark = text[0] == '-' ? "-" : "•";
            return (MarkerKind.Bullet, 0, mark, text.Substring(1).TrimStart());
        }

        return (MarkerKind.None, 0, string.Empty, text);
    }

    private static void Join(StringBuilder current, string text)
    {
        if (current.Length > 1 && current[current.Length - 1] == '-' && char.IsLetter(current[current.Length - 2]) && text.Length > 0 && char.IsLower(text[0]))
        {
            current.Append(text); // "decision-" + "making"
        }
        else
        {
            current.Append(' ').Append(text);
        }
    }

    private static readonly Regex NoneFound = new(@"\bdid not (?:find|identify) any\b|^There are no\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A heading inside the list that gives the timescale of the items below it (null: none).</summary>
    private static (string? Timescale, bool Is)? SectionOf(string text) => text.TrimEnd(':', ' ').ToLowerInvariant() switch
    {
        "immediately" or "priority and immediate action" => (TimescaleIds.Immediately, true),
        "within three months" => (TimescaleIds.WithinThreeMonths, true),
        "within six months" => (TimescaleIds.WithinSixMonths, true),
        "areas for improvement" => (null, true),
        _ => null,
    };

    private static bool IsBullet(string text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        char c = text[0];
        if (c == '-')
        {
            return text[1] == ' ';
        }

        bool glyph = c is '•' or '◼' or '■' or '▪' or '●' or '·' or '◦' or '○'
            || char.GetUnicodeCategory(c) == UnicodeCategory.PrivateUse;
        return glyph && (char.IsWhiteSpace(text[1]) || char.IsLetter(text[1]));
    }
}
