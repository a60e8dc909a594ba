using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Inspections.Core.Scales;

/// <summary>
/// Compares two grades honestly: on one scale by band, across scales only through an explicit
/// <see cref="ScaleCrosswalk"/>, and otherwise not at all. <see cref="Default"/> knows the built-in
/// crosswalks of <see cref="ScaleCrosswalks"/>; build your own with your own crosswalks.
/// </summary>
/// <remarks>
/// Through a crosswalk, bands are counted along the crosswalk's pairs, so <c>Compare(a, b)</c> is always the
/// <see cref="GradeComparison.Inverse"/> of <c>Compare(b, a)</c>. Crosswalks are used one at a time: two
/// crosswalks are never chained through a third scale. Instances are immutable and thread-safe; comparing
/// allocates nothing.
/// </remarks>
public sealed class GradeComparer
{
    private static readonly Lazy<GradeComparer> s_default = new(() => new GradeComparer(ScaleCrosswalks.All));

    /// <summary>Creates a comparer that knows the given crosswalks.</summary>
    /// <param name="crosswalks">The crosswalks; at most one for any pair of scales.</param>
    /// <exception cref="ArgumentNullException"><paramref name="crosswalks"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two crosswalks link the same pair of scales.</exception>
    public GradeComparer(IEnumerable<ScaleCrosswalk> crosswalks)
    {
        if (crosswalks is null)
        {
            throw new ArgumentNullException(nameof(crosswalks));
        }

        var list = crosswalks.ToImmutableArray();
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(crosswalks), "A crosswalk in the list is null.");
            }

            for (int j = 0; j < i; j++)
            {
                if (list[j].Links(list[i].First, list[i].Second))
                {
                    throw new ArgumentException($"Two crosswalks link scales '{list[i].First.Id}' and '{list[i].Second.Id}'; give one.", nameof(crosswalks));
                }
            }
        }

        Crosswalks = list;
    }

    /// <summary>A comparer with the built-in crosswalks (<see cref="ScaleCrosswalks.All"/>).</summary>
    public static GradeComparer Default => s_default.Value;

    /// <summary>The crosswalks this comparer may use.</summary>
    public ImmutableArray<ScaleCrosswalk> Crosswalks { get; }

    /// <summary>Finds the crosswalk linking two scales.</summary>
    /// <param name="a">A scale; null finds nothing.</param>
    /// <param name="b">Another scale; null finds nothing.</param>
    /// <param name="crosswalk">The crosswalk, when there is one.</param>
    /// <returns><see langword="true"/> when one of this comparer's crosswalks links the two scales directly.</returns>
    public bool TryGetCrosswalk(GradingScale? a, GradingScale? b, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScaleCrosswalk? crosswalk)
    {
        foreach (var candidate in Crosswalks)
        {
            if (candidate.Links(a, b))
            {
                crosswalk = candidate;
                return true;
            }
        }

        crosswalk = null;
        return false;
    }

    /// <summary>
    /// Compares an earlier grade with a later one. Use this overload when both grades were given under one framework;
    /// grades of two different scales are still treated as coming from two frameworks, and carry the caveat.
    /// </summary>
    /// <param name="before">The earlier grade.</param>
    /// <param name="after">The later grade.</param>
    /// <returns>The comparison; never throws for grades of different scales.</returns>
    /// <exception cref="ArgumentNullException">A grade is null.</exception>
    public GradeComparison Compare(Grade before, Grade after) => Compare(before, after, frameworkChanged: false);

    /// <summary>
    /// Compares an earlier grade with a later one: on their scale when they share one, through this comparer's
    /// crosswalk between their scales when there is one, and otherwise not at all.
    /// </summary>
    /// <param name="before">The earlier grade.</param>
    /// <param name="after">The later grade.</param>
    /// <param name="frameworkChanged">
    /// Whether the grades were given under different frameworks; the result then carries the caveat. Grades of
    /// different scales always come from different frameworks (a framework has one scale), so for them the
    /// result carries the caveat whatever is passed here.
    /// </param>
    /// <returns>The comparison; never throws for grades of different scales.</returns>
    /// <exception cref="ArgumentNullException">A grade is null.</exception>
    public GradeComparison Compare(Grade before, Grade after, bool frameworkChanged)
    {
        if (before is null)
        {
            throw new ArgumentNullException(nameof(before));
        }

        if (after is null)
        {
            throw new ArgumentNullException(nameof(after));
        }

        if (before.Scale.Equals(after.Scale))
        {
            int steps = before.Rank - after.Rank;
            return new GradeComparison(before, after, DirectionOf(steps), steps, ComparisonBasis.SameScale, frameworkChanged, null, null);
        }

        if (!TryGetCrosswalk(before.Scale, after.Scale, out var crosswalk))
        {
            return new GradeComparison(before, after, ComparisonDirection.NotComparable, null, ComparisonBasis.None, true, null, null);
        }

        if (!crosswalk.TryLocate(before, out int beforeIndex, out _) | !crosswalk.TryLocate(after, out int afterIndex, out _))
        {
            return new GradeComparison(before, after, ComparisonDirection.NotComparable, null, ComparisonBasis.None, true, crosswalk, null);
        }

        // Pairs run best first, so a lower index is a better band; bands are counted along the crosswalk's pairs.
        int bands = beforeIndex - afterIndex;
        var basis = crosswalk.Pairs[beforeIndex].Match == CrosswalkMatch.Exact && crosswalk.Pairs[afterIndex].Match == CrosswalkMatch.Exact
            ? ComparisonBasis.CrosswalkExact
            : ComparisonBasis.CrosswalkApproximate;
        return new GradeComparison(before, after, DirectionOf(bands), bands, basis, true, crosswalk, null);
    }

    internal static GradeComparison NotComparable(Grade? before, Grade? after, bool frameworkChanged, string reason) =>
        new(before, after, ComparisonDirection.NotComparable, null, ComparisonBasis.None, frameworkChanged, null, reason);

    private static ComparisonDirection DirectionOf(int steps) =>
        steps > 0 ? ComparisonDirection.Better : steps < 0 ? ComparisonDirection.Worse : ComparisonDirection.Same;
}
