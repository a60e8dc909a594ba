using System;
using NodaTime;

namespace Inspections.Core.Frameworks;

/// <summary>
/// A time when a framework's routine inspections stopped, as the record shows it: no fieldwork after
/// <see cref="LastFieldworkBefore"/> until <see cref="FirstFieldworkAfter"/> (ILACS: the COVID-19 suspension, last
/// fieldwork 9 March 2020, next 28 June 2021). A window whose previous inspection came before the suspension ended and
/// which would have closed after it began is moved later by <see cref="Length"/>: the library's modelling choice, since
/// Ofsted published no moved windows.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CycleSuspension
{
    /// <summary>Creates a suspension.</summary>
    /// <param name="lastFieldworkBefore">The first day of the last fieldwork before it.</param>
    /// <param name="firstFieldworkAfter">The first day of the first fieldwork after it.</param>
    /// <param name="description">What happened, in words.</param>
    /// <param name="source">Where it is stated, and the record that shows it.</param>
    /// <exception cref="ArgumentException"><paramref name="firstFieldworkAfter"/> is not after <paramref name="lastFieldworkBefore"/>, or a text is blank.</exception>
    public CycleSuspension(LocalDate lastFieldworkBefore, LocalDate firstFieldworkAfter, string description, string source)
    {
        if (firstFieldworkAfter <= lastFieldworkBefore)
        {
            throw new ArgumentException($"A suspension must end ({DateText.Format(firstFieldworkAfter)}) after it begins ({DateText.Format(lastFieldworkBefore)}).", nameof(firstFieldworkAfter));
        }

        LastFieldworkBefore = lastFieldworkBefore;
        FirstFieldworkAfter = firstFieldworkAfter;
        Description = Preconditions.Label(description, nameof(description));
        Source = Preconditions.Label(source, nameof(source));
    }

    /// <summary>The first day of the last fieldwork before routine inspection stopped.</summary>
    public LocalDate LastFieldworkBefore { get; }

    /// <summary>The first day of the first fieldwork after it resumed.</summary>
    public LocalDate FirstFieldworkAfter { get; }

    /// <summary>What happened.</summary>
    public string Description { get; }

    /// <summary>Where it is stated, and the record that shows it.</summary>
    public string Source { get; }

    /// <summary>The days from <see cref="LastFieldworkBefore"/> to <see cref="FirstFieldworkAfter"/>: how far a window it touches is moved.</summary>
    public Period Length => Period.Between(LastFieldworkBefore, FirstFieldworkAfter, PeriodUnits.Days);

    /// <summary>Whether <paramref name="date"/> falls while routine inspection was stopped (after the last fieldwork, before the next).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The result.</returns>
    public bool Covers(LocalDate date) => date > LastFieldworkBefore && date < FirstFieldworkAfter;

    /// <summary>Whether a window after a previous inspection on <paramref name="previous"/>, closing on <paramref name="closes"/>, is moved by this suspension.</summary>
    /// <param name="previous">The previous inspection's date.</param>
    /// <param name="closes">The day the window would close without the suspension.</param>
    /// <returns>The result.</returns>
    public bool Moves(LocalDate previous, LocalDate closes) => previous < FirstFieldworkAfter && closes > LastFieldworkBefore;

    /// <summary>The suspension's dates, such as <c>2020-03-09/2021-06-28</c> (ISO 8601).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => DateText.Interval(LastFieldworkBefore, FirstFieldworkAfter);
}
