using Inspections.Core.Authorities;
using Inspections.Core.Frameworks;
using Inspections.Core.Histories;
using NodaTime;

namespace Inspections.Core.Cycles;

/// <summary>
/// One pair of consecutive graded inspections of an authority from the record, measured against the cycle rule of
/// the earlier one's framework: where the later one fell against the window, and how long after it came.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CycleObservation
{
    internal CycleObservation(LocalAuthority authority, HistoryEntry previous, HistoryEntry next, CycleRule rule, InspectionWindow window)
    {
        Authority = authority;
        Previous = previous;
        Next = next;
        Rule = rule;
        Window = window;
        var date = next.Date!.Value;
        Outcome = window.Place(date);
        DaysOutside = Outcome switch
        {
            WindowOutcome.Early => -Period.Between(date, window.Opens, PeriodUnits.Days).Days,
            WindowOutcome.Late => Period.Between(window.Closes, date, PeriodUnits.Days).Days,
            _ => 0,
        };
        MonthsAfter = Period.Between(previous.Date!.Value, date, PeriodUnits.Months).Months;
    }

    /// <summary>The authority both inspections were of.</summary>
    public LocalAuthority Authority { get; }

    /// <summary>The earlier graded inspection.</summary>
    public HistoryEntry Previous { get; }

    /// <summary>The graded inspection after it.</summary>
    public HistoryEntry Next { get; }

    /// <summary>The rule of the earlier inspection's framework that applied to its grades.</summary>
    public CycleRule Rule { get; }

    /// <summary>
    /// The cycle's window after the earlier inspection, moved by any suspension it touches. For a rule that sets no
    /// window (<see cref="CycleRule.InWindow"/> false: the re-inspection of an inadequate authority) it is the
    /// framework's usual window, for comparison only.
    /// </summary>
    public InspectionWindow Window { get; }

    /// <summary>Where the later inspection's first day of fieldwork fell against <see cref="Window"/>.</summary>
    public WindowOutcome Outcome { get; }

    /// <summary>Days before the window opened (negative), after it closed (positive), or 0 within it.</summary>
    public int DaysOutside { get; }

    /// <summary>Whole months from the earlier inspection's first day of fieldwork to the later one's.</summary>
    public int MonthsAfter { get; }

    /// <summary>The pair, such as <c>Calderdale: 2018-11-12 → 2022-01-10 (within 2021-05-12/2022-05-12)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Authority.Name}: {DateText.Format(Previous.Date!.Value)} → {DateText.Format(Next.Date!.Value)} ({Outcome.ToString().ToLowerInvariant()} {Window})";
}
