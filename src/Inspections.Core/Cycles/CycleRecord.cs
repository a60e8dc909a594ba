using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Frameworks;

namespace Inspections.Core.Cycles;

/// <summary>
/// How Ofsted has kept to one cycle rule in the record: of the next inspections after an inspection the rule applied
/// to, how many came before, within and after the window, and the spread of months between (a distribution, never a
/// single estimate).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CycleRecord
{
    internal CycleRecord(string ruleId, IReadOnlyCollection<CycleObservation> observations)
    {
        RuleId = ruleId;
        Observations = observations.ToImmutableArray();
        Early = observations.Count(o => o.Outcome == WindowOutcome.Early);
        Within = observations.Count(o => o.Outcome == WindowOutcome.Within);
        Late = observations.Count(o => o.Outcome == WindowOutcome.Late);
        MonthsAfter = observations.Select(o => o.MonthsAfter).OrderBy(m => m).ToImmutableArray();
    }

    /// <summary>The rule's id.</summary>
    public string RuleId { get; }

    /// <summary>The pairs of the record the counts come from.</summary>
    public ImmutableArray<CycleObservation> Observations { get; }

    /// <summary>How many pairs there are.</summary>
    public int Total => Observations.Length;

    /// <summary>How many next inspections came before the window opened.</summary>
    public int Early { get; }

    /// <summary>How many came within it.</summary>
    public int Within { get; }

    /// <summary>How many came after it closed.</summary>
    public int Late { get; }

    /// <summary>The whole months from each previous inspection to the next, in ascending order.</summary>
    public ImmutableArray<int> MonthsAfter { get; }

    /// <summary>
    /// The <paramref name="fraction"/> quantile of <see cref="MonthsAfter"/> (nearest rank: the smallest value with at
    /// least that fraction of the values at or below it), or null when there are none.
    /// </summary>
    /// <param name="fraction">Between 0 and 1: 0.25 for the lower quartile, 0.5 for the median.</param>
    /// <returns>The months, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is not between 0 and 1.</exception>
    public int? MonthsAt(double fraction)
    {
        if (!(fraction >= 0 && fraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A quantile is between 0 and 1.");
        }

        if (MonthsAfter.IsEmpty)
        {
            return null;
        }

        int rank = Math.Max(1, (int)Math.Ceiling(fraction * MonthsAfter.Length));
        return MonthsAfter[rank - 1];
    }

    /// <summary>The record in words, such as <c>45 of 70 within, 20 late, 5 early; 29–52 months after (quartiles 35, 38, 42)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Total == 0
            ? "no earlier case in the record"
            : FormattableString.Invariant($"{Within} of {Total} within, {Late} late, {Early} early; {MonthsAfter[0]}–{MonthsAfter[MonthsAfter.Length - 1]} months after (quartiles {MonthsAt(0.25)}, {MonthsAt(0.5)}, {MonthsAt(0.75)})");
}
