using FsCheck.Xunit;
using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Scales;

/// <summary>Crosswalks: monotone by construction, both ways, built-ins as identifiers.md lists them, and clear errors.</summary>
[Properties(Arbitrary = [typeof(ScaleGenerators)], MaxTest = 300)]
public sealed class ScaleCrosswalkTests
{
    public static TheoryData<string> BuiltInCrosswalks() => new(ScaleCrosswalks.All.Select(c => c.ToString()));

    private static ScaleCrosswalk BuiltIn(string name) => ScaleCrosswalks.All.Single(c => c.ToString() == name);

    /// <summary>A better grade never maps to a worse one, in either direction, checked grade by grade with TryMap.</summary>
    private static void AssertMonotone(ScaleCrosswalk crosswalk)
    {
        foreach (var (from, to) in new[] { (crosswalk.First, crosswalk.Second), (crosswalk.Second, crosswalk.First) })
        {
            foreach (var x in from.Grades)
            {
                foreach (var y in from.Grades)
                {
                    if (crosswalk.TryMap(x, out var mx, out _) && crosswalk.TryMap(y, out var my, out _))
                    {
                        Assert.True(to.Contains(mx) && to.Contains(my));
                        Assert.Equal(Math.Sign(x.CompareTo(y)), Math.Sign(mx.CompareTo(my)));
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(BuiltInCrosswalks))]
    public void Every_built_in_crosswalk_is_monotone(string name) => AssertMonotone(BuiltIn(name));

    [Property]
    public void Every_random_crosswalk_that_can_be_built_is_monotone(CandidateCrosswalk candidate)
    {
        ScaleCrosswalk crosswalk;
        try
        {
            crosswalk = candidate.Build();
        }
        catch (ArgumentException)
        {
            return; // refused; the next property checks that only non-monotone pairs are refused
        }

        AssertMonotone(crosswalk);
    }

    [Property]
    public void A_crosswalk_can_be_built_exactly_when_its_pairs_are_monotone(CandidateCrosswalk candidate)
    {
        if (candidate.IsMonotone)
        {
            var crosswalk = candidate.Build();
            Assert.Equal(candidate.Pairs.Length, crosswalk.Pairs.Length);
            Assert.Equal(crosswalk.Pairs.OrderBy(p => p.First.Rank), crosswalk.Pairs);
            Assert.Equal(crosswalk.Pairs.OrderBy(p => p.Second.Rank), crosswalk.Pairs);
        }
        else
        {
            var error = Assert.Throws<ArgumentException>(candidate.Build);
            Assert.Equal("pairs", error.ParamName);
            Assert.Contains("is not monotone", error.Message, StringComparison.Ordinal);
        }
    }

    [Property]
    public void Mapping_there_and_back_returns_the_grade_with_the_same_match(CandidateCrosswalk candidate)
    {
        if (!candidate.IsMonotone)
        {
            return;
        }

        var crosswalk = candidate.Build();
        foreach (var grade in crosswalk.First.Grades.Concat(crosswalk.Second.Grades))
        {
            bool paired = candidate.Pairs.Any(p =>
                (crosswalk.First.Contains(grade) && p.FirstRank == grade.Rank) || (crosswalk.Second.Contains(grade) && p.SecondRank == grade.Rank));
            Assert.Equal(paired, crosswalk.TryMap(grade, out var counterpart, out var match));
            if (paired)
            {
                Assert.True(crosswalk.TryMap(counterpart!, out var back, out var backMatch));
                Assert.Equal(grade, back);
                Assert.Equal(match, backMatch);
            }
        }
    }

    [Fact]
    public void The_built_in_crosswalks_are_those_of_identifiers_md()
    {
        // From shared/spec/identifiers.md, "Crosswalks".
        var expected = new[]
        {
            "apa-four-point ↔ four-point-adequate: outstanding = outstanding; good = good; adequate = adequate; inadequate = inadequate",
            "cafcass-four-point ↔ four-point-adequate: outstanding = outstanding; good = good; satisfactory ≈ adequate; inadequate = inadequate",
            "four-point-adequate ↔ four-point-requires-improvement: outstanding = outstanding; good = good; adequate ≈ requires-improvement; inadequate = inadequate",
        };

        Assert.Equal(expected, ScaleCrosswalks.All.Select(c => $"{c}: {string.Join("; ", c.Pairs)}"));
    }

    [Fact]
    public void Only_the_crosswalk_across_the_2013_change_has_a_note_and_it_says_the_bar_was_raised()
    {
        Assert.Null(ScaleCrosswalks.ApaToFourPointAdequate.Note);
        Assert.Null(ScaleCrosswalks.CafcassToFourPointAdequate.Note);
        Assert.Contains("the bar was raised", ScaleCrosswalks.FourPointAdequateToRequiresImprovement.Note!, StringComparison.Ordinal);
        Assert.Contains("'good' the minimum expected", ScaleCrosswalks.FourPointAdequateToRequiresImprovement.Note!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crosswalk_maps_both_ways_and_knows_which_scales_it_links()
    {
        var crosswalk = ScaleCrosswalks.FourPointAdequateToRequiresImprovement;

        Assert.True(crosswalk.TryMap(GradingScales.FourPointAdequate["adequate"], out var up, out var upMatch));
        Assert.True(crosswalk.TryMap(GradingScales.FourPointRequiresImprovement["requires-improvement"], out var down, out var downMatch));
        Assert.Same(GradingScales.FourPointRequiresImprovement["requires-improvement"], up);
        Assert.Same(GradingScales.FourPointAdequate["adequate"], down);
        Assert.Equal(CrosswalkMatch.Approximate, upMatch);
        Assert.Equal(CrosswalkMatch.Approximate, downMatch);
        Assert.True(crosswalk.Links(GradingScales.FourPointRequiresImprovement, GradingScales.FourPointAdequate));
        Assert.False(crosswalk.Links(GradingScales.ApaFourPoint, GradingScales.FourPointRequiresImprovement));
        Assert.False(crosswalk.Links(null, GradingScales.FourPointAdequate));
        Assert.False(crosswalk.TryMap(GradingScales.ApaFourPoint["adequate"], out _, out _));
    }

    [Fact]
    public void A_crosswalk_that_maps_a_better_grade_to_a_worse_one_is_refused_naming_the_grades()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScaleCrosswalk(
            GradingScales.FourPointAdequate,
            GradingScales.FourPointRequiresImprovement,
            [("good", "requires-improvement", CrosswalkMatch.Approximate), ("adequate", "good", CrosswalkMatch.Approximate)]));

        Assert.Equal("pairs", error.ParamName);
        Assert.Contains("is not monotone", error.Message, StringComparison.Ordinal);
        Assert.Contains("'good' is better than 'adequate'", error.Message, StringComparison.Ordinal);
        Assert.Contains("a better grade must never map to a worse one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crosswalk_that_pairs_one_grade_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScaleCrosswalk(
            GradingScales.CafcassFourPoint,
            GradingScales.FourPointAdequate,
            [("satisfactory", "adequate", CrosswalkMatch.Approximate), ("satisfactory", "good", CrosswalkMatch.Approximate)]));

        Assert.Contains("'satisfactory' of scale 'cafcass-four-point' appears in two pairs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crosswalk_naming_a_grade_its_scale_lacks_is_refused_listing_the_grades()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScaleCrosswalk(
            GradingScales.CafcassFourPoint,
            GradingScales.FourPointAdequate,
            [("adequate", "adequate", CrosswalkMatch.Exact)]));

        Assert.Equal("pairs", error.ParamName);
        Assert.Contains("'adequate' is not a grade of scale 'cafcass-four-point'", error.Message, StringComparison.Ordinal);
        Assert.Contains("outstanding, good, satisfactory, inadequate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crosswalk_from_a_scale_to_itself_or_with_no_pairs_is_refused()
    {
        var self = Assert.Throws<ArgumentException>(() => new ScaleCrosswalk(
            GradingScales.FourPointAdequate, GradingScales.FourPointAdequate, [("good", "good", CrosswalkMatch.Exact)]));
        var empty = Assert.Throws<ArgumentException>(() => new ScaleCrosswalk(
            GradingScales.FourPointAdequate, GradingScales.FourPointRequiresImprovement, []));

        Assert.Contains("two different scales", self.Message, StringComparison.Ordinal);
        Assert.Equal("second", self.ParamName);
        Assert.Contains("has no pairs", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crosswalk_with_an_undefined_match_a_null_id_or_a_blank_note_is_refused()
    {
        var undefined = Assert.Throws<ArgumentException>(() => new ScaleCrosswalk(
            GradingScales.FourPointAdequate, GradingScales.FourPointRequiresImprovement, [("good", "good", (CrosswalkMatch)7)]));
        var nullId = Assert.Throws<ArgumentNullException>(() => new ScaleCrosswalk(
            GradingScales.FourPointAdequate, GradingScales.FourPointRequiresImprovement, [("good", null!, CrosswalkMatch.Exact)]));
        var blank = Assert.Throws<ArgumentException>(() => new ScaleCrosswalk(
            GradingScales.FourPointAdequate, GradingScales.FourPointRequiresImprovement, [("good", "good", CrosswalkMatch.Exact)], " "));

        Assert.Contains("neither Exact nor Approximate", undefined.Message, StringComparison.Ordinal);
        Assert.Contains("pair 1 has a null grade id", nullId.Message, StringComparison.Ordinal);
        Assert.Equal("note", blank.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CrosswalkPair(
            GradingScales.FourPointAdequate.Best, GradingScales.FourPointRequiresImprovement.Best, (CrosswalkMatch)(-1)));
    }

    [Fact]
    public void Null_arguments_are_named()
    {
        Assert.Equal("first", Assert.Throws<ArgumentNullException>(() => new ScaleCrosswalk(null!, GradingScales.FourPointAdequate, [])).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => new ScaleCrosswalk(GradingScales.FourPointAdequate, null!, [])).ParamName);
        Assert.Equal("pairs", Assert.Throws<ArgumentNullException>(() => new ScaleCrosswalk(GradingScales.ApaFourPoint, GradingScales.FourPointAdequate, null!)).ParamName);
        Assert.Equal("grade", Assert.Throws<ArgumentNullException>(() => ScaleCrosswalks.ApaToFourPointAdequate.TryMap(null!, out _, out _)).ParamName);
    }

    [Fact]
    public void A_user_can_define_a_partial_crosswalk_and_compare_through_it()
    {
        // A house scale with five bands, linked only at its ends and middle to the Ofsted scale.
        var house = new GradingScale(
            "house-five-point",
            "House five-point scale",
            [("excellent", "Excellent"), ("strong", "Strong"), ("secure", "Secure"), ("fragile", "Fragile"), ("failing", "Failing")]);
        var walk = new ScaleCrosswalk(
            house,
            GradingScales.FourPointRequiresImprovement,
            [("excellent", "outstanding", CrosswalkMatch.Approximate), ("secure", "good", CrosswalkMatch.Approximate), ("failing", "inadequate", CrosswalkMatch.Exact)]);
        var comparer = new GradeComparer([walk]);

        var better = comparer.Compare(GradingScales.FourPointRequiresImprovement["inadequate"], house["secure"]);
        var missing = comparer.Compare(house["strong"], GradingScales.FourPointRequiresImprovement["good"]);

        Assert.Equal(ComparisonDirection.Better, better.Direction);
        Assert.Equal(1, better.Steps); // one pair of the crosswalk apart, though two bands on the house scale
        Assert.Equal(ComparisonBasis.CrosswalkApproximate, better.Basis);
        Assert.Contains("the pair secure ≈ good is only approximate", better.Reason, StringComparison.Ordinal);
        Assert.False(missing.IsComparable);
        Assert.Same(walk, missing.Crosswalk);
        Assert.Contains("'strong' (house-five-point) has no counterpart in the crosswalk house-five-point ↔ four-point-requires-improvement", missing.Reason, StringComparison.Ordinal);
        Assert.Contains(
            "neither 'requires-improvement' (four-point-requires-improvement) nor 'strong' (house-five-point) has a counterpart",
            comparer.Compare(GradingScales.FourPointRequiresImprovement["requires-improvement"], house["strong"]).Reason,
            StringComparison.Ordinal);
    }
}
