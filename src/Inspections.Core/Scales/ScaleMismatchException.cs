using System;

namespace Inspections.Core.Scales;

/// <summary>
/// Thrown when two grades of different scales are ordered directly. Grades of different scales have no
/// order of their own: compare them through a <see cref="ScaleCrosswalk"/> with <see cref="GradeComparer"/>,
/// which says whether, and how honestly, they can be compared.
/// </summary>
public sealed class ScaleMismatchException : ArgumentException
{
    /// <summary>Creates the exception for two grades of different scales.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    public ScaleMismatchException(Grade left, Grade right)
        : base(FormatMessage(left, right))
    {
        Left = left;
        Right = right;
    }

    /// <summary>The first grade of the failed comparison.</summary>
    public Grade Left { get; }

    /// <summary>The second grade of the failed comparison.</summary>
    public Grade Right { get; }

    private static string FormatMessage(Grade left, Grade right)
    {
        string sameId = left is not null && right is not null && string.Equals(left.Scale.Id, right.Scale.Id, StringComparison.Ordinal)
            ? $" (two different scales share the id '{left.Scale.Id}': their names, grades or codes differ)"
            : string.Empty;
        return $"Grade '{left?.Id}' of scale '{left?.Scale.Id}' cannot be ordered against grade '{right?.Id}' of scale '{right?.Scale.Id}'{sameId}: "
            + "grades of different scales have no common order. Use GradeComparer.Compare, which goes through an explicit crosswalk or says they are not comparable.";
    }
}
