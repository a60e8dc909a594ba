using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Scales;

/// <summary>Known comparisons on the built-in scales, what is not comparable and why, and the comparer's own rules.</summary>
public sealed class GradeComparerTests
{
    private static readonly GradingScale Apa = GradingScales.ApaFourPoint;
    private static readonly GradingScale Cafcass = GradingScales.CafcassFourPoint;
    private static readonly GradingScale Adequate = GradingScales.FourPointAdequate;
    private static readonly GradingScale RequiresImprovement = GradingScales.FourPointRequiresImprovement;

    [Fact]
    public void Apa_and_the_requires_improvement_scale_are_not_comparable_because_crosswalks_are_not_chained()
    {
        // apa-four-point ↔ four-point-adequate and four-point-adequate ↔ four-point-requires-improvement exist,
        // but identifiers.md lists no apa-four-point ↔ four-point-requires-improvement crosswalk.
        var comparison = GradeComparer.Default.Compare(Apa["good"], RequiresImprovement["good"]);

        Assert.False(GradeComparer.Default.TryGetCrosswalk(Apa, RequiresImprovement, out _));
        Assert.Equal(ComparisonDirection.NotComparable, comparison.Direction);
        Assert.Equal(ComparisonBasis.None, comparison.Basis);
        Assert.Null(comparison.Steps);
        Assert.Null(comparison.Crosswalk);
        Assert.Equal(
            "'good' (apa-four-point) and 'good' (four-point-requires-improvement) are not comparable: no crosswalk links the "
            + "apa-four-point and four-point-requires-improvement scales, and the library neither invents one nor chains crosswalks through a third scale.",
            comparison.Reason);
        Assert.Equal("The framework changed between the two inspections: the grades were given against different criteria.", comparison.Caveat);
    }

    [Theory]
    [InlineData("apa-four-point", "cafcass-four-point")]
    [InlineData("apa-four-point", "four-point-requires-improvement")]
    [InlineData("cafcass-four-point", "four-point-requires-improvement")]
    public void Scales_without_a_direct_crosswalk_are_never_comparable(string first, string second)
    {
        foreach (var a in GradingScales.Get(first).Grades)
        {
            foreach (var b in GradingScales.Get(second).Grades)
            {
                Assert.False(GradeComparer.Default.Compare(a, b).IsComparable);
                Assert.False(GradeComparer.Default.Compare(b, a).IsComparable);
            }
        }
    }

    [Fact]
    public void Apa_good_to_SLAC_adequate_is_one_band_worse_exactly_with_the_caveat_but_without_the_2013_note()
    {
        var comparison = GradeComparer.Default.Compare(Apa["good"], Adequate["adequate"]);

        Assert.Equal(ComparisonDirection.Worse, comparison.Direction);
        Assert.Equal(-1, comparison.Steps);
        Assert.Equal(ComparisonBasis.CrosswalkExact, comparison.Basis);
        Assert.Same(ScaleCrosswalks.ApaToFourPointAdequate, comparison.Crosswalk);
        Assert.Equal(
            "Through the crosswalk apa-four-point ↔ four-point-adequate, where both grades have exact counterparts, "
            + "'adequate' (four-point-adequate) is one band worse than 'good' (apa-four-point).",
            comparison.Reason);
        Assert.Equal(
            "The framework changed between the two inspections: the grades were given against different criteria, "
            + "so this shows a change of band, not a like-for-like measure.",
            comparison.Caveat);
    }

    [Fact]
    public void Cafcass_satisfactory_to_adequate_is_the_same_band_approximately()
    {
        var comparison = GradeComparer.Default.Compare(Cafcass["satisfactory"], Adequate["adequate"]);

        Assert.Equal(ComparisonDirection.Same, comparison.Direction);
        Assert.Equal(0, comparison.Steps);
        Assert.Equal(ComparisonBasis.CrosswalkApproximate, comparison.Basis);
        Assert.Contains("the same band as", comparison.Reason, StringComparison.Ordinal);
        Assert.Contains("the pair satisfactory ≈ adequate is only approximate", comparison.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Adequate_to_requires_improvement_is_the_same_band_approximately_not_a_like_for_like_match()
    {
        var comparison = GradeComparer.Default.Compare(Adequate["adequate"], RequiresImprovement["requires-improvement"]);

        Assert.Equal(ComparisonDirection.Same, comparison.Direction);
        Assert.Equal(ComparisonBasis.CrosswalkApproximate, comparison.Basis);
        Assert.Contains("the bar was raised", comparison.Caveat!, StringComparison.Ordinal);
    }

    [Fact]
    public void SLAC_good_to_protection_of_children_good_on_one_scale_is_the_same_band_and_the_caller_says_the_framework_changed()
    {
        var sameFramework = GradeComparer.Default.Compare(Adequate["good"], Adequate["good"]);
        var newFramework = GradeComparer.Default.Compare(Adequate["good"], Adequate["good"], frameworkChanged: true);

        Assert.Equal(ComparisonDirection.Same, newFramework.Direction);
        Assert.Equal(ComparisonBasis.SameScale, newFramework.Basis);
        Assert.Null(sameFramework.Caveat);
        Assert.NotNull(newFramework.Caveat);
        Assert.DoesNotContain("2013", newFramework.Caveat!, StringComparison.Ordinal);
        Assert.Equal("'good' is the same band as 'good' on the four-point-adequate scale.", newFramework.Reason);
        Assert.Equal(newFramework.Reason + " " + newFramework.Caveat, newFramework.ToString());
    }

    [Fact]
    public void Inadequate_to_outstanding_on_one_scale_is_three_bands_better()
    {
        var comparison = GradeComparer.Default.Compare(RequiresImprovement["inadequate"], RequiresImprovement["outstanding"]);

        Assert.Equal(3, comparison.Steps);
        Assert.Equal("'outstanding' is three bands better than 'inadequate' on the four-point-requires-improvement scale.", comparison.Reason);
    }

    [Fact]
    public void A_comparison_with_no_grade_on_one_side_is_not_comparable_and_says_so()
    {
        var comparison = GradeComparer.NotComparable(null, RequiresImprovement["good"], frameworkChanged: false, "Not graded in the earlier inspection.");
        var unexplained = default(GradeComparison);

        Assert.False(comparison.IsComparable);
        Assert.Equal("Not graded in the earlier inspection.", comparison.Reason);
        Assert.Equal("Not graded in the earlier inspection.", comparison.Inverse().Reason);
        Assert.Equal("There is no grade on one side, so there is nothing to compare.", unexplained.Reason);
    }

    [Fact]
    public void Comparing_allocates_nothing()
    {
        var comparer = GradeComparer.Default;
        var (inadequate, ri, apaGood, good) = (Adequate["inadequate"], RequiresImprovement["requires-improvement"], Apa["good"], RequiresImprovement["good"]);
        int sink = 0;
        for (int warm = 0; warm < 3; warm++)
        {
            sink += Run();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        sink += Run();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.NotEqual(0, sink);

        int Run()
        {
            int total = 0;
            for (int i = 0; i < 1000; i++)
            {
                total += (int)comparer.Compare(inadequate, ri, frameworkChanged: true).Direction; // through a crosswalk
                total += (int)comparer.Compare(good, ri).Direction;                                // on one scale
                total += (int)comparer.Compare(apaGood, ri).Basis;                                 // not comparable
            }

            return total;
        }
    }

    [Fact]
    public void A_comparer_refuses_two_crosswalks_for_one_pair_of_scales_and_null_ones()
    {
        var twice = new ScaleCrosswalk(RequiresImprovement, Adequate, [("good", "good", CrosswalkMatch.Exact)]);

        var duplicate = Assert.Throws<ArgumentException>(() => new GradeComparer([ScaleCrosswalks.FourPointAdequateToRequiresImprovement, twice]));
        var nullItem = Assert.Throws<ArgumentNullException>(() => new GradeComparer([ScaleCrosswalks.ApaToFourPointAdequate, null!]));

        Assert.Contains("Two crosswalks link scales 'four-point-requires-improvement' and 'four-point-adequate'", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal("crosswalks", nullItem.ParamName);
        Assert.Throws<ArgumentNullException>(() => new GradeComparer(null!));
        Assert.Throws<ArgumentNullException>(() => GradeComparer.Default.Compare(null!, good()));
        Assert.Throws<ArgumentNullException>(() => GradeComparer.Default.Compare(good(), null!));

        static Grade good() => GradingScales.FourPointAdequate["good"];
    }

    [Fact]
    public void A_comparer_with_no_crosswalks_compares_only_within_a_scale()
    {
        var comparer = new GradeComparer([]);

        Assert.True(comparer.Compare(Adequate["inadequate"], Adequate["good"]).IsComparable);
        Assert.False(comparer.Compare(Adequate["inadequate"], RequiresImprovement["good"]).IsComparable);
        Assert.Equal(ScaleCrosswalks.All, GradeComparer.Default.Crosswalks);
    }
}
