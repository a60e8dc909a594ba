using System;
using System.Globalization;

namespace Inspections.Core.Scales;

/// <summary>
/// The honest answer to "did this grade get better?": a direction, a whole number of bands (only where the
/// grades share a scale or a crosswalk), the basis of the comparison, and a reason a person can read.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Steps"/> is signed: positive when the later grade is better, negative when worse. It counts
/// bands, never points: nothing here is an average, a score or a fraction, because grades are ordinal.
/// </para>
/// <para>
/// When the two grades come from different frameworks, <see cref="FrameworkChanged"/> is set and
/// <see cref="Caveat"/> says that the criteria changed between them. Grades of two different scales always
/// come from two different frameworks, so a comparison across scales always carries the caveat.
/// </para>
/// <para>
/// The value is immutable. Computing it allocates nothing: <see cref="Reason"/> and <see cref="Caveat"/> are
/// built only when read, from the fields, so a comparison and its <see cref="Inverse"/> read consistently.
/// </para>
/// </remarks>
public readonly struct GradeComparison : IEquatable<GradeComparison>
{
    private const string FrameworkChangedCaveat =
        "The framework changed between the two inspections: the grades were given against different criteria";

    private const string ComparableSuffix = ", so this shows a change of band, not a like-for-like measure.";

    private readonly string? _reason;

    internal GradeComparison(
        Grade? before,
        Grade? after,
        ComparisonDirection direction,
        int? steps,
        ComparisonBasis basis,
        bool frameworkChanged,
        ScaleCrosswalk? crosswalk,
        string? reason)
    {
        Before = before;
        After = after;
        Direction = direction;
        Steps = steps;
        Basis = basis;
        FrameworkChanged = frameworkChanged;
        Crosswalk = crosswalk;
        _reason = reason;
    }

    /// <summary>The earlier grade, or null when there was none.</summary>
    public Grade? Before { get; }

    /// <summary>The later grade, or null when there was none.</summary>
    public Grade? After { get; }

    /// <summary>Which way the grade moved, or <see cref="ComparisonDirection.NotComparable"/>.</summary>
    public ComparisonDirection Direction { get; }

    /// <summary>
    /// Whole bands moved, positive when better, negative when worse, zero when the same; null when the
    /// grades are not comparable. Across scales the bands are counted along the pairs of the crosswalk.
    /// </summary>
    public int? Steps { get; }

    /// <summary>On what ground the comparison was made.</summary>
    public ComparisonBasis Basis { get; }

    /// <summary>Whether the two grades were given under different frameworks (always so when their scales differ).</summary>
    public bool FrameworkChanged { get; }

    /// <summary>
    /// The crosswalk the comparison went through, or null when the grades share a scale or no crosswalk links
    /// their scales. It is set (with <see cref="ComparisonBasis.None"/>) when a crosswalk links the scales but one
    /// of the grades is in none of its pairs.
    /// </summary>
    public ScaleCrosswalk? Crosswalk { get; }

    /// <summary>Whether a comparison could be made at all.</summary>
    public bool IsComparable => Direction != ComparisonDirection.NotComparable;

    /// <summary>
    /// The caveat that goes with a comparison across frameworks, or null when both grades come from one framework.
    /// It includes the crosswalk's <see cref="ScaleCrosswalk.Note"/> when there is one.
    /// </summary>
    public string? Caveat
    {
        get
        {
            if (!FrameworkChanged)
            {
                return null;
            }

            string caveat = FrameworkChangedCaveat + (IsComparable ? ComparableSuffix : ".");
            return Crosswalk?.Note is { } note ? caveat + " " + note : caveat;
        }
    }

    /// <summary>A sentence a person can read saying what was compared and on what ground.</summary>
    public string Reason => _reason ?? DescribeReason();

    /// <summary>
    /// The same comparison read the other way round: before and after swapped, the direction reversed and the
    /// steps negated. For any two grades <c>a</c> and <c>b</c>, <c>comparer.Compare(a, b)</c> equals
    /// <c>comparer.Compare(b, a).Inverse()</c>.
    /// </summary>
    /// <returns>The inverse comparison.</returns>
    public GradeComparison Inverse()
    {
        var direction = Direction switch
        {
            ComparisonDirection.Better => ComparisonDirection.Worse,
            ComparisonDirection.Worse => ComparisonDirection.Better,
            _ => Direction,
        };
        return new GradeComparison(After, Before, direction, -Steps, Basis, FrameworkChanged, Crosswalk, _reason);
    }

    /// <inheritdoc/>
    public bool Equals(GradeComparison other) =>
        Equals(Before, other.Before) && Equals(After, other.After) && Direction == other.Direction
        && Steps == other.Steps && Basis == other.Basis && FrameworkChanged == other.FrameworkChanged
        && ReferenceEquals(Crosswalk, other.Crosswalk)
        && string.Equals(_reason, other._reason, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GradeComparison other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Before, After, Direction, Steps, Basis, FrameworkChanged);

    /// <summary>The reason, with the caveat when there is one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Caveat is { } caveat ? Reason + " " + caveat : Reason;

    /// <summary>Whether two comparisons are equal.</summary>
    /// <param name="left">A comparison.</param>
    /// <param name="right">A comparison.</param>
    /// <returns>The result.</returns>
    public static bool operator ==(GradeComparison left, GradeComparison right) => left.Equals(right);

    /// <summary>Whether two comparisons differ.</summary>
    /// <param name="left">A comparison.</param>
    /// <param name="right">A comparison.</param>
    /// <returns>The result.</returns>
    public static bool operator !=(GradeComparison left, GradeComparison right) => !left.Equals(right);

    internal static string Bands(int steps)
    {
        int n = Math.Abs(steps);
        return n switch
        {
            1 => "one band",
            2 => "two bands",
            3 => "three bands",
            _ => n.ToString(CultureInfo.InvariantCulture) + " bands",
        };
    }

    private static string Quote(Grade grade) => $"'{grade.Id}' ({grade.Scale.Id})";

    private string DescribeReason()
    {
        if (Before is null || After is null)
        {
            return "There is no grade on one side, so there is nothing to compare.";
        }

        string relation = Direction switch
        {
            ComparisonDirection.Same => "the same band as",
            ComparisonDirection.Better => Bands(Steps ?? 0) + " better than",
            ComparisonDirection.Worse => Bands(Steps ?? 0) + " worse than",
            _ => "not comparable with",
        };

        return Basis switch
        {
            ComparisonBasis.SameScale =>
                $"'{After.Id}' is {relation} '{Before.Id}' on the {Before.Scale.Id} scale.",
            ComparisonBasis.CrosswalkExact =>
                $"Through the crosswalk {Crosswalk}, where both grades have exact counterparts, "
                + $"{Quote(After)} is {relation} {Quote(Before)}.",
            ComparisonBasis.CrosswalkApproximate =>
                $"Through the crosswalk {Crosswalk}, {Quote(After)} is {relation} {Quote(Before)}; "
                + $"the match is approximate, because {DescribeApproximatePairs()}.",
            _ when Crosswalk is not null =>
                $"{Quote(Before)} and {Quote(After)} are not comparable: {DescribeMissingCounterparts()} in the crosswalk {Crosswalk}, "
                + "and the library does not invent one.",
            _ => $"{Quote(Before)} and {Quote(After)} are not comparable: no crosswalk links the {Before.Scale.Id} and "
                + $"{After.Scale.Id} scales, and the library neither invents one nor chains crosswalks through a third scale.",
        };
    }

    private string DescribeApproximatePairs()
    {
        // Named in the crosswalk's own order, best first, so that a comparison and its inverse read the same.
        var crosswalk = Crosswalk!;
        crosswalk.TryLocate(Before!, out int beforeIndex, out _);
        crosswalk.TryLocate(After!, out int afterIndex, out _);
        var better = crosswalk.Pairs[Math.Min(beforeIndex, afterIndex)];
        var worse = crosswalk.Pairs[Math.Max(beforeIndex, afterIndex)];
        bool betterApproximate = better.Match == CrosswalkMatch.Approximate;
        bool worseApproximate = worse.Match == CrosswalkMatch.Approximate;
        return betterApproximate && worseApproximate && beforeIndex != afterIndex
            ? $"the pairs {better} and {worse} are only approximate"
            : $"the pair {(betterApproximate ? better : worse)} is only approximate";
    }

    private string DescribeMissingCounterparts()
    {
        var crosswalk = Crosswalk!;
        bool beforeMissing = !crosswalk.TryLocate(Before!, out _, out _);
        bool afterMissing = !crosswalk.TryLocate(After!, out _, out _);
        return beforeMissing && afterMissing
            ? $"neither {Quote(Before!)} nor {Quote(After!)} has a counterpart"
            : $"{Quote(beforeMissing ? Before! : After!)} has no counterpart";
    }
}
