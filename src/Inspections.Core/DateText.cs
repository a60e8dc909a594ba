using NodaTime;
using NodaTime.Text;

namespace Inspections.Core;

/// <summary>
/// The one way the library prints a date for people to read (every <c>ToString</c>): ISO 8601 <c>yyyy-MM-dd</c>
/// through NodaTime's invariant <see cref="LocalDatePattern.Iso"/>, whatever the current culture.
/// </summary>
/// <remarks>
/// Years before 1 CE are written as ISO 8601 writes them, in astronomical numbering with a sign: year 0 is 1 BCE,
/// <c>-0001</c> is 2 BCE, <c>-9998</c> (NodaTime's earliest) is 9999 BCE. So the era is never lost, and
/// <c>LocalDatePattern.Iso.Parse</c> reads every printed date back to the same value. (Documents written in the
/// <c>inspections/v1</c> format hold only the years 0001 to 9999; this is for text people read.) Public so that the
/// CLI and the importers print dates the same way. Thread-safe.
/// </remarks>
public static class DateText
{
    private static readonly LocalDatePattern LongPattern = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");

    /// <summary>The date as <c>yyyy-MM-dd</c> (a sign before a year before 1 CE).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// The date as a sentence writes it, <c>1 April 2009</c>: the day without a leading zero, the month's English name,
    /// the year (as <see cref="Format"/> numbers it), whatever the current culture.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Words(LocalDate date) => LongPattern.Format(date);

    /// <summary>An interval of days as ISO 8601 writes it: <c>start/end</c>, or <c>start/..</c> when it has no end.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or null.</param>
    /// <returns>The text.</returns>
    public static string Interval(LocalDate start, LocalDate? end) => Format(start) + "/" + (end is { } last ? Format(last) : "..");

    /// <summary>
    /// A period of years, months and days in words, as a person says it: "2 years, 1 month and 3 days", "0 days" for
    /// zero. Culture-invariant (English words, invariant digits). A part below zero is written with its sign.
    /// </summary>
    /// <param name="period">The period (its weeks and time parts are not written; use a year-month-day period).</param>
    /// <returns>The words.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static string Words(Period period)
    {
        Preconditions.NotNull(period, nameof(period));
        var parts = new System.Collections.Generic.List<string>(3);
        Add(period.Years, "year");
        Add(period.Months, "month");
        Add(period.Days, "day");
        return parts.Count switch
        {
            0 => "0 days",
            1 => parts[0],
            _ => string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[parts.Count - 1],
        };

        void Add(long n, string unit)
        {
            if (n != 0)
            {
                parts.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + unit + (n is 1 or -1 ? string.Empty : "s"));
            }
        }
    }
}
