using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Inspections.Core;
using Inspections.Core.Scales;
using Inspections.Core.Validation;

namespace Inspections.Cli.Output;

/// <summary>The contract's words for enum values.</summary>
internal static class Words
{
    public static string Of(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";

    public static string Of(ComparisonDirection direction) => direction switch
    {
        ComparisonDirection.Better => "better",
        ComparisonDirection.Worse => "worse",
        ComparisonDirection.Same => "same",
        _ => "not-comparable",
    };

    public static string Of(ComparisonBasis basis) => basis switch
    {
        ComparisonBasis.SameScale => "same-scale",
        ComparisonBasis.CrosswalkExact => "crosswalk-exact",
        ComparisonBasis.CrosswalkApproximate => "crosswalk-approximate",
        _ => "none",
    };

    public static string Bands(int steps) => Math.Abs(steps) == 1 ? "1 band" : $"{Math.Abs(steps)} bands";

    /// <summary>
    /// A date as text output writes it, whatever the current culture: ISO 8601, <c>yyyy-MM-dd</c> in the ISO calendar
    /// (a year before 1 is written as ISO writes it, 0000 for 1 BC, -0001 for 2 BC, never losing its era).
    /// </summary>
    public static string Date(LocalDate date) => DateText.Format(date.WithCalendar(CalendarSystem.Iso));

    /// <summary>
    /// A period in words as a person says it, in the units it was given in: "14 days", "2 weeks", "3 months",
    /// "1 year and 6 months", "no time" for zero. A catalog that says two weeks is printed as two weeks, not as
    /// 14 days, because that is how the handbooks say it.
    /// </summary>
    public static string Duration(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var parts = new List<string>();
        Add(period.Years, "year");
        Add(period.Months, "month");
        Add(period.Weeks, "week");
        Add(period.Days, "day");
        Add(period.Hours, "hour");
        Add(period.Minutes, "minute");
        Add(period.Seconds, "second");
        if (period.Milliseconds != 0 || period.Ticks != 0 || period.Nanoseconds != 0)
        {
            // Below a second nobody speaks in words; the ISO form says it exactly.
            return PeriodPattern.Roundtrip.Format(period);
        }

        return parts.Count switch
        {
            0 => "no time",
            1 => parts[0],
            _ => string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[^1],
        };

        void Add(long value, string unit)
        {
            if (value != 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{value} {unit}{(Math.Abs(value) == 1 ? string.Empty : "s")}"));
            }
        }
    }
}
