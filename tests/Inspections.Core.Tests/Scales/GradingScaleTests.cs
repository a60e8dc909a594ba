using FsCheck.Xunit;
using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Scales;

/// <summary>Scales: the four built-in ones as identifiers.md lists them, official codes both ways, and constructor errors.</summary>
[Properties(Arbitrary = [typeof(ScaleGenerators)], MaxTest = 300)]
public sealed class GradingScaleTests
{
    [Fact]
    public void The_built_in_scales_are_those_of_identifiers_md()
    {
        // From shared/spec/identifiers.md, "Scales": id, grades best first, official codes best first.
        var expected = new[]
        {
            "apa-four-point: outstanding 4, good 3, adequate 2, inadequate 1 (HigherIsBetter)",
            "cafcass-four-point: outstanding -, good -, satisfactory -, inadequate - (None)",
            "four-point-adequate: outstanding 1, good 2, adequate 3, inadequate 4 (LowerIsBetter)",
            "four-point-requires-improvement: outstanding 1, good 2, requires-improvement 3, inadequate 4 (LowerIsBetter)",
        };

        Assert.Equal(
            expected,
            GradingScales.All.Select(s =>
                $"{s.Id}: {string.Join(", ", s.Grades.Select(g => $"{g.Id} {g.OfficialCode?.ToString() ?? "-"}"))} ({s.CodeDirection})"));
    }

    [Fact]
    public void Requires_improvement_reads_as_the_reports_print_it()
    {
        Assert.Equal("Requires improvement to be good", GradingScales.FourPointRequiresImprovement["requires-improvement"].Label);
        Assert.Equal("Satisfactory", GradingScales.CafcassFourPoint["satisfactory"].Label);
    }

    [Fact]
    public void Code_1_is_inadequate_in_the_APA_but_outstanding_on_Ofsteds_later_scales()
    {
        Assert.True(GradingScales.ApaFourPoint.TryGetGradeByOfficialCode(1, out var apaOne));
        Assert.True(GradingScales.FourPointAdequate.TryGetGradeByOfficialCode(1, out var slacOne));
        Assert.True(GradingScales.FourPointRequiresImprovement.TryGetGradeByOfficialCode(4, out var sifFour));

        Assert.Same(GradingScales.ApaFourPoint.Worst, apaOne);
        Assert.Same(GradingScales.FourPointAdequate.Best, slacOne);
        Assert.Same(GradingScales.FourPointRequiresImprovement["inadequate"], sifFour);
        Assert.Equal(4, GradingScales.ApaFourPoint["outstanding"].OfficialCode);
        Assert.Equal(NumericCodeDirection.HigherIsBetter, GradingScales.ApaFourPoint.CodeDirection);
        Assert.Equal(NumericCodeDirection.LowerIsBetter, GradingScales.FourPointAdequate.CodeDirection);
    }

    [Fact]
    public void The_Cafcass_scale_has_no_codes()
    {
        Assert.Equal(NumericCodeDirection.None, GradingScales.CafcassFourPoint.CodeDirection);
        Assert.All(GradingScales.CafcassFourPoint.Grades, g => Assert.Null(g.OfficialCode));
        Assert.False(GradingScales.CafcassFourPoint.TryGetGradeByOfficialCode(1, out _));
    }

    [Property]
    public void Codes_follow_the_order_in_the_direction_the_scale_declares(GradeTriple t)
    {
        var (a, b, scale) = (t.A, t.B, t.A.Scale);
        switch (scale.CodeDirection)
        {
            case NumericCodeDirection.None:
                Assert.Null(a.OfficialCode);
                break;
            case NumericCodeDirection.HigherIsBetter:
                Assert.Equal(a > b, a.OfficialCode > b.OfficialCode);
                break;
            case NumericCodeDirection.LowerIsBetter:
                Assert.Equal(a > b, a.OfficialCode < b.OfficialCode);
                break;
            default:
                Assert.Fail($"Undefined direction {scale.CodeDirection}.");
                break;
        }
    }

    [Property]
    public void A_scale_with_codes_finds_each_grade_by_its_code_and_the_direction_follows_the_codes(ScaleDefinition definition)
    {
        var scale = definition.Build();
        if (definition.Codes is null)
        {
            Assert.Equal(NumericCodeDirection.None, scale.CodeDirection);
            return;
        }

        Assert.Equal(
            definition.Codes[0] > definition.Codes[^1] ? NumericCodeDirection.HigherIsBetter : NumericCodeDirection.LowerIsBetter,
            scale.CodeDirection);
        for (int i = 0; i < definition.Codes.Length; i++)
        {
            Assert.True(scale.TryGetGradeByOfficialCode(definition.Codes[i], out var grade));
            Assert.Equal(definition.Grades[i].Id, grade.Id);
        }
    }

    [Property]
    public void A_user_scale_keeps_its_grades_in_the_order_given_best_first(ScaleDefinition definition)
    {
        var scale = definition.Build();

        Assert.Equal(definition.Grades.Select(g => g.Id), scale.Grades.Select(g => g.Id));
        Assert.Equal(definition.Grades.Select(g => g.Label), scale.Grades.Select(g => g.Label));
        Assert.Equal(Enumerable.Range(0, definition.Grades.Length), scale.Grades.Select(g => g.Rank));
        Assert.All(scale.Grades, g => Assert.Same(scale, g.Scale));
        Assert.All(scale.Grades, g => Assert.Same(g, scale[g.Id]));
        Assert.Same(scale.Grades[0], scale.Best);
        Assert.Same(scale.Grades[^1], scale.Worst);
    }

    [Fact]
    public void Looking_up_a_grade_the_scale_lacks_lists_the_grades_it_has()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => GradingScales.FourPointRequiresImprovement["adequate"]);

        Assert.Contains("no grade 'adequate'", error.Message, StringComparison.Ordinal);
        Assert.Contains("outstanding, good, requires-improvement, inadequate", error.Message, StringComparison.Ordinal);
        Assert.False(GradingScales.FourPointRequiresImprovement.TryGetGrade(null, out _));
        Assert.Throws<ArgumentNullException>(() => GradingScales.FourPointRequiresImprovement[null!]);
    }

    [Fact]
    public void Finding_a_built_in_scale_by_id()
    {
        Assert.Same(GradingScales.CafcassFourPoint, GradingScales.Get("cafcass-four-point"));
        Assert.False(GradingScales.TryGet("four-point", out _));
        Assert.False(GradingScales.TryGet(null, out _));
        var error = Assert.Throws<KeyNotFoundException>(() => GradingScales.Get("four-point"));
        Assert.Contains("apa-four-point, cafcass-four-point, four-point-adequate and four-point-requires-improvement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scale_with_a_repeated_grade_is_refused_naming_the_grade_and_both_positions()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new GradingScale("house", "House", [("good", "Good"), ("fair", "Fair"), ("good", "Good again")]));

        Assert.Equal("gradesBestFirst", error.ParamName);
        Assert.Contains("Scale 'house' lists grade 'good' twice (at positions 1 and 3)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_scale_with_fewer_than_two_grades_is_refused(int count)
    {
        var grades = new[] { ("only", "Only") }.Take(count);

        var error = Assert.Throws<ArgumentException>(() => new GradingScale("house", "House", grades));

        Assert.Equal("gradesBestFirst", error.ParamName);
        Assert.Contains($"needs at least two grades, best first; it has {count}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 1, 3, 2 }, "1, 3, 2")]
    [InlineData(new[] { 1, 1, 2 }, "1, 1, 2")]
    [InlineData(new[] { 3, 3, 3 }, "3, 3, 3")]
    public void Codes_that_do_not_run_strictly_one_way_are_refused_and_shown(int[] codes, string shown)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new GradingScale("house", "House", [("high", "High"), ("middle", "Middle"), ("low", "Low")], codes));

        Assert.Equal("officialCodesBestFirst", error.ParamName);
        Assert.Contains($"are {shown}: they must be distinct and run strictly one way", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_must_match_the_grades_one_for_one()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new GradingScale("house", "House", [("high", "High"), ("low", "Low")], [1, 2, 3]));

        Assert.Equal("officialCodesBestFirst", error.ParamName);
        Assert.Contains("has 2 grades but 3 official codes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_ids_and_labels_are_refused_naming_the_scale_and_the_grade()
    {
        var badId = Assert.Throws<ArgumentException>(() => new GradingScale("house", "House", [("high", "High"), ("Low", "Low")]));
        var nullId = Assert.Throws<ArgumentNullException>(() => new GradingScale("house", "House", [("high", "High"), (null!, "Low")]));
        var blankLabel = Assert.Throws<ArgumentException>(() => new GradingScale("house", "House", [("high", "High"), ("low", "  ")]));
        var nullLabel = Assert.Throws<ArgumentNullException>(() => new GradingScale("house", "House", [("high", null!), ("low", "Low")]));
        var badScaleId = Assert.Throws<ArgumentException>(() => new GradingScale("House Scale", "House", [("high", "High"), ("low", "Low")]));
        var blankName = Assert.Throws<ArgumentException>(() => new GradingScale("house", "", [("high", "High"), ("low", "Low")]));

        Assert.Contains("Scale 'house': grade 2 has id 'Low', which is not valid", badId.Message, StringComparison.Ordinal);
        Assert.Contains("Scale 'house': grade 2 has a null id", nullId.Message, StringComparison.Ordinal);
        Assert.Contains("Scale 'house': grade 'low' has a blank label", blankLabel.Message, StringComparison.Ordinal);
        Assert.Contains("Scale 'house': grade 'high' has a null label", nullLabel.Message, StringComparison.Ordinal);
        Assert.Equal("id", badScaleId.ParamName);
        Assert.Equal("name", blankName.ParamName);
        Assert.Equal("gradesBestFirst", Assert.Throws<ArgumentNullException>(() => new GradingScale("house", "House", null!)).ParamName);
    }

    [Fact]
    public void Scales_are_equal_by_content_and_differ_when_any_part_differs()
    {
        (string, string)[] grades = [("high", "High"), ("low", "Low")];
        var scale = new GradingScale("house", "House", grades, [1, 2]);

        EqualityLaws.Hold(
            scale,
            new GradingScale("house", "House", grades, [1, 2]),
            new GradingScale("house", "House", grades, [2, 1]),
            new GradingScale("house", "House", grades),
            new GradingScale("house", "House", [("high", "High"), ("low", "Lower")], [1, 2]),
            new GradingScale("house", "House scale", grades, [1, 2]),
            new GradingScale("house-2", "House", grades, [1, 2]));
        Assert.True(scale.Contains(new GradingScale("house", "House", grades, [1, 2])["low"]));
        Assert.False(scale.Contains(null));
    }
}
