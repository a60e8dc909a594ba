using System;

namespace Inspections.Core;

/// <summary>One judgement of an inspection and the grade given for it, both as ids.</summary>
public readonly struct JudgementGrade : IEquatable<JudgementGrade>
{
    /// <summary>Creates a judgement–grade pair.</summary>
    /// <param name="judgementId">The judgement id, such as <c>overall-effectiveness</c>.</param>
    /// <param name="gradeId">The grade id, such as <c>good</c>.</param>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public JudgementGrade(string judgementId, string gradeId)
    {
        JudgementId = Preconditions.NotEmpty(judgementId, nameof(judgementId), "An id must not be empty.");
        GradeId = Preconditions.NotEmpty(gradeId, nameof(gradeId), "An id must not be empty.");
    }

    /// <summary>The judgement id.</summary>
    public string JudgementId { get; }

    /// <summary>The grade id.</summary>
    public string GradeId { get; }

    /// <inheritdoc/>
    public bool Equals(JudgementGrade other) =>
        string.Equals(JudgementId, other.JudgementId, StringComparison.Ordinal)
        && string.Equals(GradeId, other.GradeId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JudgementGrade other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        JudgementId is null ? 0 : StringComparer.Ordinal.GetHashCode(JudgementId),
        GradeId is null ? 0 : StringComparer.Ordinal.GetHashCode(GradeId));

    /// <summary>The pair as <c>judgement: grade</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{JudgementId}: {GradeId}";

    /// <summary>Whether two pairs are equal.</summary>
    /// <param name="left">A pair.</param>
    /// <param name="right">A pair.</param>
    /// <returns>The result.</returns>
    public static bool operator ==(JudgementGrade left, JudgementGrade right) => left.Equals(right);

    /// <summary>Whether two pairs differ.</summary>
    /// <param name="left">A pair.</param>
    /// <param name="right">A pair.</param>
    /// <returns>The result.</returns>
    public static bool operator !=(JudgementGrade left, JudgementGrade right) => !left.Equals(right);
}
