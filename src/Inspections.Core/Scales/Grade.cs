using System;

namespace Inspections.Core.Scales;

/// <summary>
/// One grade of a <see cref="GradingScale"/>, such as <c>requires-improvement</c> on the
/// <c>four-point-requires-improvement</c> scale. A grade knows its scale.
/// </summary>
/// <remarks>
/// <para>
/// Grades of one scale are totally ordered by merit: a better grade compares <em>greater</em>, so
/// <c>outstanding &gt; good</c>. Ordering grades of two different scales throws
/// <see cref="ScaleMismatchException"/>; use <see cref="GradeComparer"/> to compare across scales.
/// </para>
/// <para>
/// A grade is ordinal, not a number: it has no arithmetic, no conversion to a number, and its
/// <see cref="OfficialCode"/> is a printed label whose direction depends on the scale.
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class Grade : IEquatable<Grade>, IComparable<Grade>, IComparable
{
    internal Grade(GradingScale scale, string id, string label, int rank, int? officialCode)
    {
        Scale = scale;
        Id = id;
        Label = label;
        Rank = rank;
        OfficialCode = officialCode;
    }

    /// <summary>The scale this grade belongs to.</summary>
    public GradingScale Scale { get; }

    /// <summary>The grade's id, lower-case kebab-case, as written in documents (<c>requires-improvement</c>).</summary>
    public string Id { get; }

    /// <summary>The grade as a person reads it (<c>Requires improvement to be good</c>).</summary>
    public string Label { get; }

    /// <summary>
    /// The grade's position on its scale, counted from the best: 0 for the best grade. Positions say
    /// nothing about the distance between grades.
    /// </summary>
    public int Rank { get; }

    /// <summary>
    /// The official numeric code printed for this grade, if the scale has one; see
    /// <see cref="GradingScale.CodeDirection"/> for which way the codes run.
    /// </summary>
    public int? OfficialCode { get; }

    /// <summary>Whether this grade is better than <paramref name="other"/>.</summary>
    /// <param name="other">A grade of the same scale.</param>
    /// <returns><see langword="true"/> when this grade is the better one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ScaleMismatchException"><paramref name="other"/> is on another scale.</exception>
    public bool IsBetterThan(Grade other) => CompareTo(Require(other)) > 0;

    /// <summary>Whether this grade is worse than <paramref name="other"/>.</summary>
    /// <param name="other">A grade of the same scale.</param>
    /// <returns><see langword="true"/> when this grade is the worse one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ScaleMismatchException"><paramref name="other"/> is on another scale.</exception>
    public bool IsWorseThan(Grade other) => CompareTo(Require(other)) < 0;

    /// <summary>
    /// Compares this grade with another of the same scale by merit: positive when this grade is better,
    /// negative when worse, zero when the same. A null grade is less than any grade.
    /// </summary>
    /// <param name="other">A grade of the same scale, or null.</param>
    /// <returns>The sign of the comparison.</returns>
    /// <exception cref="ScaleMismatchException"><paramref name="other"/> is on another scale.</exception>
    public int CompareTo(Grade? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (!ReferenceEquals(Scale, other.Scale) && !Scale.Equals(other.Scale))
        {
            throw new ScaleMismatchException(this, other);
        }

        // Rank 0 is the best grade, so the lower rank is the greater grade.
        return other.Rank.CompareTo(Rank);
    }

    /// <inheritdoc cref="CompareTo(Grade)"/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Grade"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Grade grade => CompareTo(grade),
        _ => throw new ArgumentException($"A Grade cannot be compared with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether two grades are the same grade of the same scale.</summary>
    /// <param name="other">The other grade.</param>
    /// <returns><see langword="true"/> when both name the same grade of equal scales.</returns>
    public bool Equals(Grade? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Id, other.Id, StringComparison.Ordinal) && Scale.Equals(other.Scale)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Grade other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Scale.Id), StringComparer.Ordinal.GetHashCode(Id));

    /// <summary>The grade's id, for example <c>requires-improvement</c>.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Whether two grades are equal.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Grade? left, Grade? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two grades differ.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Grade? left, Grade? right) => !(left == right);

    /// <summary>Whether <paramref name="left"/> is worse than <paramref name="right"/>.</summary>
    /// <param name="left">A grade.</param>
    /// <param name="right">A grade of the same scale.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">Either grade is null.</exception>
    /// <exception cref="ScaleMismatchException">The grades are on different scales.</exception>
    public static bool operator <(Grade left, Grade right) => Require(left).CompareTo(Require(right)) < 0;

    /// <summary>Whether <paramref name="left"/> is better than <paramref name="right"/>.</summary>
    /// <param name="left">A grade.</param>
    /// <param name="right">A grade of the same scale.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">Either grade is null.</exception>
    /// <exception cref="ScaleMismatchException">The grades are on different scales.</exception>
    public static bool operator >(Grade left, Grade right) => Require(left).CompareTo(Require(right)) > 0;

    /// <summary>Whether <paramref name="left"/> is worse than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">A grade.</param>
    /// <param name="right">A grade of the same scale.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">Either grade is null.</exception>
    /// <exception cref="ScaleMismatchException">The grades are on different scales.</exception>
    public static bool operator <=(Grade left, Grade right) => Require(left).CompareTo(Require(right)) <= 0;

    /// <summary>Whether <paramref name="left"/> is better than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">A grade.</param>
    /// <param name="right">A grade of the same scale.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">Either grade is null.</exception>
    /// <exception cref="ScaleMismatchException">The grades are on different scales.</exception>
    public static bool operator >=(Grade left, Grade right) => Require(left).CompareTo(Require(right)) >= 0;

    private static Grade Require(Grade grade) => grade ?? throw new ArgumentNullException(nameof(grade));
}
