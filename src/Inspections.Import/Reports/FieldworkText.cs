using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;

namespace Inspections.Import.Reports;

/// <summary>A report's "Inspection dates" as printed: one or two periods on site.</summary>
internal sealed record FieldworkPeriods(IReadOnlyList<(LocalDate Start, LocalDate End)> Periods, string Printed)
{
    public LocalDate Start => Periods[0].Start;

    public LocalDate End => Periods[^1].End;

    /// <summary>Days on site, counting each period's calendar days.</summary>
    public int Days => Periods.Sum(p => Period.DaysBetween(p.Start, p.End) + 1);
}

/// <summary>Reads the dates Ofsted prints: "8 – 12 July 2013", "19 November – 11 December 2013", "9 to 20 May 2022",
/// "8 June 2026 to 19 June 2026", "1 Feb 2016 – 3 March 2016", "dd/mm/yyyy to dd/mm/yyyy", two periods joined by "and".</summary>
internal static class FieldworkText
{
    private static readonly Regex Token = new(
        @"\G\s*(?:(?<slash>(?<sd>\d{1,2})/(?<sm>\d{1,2})/(?<sy>\d{4}))|(?<year>\d{4})\b|(?<day>\d{1,2})(?:st|nd|rd|th)?\b|(?<range>-|to\b|until\b)|(?<and>and\b|&|,)|(?<month>[A-Za-z]{3,9})\.?(?![A-Za-z]))",
        RegexOptions.CultureInvariant);

    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static int? MonthNumber(string word)
    {
        string w = word.ToLowerInvariant();
        if (w == "sept")
        {
            return 9;
        }

        for (int i = 0; i < Months.Length; i++)
        {
            if (w == Months[i] || (w.Length == 3 && Months[i].StartsWith(w, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private sealed class Part
    {
        public int? Day;
        public int? Month;
        public int? Year;
    }

    /// <summary>Reads the dates at the start of <paramref name="text"/> (folded); null when they do not make real, ordered periods.</summary>
    public static FieldworkPeriods? Read(string text)
    {
        var periods = new List<List<Part>>();
        var current = new List<Part>();
        int pos = 0;
        int consumed = 0;
        bool expectDate = true;
        while (pos < text.Length)
        {
            var m = Token.Match(text, pos);
            if (!m.Success || m.Length == 0)
            {
                break;
            }

            if (m.Groups["slash"].Success)
            {
                current.Add(new Part { Day = Int(m.Groups["sd"].Value), Month = Int(m.Groups["sm"].Value), Year = Int(m.Groups["sy"].Value) });
                expectDate = false;
            }
            else if (m.Groups["day"].Success)
            {
                if (!expectDate && current.Count > 0 && current[^1].Month is null)
                {
                    break;
                }

                current.Add(new Part { Day = Int(m.Groups["day"].Value) });
                expectDate = false;
            }
            else if (m.Groups["month"].Success)
            {
                var month = MonthNumber(m.Groups["month"].Value);
                if (month is null)
                {
                    if (m.Groups["month"].Value.Equals("and", StringComparison.OrdinalIgnoreCase))
                    {
                        goto And;
                    }

                    break;
                }

                if (current.Count == 0 || current[^1].Month is not null || current[^1].Year is not null)
                {
                    break;
                }

                current[^1].Month = month;
            }
            else if (m.Groups["year"].Success)
            {
                if (current.Count == 0 || current[^1].Year is not null)
                {
                    break;
                }

                current[^1].Year = Int(m.Groups["year"].Value);
            }
            else if (m.Groups["range"].Success)
            {
                if (current.Count != 1)
                {
                    break;
                }

                expectDate = true;
            }
            else if (m.Groups["and"].Success)
            {
                goto And;
            }

            pos = m.Index + m.Length;
            consumed = pos;
            continue;

        And:
            if (current.Count == 0)
            {
                break;
            }

            periods.Add(current);
            current = [];
            expectDate = true;
            pos = m.Index + m.Length;
        }

        if (current.Count > 0)
        {
            periods.Add(current);
        }

        if (periods.Count is 0 or > 2 || periods.Any(p => p.Count is 0 or > 2))
        {
            return null;
        }

        // Fill a missing month or year from the date after it (the end of the period, then the next period).
        var parts = periods.SelectMany(p => p).ToList();
        for (int i = parts.Count - 2; i >= 0; i--)
        {
            var next = parts[i + 1];
            if (parts[i].Month is null && parts[i].Year is null)
            {
                parts[i].Month = next.Month;
            }

            if (parts[i].Year is null && parts[i].Month is { } month && next.Month is { } nextMonth && next.Year is { } nextYear)
            {
                parts[i].Year = month > nextMonth ? nextYear - 1 : nextYear;
            }
        }

        var result = new List<(LocalDate, LocalDate)>();
        LocalDate? previousEnd = null;
        foreach (var period in periods)
        {
            var start = Date(period[0]);
            var end = period.Count == 2 ? Date(period[1]) : start;
            if (start is null || end is null || end < start || (previousEnd is { } p && start <= p))
            {
                return null;
            }

            result.Add((start.Value, end.Value));
            previousEnd = end;
        }

        return new FieldworkPeriods(result, text.Substring(0, consumed).Trim());
    }

    private static LocalDate? Date(Part part)
    {
        if (part.Day is not { } d || part.Month is not { } m || part.Year is not { } y || y is < 2000 or > 2100 || m is < 1 or > 12)
        {
            return null;
        }

        return d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m) ? new LocalDate(y, m, d) : null;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A single printed date ("13 May 2015", "2 August 2013"), or null.</summary>
    public static LocalDate? ReadOne(string text)
    {
        var periods = Read(text);
        return periods is { Periods.Count: 1 } && periods.Start == periods.End ? periods.Start : null;
    }
}
