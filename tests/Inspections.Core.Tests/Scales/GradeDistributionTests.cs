using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Scales;

/// <summary>Grade distributions: counts and proportions of inspections, never an average grade.</summary>
public sealed class GradeDistributionTests
{
    private static readonly GradingScale Adequate = GradingScales.FourPointAdequate;

    [Fact]
    public void Protection_of_children_seed_claim_reads_2_of_40_good_17_inadequate_none_outstanding()
    {
        // The seed's claim for the 2012-13 framework: of about 40 inspections, 2 good, none outstanding, 17
        // inadequate; adequate is the remainder, 21. shared/domain/frameworks.md marks the claim UNCONFIRMED.
        var distribution = GradeDistribution.FromCounts(
            Adequate,
            [new("good", 2), new("adequate", 21), new("inadequate", 17)]);

        Assert.Equal(40, distribution.Total);
        Assert.Equal(0, distribution.CountOf(Adequate["outstanding"]));
        Assert.Equal(2, distribution.CountOf(Adequate["good"]));
        Assert.Equal(17, distribution.CountOf(Adequate["inadequate"]));
        Assert.Equal(2.0 / 40, distribution.ProportionOf(Adequate["good"]));
        Assert.Equal(17.0 / 40, distribution.ProportionOf(Adequate["inadequate"]));
        Assert.Equal(2, distribution.CountAtLeast(Adequate["good"]));
        Assert.Equal("40 inspections: none outstanding, 2 good, 21 adequate, 17 inadequate", distribution.ToString());
    }

    [Fact]
    public void Protection_of_children_whole_framework_tally_of_68_inspections()
    {
        // Chris Mills' tally from Ofsted's official statistics (shared/domain/frameworks.md, section 4):
        // 68 inspections, 0 outstanding, 7 good, 38 adequate, 23 inadequate.
        var grades = Enumerable.Repeat(Adequate["good"], 7)
            .Concat(Enumerable.Repeat(Adequate["adequate"], 38))
            .Concat(Enumerable.Repeat(Adequate["inadequate"], 23));

        var distribution = GradeDistribution.Of(Adequate, grades);

        Assert.Equal("68 inspections: none outstanding, 7 good, 38 adequate, 23 inadequate", distribution.ToString());
        Assert.Equal(45, distribution.CountAtLeast(Adequate["adequate"]));
        Assert.Equal(
            [(Adequate["outstanding"], 0), (Adequate["good"], 7), (Adequate["adequate"], 38), (Adequate["inadequate"], 23)],
            distribution.Counts.Select(c => (c.Key, c.Value)));
    }

    [Fact]
    public void One_inspection_and_none_read_naturally()
    {
        var one = GradeDistribution.Of(GradingScales.FourPointRequiresImprovement, [GradingScales.FourPointRequiresImprovement["requires-improvement"]]);
        var none = GradeDistribution.Of(Adequate, []);

        Assert.Equal("1 inspection: none outstanding, none good, 1 requires improvement to be good, none inadequate", one.ToString());
        Assert.Equal("0 inspections: none outstanding, none good, none adequate, none inadequate", none.ToString());
        Assert.Equal(0, none.ProportionOf(Adequate["good"]));
    }

    [Fact]
    public void Property_counts_and_proportions_add_up_and_do_not_depend_on_order()
    {
        var cases =
            from scale in ScaleGenerators.AnyScales
            from grades in ScaleGenerators.GradeListsOf(scale)
            from shuffled in Gen.Shuffle(grades.ToArray())
            select (scale, grades, shuffled);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (scale, grades, shuffled) = c;
            var distribution = GradeDistribution.Of(scale, grades);

            Assert.Equal(grades.Count, distribution.Total);
            Assert.Equal(distribution, GradeDistribution.Of(scale, shuffled));
            Assert.Equal(distribution.GetHashCode(), GradeDistribution.Of(scale, shuffled).GetHashCode());
            Assert.Equal(distribution, GradeDistribution.FromCounts(scale, distribution.Counts.Select(k => new KeyValuePair<string, int>(k.Key.Id, k.Value))));
            foreach (var grade in scale.Grades)
            {
                Assert.Equal(grades.Count(g => g == grade), distribution.CountOf(grade));
                Assert.Equal(grades.Count(g => g >= grade), distribution.CountAtLeast(grade));
            }

            Assert.Equal(distribution.Total, distribution.CountAtLeast(scale.Worst));
            if (distribution.Total > 0)
            {
                Assert.Equal(1.0, scale.Grades.Sum(distribution.ProportionOf), 12);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Grades_of_another_scale_are_refused_naming_both_scales()
    {
        var ri = GradingScales.FourPointRequiresImprovement["requires-improvement"];

        var counting = Assert.Throws<ArgumentException>(() => GradeDistribution.Of(Adequate, [Adequate["good"], ri]));
        var asking = Assert.Throws<ArgumentException>(() => GradeDistribution.Of(Adequate, []).CountOf(ri));

        Assert.Equal("grades", counting.ParamName);
        Assert.Equal("grade", asking.ParamName);
        Assert.Equal(
            "Grade 'requires-improvement' is on scale 'four-point-requires-improvement', but this distribution counts grades of scale "
            + "'four-point-adequate'; grades of different scales are never counted together. (Parameter 'grades')",
            counting.Message);
    }

    [Fact]
    public void Unknown_grade_ids_negative_counts_and_nulls_are_refused()
    {
        var unknown = Assert.Throws<ArgumentException>(() => GradeDistribution.FromCounts(Adequate, [new("requires-improvement", 3)]));
        var negative = Assert.Throws<ArgumentException>(() => GradeDistribution.FromCounts(Adequate, [new("good", -1)]));

        Assert.Contains("'requires-improvement' is not a grade of scale 'four-point-adequate'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("The count of 'good' is negative (-1)", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => GradeDistribution.Of(Adequate, [null!]));
        Assert.Throws<ArgumentNullException>(() => GradeDistribution.Of(null!, []));
        Assert.Throws<ArgumentNullException>(() => GradeDistribution.FromCounts(Adequate, null!));
        Assert.Throws<ArgumentNullException>(() => GradeDistribution.Of(Adequate, []).CountOf(null!));
    }

    [Fact]
    public void Counts_given_twice_for_one_grade_add_up()
    {
        var distribution = GradeDistribution.FromCounts(Adequate, [new("good", 2), new("good", 3)]);

        Assert.Equal(5, distribution.CountOf(Adequate["good"]));
    }
}
