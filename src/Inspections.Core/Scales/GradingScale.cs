using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Inspections.Core.Scales;

/// <summary>
/// An ordered set of grades, best first, such as Ofsted's outstanding / good / requires improvement /
/// inadequate. The well-known scales are in <see cref="GradingScales"/>; users can define their own.
/// </summary>
/// <remarks>
/// A scale is immutable and thread-safe. Two scales are equal when they have the same id, name, grades
/// (ids, labels, order) and official codes.
/// </remarks>
public sealed class GradingScale : IEquatable<GradingScale>
{
    private readonly Dictionary<string, Grade> _byId;

    /// <summary>Creates a scale.</summary>
    /// <param name="id">The scale's id, lower-case kebab-case.</param>
    /// <param name="name">The scale's name for people.</param>
    /// <param name="gradesBestFirst">Each grade's id and label, best grade first; at least two.</param>
    /// <param name="officialCodesBestFirst">
    /// The official numeric code of each grade in the same order, or null when the scale has none. Codes
    /// must be distinct and run strictly one way (all rising or all falling); the direction follows.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/>, <paramref name="gradesBestFirst"/>, or a grade's id or label is null.</exception>
    /// <exception cref="ArgumentException">
    /// An id is malformed, the name or a label is blank, there are fewer than two grades, a grade id repeats, or the
    /// codes do not match the grades one for one or do not run strictly one way. The message names the scale and
    /// the grade at fault.
    /// </exception>
    public GradingScale(
        string id,
        string name,
        IEnumerable<(string Id, string Label)> gradesBestFirst,
        IEnumerable<int>? officialCodesBestFirst = null)
    {
        Id = Identifier.Require(id, nameof(id));
        Name = Preconditions.Label(name, nameof(name));
        if (gradesBestFirst is null)
        {
            throw new ArgumentNullException(nameof(gradesBestFirst));
        }

        var definitions = gradesBestFirst.ToArray();
        if (definitions.Length < 2)
        {
            throw new ArgumentException(
                $"Scale '{id}' needs at least two grades, best first; it has {definitions.Length}. A single grade orders nothing.",
                nameof(gradesBestFirst));
        }

        int[]? codes = officialCodesBestFirst?.ToArray();
        CodeDirection = NumericCodeDirection.None;
        if (codes is not null)
        {
            if (codes.Length != definitions.Length)
            {
                throw new ArgumentException(
                    $"Scale '{id}' has {definitions.Length} grades but {codes.Length} official codes; give one code per grade or none.",
                    nameof(officialCodesBestFirst));
            }

            bool rising = true, falling = true;
            for (int i = 1; i < codes.Length; i++)
            {
                rising &= codes[i] > codes[i - 1];
                falling &= codes[i] < codes[i - 1];
            }

            if (!rising && !falling)
            {
                throw new ArgumentException(
                    $"The official codes of scale '{id}', best grade first, are {string.Join(", ", codes)}: they must be distinct and run "
                    + "strictly one way (all rising, so lower is better, or all falling, so higher is better).",
                    nameof(officialCodesBestFirst));
            }

            // Best first: falling codes mean the best grade has the highest code.
            CodeDirection = falling ? NumericCodeDirection.HigherIsBetter : NumericCodeDirection.LowerIsBetter;
        }

        var grades = ImmutableArray.CreateBuilder<Grade>(definitions.Length);
        _byId = new Dictionary<string, Grade>(definitions.Length, StringComparer.Ordinal);
        for (int i = 0; i < definitions.Length; i++)
        {
            var (gradeId, label) = definitions[i];
            if (gradeId is null)
            {
                throw new ArgumentNullException(nameof(gradesBestFirst), $"Scale '{id}': grade {i + 1} has a null id.");
            }

            if (!Identifier.IsValid(gradeId))
            {
                throw new ArgumentException(
                    $"Scale '{id}': grade {i + 1} has id '{gradeId}', which is not valid: ids are lower-case kebab-case ASCII "
                    + $"(letters, digits and single hyphens), 1 to {Identifier.MaxLength} characters.",
                    nameof(gradesBestFirst));
            }

            if (label is null)
            {
                throw new ArgumentNullException(nameof(gradesBestFirst), $"Scale '{id}': grade '{gradeId}' has a null label.");
            }

            if (string.IsNullOrWhiteSpace(label))
            {
                throw new ArgumentException($"Scale '{id}': grade '{gradeId}' has a blank label.", nameof(gradesBestFirst));
            }

            if (_byId.TryGetValue(gradeId, out var earlier))
            {
                throw new ArgumentException(
                    $"Scale '{id}' lists grade '{gradeId}' twice (at positions {earlier.Rank + 1} and {i + 1}); grade ids must be distinct.",
                    nameof(gradesBestFirst));
            }

            var grade = new Grade(this, gradeId, label, i, codes?[i]);
            _byId.Add(gradeId, grade);
            grades.Add(grade);
        }

        Grades = grades.MoveToImmutable();
    }

    /// <summary>The scale's id, for example <c>four-point-requires-improvement</c>.</summary>
    public string Id { get; }

    /// <summary>The scale's name for people.</summary>
    public string Name { get; }

    /// <summary>The grades, best first.</summary>
    public ImmutableArray<Grade> Grades { get; }

    /// <summary>Which way the official numeric codes run, or <see cref="NumericCodeDirection.None"/>.</summary>
    public NumericCodeDirection CodeDirection { get; }

    /// <summary>The best grade.</summary>
    public Grade Best => Grades[0];

    /// <summary>The worst grade.</summary>
    public Grade Worst => Grades[Grades.Length - 1];

    /// <summary>The grade with id <paramref name="gradeId"/>.</summary>
    /// <param name="gradeId">A grade id of this scale.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gradeId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The scale has no such grade; the message lists the grades it has.</exception>
    public Grade this[string gradeId] => TryGetGrade(gradeId ?? throw new ArgumentNullException(nameof(gradeId)), out var grade)
        ? grade
        : throw new KeyNotFoundException($"Scale '{Id}' has no grade '{gradeId}'; its grades are {string.Join(", ", Grades.Select(g => g.Id))}.");

    /// <summary>Finds a grade by id, without throwing.</summary>
    /// <param name="gradeId">The grade id; null finds nothing.</param>
    /// <param name="grade">The grade, when found.</param>
    /// <returns><see langword="true"/> when the scale has the grade.</returns>
    public bool TryGetGrade(string? gradeId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Grade? grade)
    {
        if (gradeId is null)
        {
            grade = null;
            return false;
        }

        return _byId.TryGetValue(gradeId, out grade);
    }

    /// <summary>Finds the grade printed with an official numeric code.</summary>
    /// <param name="code">The printed code.</param>
    /// <param name="grade">The grade, when found.</param>
    /// <returns><see langword="true"/> when the scale has codes and one of them is <paramref name="code"/>.</returns>
    public bool TryGetGradeByOfficialCode(int code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Grade? grade)
    {
        foreach (var candidate in Grades)
        {
            if (candidate.OfficialCode == code)
            {
                grade = candidate;
                return true;
            }
        }

        grade = null;
        return false;
    }

    /// <summary>Whether <paramref name="grade"/> is one of this scale's grades.</summary>
    /// <param name="grade">The grade; null is not contained.</param>
    /// <returns><see langword="true"/> when the grade belongs to this scale.</returns>
    public bool Contains(Grade? grade) => grade is not null && grade.Scale.Equals(this);

    /// <inheritdoc/>
    public bool Equals(GradingScale? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!string.Equals(Id, other.Id, StringComparison.Ordinal)
            || !string.Equals(Name, other.Name, StringComparison.Ordinal)
            || Grades.Length != other.Grades.Length)
        {
            return false;
        }

        for (int i = 0; i < Grades.Length; i++)
        {
            Grade a = Grades[i], b = other.Grades[i];
            if (!string.Equals(a.Id, b.Id, StringComparison.Ordinal)
                || !string.Equals(a.Label, b.Label, StringComparison.Ordinal)
                || a.OfficialCode != b.OfficialCode)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GradingScale other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The scale's id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
