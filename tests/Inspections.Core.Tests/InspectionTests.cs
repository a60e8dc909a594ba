using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.FsCheck;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Tests;

public sealed class InspectionTests
{
    private static readonly Inspection Calderdale = RealInspections.Calderdale2015;

    [Fact]
    public void Two_inspections_built_from_the_same_values_are_equal()
    {
        var rebuilt = new Inspection(
            "sif-2013",
            "full-inspection",
            new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale", "E08000033", 381),
            new Fieldwork(new LocalDate(2015, 1, 13), new LocalDate(2015, 2, 4)),
            JudgementGrades.Create(
                ("leadership-management-and-governance", "requires-improvement"),
                ("experiences-and-progress-of-care-leavers", "requires-improvement"),
                ("adoption-performance", "inadequate"),
                ("children-looked-after-and-achieving-permanence", "requires-improvement"),
                ("children-who-need-help-and-protection", "requires-improvement"),
                ("overall-effectiveness", "requires-improvement")))
        {
            Published = new LocalDate(2015, 3, 20),
            Source = new Uri("https://abcdocz.com/doc/1656926/pdf-single-inspection-of-la-children-s-services-and"),
        };

        EqualityLaws.Hold(Calderdale, rebuilt);
    }

    [Fact]
    public void Inspections_that_differ_in_one_grade_are_not_equal()
    {
        var other = Calderdale with { Judgements = Calderdale.Judgements.SetItem("adoption-performance", "requires-improvement") };

        EqualityLaws.Hold(Calderdale, Calderdale with { }, other);
    }

    [Fact]
    public void Recommendations_in_another_order_make_another_inspection()
    {
        var bathes = RealInspections.BathAndNorthEastSomerset2013;
        var reversed = bathes with { Recommendations = bathes.Recommendations.Reverse().ToImmutableArray() };

        EqualityLaws.Hold(bathes, bathes with { }, reversed);
    }

    [Fact]
    public void A_default_recommendation_list_reads_as_empty()
    {
        var inspection = Calderdale with { Recommendations = default };

        Assert.True(inspection.Recommendations.IsEmpty);
        Assert.Equal(Calderdale, inspection);
    }

    [Fact]
    public void A_null_recommendation_in_the_list_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Calderdale with { Recommendations = [null!] });

        Assert.Equal("Recommendations", error.ParamName);
    }

    [Theory]
    [InlineData("reports/calderdale.pdf")]
    [InlineData("ftp://example.org/report.pdf")]
    [InlineData("file:///tmp/report.pdf")]
    public void A_source_that_is_not_an_absolute_http_uri_is_refused(string uri)
    {
        var error = Assert.Throws<ArgumentException>(() => Calderdale with { Source = new Uri(uri, UriKind.RelativeOrAbsolute) });

        Assert.Equal("Source", error.ParamName);
    }

    [Fact]
    public void An_empty_framework_id_is_refused_but_an_unknown_one_is_kept_for_validation_to_report()
    {
        Assert.Throws<ArgumentException>(() => Calderdale with { FrameworkId = "" });
        Assert.Throws<ArgumentNullException>(() => Calderdale with { VisitTypeId = null! });

        Assert.Equal("Single Inspection Framework", (Calderdale with { FrameworkId = "Single Inspection Framework" }).FrameworkId);
    }

    [Fact]
    public void Dates_in_another_calendar_are_refused_rather_than_converted()
    {
        var julian = new LocalDate(2015, 1, 13, CalendarSystem.Julian);

        Assert.Throws<ArgumentException>(() => new Fieldwork(julian, new LocalDate(2015, 2, 4)));
        Assert.Throws<ArgumentException>(() => Calderdale with { Published = new LocalDate(2015, 3, 20, CalendarSystem.Gregorian) });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_subject_name_is_refused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new InspectionSubject(SubjectKind.LocalAuthority, name));

        Assert.Equal("Name", error.ParamName);
    }

    [Fact]
    public void A_subject_name_of_201_characters_is_refused_and_one_of_200_accepted()
    {
        Assert.Throws<ArgumentException>(() => new InspectionSubject(SubjectKind.LocalAuthority, new string('a', 201)));

        Assert.Equal(200, new InspectionSubject(SubjectKind.LocalAuthority, new string('a', 200)).Name.Length);
    }

    [Theory]
    [InlineData("E07000033")]
    [InlineData("e08000033")]
    [InlineData("E0800003")]
    [InlineData("E080000333")]
    [InlineData("E08O00033")]
    [InlineData("W06000015")]
    public void A_gss_code_that_is_not_an_english_local_authoritys_is_refused(string gss)
    {
        var error = Assert.Throws<ArgumentException>(() => new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale", gss));

        Assert.Equal("GssCode", error.ParamName);
    }

    [Theory]
    [InlineData("E06000022")]
    [InlineData("E08000033")]
    [InlineData("E09000003")]
    [InlineData("E10000003")]
    public void Gss_codes_of_unitaries_metropolitan_districts_london_boroughs_and_counties_are_accepted(string gss)
    {
        Assert.Equal(gss, new InspectionSubject(SubjectKind.LocalAuthority, "A council", gss).GssCode);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(1000)]
    [InlineData(-381)]
    public void A_dfe_number_that_is_not_three_digits_is_refused(int la)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale", laNumber: la));

        Assert.Equal("LaNumber", error.ParamName);
    }

    [Fact]
    public void An_undefined_subject_kind_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InspectionSubject((SubjectKind)7, "Calderdale"));
    }

    [Fact]
    public void Subject_kinds_read_and_write_their_wire_ids()
    {
        foreach (var kind in SubjectKinds.All)
        {
            Assert.True(SubjectKinds.TryParse(kind.ToId(), out var read));
            Assert.Equal(kind, read);
        }

        Assert.False(SubjectKinds.TryParse("Local-Authority", out _));
        Assert.Equal("cafcass-service-area", SubjectKind.CafcassServiceArea.ToId());
    }

    [Fact]
    public void A_judgement_given_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => JudgementGrades.Create(("overall-effectiveness", "good"), ("overall-effectiveness", "inadequate")));

        Assert.Contains("overall-effectiveness", error.Message);
    }

    [Fact]
    public void A_default_judgement_grade_pair_is_refused()
    {
        Assert.Throws<ArgumentException>(() => JudgementGrades.Create([default(JudgementGrade)]));
    }

    [Fact]
    public void Judgements_keep_the_order_given_and_compare_in_any_order()
    {
        var given = JudgementGrades.Create(("b", "good"), ("a", "inadequate"));
        var other = JudgementGrades.Create(("a", "inadequate"), ("b", "good"));

        Assert.Equal(["b", "a"], given.Select(p => p.JudgementId));
        EqualityLaws.Hold(given, other, other.SetItem("a", "good"));
    }

    [Fact]
    public void Setting_and_removing_judgements_leaves_the_original_unchanged()
    {
        var original = JudgementGrades.Create(("a", "good"));

        var set = original.SetItem("a", "inadequate").SetItem("b", "good");
        var removed = set.Remove("a");

        Assert.True(original.TryGetGradeId("a", out var grade) && grade == "good");
        Assert.Equal(2, set.Count);
        Assert.Equal(["b"], removed.Select(p => p.JudgementId));
        Assert.Same(JudgementGrades.Empty, removed.Remove("b"));
    }

    [Fact]
    public void Fieldwork_counts_both_days_and_knows_when_it_is_ill_ordered()
    {
        var calderdale = Calderdale.Fieldwork!.Value;
        var backwards = new Fieldwork(calderdale.End!.Value, calderdale.Start);

        Assert.Equal(23, calderdale.LengthInDays);
        Assert.Equal(1, new Fieldwork(calderdale.Start, calderdale.Start).LengthInDays);
        Assert.False(backwards.IsWellOrdered);
        Assert.Throws<InvalidOperationException>(() => backwards.ToDateInterval());
        Assert.Equal(23, calderdale.ToDateInterval().Length);
    }

    [Fact]
    public void A_recommendation_needs_text_and_an_empty_timescale_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Recommendation(" "));
        Assert.Throws<ArgumentNullException>(() => new Recommendation(null!));
        Assert.Throws<ArgumentException>(() => new Recommendation("Act.", ""));
        Assert.Null(new Recommendation("Act.").TimescaleId);
    }

    [Fact]
    public void A_generated_inspection_equals_a_copy_of_itself_and_hashes_alike()
    {
        Prop.ForAll(
                InspectionGenerators.AnyInspection().ToArbitrary(),
                inspection => EqualityLaws.Hold(inspection, inspection with { }))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Changing_the_notes_of_a_generated_inspection_changes_its_equality()
    {
        Prop.ForAll(
                InspectionGenerators.AnyInspection().ToArbitrary(),
                inspection => !(inspection with { Notes = inspection.Notes + " (edited)" }).Equals(inspection))
            .QuickCheckThrowOnFailure();
    }
}
