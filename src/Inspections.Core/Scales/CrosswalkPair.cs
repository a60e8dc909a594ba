using System;

namespace Inspections.Core.Scales;

/// <summary>One pairing of a <see cref="ScaleCrosswalk"/>: a grade of each scale and how well they match.</summary>
public readonly struct CrosswalkPair : IEquatable<CrosswalkPair>
{
    /// <summary>Creates a pair.</summary>
    /// <param name="first">The grade on the crosswalk's first scale.</param>
    /// <param name="second">The grade on the crosswalk's second scale.</param>
    /// <param name="match">How well they match.</param>
    /// <exception cref="ArgumentNullException">A grade is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="match"/> is not a defined <see cref="CrosswalkMatch"/>.</exception>
    public CrosswalkPair(Grade first, Grade second, CrosswalkMatch match)
    {
        First = first ?? throw new ArgumentNullException(nameof(first));
        Second = second ?? throw new ArgumentNullException(nameof(second));
        Match = match is CrosswalkMatch.Exact or CrosswalkMatch.Approximate
            ? match
            : throw new ArgumentOutOfRangeException(nameof(match), match, "A crosswalk pair is either Exact or Approximate.");
    }

    /// <summary>The grade on the crosswalk's first scale.</summary>
    public Grade First { get; }

    /// <summary>The grade on the crosswalk's second scale.</summary>
    public Grade Second { get; }

    /// <summary>How well the two grades match.</summary>
    public CrosswalkMatch Match { get; }

    /// <inheritdoc/>
    public bool Equals(CrosswalkPair other) => Equals(First, other.First) && Equals(Second, other.Second) && Match == other.Match;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CrosswalkPair other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(First, Second, Match);

    /// <summary>The pair as <c>first = second</c> or <c>first ≈ second</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{First} {(Match == CrosswalkMatch.Exact ? "=" : "≈")} {Second}";

    /// <summary>Whether two pairs are equal.</summary>
    /// <param name="left">A pair.</param>
    /// <param name="right">A pair.</param>
    /// <returns>The result.</returns>
    public static bool operator ==(CrosswalkPair left, CrosswalkPair right) => left.Equals(right);

    /// <summary>Whether two pairs differ.</summary>
    /// <param name="left">A pair.</param>
    /// <param name="right">A pair.</param>
    /// <returns>The result.</returns>
    public static bool operator !=(CrosswalkPair left, CrosswalkPair right) => !left.Equals(right);
}
