using System;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Scales;

namespace Inspections.Core.Frameworks;

/// <summary>
/// One condition of a <see cref="CycleRule"/> on the grades of an authority's last graded inspection: at least
/// <see cref="AtLeast"/> of <see cref="JudgementIds"/> are graded with one of <see cref="GradeIds"/>, such as
/// "overall effectiveness is good or outstanding" or (ILACS from April 2026) "at least two of the three practice
/// judgements are good or better".
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CycleCondition
{
    /// <summary>Creates a condition.</summary>
    /// <param name="judgementIds">The judgements it reads.</param>
    /// <param name="gradeIds">The grades that count.</param>
    /// <param name="atLeast">How many of the judgements must have one of the grades (1 to the number of judgements).</param>
    /// <exception cref="ArgumentException">A list is empty, an id is malformed, or <paramref name="atLeast"/> is out of range.</exception>
    public CycleCondition(ImmutableArray<string> judgementIds, ImmutableArray<string> gradeIds, int atLeast = 1)
    {
        if (judgementIds.IsDefaultOrEmpty || gradeIds.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A cycle condition reads at least one judgement and counts at least one grade.", nameof(judgementIds));
        }

        foreach (string id in judgementIds)
        {
            Identifier.Require(id, nameof(judgementIds));
        }

        foreach (string id in gradeIds)
        {
            Identifier.Require(id, nameof(gradeIds));
        }

        if (atLeast < 1 || atLeast > judgementIds.Length)
        {
            throw new ArgumentException($"At least {atLeast} of {judgementIds.Length} judgements cannot be required.", nameof(atLeast));
        }

        JudgementIds = judgementIds;
        GradeIds = gradeIds;
        AtLeast = atLeast;
    }

    /// <summary>The judgements the condition reads.</summary>
    public ImmutableArray<string> JudgementIds { get; }

    /// <summary>The grades that count.</summary>
    public ImmutableArray<string> GradeIds { get; }

    /// <summary>How many of <see cref="JudgementIds"/> must be graded with one of <see cref="GradeIds"/>.</summary>
    public int AtLeast { get; }

    /// <summary>Whether the judgements of an inspection meet the condition.</summary>
    /// <param name="judgements">The inspection's judgements.</param>
    /// <returns><see langword="true"/> when enough of the judgements have one of the grades.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="judgements"/> is null.</exception>
    public bool IsMetBy(JudgementGrades judgements)
    {
        if (judgements is null)
        {
            throw new ArgumentNullException(nameof(judgements));
        }

        int count = 0;
        foreach (string id in JudgementIds)
        {
            if (judgements.TryGetGradeId(id, out var grade) && GradeIds.Contains(grade, StringComparer.Ordinal))
            {
                count++;
            }
        }

        return count >= AtLeast;
    }

    /// <summary>The condition in words, such as <c>overall-effectiveness is good or outstanding</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (JudgementIds.Length == 1 ? JudgementIds[0] : $"at least {AtLeast} of {string.Join(", ", JudgementIds)}")
        + (JudgementIds.Length == 1 ? " is " : " are ")
        + string.Join(" or ", GradeIds);
}
