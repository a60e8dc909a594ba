using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Inspections.Core.Scales;

/// <summary>
/// How many of a set of inspections got each grade of one scale: counts and proportions, with no average,
/// no score and no "points", because grades are ordinal. For example, "40 inspections: none outstanding,
/// 2 good, 21 adequate, 17 inadequate".
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradeDistribution : IEquatable<GradeDistribution>
{
    private readonly ImmutableArray<int> _counts;

    private GradeDistribution(GradingScale scale, ImmutableArray<int> counts)
    {
        Scale = scale;
        _counts = counts;
        Total = counts.Sum();
    }

    /// <summary>The scale whose grades are counted.</summary>
    public GradingScale Scale { get; }

    /// <summary>How many grades were counted.</summary>
    public int Total { get; }

    /// <summary>Each grade of the scale, best first, with its count (zero included).</summary>
    public IEnumerable<KeyValuePair<Grade, int>> Counts
    {
        get
        {
            for (int i = 0; i < _counts.Length; i++)
            {
                yield return new KeyValuePair<Grade, int>(Scale.Grades[i], _counts[i]);
            }
        }
    }

    /// <summary>Counts grades of one scale.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="grades">The grades, any number, all of <paramref name="scale"/>.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentNullException">An argument or a grade is null.</exception>
    /// <exception cref="ArgumentException">A grade is not on <paramref name="scale"/>.</exception>
    public static GradeDistribution Of(GradingScale scale, IEnumerable<Grade> grades)
    {
        if (scale is null)
        {
            throw new ArgumentNullException(nameof(scale));
        }

        if (grades is null)
        {
            throw new ArgumentNullException(nameof(grades));
        }

        var counts = new int[scale.Grades.Length];
        foreach (var grade in grades)
        {
            if (grade is null)
            {
                throw new ArgumentNullException(nameof(grades), "A grade in the sequence is null.");
            }

            if (!scale.Contains(grade))
            {
                throw WrongScale(scale, grade, nameof(grades));
            }

            counts[grade.Rank]++;
        }

        return new GradeDistribution(scale, ImmutableArray.Create(counts));
    }

    /// <summary>Builds a distribution from counts given by grade id.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="countsByGradeId">A count for some or all grade ids of the scale; grades not named count zero.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A grade id is not on the scale, or a count is negative.</exception>
    public static GradeDistribution FromCounts(GradingScale scale, IEnumerable<KeyValuePair<string, int>> countsByGradeId)
    {
        if (scale is null)
        {
            throw new ArgumentNullException(nameof(scale));
        }

        if (countsByGradeId is null)
        {
            throw new ArgumentNullException(nameof(countsByGradeId));
        }

        var counts = new int[scale.Grades.Length];
        foreach (var entry in countsByGradeId)
        {
            if (!scale.TryGetGrade(entry.Key, out var grade))
            {
                throw new ArgumentException($"'{entry.Key}' is not a grade of scale '{scale.Id}'.", nameof(countsByGradeId));
            }

            if (entry.Value < 0)
            {
                throw new ArgumentException($"The count of '{entry.Key}' is negative ({entry.Value}).", nameof(countsByGradeId));
            }

            counts[grade.Rank] = checked(counts[grade.Rank] + entry.Value);
        }

        return new GradeDistribution(scale, ImmutableArray.Create(counts));
    }

    /// <summary>How many times <paramref name="grade"/> was counted.</summary>
    /// <param name="grade">A grade of <see cref="Scale"/>.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is on another scale.</exception>
    public int CountOf(Grade grade) => _counts[RankOf(grade)];

    /// <summary>
    /// The share of the counted inspections that got <paramref name="grade"/>, from 0 to 1 (0 when nothing was
    /// counted). This is a proportion of inspections, not a property of the grade.
    /// </summary>
    /// <param name="grade">A grade of <see cref="Scale"/>.</param>
    /// <returns>The proportion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is on another scale.</exception>
    public double ProportionOf(Grade grade) => Total == 0 ? 0 : (double)CountOf(grade) / Total;

    /// <summary>How many counted grades were <paramref name="grade"/> or better.</summary>
    /// <param name="grade">A grade of <see cref="Scale"/>.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is on another scale.</exception>
    public int CountAtLeast(Grade grade)
    {
        int rank = RankOf(grade), sum = 0;
        for (int i = 0; i <= rank; i++)
        {
            sum += _counts[i];
        }

        return sum;
    }

    /// <summary>
    /// The distribution in words, best grade first, for example
    /// "40 inspections: none outstanding, 2 good, 21 adequate, 17 inadequate".
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Total.ToString(CultureInfo.InvariantCulture)).Append(Total == 1 ? " inspection: " : " inspections: ");
        for (int i = 0; i < _counts.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(_counts[i] == 0 ? "none" : _counts[i].ToString(CultureInfo.InvariantCulture))
                .Append(' ')
                .Append(Scale.Grades[i].Label.ToLowerInvariant());
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(GradeDistribution? other) =>
        other is not null && Scale.Equals(other.Scale) && _counts.SequenceEqual(other._counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GradeDistribution other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Scale);
        foreach (int count in _counts)
        {
            hash.Add(count);
        }

        return hash.ToHashCode();
    }

    private static ArgumentException WrongScale(GradingScale scale, Grade grade, string parameterName) => new(
        $"Grade '{grade.Id}' is on scale '{grade.Scale.Id}', but this distribution counts grades of scale '{scale.Id}'; "
        + "grades of different scales are never counted together.",
        parameterName);

    private int RankOf(Grade grade)
    {
        if (grade is null)
        {
            throw new ArgumentNullException(nameof(grade));
        }

        if (!Scale.Contains(grade))
        {
            throw WrongScale(Scale, grade, nameof(grade));
        }

        return grade.Rank;
    }
}
