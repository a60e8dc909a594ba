using System.Collections.Immutable;
using NodaTime;

namespace Inspections.Core.Frameworks;

/// <summary>
/// The window for an authority's next graded inspection: as the cycle states it after the previous inspection
/// (<see cref="AsStated"/>), and as moved by suspensions of routine inspection (<see cref="Dates"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class InspectionWindow
{
    internal InspectionWindow(LocalDate previous, DateInterval asStated, DateInterval dates, ImmutableArray<CycleSuspension> movedBy)
    {
        Previous = previous;
        AsStated = asStated;
        Dates = dates;
        MovedBy = movedBy;
    }

    /// <summary>The previous inspection's date the window counts from.</summary>
    public LocalDate Previous { get; }

    /// <summary>The window as the cycle states it, before any suspension.</summary>
    public DateInterval AsStated { get; }

    /// <summary>The window as moved by <see cref="MovedBy"/> (equal to <see cref="AsStated"/> when none).</summary>
    public DateInterval Dates { get; }

    /// <summary>The first day of the window.</summary>
    public LocalDate Opens => Dates.Start;

    /// <summary>The last day of the window.</summary>
    public LocalDate Closes => Dates.End;

    /// <summary>The suspensions that moved the window, in date order (empty when none).</summary>
    public ImmutableArray<CycleSuspension> MovedBy { get; }

    /// <summary>Where <paramref name="date"/> falls against the window: before it, in it or after it.</summary>
    /// <param name="date">A date, such as the next inspection's first day of fieldwork.</param>
    /// <returns>The outcome.</returns>
    public WindowOutcome Place(LocalDate date) =>
        date < Opens ? WindowOutcome.Early : date > Closes ? WindowOutcome.Late : WindowOutcome.Within;

    /// <summary>The window as <c>yyyy-MM-dd/yyyy-MM-dd</c> (ISO 8601).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => DateText.Interval(Opens, Closes);
}
