using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Inspections.Core;

/// <summary>
/// The judgements of one inspection: each judgement id at most once, with its grade id. Kept in the order
/// given; equal to another set with the same pairs in any order.
/// </summary>
/// <remarks>
/// Ids are kept as written so that an id the framework does not know can be reported (INS012, INS013)
/// rather than lost; resolve grades against a framework with
/// <c>InspectionFramework.TryGetGrade</c>.
/// Immutable and thread-safe; enumerating allocates nothing. Finding a judgement takes constant time on average
/// (a set of more than <c>8</c> pairs keeps an index by id), so equality is linear in the number of pairs.
/// </remarks>
public sealed class JudgementGrades : IReadOnlyList<JudgementGrade>, IEquatable<JudgementGrades>
{
    // Below this many pairs a scan is as quick as a lookup and needs no index.
    private const int IndexFrom = 9;

    private readonly ImmutableArray<JudgementGrade> _items;

    // Position of each judgement id in _items; null for small sets. Built once, never changed: safe to read concurrently.
    private readonly Dictionary<string, int>? _index;

    private JudgementGrades(ImmutableArray<JudgementGrade> items)
    {
        _items = items;
        if (items.Length >= IndexFrom)
        {
            _index = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
            for (int i = 0; i < items.Length; i++)
            {
                _index.Add(items[i].JudgementId, i);
            }
        }
    }

    /// <summary>No judgements: what an ungraded visit carries.</summary>
    public static JudgementGrades Empty { get; } = new(ImmutableArray<JudgementGrade>.Empty);

    /// <summary>How many judgements were graded.</summary>
    public int Count => _items.Length;

    /// <summary>Whether no judgement was graded.</summary>
    public bool IsEmpty => _items.IsEmpty;

    /// <summary>The pair at <paramref name="index"/>, in the order given.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pair.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public JudgementGrade this[int index] => _items[index];

    /// <summary>
    /// A set of pairs already known to be distinct and not default (the reader checks both as it reads): no second
    /// check, no copy.
    /// </summary>
    /// <param name="pairs">The pairs, each judgement id at most once.</param>
    /// <returns>The set.</returns>
    internal static JudgementGrades FromDistinct(ImmutableArray<JudgementGrade> pairs) => pairs.IsEmpty ? Empty : new JudgementGrades(pairs);

    /// <summary>Creates a set from pairs.</summary>
    /// <param name="pairs">The pairs; each judgement id at most once.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is null.</exception>
    /// <exception cref="ArgumentException">A judgement id appears twice, or a pair is default (has no ids).</exception>
    public static JudgementGrades Create(IEnumerable<JudgementGrade> pairs)
    {
        if (pairs is null)
        {
            throw new ArgumentNullException(nameof(pairs));
        }

        var builder = ImmutableArray.CreateBuilder<JudgementGrade>();
        var seen = new HashSet<string>(StringComparer.Ordinal); // not a scan per pair: a document may hold many thousands
        foreach (var pair in pairs)
        {
            if (pair.JudgementId is null)
            {
                throw new ArgumentException("A judgement–grade pair has no ids (a default value).", nameof(pairs));
            }

            if (!seen.Add(pair.JudgementId))
            {
                throw new ArgumentException($"Judgement '{pair.JudgementId}' is given twice.", nameof(pairs));
            }

            builder.Add(pair);
        }

        return builder.Count == 0 ? Empty : new JudgementGrades(builder.ToImmutable());
    }

    /// <summary>Creates a set from <c>(judgement id, grade id)</c> tuples.</summary>
    /// <param name="pairs">The pairs; each judgement id at most once.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> or an id is null.</exception>
    /// <exception cref="ArgumentException">A judgement id appears twice, or an id is empty.</exception>
    public static JudgementGrades Create(params (string JudgementId, string GradeId)[] pairs)
    {
        if (pairs is null)
        {
            throw new ArgumentNullException(nameof(pairs));
        }

        var list = new JudgementGrade[pairs.Length];
        for (int i = 0; i < pairs.Length; i++)
        {
            list[i] = new JudgementGrade(pairs[i].JudgementId, pairs[i].GradeId);
        }

        return Create(list);
    }

    /// <summary>
    /// The grade id given for a judgement: <c>inspection.Judgements[JudgementIds.OverallEffectiveness]</c>.
    /// </summary>
    /// <param name="judgementId">The judgement id (see <see cref="JudgementIds"/>).</param>
    /// <returns>The grade id, such as <c>requires-improvement</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="judgementId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The judgement was not graded; the message names those that were.</exception>
    /// <remarks>Use <see cref="TryGetGradeId"/> when the judgement may be absent.</remarks>
    public string this[string judgementId] =>
        TryGetGradeId(judgementId ?? throw new ArgumentNullException(nameof(judgementId)), out var gradeId)
            ? gradeId
            : throw new KeyNotFoundException(_items.IsEmpty
                ? $"The judgement '{judgementId}' was not graded: no judgement was."
                : $"The judgement '{judgementId}' was not graded; the graded judgements are {string.Join(", ", _items.Select(p => p.JudgementId))}.");

    /// <summary>Whether two sets hold the same pairs, in any order (as <see cref="Equals(JudgementGrades?)"/>).</summary>
    /// <param name="left">A set, or null.</param>
    /// <param name="right">A set, or null.</param>
    /// <returns>The result; two nulls are equal.</returns>
    public static bool operator ==(JudgementGrades? left, JudgementGrades? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two sets differ (the negation of <see cref="op_Equality"/>).</summary>
    /// <param name="left">A set, or null.</param>
    /// <param name="right">A set, or null.</param>
    /// <returns>The result.</returns>
    public static bool operator !=(JudgementGrades? left, JudgementGrades? right) => !(left == right);

    /// <summary>Whether a judgement was graded.</summary>
    /// <param name="judgementId">The judgement id.</param>
    /// <returns><see langword="true"/> when it was.</returns>
    public bool Contains(string judgementId) => TryGetGradeId(judgementId, out _);

    /// <summary>Finds the grade id given for a judgement.</summary>
    /// <param name="judgementId">The judgement id; null finds nothing.</param>
    /// <param name="gradeId">The grade id, when found.</param>
    /// <returns><see langword="true"/> when the judgement was graded.</returns>
    public bool TryGetGradeId(string? judgementId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? gradeId)
    {
        if (_index is not null)
        {
            if (judgementId is not null && _index.TryGetValue(judgementId, out int index))
            {
                gradeId = _items[index].GradeId;
                return true;
            }

            gradeId = null;
            return false;
        }

        foreach (var pair in _items)
        {
            if (string.Equals(pair.JudgementId, judgementId, StringComparison.Ordinal))
            {
                gradeId = pair.GradeId;
                return true;
            }
        }

        gradeId = null;
        return false;
    }

    /// <summary>A copy with one judgement graded (replacing any grade it had, or added at the end).</summary>
    /// <param name="judgementId">The judgement id.</param>
    /// <param name="gradeId">The grade id.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public JudgementGrades SetItem(string judgementId, string gradeId)
    {
        var pair = new JudgementGrade(judgementId, gradeId);
        int i = IndexOf(judgementId);
        return new JudgementGrades(i >= 0 ? _items.SetItem(i, pair) : _items.Add(pair));
    }

    /// <summary>A copy without one judgement (the same set when it was not graded).</summary>
    /// <param name="judgementId">The judgement id.</param>
    /// <returns>The new set.</returns>
    public JudgementGrades Remove(string judgementId)
    {
        int i = IndexOf(judgementId);
        return i < 0 ? this : _items.Length == 1 ? Empty : new JudgementGrades(_items.RemoveAt(i));
    }

    private int IndexOf(string? judgementId)
    {
        if (_index is not null)
        {
            return judgementId is not null && _index.TryGetValue(judgementId, out int index) ? index : -1;
        }

        for (int i = 0; i < _items.Length; i++)
        {
            if (string.Equals(_items[i].JudgementId, judgementId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Enumerates the pairs in the order given, without allocating.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<JudgementGrade>.Enumerator GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<JudgementGrade> IEnumerable<JudgementGrade>.GetEnumerator() => ((IEnumerable<JudgementGrade>)_items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_items).GetEnumerator();

    /// <summary>Whether both sets hold the same pairs, in any order. Linear in the number of pairs.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The result.</returns>
    public bool Equals(JudgementGrades? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var pair in _items)
        {
            if (!other.TryGetGradeId(pair.JudgementId, out var gradeId) || !string.Equals(gradeId, pair.GradeId, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JudgementGrades other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // Order-independent, to agree with Equals.
        int hash = Count;
        foreach (var pair in _items)
        {
            hash ^= pair.GetHashCode();
        }

        return hash;
    }

    /// <summary>The pairs as <c>{ judgement: grade, ... }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "{ " + string.Join(", ", _items) + " }";
}
