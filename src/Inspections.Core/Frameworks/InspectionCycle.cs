using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Inspections.Core.Frameworks;

/// <summary>
/// A framework's inspection cycle: when its next graded inspection usually comes (<see cref="Window"/>), the
/// <see cref="Rules"/> that say which kind comes next from the last graded inspection's grades, and the
/// <see cref="Suspensions"/> of routine inspection that the record shows, each with its source.
/// </summary>
/// <remarks>Immutable and thread-safe. Given to a framework with <see cref="FrameworkBuilder.Cycle"/>.</remarks>
public sealed class InspectionCycle
{
    /// <summary>Creates a cycle.</summary>
    /// <param name="window">When the next graded inspection usually comes, or null when the framework states no window.</param>
    /// <param name="windowSource">Where the window is stated (required with a window, else null).</param>
    /// <param name="rules">The rules, tried in order: the first that applies is the authority's.</param>
    /// <param name="suspensions">The suspensions of routine inspection the record shows.</param>
    /// <exception cref="ArgumentNullException">A sequence, or a rule or suspension in it, is null.</exception>
    /// <exception cref="ArgumentException">There is no rule, two rules share an id, a window has no source, or a rule comes in a window the cycle does not have.</exception>
    public InspectionCycle(CycleWindow? window, string? windowSource, IEnumerable<CycleRule> rules, IEnumerable<CycleSuspension> suspensions)
    {
        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        if (suspensions is null)
        {
            throw new ArgumentNullException(nameof(suspensions));
        }

        Window = window;
        WindowSource = window is null
            ? (windowSource is null ? null : throw new ArgumentException("A cycle without a window has no window source.", nameof(windowSource)))
            : Preconditions.Label(windowSource!, nameof(windowSource));
        Rules = rules.Select(r => r ?? throw new ArgumentNullException(nameof(rules), "A cycle rule is null.")).ToImmutableArray();
        Suspensions = suspensions.Select(s => s ?? throw new ArgumentNullException(nameof(suspensions), "A suspension is null.")).OrderBy(s => s.LastFieldworkBefore).ToImmutableArray();
        if (Rules.IsEmpty)
        {
            throw new ArgumentException("A cycle has at least one rule.", nameof(rules));
        }

        foreach (var twice in Rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new ArgumentException($"The cycle rule id '{twice.Key}' is used twice.", nameof(rules));
        }

        if (window is null && Rules.FirstOrDefault(r => r.InWindow) is { } windowed)
        {
            throw new ArgumentException($"Cycle rule '{windowed.Id}' comes in the cycle's window, but the cycle has none.", nameof(rules));
        }
    }

    /// <summary>When the next graded inspection usually comes, or null when the framework states no window.</summary>
    public CycleWindow? Window { get; }

    /// <summary>Where the window is stated, or null.</summary>
    public string? WindowSource { get; }

    /// <summary>The rules, in the order they are tried.</summary>
    public ImmutableArray<CycleRule> Rules { get; }

    /// <summary>The suspensions of routine inspection the record shows, in date order.</summary>
    public ImmutableArray<CycleSuspension> Suspensions { get; }

    /// <summary>The rule for an authority whose last graded inspection gave <paramref name="judgements"/>: the first that applies.</summary>
    /// <param name="judgements">The last graded inspection's judgements.</param>
    /// <param name="rule">The rule, when one applies.</param>
    /// <returns><see langword="true"/> when a rule applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="judgements"/> is null.</exception>
    public bool TryGetRule(JudgementGrades judgements, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CycleRule? rule)
    {
        if (judgements is null)
        {
            throw new ArgumentNullException(nameof(judgements));
        }

        foreach (var candidate in Rules)
        {
            if (candidate.AppliesTo(judgements))
            {
                rule = candidate;
                return true;
            }
        }

        rule = null;
        return false;
    }

    /// <summary>
    /// The window after a previous inspection on <paramref name="previous"/>, moved later by each of
    /// <paramref name="suspensions"/> that it touches (see <see cref="CycleSuspension.Moves"/>); null when the cycle
    /// has no window.
    /// </summary>
    /// <param name="previous">The previous inspection's first day of fieldwork (or publication).</param>
    /// <param name="suspensions">The suspensions to allow for (usually those of every framework of the catalog).</param>
    /// <returns>The window, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="suspensions"/> is null.</exception>
    public InspectionWindow? WindowAfter(LocalDate previous, IEnumerable<CycleSuspension> suspensions)
    {
        if (suspensions is null)
        {
            throw new ArgumentNullException(nameof(suspensions));
        }

        if (Window is null)
        {
            return null;
        }

        var dates = Window.Following(previous);
        var moved = ImmutableArray.CreateBuilder<CycleSuspension>();
        foreach (var suspension in suspensions.OrderBy(s => s.LastFieldworkBefore))
        {
            if (suspension.Moves(previous, dates.End))
            {
                dates = new DateInterval(dates.Start + suspension.Length, dates.End + suspension.Length);
                moved.Add(suspension);
            }
        }

        return new InspectionWindow(previous, Window.Following(previous), dates, moved.ToImmutable());
    }
}
