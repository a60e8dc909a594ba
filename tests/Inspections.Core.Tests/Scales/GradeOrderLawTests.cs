using FsCheck.Xunit;
using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Scales;

/// <summary>
/// The order laws of grades on one scale, over the built-in scales and random user-defined ones: a total order
/// (exactly one of less, equal, greater), antisymmetric, transitive, consistent with the operators, with
/// <see cref="Grade.Equals(Grade)"/> and with the hash code.
/// </summary>
[Properties(Arbitrary = [typeof(ScaleGenerators)], MaxTest = 300)]
public sealed class GradeOrderLawTests
{
    [Property]
    public void Exactly_one_of_less_equal_greater_holds(GradeTriple t) =>
        ComparisonLaws.Trichotomy(t.A, t.B);

    [Property]
    public void Order_is_antisymmetric(GradeTriple t) =>
        ComparisonLaws.Antisymmetric(t.A, t.B);

    [Property]
    public void Order_is_transitive(GradeTriple t) =>
        ComparisonLaws.Transitive(t.A, t.B, t.C);

    [Property]
    public void Strict_order_is_transitive(GradeTriple t) =>
        ComparisonLaws.Transitive(t.C, t.B, t.A);

    [Property]
    public void Operators_agree_with_CompareTo(GradeTriple t) =>
        ComparisonLaws.OperatorsAgree(t.A, t.B);

    [Property]
    public void Grades_of_one_scale_obey_every_equality_and_comparison_law(GradeTriple t)
    {
        EqualityLaws.HoldOver(t.A, t.B, t.C);
        ComparisonLaws.HoldOver(t.A, t.B, t.C);
    }

    [Fact]
    public void A_grade_a_grade_equal_to_it_and_a_better_one_obey_the_equality_and_comparison_laws()
    {
        var scale = new GradingScale("house", "House", [("high", "High"), ("middle", "Middle"), ("low", "Low")]);
        var sameScaleBuiltAgain = new GradingScale("house", "House", [("high", "High"), ("middle", "Middle"), ("low", "Low")]);

        ComparisonLaws.Hold(scale["middle"], sameScaleBuiltAgain["middle"], scale["high"]);
        EqualityLaws.Hold(scale["middle"], sameScaleBuiltAgain["middle"], scale["high"], scale["low"], GradingScales.FourPointRequiresImprovement["good"]);
    }

    [Property]
    public void Named_comparisons_agree_with_the_operators(GradeTriple t)
    {
        Assert.Equal(t.A > t.B, t.A.IsBetterThan(t.B));
        Assert.Equal(t.A < t.B, t.A.IsWorseThan(t.B));
    }

    [Property]
    public void CompareTo_is_zero_exactly_when_Equals(GradeTriple t)
    {
        ComparisonLaws.ConsistentWithEquals(t.A, t.B);
        Assert.Equal(t.A.Equals(t.B), ReferenceEquals(t.A, t.B));
    }

    [Property]
    public void The_better_grade_has_the_lower_rank(GradeTriple t) =>
        Assert.Equal(t.A > t.B, t.A.Rank < t.B.Rank);

    [Property]
    public void Sorting_puts_grades_in_the_scale_order_worst_first(GradingScale scale)
    {
        var shuffled = scale.Grades.Reverse().Concat(scale.Grades).ToList();
        shuffled.Sort();
        var expected = scale.Grades.SelectMany(g => new[] { g, g }).Reverse();
        Assert.Equal(expected, shuffled);
    }

    [Property]
    public void The_same_scale_built_twice_has_equal_grades_that_order_together(ScaleDefinition definition)
    {
        var one = definition.Build();
        var two = definition.Build();
        Assert.NotSame(one, two);
        EqualityLaws.Hold(one, two);
        for (int i = 0; i < one.Grades.Length; i++)
        {
            for (int j = 0; j < one.Grades.Length; j++)
            {
                Assert.Equal(i == j, one.Grades[i] == two.Grades[j]);
                Assert.Equal(Math.Sign(j - i), Math.Sign(one.Grades[i].CompareTo(two.Grades[j])));
            }

            EqualityLaws.Hold(one.Grades[i], two.Grades[i]);
        }
    }

    [Property]
    public void Grades_of_different_scales_are_unequal_and_cannot_be_ordered(GradingScale first, GradingScale second)
    {
        if (first.Equals(second))
        {
            return;
        }

        foreach (var a in first.Grades)
        {
            foreach (var b in second.Grades)
            {
                Assert.False(a == b);
                Assert.False(a.Equals(b));
                Assert.Throws<ScaleMismatchException>(() => a < b);
                Assert.Throws<ScaleMismatchException>(() => a >= b);
                Assert.Throws<ScaleMismatchException>(() => a.CompareTo(b));
                Assert.Throws<ScaleMismatchException>(() => a.IsBetterThan(b));
            }
        }
    }

    [Fact]
    public void A_null_grade_is_less_than_any_grade_for_CompareTo_but_the_operators_refuse_it()
    {
        var good = GradingScales.FourPointRequiresImprovement["good"];
        Grade? none = null;

        Assert.True(good.CompareTo(none) > 0);
        Assert.True(((IComparable)good).CompareTo(null) > 0);
        Assert.False(good == none);
        Assert.True(good != none);
        Assert.Throws<ArgumentNullException>(() => good < none!);
        Assert.Throws<ArgumentNullException>(() => none! > good);
        Assert.Throws<ArgumentNullException>(() => good.IsBetterThan(none!));
    }

    [Fact]
    public void Comparing_a_grade_with_something_that_is_not_a_grade_throws_a_clear_error()
    {
        var good = GradingScales.FourPointRequiresImprovement["good"];

        var error = Assert.Throws<ArgumentException>(() => ((IComparable)good).CompareTo("good"));

        Assert.Contains("String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outstanding_is_better_than_good_is_better_than_requires_improvement_is_better_than_inadequate()
    {
        var scale = GradingScales.FourPointRequiresImprovement;

        Assert.True(scale["outstanding"] > scale["good"]);
        Assert.True(scale["good"] > scale["requires-improvement"]);
        Assert.True(scale["requires-improvement"] > scale["inadequate"]);
        Assert.Same(scale["outstanding"], scale.Best);
        Assert.Same(scale["inadequate"], scale.Worst);
    }

    [Fact]
    public void Ordering_good_against_good_of_another_scale_throws_and_points_to_the_comparer()
    {
        var apaGood = GradingScales.ApaFourPoint["good"];
        var riGood = GradingScales.FourPointRequiresImprovement["good"];

        var error = Assert.Throws<ScaleMismatchException>(() => apaGood > riGood);

        Assert.Same(apaGood, error.Left);
        Assert.Same(riGood, error.Right);
        Assert.Contains("'apa-four-point'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'four-point-requires-improvement'", error.Message, StringComparison.Ordinal);
        Assert.Contains("GradeComparer.Compare", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_different_scales_with_one_id_are_named_as_such_when_ordering_fails()
    {
        var one = new GradingScale("house-scale", "House scale", [("high", "High"), ("low", "Low")]);
        var other = new GradingScale("house-scale", "House scale, revised", [("high", "High"), ("low", "Low")]);

        var error = Assert.Throws<ScaleMismatchException>(() => one["high"] > other["low"]);

        Assert.NotEqual(one, other);
        Assert.Contains("share the id 'house-scale'", error.Message, StringComparison.Ordinal);
    }
}
