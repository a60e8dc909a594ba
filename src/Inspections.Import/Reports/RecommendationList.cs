using System;
using System.Collections.Generic;
using System.Text;
using Inspections.Core;

namespace Inspections.Import.Reports;

/// <summary>
/// Reads a list of recommendations under a heading ("What needs to improve?", "Recommendations", "Areas for
/// improvement", "What does the local authority need to improve?"): each bulleted item, its wrapped lines joined;
/// the timescale headings of the time ("Immediately:", "Within three months:", "Within six months:",
/// "Priority and immediate action") give the timescale of the items below them.
/// </summary>
internal static class RecommendationList
{
    public static List<Recommendation> Read(IReadOnlyList<TextLine> lines, int heading, bool withTimescales)
    {
        var items = new List<Recommendation>();
        var current = new StringBuilder();
        string? timescale = null;
        string? currentTimescale = null;
        int interlude = 0;
        double lastBottom = lines[heading].Bottom;
        double lastHeight = lines[heading].Bottom - lines[heading].Top;
        int lastPage = lines[heading].Page;
        bool any = false;

        void Flush()
        {
            if (current.Length > 0)
            {
                items.Add(new Recommendation(current.ToString(), currentTimescale));
                current.Clear();
            }
        }

        for (int i = heading + 1; i < lines.Count && i < heading + 400; i++)
        {
            var line = lines[i];
            string text = line.Text;
            double height = Math.Max(4, line.Bottom - line.Top);
            bool near = line.Page == lastPage && line.Top - lastBottom < Math.Max(height, lastHeight) * 1.3;
            string? scale = withTimescales ? TimescaleOf(text) : null;
            if (scale is not null)
            {
                Flush();
                timescale = scale;
                interlude = 0;
            }
            else if (IsBullet(text))
            {
                Flush();
                current.Append(text.Substring(BulletLength(text)).TrimStart());
                currentTimescale = timescale;
                any = true;
                interlude = 0;
            }
            else if (current.Length > 0 && near)
            {
                Join(current, text);
            }
            else
            {
                Flush();
                if (++interlude > (any ? 3 : 4))
                {
                    break;
                }
            }

            lastBottom = line.Bottom;
            lastHeight = height;
            lastPage = line.Page;
        }

        Flush();
        return items;
    }

    private static void Join(StringBuilder current, string text)
    {
        if (current.Length > 0 && current[current.Length - 1] == '-' && text.Length > 0 && char.IsLower(text[0]))
        {
            current.Append(text);
        }
        else
        {
            current.Append(' ').Append(text);
        }
    }

    private static string? TimescaleOf(string text) => text.TrimEnd(':', ' ').ToLowerInvariant() switch
    {
        "immediately" or "priority and immediate action" => TimescaleIds.Immediately,
        "within three months" => TimescaleIds.WithinThreeMonths,
        "within six months" => TimescaleIds.WithinSixMonths,
        "areas for improvement" => null,
        _ => null,
    };

    private static bool IsBullet(string text) =>
        text.Length > 1 && !char.IsLetterOrDigit(text[0]) && text[0] is not ('\'' or '"' or '(' or '[' or '-' or '.' or ',')
        && (char.IsWhiteSpace(text[1]) || char.IsLetter(text[1]));

    private static int BulletLength(string text) => 1;
}
