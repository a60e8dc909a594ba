using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Inspections.Core.Catalog;
using Inspections.Core.Scales;

namespace Inspections.Core.Histories;

/// <summary>
/// One judgement strand in a <see cref="StateOfTheNation"/>: each authority at its latest graded inspection, counted
/// at the grade that inspection gave the strand, or counted apart when that inspection did not grade the strand
/// (<see cref="NotGradedAtLatest"/>), never at an older grade.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StateOfTheNationStrand
{
    internal StateOfTheNationStrand(
        JudgementStrand strand,
        ImmutableArray<GradeDistribution> distributions,
        ImmutableArray<LatestInspection> graded,
        ImmutableArray<LatestInspection> notGraded,
        int approximate)
    {
        Strand = strand;
        Distributions = distributions;
        Graded = graded;
        NotGradedAtLatest = notGraded;
        ApproximateCount = approximate;
    }

    /// <summary>The strand.</summary>
    public JudgementStrand Strand { get; }

    /// <summary>The strand's grades at the authorities' latest graded inspections, one distribution per scale, in the order of <see cref="GradingScales.All"/>.</summary>
    public ImmutableArray<GradeDistribution> Distributions { get; }

    /// <summary>The authorities whose latest graded inspection graded the strand, in name order.</summary>
    public ImmutableArray<LatestInspection> Graded { get; }

    /// <summary>The authorities whose latest graded inspection did not grade the strand ("not graded at its latest inspection"), in name order.</summary>
    public ImmutableArray<LatestInspection> NotGradedAtLatest { get; }

    /// <summary>
    /// How many of <see cref="Graded"/> were graded by a judgement that covers other ground
    /// (<see cref="JudgementStrandMember.IsApproximate"/>: ILACS 2018's joint judgement on children in care and care
    /// leavers, counted in both strands).
    /// </summary>
    public int ApproximateCount { get; }

    /// <summary>Every authority counted: <see cref="Graded"/> and <see cref="NotGradedAtLatest"/>.</summary>
    public int Total => Graded.Length + NotGradedAtLatest.Length;

    /// <summary>The strand as a person reads it, such as <c>help-and-protection: 153 inspections: …; 0 not graded at their latest inspection</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Strand.Id}: {(Distributions.IsEmpty ? "none graded" : string.Join("; ", Distributions))}; "
        + $"{NotGradedAtLatest.Length.ToString(CultureInfo.InvariantCulture)} not graded at {(NotGradedAtLatest.Length == 1 ? "its" : "their")} latest inspection";
}
