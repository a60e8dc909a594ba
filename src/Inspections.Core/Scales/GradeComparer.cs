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
/// <see cref="GradeComparison.Inverse"/> of <c>Compare(b, a)</c>. Instances are immutable and thread-safe;
/// comparing allocates nothing.
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
    /// <param name="a">A scale.</param>
    /// <param name="b">Another scale.</param>
    /// <param name="crosswalk">The crosswalk, when there is one.</param>
    /// <returns><see langword="true"/> when a crosswalk links the two scales.</returns>
    public bool TryGetCrosswalk(GradingScale a, GradingScale b, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScaleCrosswalk? crosswalk)
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

    /// <summary>Compares an earlier grade with a later one given under the same framework.</summary>
    /// <param name="before">The earlier grade.</param>
    /// <param name="after">The later grade.</param>
    /// <returns>The comparison; never throws for grades of different scales.</returns>
    /// <exception cref="ArgumentNullException">A grade is null.</exception>
    public GradeComparison Compare(Grade before, Grade after) => Compare(before, after, frameworkChanged: false);

    /// <summary>Compares an earlier grade with a later one.</summary>
    /// <param name="before">The earlier grade.</param>
    /// <param name="after">The later grade.</param>
    /// <param name="frameworkChanged">Whether the grades were given under different frameworks; the result then carries the caveat.</param>
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
            return new GradeComparison(before, after, DirectionOf(steps), steps, ComparisonBasis.SameScale, frameworkChanged, null);
        }

        if (!TryGetCrosswalk(before.Scale, after.Scale, out var crosswalk))
        {
            return new GradeComparison(before, after, ComparisonDirection.NotComparable, null, ComparisonBasis.None, frameworkChanged, null);
        }

        int beforeIndex = IndexInCrosswalk(crosswalk, before, out var beforeMatch);
        int afterIndex = IndexInCrosswalk(crosswalk, after, out var afterMatch);
        if (beforeIndex < 0 || afterIndex < 0)
        {
            var missing = beforeIndex < 0 ? before : after;
            var other = beforeIndex < 0 ? after.Scale : before.Scale;
            return new GradeComparison(
                before,
                after,
                ComparisonDirection.NotComparable,
                null,
                ComparisonBasis.None,
                frameworkChanged,
                $"'{missing.Id}' ({missing.Scale.Id}) has no counterpart on the {other.Id} scale in the crosswalk {crosswalk}, so the two grades are not comparable.");
        }

        // Pairs run best first, so a lower index is a better band.
        int bands = beforeIndex - afterIndex;
        var basis = beforeMatch == CrosswalkMatch.Exact && afterMatch == CrosswalkMatch.Exact
            ? ComparisonBasis.CrosswalkExact
            : ComparisonBasis.CrosswalkApproximate;
        return new GradeComparison(before, after, DirectionOf(bands), bands, basis, frameworkChanged, null);
    }

    internal static GradeComparison NotComparable(Grade? before, Grade? after, bool frameworkChanged, string reason) =>
        new(before, after, ComparisonDirection.NotComparable, null, ComparisonBasis.None, frameworkChanged, reason);

    private static ComparisonDirection DirectionOf(int steps) =>
        steps > 0 ? ComparisonDirection.Better : steps < 0 ? ComparisonDirection.Worse : ComparisonDirection.Same;

    private static int IndexInCrosswalk(ScaleCrosswalk crosswalk, Grade grade, out CrosswalkMatch match)
    {
        bool onFirst = crosswalk.First.Equals(grade.Scale);
        var pairs = crosswalk.Pairs;
        for (int i = 0; i < pairs.Length; i++)
        {
            var side = onFirst ? pairs[i].First : pairs[i].Second;
            if (string.Equals(side.Id, grade.Id, StringComparison.Ordinal))
            {
                match = pairs[i].Match;
                return i;
            }
        }

        match = default;
        return -1;
    }
}
