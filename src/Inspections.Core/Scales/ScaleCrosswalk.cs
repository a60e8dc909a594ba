using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Inspections.Core.Scales;

/// <summary>
/// An explicit, qualified correspondence between the grades of two scales, used to compare grades across
/// frameworks. Each pair is marked <see cref="CrosswalkMatch.Exact"/> or <see cref="CrosswalkMatch.Approximate"/>.
/// A crosswalk works in both directions. Without a crosswalk two scales are not comparable: the library never
/// invents one, and never chains two crosswalks through a third scale.
/// </summary>
/// <remarks>
/// A crosswalk is monotone by construction: a better grade never maps to a worse one. Each grade appears in
/// at most one pair; a grade in no pair has no counterpart, and comparisons that need it are not comparable.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class ScaleCrosswalk
{
    // Grade id -> index into Pairs, one map per side.
    private readonly Dictionary<string, int> _byFirst;
    private readonly Dictionary<string, int> _bySecond;

    /// <summary>Creates a crosswalk from pairs of grade ids.</summary>
    /// <param name="first">The first scale.</param>
    /// <param name="second">The second scale.</param>
    /// <param name="pairs">Each pair: a grade id of <paramref name="first"/>, a grade id of <paramref name="second"/>, and the match.</param>
    /// <param name="note">
    /// Optionally, a sentence a person can read on why the crosswalk is as it is (for example, that the bar was
    /// raised between the two scales); comparisons through the crosswalk add it to their caveat. Null for none.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="first"/>, <paramref name="second"/> or <paramref name="pairs"/> is null, or a pair has a null grade id.</exception>
    /// <exception cref="ArgumentException">
    /// The scales are the same, a grade id is not on its scale, a grade appears in two pairs, there are no pairs,
    /// a match is not a defined <see cref="CrosswalkMatch"/>, the note is blank, or the pairs are not monotone
    /// (a better grade would map to a worse one). The message names the crosswalk and the grades at fault.
    /// </exception>
    public ScaleCrosswalk(
        GradingScale first,
        GradingScale second,
        IEnumerable<(string First, string Second, CrosswalkMatch Match)> pairs,
        string? note = null)
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

        if (note is not null && string.IsNullOrWhiteSpace(note))
        {
            throw new ArgumentException($"Crosswalk {first.Id} ↔ {second.Id}: the note is blank; give a sentence or null.", nameof(note));
        }

        Note = note;
        var list = new List<CrosswalkPair>();
        var seenFirst = new HashSet<string>(StringComparer.Ordinal);
        var seenSecond = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, b, match) in pairs)
        {
            if (a is null || b is null)
            {
                throw new ArgumentNullException(
                    nameof(pairs),
                    $"Crosswalk {first.Id} ↔ {second.Id}: pair {list.Count + 1} has a null grade id.");
            }

            if (!first.TryGetGrade(a, out var gradeA))
            {
                throw new ArgumentException(
                    $"Crosswalk {first.Id} ↔ {second.Id}: '{a}' is not a grade of scale '{first.Id}'; its grades are {string.Join(", ", first.Grades)}.",
                    nameof(pairs));
            }

            if (!second.TryGetGrade(b, out var gradeB))
            {
                throw new ArgumentException(
                    $"Crosswalk {first.Id} ↔ {second.Id}: '{b}' is not a grade of scale '{second.Id}'; its grades are {string.Join(", ", second.Grades)}.",
                    nameof(pairs));
            }

            if (match is not (CrosswalkMatch.Exact or CrosswalkMatch.Approximate))
            {
                throw new ArgumentException(
                    $"Crosswalk {first.Id} ↔ {second.Id}: the pair '{a}' ↔ '{b}' has match {(int)match}, which is neither Exact nor Approximate.",
                    nameof(pairs));
            }

            if (!seenFirst.Add(a))
            {
                throw new ArgumentException(
                    $"Crosswalk {first.Id} ↔ {second.Id}: '{a}' of scale '{first.Id}' appears in two pairs; each grade may appear in one pair only.",
                    nameof(pairs));
            }

            if (!seenSecond.Add(b))
            {
                throw new ArgumentException(
                    $"Crosswalk {first.Id} ↔ {second.Id}: '{b}' of scale '{second.Id}' appears in two pairs; each grade may appear in one pair only.",
                    nameof(pairs));
            }

            list.Add(new CrosswalkPair(gradeA, gradeB, match));
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
                    $"Crosswalk {first.Id} ↔ {second.Id} is not monotone: '{Pairs[i - 1].First.Id}' is better than '{Pairs[i].First.Id}' on {first.Id}, "
                    + $"but their counterparts '{Pairs[i - 1].Second.Id}' and '{Pairs[i].Second.Id}' are the other way round on {second.Id}; "
                    + "a better grade must never map to a worse one.",
                    nameof(pairs));
            }
        }

        _byFirst = new Dictionary<string, int>(Pairs.Length, StringComparer.Ordinal);
        _bySecond = new Dictionary<string, int>(Pairs.Length, StringComparer.Ordinal);
        for (int i = 0; i < Pairs.Length; i++)
        {
            _byFirst.Add(Pairs[i].First.Id, i);
            _bySecond.Add(Pairs[i].Second.Id, i);
        }
    }

    /// <summary>The first scale.</summary>
    public GradingScale First { get; }

    /// <summary>The second scale.</summary>
    public GradingScale Second { get; }

    /// <summary>
    /// The pairs, in the order of the first scale, best first. Because the crosswalk is monotone, they are in the
    /// order of the second scale too.
    /// </summary>
    public ImmutableArray<CrosswalkPair> Pairs { get; }

    /// <summary>Why the crosswalk is as it is, in a sentence a person can read; null when there is no note.</summary>
    public string? Note { get; }

    /// <summary>Whether this crosswalk links <paramref name="a"/> and <paramref name="b"/>, in either order.</summary>
    /// <param name="a">A scale; null is linked to nothing.</param>
    /// <param name="b">A scale; null is linked to nothing.</param>
    /// <returns><see langword="true"/> when the crosswalk links the two.</returns>
    public bool Links(GradingScale? a, GradingScale? b) =>
        a is not null && b is not null
        && ((First.Equals(a) && Second.Equals(b)) || (First.Equals(b) && Second.Equals(a)));

    /// <summary>
    /// Maps a grade of either scale to its counterpart on the other scale.
    /// </summary>
    /// <param name="grade">A grade of <see cref="First"/> or <see cref="Second"/>.</param>
    /// <param name="counterpart">The counterpart on the other scale, when there is one.</param>
    /// <param name="match">How well the counterpart matches.</param>
    /// <returns>
    /// <see langword="true"/> when the grade has a counterpart; <see langword="false"/> when it is in no pair or is
    /// on neither scale.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    public bool TryMap(Grade grade, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Grade? counterpart, out CrosswalkMatch match)
    {
        if (grade is null)
        {
            throw new ArgumentNullException(nameof(grade));
        }

        if (TryLocate(grade, out int index, out bool onFirst))
        {
            var pair = Pairs[index];
            counterpart = onFirst ? pair.Second : pair.First;
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

    /// <summary>Finds the pair holding <paramref name="grade"/>; allocates nothing.</summary>
    /// <param name="grade">A grade, not null.</param>
    /// <param name="index">The pair's index in <see cref="Pairs"/>.</param>
    /// <param name="onFirst">Whether the grade is on <see cref="First"/>.</param>
    /// <returns><see langword="true"/> when a pair holds the grade.</returns>
    internal bool TryLocate(Grade grade, out int index, out bool onFirst)
    {
        if (First.Equals(grade.Scale))
        {
            onFirst = true;
            return _byFirst.TryGetValue(grade.Id, out index);
        }

        onFirst = false;
        if (Second.Equals(grade.Scale))
        {
            return _bySecond.TryGetValue(grade.Id, out index);
        }

        index = -1;
        return false;
    }
}
