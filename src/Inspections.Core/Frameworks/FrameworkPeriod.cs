using System;
using NodaTime;

namespace Inspections.Core.Frameworks;

/// <summary>
/// The dates a framework was in force: from <see cref="Start"/> to <see cref="End"/>, both inclusive, or open
/// ended (<see cref="End"/> null) for a framework still in force.
/// </summary>
/// <remarks>
/// The dates are in the ISO calendar. A date in another calendar passed to <see cref="Contains"/> is read as the
/// same day in the ISO calendar. Immutable; equal by value.
/// </remarks>
public readonly struct FrameworkPeriod : IEquatable<FrameworkPeriod>
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first day in force.</param>
    /// <param name="end">The last day in force (inclusive), or null while still in force.</param>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public FrameworkPeriod(LocalDate start, LocalDate? end)
    {
        Preconditions.IsoDate(start, nameof(start), "Framework dates");
        if (end is { } iso)
        {
            Preconditions.IsoDate(iso, nameof(end), "Framework dates");
        }

        if (end is { } e && e < start)
        {
            throw new ArgumentException($"A framework cannot leave force ({DateText.Format(e)}) before it comes into force ({DateText.Format(start)}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day in force.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day in force (inclusive), or null while the framework is still in force.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether the framework is still in force (open ended).</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>Whether <paramref name="date"/> falls within the period.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns><see langword="true"/> when the framework was in force that day.</returns>
    public bool Contains(LocalDate date)
    {
        date = ToIso(date);
        return date >= Start && (End is not { } end || date <= end);
    }

    /// <summary>Whether the period shares at least one day with the days from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="first">The first day, in any calendar.</param>
    /// <param name="last">The last day, in any calendar.</param>
    /// <returns><see langword="true"/> when the framework was in force on one of those days; <see langword="false"/> when none, or when <paramref name="last"/> is before <paramref name="first"/>.</returns>
    public bool Overlaps(LocalDate first, LocalDate last)
    {
        first = ToIso(first);
        last = ToIso(last);
        return first <= last && last >= Start && (End is not { } end || first <= end);
    }

    /// <summary>
    /// The period as a NodaTime interval; an open-ended period runs to <paramref name="openEndedUntil"/>.
    /// </summary>
    /// <param name="openEndedUntil">The end to use when the period is open ended, in any calendar.</param>
    /// <returns>The interval, in the ISO calendar.</returns>
    /// <exception cref="ArgumentException">The period is open ended and <paramref name="openEndedUntil"/> is before its start.</exception>
    public DateInterval ToDateInterval(LocalDate openEndedUntil) =>
        End is { } end ? new DateInterval(Start, end)
        : ToIso(openEndedUntil) >= Start ? new DateInterval(Start, ToIso(openEndedUntil))
        : throw new ArgumentException("The open end must not be before the start.", nameof(openEndedUntil));

    /// <summary>The same day in the ISO calendar.</summary>
    /// <param name="date">A date in any calendar.</param>
    /// <returns>The ISO date.</returns>
    internal static LocalDate ToIso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <inheritdoc/>
    public bool Equals(FrameworkPeriod other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FrameworkPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>The period as <c>yyyy-MM-dd/yyyy-MM-dd</c>, or <c>yyyy-MM-dd/..</c> when open ended (ISO 8601, whatever the current culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => DateText.Interval(Start, End);

    /// <summary>Whether two periods are equal.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">A period.</param>
    /// <returns>The result.</returns>
    public static bool operator ==(FrameworkPeriod left, FrameworkPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">A period.</param>
    /// <returns>The result.</returns>
    public static bool operator !=(FrameworkPeriod left, FrameworkPeriod right) => !left.Equals(right);
}
