using FsCheck.Xunit;
using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Scales;

/// <summary>
/// Laws of <see cref="GradeComparer.Compare(Grade, Grade, bool)"/>, over the built-in scales with the built-in
/// crosswalks and over worlds of random user scales with random monotone crosswalks (see <see cref="ScaleGenerators.Worlds"/>).
/// </summary>
[Properties(Arbitrary = [typeof(ScaleGenerators)], MaxTest = 300)]
public sealed class GradeComparisonPropertyTests
{
    [Property]
    public void Compare_a_b_is_the_inverse_of_Compare_b_a_across_scales_too(ComparisonCase c)
    {
        var forward = c.Comparer.Compare(c.Before, c.After, c.FrameworkChanged);
        var backward = c.Comparer.Compare(c.After, c.Before, c.FrameworkChanged);

        Assert.Equal(forward, backward.Inverse());
        Assert.Equal(forward.Reason, backward.Inverse().Reason);
        Assert.Equal(forward.Caveat, backward.Caveat);
        Assert.Equal(forward.Steps, -backward.Steps);
        Assert.Equal(forward.Basis, backward.Basis);
    }

    [Property]
    public void Inverse_twice_is_the_comparison_itself(ComparisonCase c)
    {
        var comparison = c.Comparer.Compare(c.Before, c.After, c.FrameworkChanged);

        Assert.Equal(comparison, comparison.Inverse().Inverse());
        Assert.Same(c.After, comparison.Inverse().Before);
        Assert.Same(c.Before, comparison.Inverse().After);
    }

    [Property]
    public void Direction_steps_and_basis_tell_one_story(ComparisonCase c)
    {
        var comparison = c.Comparer.Compare(c.Before, c.After, c.FrameworkChanged);

        Assert.Equal(comparison.Direction != ComparisonDirection.NotComparable, comparison.IsComparable);
        Assert.Equal(comparison.IsComparable, comparison.Steps.HasValue);
        Assert.Equal(comparison.IsComparable, comparison.Basis != ComparisonBasis.None);
        var expected = comparison.Steps switch
        {
            null => ComparisonDirection.NotComparable,
            > 0 => ComparisonDirection.Better,
            < 0 => ComparisonDirection.Worse,
            0 => ComparisonDirection.Same,
        };
        Assert.Equal(expected, comparison.Direction);
        Assert.False(string.IsNullOrWhiteSpace(comparison.Reason));
    }

    [Property]
    public void On_one_scale_the_comparison_follows_the_grade_order_and_counts_ranks(GradeTriple t)
    {
        var comparison = GradeComparer.Default.Compare(t.A, t.B);

        Assert.Equal(ComparisonBasis.SameScale, comparison.Basis);
        Assert.Equal(t.A.Rank - t.B.Rank, comparison.Steps);
        Assert.Equal(t.B > t.A, comparison.Direction == ComparisonDirection.Better);
        Assert.Equal(t.B < t.A, comparison.Direction == ComparisonDirection.Worse);
        Assert.Equal(t.B == t.A, comparison.Direction == ComparisonDirection.Same);
        Assert.Null(comparison.Crosswalk);
    }

    [Property]
    public bool Steps_are_additive_on_one_scale(GradeTriple t)
    {
        var comparer = GradeComparer.Default;
        return comparer.Compare(t.A, t.B).Steps + comparer.Compare(t.B, t.C).Steps == comparer.Compare(t.A, t.C).Steps;
    }

    [Property]
    public void Steps_are_additive_through_a_complete_crosswalk(ComparisonTriple t)
    {
        var (ab, bc, ac) = (t.Comparer.Compare(t.A, t.B), t.Comparer.Compare(t.B, t.C), t.Comparer.Compare(t.A, t.C));
        bool complete = t.World == "built-in"; // every built-in crosswalk pairs all four grades one for one
        if (complete && ab.IsComparable && bc.IsComparable && ac.IsComparable)
        {
            Assert.Equal(ac.Steps, ab.Steps + bc.Steps);
        }
    }

    [Property(MaxTest = 100)]
    public void Steps_are_additive_through_random_complete_crosswalks(CompleteCrosswalk complete)
    {
        var comparer = new GradeComparer([complete.Walk.Build()]);
        var grades = complete.Walk.First.Grades.Concat(complete.Walk.Second.Grades).ToArray();
        foreach (var a in grades)
        {
            foreach (var b in grades)
            {
                foreach (var c in grades)
                {
                    Assert.Equal(comparer.Compare(a, c).Steps, comparer.Compare(a, b).Steps + comparer.Compare(b, c).Steps);
                }
            }
        }
    }

    [Property]
    public void Across_scales_the_caveat_is_always_there_and_on_one_scale_only_when_asked(ComparisonCase c)
    {
        var comparison = c.Comparer.Compare(c.Before, c.After, c.FrameworkChanged);
        bool acrossScales = !c.Before.Scale.Equals(c.After.Scale);

        Assert.Equal(acrossScales || c.FrameworkChanged, comparison.FrameworkChanged);
        Assert.Equal(comparison.FrameworkChanged, comparison.Caveat is not null);
        Assert.Equal(comparison.FrameworkChanged, comparison.ToString().Contains("framework changed", StringComparison.Ordinal));
        if (acrossScales)
        {
            Assert.Equal(comparison, c.Comparer.Compare(c.Before, c.After));
        }
    }

    [Property]
    public void Across_scales_a_comparison_exists_only_through_a_direct_crosswalk_covering_both_grades(ComparisonCase c)
    {
        if (c.Before.Scale.Equals(c.After.Scale))
        {
            return;
        }

        var comparison = c.Comparer.Compare(c.Before, c.After);
        bool linked = c.Comparer.TryGetCrosswalk(c.Before.Scale, c.After.Scale, out var crosswalk);
        bool covered = linked && crosswalk!.TryMap(c.Before, out _, out _) && crosswalk.TryMap(c.After, out _, out _);

        Assert.Equal(covered, comparison.IsComparable);
        Assert.Same(linked ? crosswalk : null, comparison.Crosswalk);
        if (!linked)
        {
            Assert.Contains("no crosswalk links", comparison.Reason, StringComparison.Ordinal);
        }
        else if (!covered)
        {
            Assert.Contains("counterpart", comparison.Reason, StringComparison.Ordinal);
        }
    }

    [Property]
    public void Through_a_crosswalk_the_direction_is_that_of_the_counterpart_on_the_later_scale(ComparisonCase c)
    {
        var comparison = c.Comparer.Compare(c.Before, c.After);
        if (comparison.Crosswalk is not { } crosswalk || !comparison.IsComparable)
        {
            return;
        }

        crosswalk.TryMap(c.Before, out var counterpart, out var beforeMatch);
        crosswalk.TryMap(c.After, out _, out var afterMatch);
        var onLaterScale = c.Comparer.Compare(counterpart!, c.After);

        Assert.Equal(onLaterScale.Direction, comparison.Direction);
        Assert.Equal(
            beforeMatch == CrosswalkMatch.Exact && afterMatch == CrosswalkMatch.Exact ? ComparisonBasis.CrosswalkExact : ComparisonBasis.CrosswalkApproximate,
            comparison.Basis);
    }

    [Property]
    public void Crosswalks_are_never_chained(ComparisonCase c)
    {
        // In every world, some pairs of scales are linked only through a third scale.
        var comparison = c.Comparer.Compare(c.Before, c.After);
        if (!c.Before.Scale.Equals(c.After.Scale) && !c.Comparer.TryGetCrosswalk(c.Before.Scale, c.After.Scale, out _))
        {
            Assert.Equal(ComparisonDirection.NotComparable, comparison.Direction);
            Assert.Equal(ComparisonBasis.None, comparison.Basis);
            Assert.Null(comparison.Steps);
            Assert.Contains("nor chains crosswalks through a third scale", comparison.Reason, StringComparison.Ordinal);
        }
    }
}
