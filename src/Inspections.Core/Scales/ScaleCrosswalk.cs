using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Inspections.Core.Scales;

/// <summary>
/// An explicit, qualified correspondence between the grades of two scales, used to compare grades across
/// frameworks. Each pair is marked <see cref="CrosswalkMatch.Exact"/> or <see cref="CrosswalkMatch.Approximate"/>.
/// A crosswalk works in both directions. Without a crosswalk two scales are not comparable: the library never
/// invents one.
/// </summary>
/// <remarks>
/// A crosswalk is monotone by construction: a better grade never maps to a worse one. Each grade appears in
/// at most one pair. Instances are immutable and thread-safe.
/// </remarks>
public sealed class ScaleCrosswalk
{
    private readonly Dictionary<string, CrosswalkPair> _byFirst;
    private readonly Dictionary<string, CrosswalkPair> _bySecond;

    /// <summary>Creates a crosswalk from pairs of grade ids.</summary>
    /// <param name="first">The first scale.</param>
    /// <param name="second">The second scale.</param>
    /// <param name="pairs">Each pair: a grade id of <paramref name="first"/>, a grade id of <paramref name="second"/>, and the match.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The scales are the same, a grade id is not on its scale, a grade appears in two pairs, there are no pairs,
    /// or the pairs are not monotone (a better grade would map to a worse one).
    /// </exception>
    public ScaleCrosswalk(GradingScale first, GradingScale second, IEnumerable<(string First, string Second, CrosswalkMatch Match)> pairs)
    {
        First = first ?? throw new ArgumentNullException(nameof(first));
        Second = second ?? throw new ArgumentNullException(nameof(second));
        if (pairs is null)
        {
            throw new ArgumentNullException(nameof(pairs));
        }

        if (first.Equals(second))
        {
            throw new ArgumentException($"A crosswalk links two different scales; both are '{first.Id}'.", nameof(second));
        }

        _byFirst = new Dictionary<string, CrosswalkPair>(StringComparer.Ordinal);
        _bySecond = new Dictionary<string, CrosswalkPair>(StringComparer.Ordinal);
        var list = ImmutableArray.CreateBuilder<CrosswalkPair>();
        foreach (var (a, b, match) in pairs)
        {
            if (!first.TryGetGrade(a, out var gradeA))
            {
                throw new ArgumentException($"Crosswalk {first.Id} ↔ {second.Id}: '{a}' is not a grade of scale '{first.Id}'.", nameof(pairs));
            }

            if (!second.TryGetGrade(b, out var gradeB))
            {
                throw new ArgumentException($"Crosswalk {first.Id} ↔ {second.Id}: '{b}' is not a grade of scale '{second.Id}'.", nameof(pairs));
            }

            if (_byFirst.ContainsKey(a) || _bySecond.ContainsKey(b))
            {
                throw new ArgumentException($"Crosswalk {first.Id} ↔ {second.Id}: each grade may appear in one pair only ('{a}' ↔ '{b}').", nameof(pairs));
            }

            var pair = new CrosswalkPair(gradeA, gradeB, match);
            _byFirst.Add(a, pair);
            _bySecond.Add(b, pair);
            list.Add(pair);
        }

        if (list.Count == 0)
        {
            throw new ArgumentException($"Crosswalk {first.Id} ↔ {second.Id} has no pairs.", nameof(pairs));
        }

        Pairs = list.OrderBy(p => p.First.Rank).ToImmutableArray();
        for (int i = 1; i < Pairs.Length; i++)
        {
            if (Pairs[i].Second.Rank <= Pairs[i - 1].Second.Rank)
            {
                throw new ArgumentException(
                    $"Crosswalk {first.Id} ↔ {second.Id} is not monotone: '{Pairs[i - 1].First.Id}' is better than '{Pairs[i].First.Id}' "
                    + $"but '{Pairs[i - 1].Second.Id}' is not better than '{Pairs[i].Second.Id}'.",
                    nameof(pairs));
            }
        }
    }

    /// <summary>The first scale.</summary>
    public GradingScale First { get; }

    /// <summary>The second scale.</summary>
    public GradingScale Second { get; }

    /// <summary>The pairs, in the order of the first scale, best first.</summary>
    public ImmutableArray<CrosswalkPair> Pairs { get; }

    /// <summary>Whether this crosswalk links <paramref name="a"/> and <paramref name="b"/>, in either order.</summary>
    /// <param name="a">A scale.</param>
    /// <param name="b">A scale.</param>
    /// <returns><see langword="true"/> when the crosswalk links the two.</returns>
    public bool Links(GradingScale a, GradingScale b) =>
        a is not null && b is not null
        && ((First.Equals(a) && Second.Equals(b)) || (First.Equals(b) && Second.Equals(a)));

    /// <summary>
    /// Maps a grade of either scale to its counterpart on the other scale.
    /// </summary>
    /// <param name="grade">A grade of <see cref="First"/> or <see cref="Second"/>.</param>
    /// <param name="counterpart">The counterpart on the other scale, when there is one.</param>
    /// <param name="match">How well the counterpart matches.</param>
    /// <returns><see langword="true"/> when the grade has a counterpart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    public bool TryMap(Grade grade, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Grade? counterpart, out CrosswalkMatch match)
    {
        if (grade is null)
        {
            throw new ArgumentNullException(nameof(grade));
        }

        if (First.Equals(grade.Scale) && _byFirst.TryGetValue(grade.Id, out var pair))
        {
            counterpart = pair.Second;
            match = pair.Match;
            return true;
        }

        if (Second.Equals(grade.Scale) && _bySecond.TryGetValue(grade.Id, out pair))
        {
            counterpart = pair.First;
            match = pair.Match;
            return true;
        }

        counterpart = null;
        match = default;
        return false;
    }

    /// <summary>The crosswalk as <c>first ↔ second</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{First.Id} ↔ {Second.Id}";
}
