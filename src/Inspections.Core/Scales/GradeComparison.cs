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
/// <see cref="Caveat"/> says that the criteria changed between them. The value is immutable; computing it
/// allocates nothing (the reason text is built only when read).
/// </para>
/// </remarks>
public readonly struct GradeComparison : IEquatable<GradeComparison>
{
    private readonly string? _reason;

    internal GradeComparison(
        Grade? before,
        Grade? after,
        ComparisonDirection direction,
        int? steps,
        ComparisonBasis basis,
        bool frameworkChanged,
        string? reason)
    {
        Before = before;
        After = after;
        Direction = direction;
        Steps = steps;
        Basis = basis;
        FrameworkChanged = frameworkChanged;
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
    /// grades are not comparable.
    /// </summary>
    public int? Steps { get; }

    /// <summary>On what ground the comparison was made.</summary>
    public ComparisonBasis Basis { get; }

    /// <summary>Whether the two grades were given under different frameworks.</summary>
    public bool FrameworkChanged { get; }

    /// <summary>Whether a comparison could be made at all.</summary>
    public bool IsComparable => Direction != ComparisonDirection.NotComparable;

    /// <summary>
    /// The caveat that goes with a comparison across frameworks, or null when both grades come from one framework.
    /// </summary>
    public string? Caveat => FrameworkChanged
        ? "The framework changed between the two inspections: the grades were given against different criteria "
          + "(when 'requires improvement' replaced 'adequate' in 2013 the bar was raised, and 'good' became the minimum expected), "
          + "so this shows a change of band, not a like-for-like measure."
        : null;

    /// <summary>A sentence a person can read saying what was compared and on what ground.</summary>
    public string Reason => _reason ?? DescribeReason();

    /// <summary>
    /// The same comparison read the other way round: before and after swapped, the direction reversed and the
    /// steps negated.
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
        return new GradeComparison(After, Before, direction, -Steps, Basis, FrameworkChanged, _reason);
    }

    /// <inheritdoc/>
    public bool Equals(GradeComparison other) =>
        Equals(Before, other.Before) && Equals(After, other.After) && Direction == other.Direction
        && Steps == other.Steps && Basis == other.Basis && FrameworkChanged == other.FrameworkChanged
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GradeComparison other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Before, After, Direction, Steps, Basis, FrameworkChanged);

    /// <summary>The reason, with the caveat when there is one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Caveat is null ? Reason : Reason + " " + Caveat;

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
            _ => Bands(Steps ?? 0) + " worse than",
        };

        return Basis switch
        {
            ComparisonBasis.SameScale =>
                $"'{After.Id}' is {relation} '{Before.Id}' on the {Before.Scale.Id} scale.",
            ComparisonBasis.CrosswalkExact =>
                $"Through the crosswalk {Before.Scale.Id} ↔ {After.Scale.Id}, where both grades have exact counterparts, "
                + $"'{After.Id}' is {relation} '{Before.Id}'.",
            ComparisonBasis.CrosswalkApproximate =>
                $"Through the crosswalk {Before.Scale.Id} ↔ {After.Scale.Id}, '{After.Id}' is {relation} '{Before.Id}'; "
                + "the match is approximate, because at least one of the two grades has no exact counterpart on the other scale.",
            _ => $"'{Before.Id}' ({Before.Scale.Id}) and '{After.Id}' ({After.Scale.Id}) are not comparable: "
                + "no crosswalk links these scales, and the library does not invent one.",
        };
    }
}
