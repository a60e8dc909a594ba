using System;
using NodaTime;

namespace Inspections.Core.Serialization;

/// <summary>
/// Reads and writes dates in the one form the format allows, <c>yyyy-MM-dd</c>: a four-digit year from 0001 to
/// 9999, a two-digit month and a two-digit day, which together must name a day of the ISO calendar.
/// </summary>
internal static class IsoDate
{
    /// <summary>The length of the text form.</summary>
    public const int Length = 10;

    /// <summary>Reads a date; on failure says why in plain English.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when read.</param>
    /// <param name="problem">Why the text is not a date, when it is not.</param>
    /// <returns><see langword="true"/> when read.</returns>
    public static bool TryParse(string text, out LocalDate date, out string? problem)
    {
        date = default;
        if (text.Length != Length || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day))
        {
            problem = LooksLikeDateTime(text)
                ? $"'{Shorten(text)}' is not a date in the form yyyy-MM-dd: dates carry no time and no offset"
                : $"'{Shorten(text)}' is not a date in the form yyyy-MM-dd (four-digit year, two-digit month, two-digit day)";
            return false;
        }

        if (year < 1)
        {
            problem = $"'{text}' is not a date: years run from 0001 to 9999";
            return false;
        }

        if (month is < 1 or > 12)
        {
            problem = $"'{text}' is not a date: there is no month {month}";
            return false;
        }

        int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            problem = $"'{text}' is not a date: {MonthName(month)} {year} has {daysInMonth} days";
            return false;
        }

        date = new LocalDate(year, month, day);
        problem = null;
        return true;
    }

    /// <summary>
    /// Reads a well-formed date from the bytes of an unescaped JSON string, saying nothing about a bad one (read it
    /// as text with <see cref="TryParse(string, out LocalDate, out string?)"/> for the reason): the reader's quick path,
    /// accepting exactly what that method accepts.
    /// </summary>
    /// <param name="utf8">The string's bytes.</param>
    /// <param name="date">The date, when read.</param>
    /// <returns><see langword="true"/> when read.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        date = default;
        if (utf8.Length != Length || utf8[4] != (byte)'-' || utf8[7] != (byte)'-'
            || !TryDigits(utf8[..4], out int year) || !TryDigits(utf8.Slice(5, 2), out int month) || !TryDigits(utf8.Slice(8, 2), out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Whether a date can be written as <c>yyyy-MM-dd</c> (its year is 0001 to 9999).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The result.</returns>
    public static bool IsWritable(LocalDate date) => date.Calendar == CalendarSystem.Iso && date.Year is >= 1 and <= 9999;

    /// <summary>Writes a date as the ten ASCII bytes of <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date; its year 0001 to 9999 (see <see cref="IsWritable"/>).</param>
    /// <param name="destination">At least ten bytes.</param>
    public static void Format(LocalDate date, Span<byte> destination)
    {
        Put(date.Year, 4, destination[..4]);
        destination[4] = (byte)'-';
        Put(date.Month, 2, destination.Slice(5, 2));
        destination[7] = (byte)'-';
        Put(date.Day, 2, destination.Slice(8, 2));
    }

    /// <summary>The date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string ToText(LocalDate date)
    {
        Span<byte> bytes = stackalloc byte[Length];
        Format(date, bytes);
        return System.Text.Encoding.ASCII.GetString(bytes.ToArray());
    }

    private static void Put(int value, int digits, Span<byte> destination)
    {
        for (int i = digits - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (byte b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool LooksLikeDateTime(string text) =>
        text.Length > Length && text[4] == '-' && text[7] == '-' && text[Length] is 'T' or 't' or ' ';

    private static string Shorten(string text) => Documents.MessageText.Shorten(text, 40);

    private static string MonthName(int month) => month switch
    {
        1 => "January",
        2 => "February",
        3 => "March",
        4 => "April",
        5 => "May",
        6 => "June",
        7 => "July",
        8 => "August",
        9 => "September",
        10 => "October",
        11 => "November",
        _ => "December",
    };
}
