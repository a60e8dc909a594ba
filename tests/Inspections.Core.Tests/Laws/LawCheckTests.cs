using NodaTime;
using Xunit.Sdk;

namespace Inspections.Core.Tests.Laws;

/// <summary>
/// The shared law checks (tests/Inspections.Testing: <see cref="EqualityLaws"/>, <see cref="ComparisonLaws"/>) can
/// fail: each law is broken on purpose by a small type here and the check must say so; a well-behaved type
/// (NodaTime's <see cref="LocalDate"/>) passes them all.
/// </summary>
public sealed class LawCheckTests
{
    private static readonly LocalDate Day = new(2015, 1, 13);

    [Fact]
    public void A_well_behaved_type_passes_every_law()
    {
        EqualityLaws.Hold(Day, new LocalDate(2015, 1, 13), Day.PlusDays(1), Day.PlusDays(-1));
        EqualityLaws.HoldOver(Day, Day.PlusDays(1), Day);
        ComparisonLaws.Hold(Day, new LocalDate(2015, 1, 13), Day.PlusDays(1));
        ComparisonLaws.HoldOver(Day.PlusDays(2), Day, Day.PlusDays(1), Day);
    }

    [Fact]
    public void Equal_values_that_are_not_equal_fail()
    {
        var e = Assert.Throws<TrueException>(() => EqualityLaws.Hold(Day, Day.PlusDays(1)));
        Assert.Contains("to equal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unequal_values_that_are_equal_fail()
    {
        var e = Assert.Throws<FalseException>(() => EqualityLaws.Hold(Day, Day, Day));
        Assert.Contains("not to equal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hash_code_that_differs_for_equal_values_fails() =>
        Fails(() => EqualityLaws.Hold(new BadHash(1), new BadHash(1)), "different hash codes");

    [Fact]
    public void An_Equals_that_is_not_symmetric_fails() =>
        Fails(() => EqualityLaws.Pair(new OneWayEquals(1), new OneWayEquals(2)), "not symmetric");

    [Fact]
    public void An_operator_that_disagrees_with_Equals_fails() =>
        Fails(() => EqualityLaws.Hold(new ReferenceOperator(1), new ReferenceOperator(1)), "== disagrees with Equals");

    [Fact]
    public void An_operator_that_mishandles_null_fails() =>
        Fails(() => EqualityLaws.NullHandling(new NullEqualOperator(1)), "== null is true");

    [Fact]
    public void Equals_object_that_disagrees_with_Equals_T_fails() =>
        Fails(() => EqualityLaws.Pair(new ObjectEqualsNever(1), new ObjectEqualsNever(1)), "Equals(object) disagrees");

    [Fact]
    public void A_CompareTo_that_is_not_antisymmetric_fails() =>
        Fails(() => ComparisonLaws.Antisymmetric(new AlwaysLess(1), new AlwaysLess(2)), "not antisymmetric");

    [Fact]
    public void A_CompareTo_that_is_not_transitive_fails() =>
        Fails(() => ComparisonLaws.Transitive(new Hand(0), new Hand(1), new Hand(2)), "not transitive");

    [Fact]
    public void A_CompareTo_that_is_zero_for_unequal_values_fails() =>
        Fails(() => ComparisonLaws.ConsistentWithEquals(new ByFirstOnly(1, 2), new ByFirstOnly(1, 3)), "CompareTo is 0 but Equals is False");

    [Fact]
    public void An_ordering_operator_that_disagrees_with_CompareTo_fails() =>
        Fails(() => ComparisonLaws.OperatorsAgree(new BackwardsOperator(1), new BackwardsOperator(2)), "< ");

    [Fact]
    public void More_or_fewer_than_one_of_less_equal_greater_fails() =>
        Fails(() => ComparisonLaws.Trichotomy(new BackwardsOperator(1), new BackwardsOperator(1)), "of <, == and > hold");

    private static void Fails(Action check, string named)
    {
        var e = Assert.ThrowsAny<XunitException>(check);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    private sealed class BadHash(int value) : IEquatable<BadHash>
    {
        private static int s_next;

        public int Value { get; } = value;

        public bool Equals(BadHash? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => Equals(obj as BadHash);

        public override int GetHashCode() => Interlocked.Increment(ref s_next);
    }

    private sealed class OneWayEquals(int value) : IEquatable<OneWayEquals>
    {
        public int Value { get; } = value;

        public bool Equals(OneWayEquals? other) => other is not null && Value <= other.Value;

        public override bool Equals(object? obj) => Equals(obj as OneWayEquals);

        public override int GetHashCode() => 0;
    }

    private sealed class ReferenceOperator(int value) : IEquatable<ReferenceOperator>
    {
        public int Value { get; } = value;

        public static bool operator ==(ReferenceOperator? left, ReferenceOperator? right) => ReferenceEquals(left, right);

        public static bool operator !=(ReferenceOperator? left, ReferenceOperator? right) => !(left == right);

        public bool Equals(ReferenceOperator? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => Equals(obj as ReferenceOperator);

        public override int GetHashCode() => Value;
    }

    private sealed class NullEqualOperator(int value) : IEquatable<NullEqualOperator>
    {
        public int Value { get; } = value;

        public static bool operator ==(NullEqualOperator? left, NullEqualOperator? right) => left is null || right is null || left.Equals(right);

        public static bool operator !=(NullEqualOperator? left, NullEqualOperator? right) => !(left == right);

        public bool Equals(NullEqualOperator? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => Equals(obj as NullEqualOperator);

        public override int GetHashCode() => Value;
    }

    private sealed class ObjectEqualsNever(int value) : IEquatable<ObjectEqualsNever>
    {
        public int Value { get; } = value;

        public bool Equals(ObjectEqualsNever? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => false;

        public override int GetHashCode() => Value;
    }

    private sealed class AlwaysLess(int value) : IComparable<AlwaysLess>
    {
        public int Value { get; } = value;

        public int CompareTo(AlwaysLess? other) => -1;
    }

    /// <summary>Rock (0), paper (1), scissors (2): each beats the one before it, and rock beats scissors.</summary>
    private sealed class Hand(int value) : IComparable<Hand>
    {
        public int Value { get; } = value;

        public int CompareTo(Hand? other) =>
            other is null || other.Value == Value ? 0 : (Value - other.Value + 3) % 3 == 1 ? 1 : -1;

        public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class ByFirstOnly(int first, int second) : IComparable<ByFirstOnly>, IEquatable<ByFirstOnly>
    {
        public int First { get; } = first;

        public int Second { get; } = second;

        public int CompareTo(ByFirstOnly? other) => other is null ? 1 : First.CompareTo(other.First);

        public bool Equals(ByFirstOnly? other) => other is not null && other.First == First && other.Second == Second;

        public override bool Equals(object? obj) => Equals(obj as ByFirstOnly);

        public override int GetHashCode() => HashCode.Combine(First, Second);
    }

    private sealed class BackwardsOperator(int value) : IComparable<BackwardsOperator>
    {
        public int Value { get; } = value;

        public static bool operator <(BackwardsOperator left, BackwardsOperator right) => left.Value >= right.Value;

        public static bool operator >(BackwardsOperator left, BackwardsOperator right) => left.Value <= right.Value;

        public static bool operator ==(BackwardsOperator? left, BackwardsOperator? right) => left?.Value == right?.Value;

        public static bool operator !=(BackwardsOperator? left, BackwardsOperator? right) => !(left == right);

        public int CompareTo(BackwardsOperator? other) => other is null ? 1 : Value.CompareTo(other.Value);

        public override bool Equals(object? obj) => obj is BackwardsOperator other && other.Value == Value;

        public override int GetHashCode() => Value;

        public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
