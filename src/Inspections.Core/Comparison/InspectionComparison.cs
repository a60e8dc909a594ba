using System.Collections.Immutable;
using Inspections.Core;

namespace Inspections.Core.Comparison;

/// <summary>
/// Two inspections of one subject compared judgement by judgement, and overall (the headline judgement of each
/// visit type, usually overall effectiveness).
/// </summary>
/// <remarks>Immutable. Made by <see cref="InspectionComparer"/>.</remarks>
public sealed class InspectionComparison
{
    internal InspectionComparison(Inspection before, Inspection after, JudgementComparison overall, ImmutableArray<JudgementComparison> judgements)
    {
        Before = before;
        After = after;
        Overall = overall;
        Judgements = judgements;
    }

    /// <summary>The earlier inspection (by first day of fieldwork).</summary>
    public Inspection Before { get; }

    /// <summary>The later inspection.</summary>
    public Inspection After { get; }

    /// <summary>Whether the two inspections were made under different frameworks; every comparison then carries the caveat.</summary>
    public bool FrameworkChanged => !string.Equals(Before.FrameworkId, After.FrameworkId, System.StringComparison.Ordinal);

    /// <summary>The headline judgements compared (not comparable when a visit type has none, as ILACS from 2026).</summary>
    public JudgementComparison Overall { get; }

    /// <summary>Every judgement present in either inspection: the later inspection's in its framework's order, then the earlier's that have no successor.</summary>
    public ImmutableArray<JudgementComparison> Judgements { get; }

    /// <summary>
    /// The comparison as a person reads it: the two inspections (as <see cref="Inspection.ToString"/> prints them, dates
    /// in ISO 8601) and the overall judgement compared, such as
    /// <c>sif-2013 full-inspection of Calderdale, fieldwork 2015-01-13/2015-02-04 → ilacs-2018 … : overall-effectiveness: better (…)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Before} → {After}: {Overall}";
}
