using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inspections.Core.Authorities;
using Inspections.Core.Histories;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;
using static Inspections.Core.Tests.Histories.Built;

namespace Inspections.Core.Tests.Histories;

/// <summary>One authority's history: date order, predecessors, changes compared honestly, with caveats.</summary>
public sealed class AuthorityHistoryTests
{
    private static readonly LocalAuthorityRegister Register = LocalAuthorityRegister.Default;

    [Fact]
    public void Calderdale_SIF_2015_to_ILACS_2018_is_better_by_one_band_with_the_framework_changed()
    {
        var sif = Example("sif-2013-calderdale-2015.json");
        var ilacs = Example("ilacs-2018-calderdale-2018.json");
        var other = Example("slac-2009-rotherham-2010.json");

        var history = AuthorityHistory.Of(Register["Calderdale"], [ilacs, other, sif]);

        Assert.Equal([sif, ilacs], history.Entries.Select(e => e.Inspection));
        var change = Assert.Single(history.Changes);
        Assert.True(change.FrameworkChanged);
        Assert.Equal(ComparisonDirection.Better, change.Comparison.Overall.Comparison.Direction);
        Assert.Equal(1, change.Comparison.Overall.Comparison.Steps);
        Assert.Contains(change.Caveats, c => c.Contains("framework changed", StringComparison.OrdinalIgnoreCase));
        Assert.Null(change.Reorganisation);
        Assert.Equal("requires-improvement", change.Before.Headline!.Id);
        Assert.Equal("good", change.After.Headline!.Id);
    }

    [Fact]
    public void A_GSS_code_or_DfE_number_gives_the_same_history_as_the_name()
    {
        var inspections = new[] { Example("sif-2013-calderdale-2015.json"), Example("ilacs-2018-calderdale-2018.json") };
        var byName = AuthorityHistory.Of(Register["Calderdale"], inspections);
        Assert.Equal(byName.Entries.Select(e => e.Inspection), AuthorityHistory.Of(Register["E08000033"], inspections).Entries.Select(e => e.Inspection));
        Assert.Equal(byName.Entries.Select(e => e.Inspection), AuthorityHistory.Of(Register["381"], inspections).Entries.Select(e => e.Inspection));
    }

    [Fact]
    public void North_Northamptonshire_reaches_back_through_Northamptonshire_and_says_the_authority_changed()
    {
        var county = Ilacs(La("Northamptonshire", "E10000021", 928), "2019-06-17", "2019-07-29", "inadequate");
        var north = Ilacs(La("North Northamptonshire", "E06000061", 940), "2023-06-05", "2023-07-20", "requires-improvement");
        var west = Ilacs(La("West Northamptonshire", "E06000062", 941), "2023-09-05", "2023-10-20", "good");

        var history = AuthorityHistory.Of(Register["North Northamptonshire"], [west, north, county]);

        Assert.Equal([county, north], history.Entries.Select(e => e.Inspection));
        Assert.Equal("Northamptonshire", history.Entries[0].Authority!.Name);
        var change = Assert.Single(history.Changes);
        Assert.False(change.FrameworkChanged);
        Assert.Equal(new LocalDate(2021, 4, 1), change.Reorganisation!.TakesEffect);
        Assert.Contains(change.Caveats, c => c.Contains("Northamptonshire, the later of North Northamptonshire", StringComparison.Ordinal));
        Assert.Equal(ComparisonDirection.Better, change.Comparison.Overall.Comparison.Direction);
        Assert.Single(history.Reorganisations);
    }

    [Fact]
    public void Inspections_with_only_a_publication_date_are_placed_by_it_and_say_so()
    {
        var early = PublishedOnly(Ilacs(La("Calderdale"), "2018-11-12", "2018-12-19", "good"));
        var focused = Ilacs(La("Calderdale"), "2020-01-10", "2020-02-10", "good", "focused-visit");
        var later = Ilacs(La("Calderdale"), "2022-05-09", "2022-06-30", "outstanding");
        var undated = early with { Published = null };

        var history = AuthorityHistory.Of(Register["Calderdale"], [undated, later, focused, early]);

        Assert.Equal([early, focused, later, undated], history.Entries.Select(e => e.Inspection));
        Assert.Equal(InspectionDateBasis.Published, history.Entries[0].DateBasis);
        Assert.Equal(new LocalDate(2018, 12, 19), history.Entries[0].Date);
        Assert.Equal(InspectionDateBasis.None, history.Entries[3].DateBasis);
        Assert.False(history.Entries[1].IsGraded);
        var change = Assert.Single(history.Changes);
        Assert.Same(early, change.Before.Inspection);
        Assert.Contains(change.Caveats, c => c.Contains("dated by its publication (2018-12-19)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Dorset_inspected_before_2019_was_Dorset_County_Councils_and_is_in_Dorsets_history()
    {
        var old = Ilacs(La("Dorset"), "2018-05-01", "2018-06-20", "requires-improvement");
        var now = Ilacs(La("Dorset", "E06000059", 838), "2024-01-15", "2024-03-01", "outstanding");

        var history = AuthorityHistory.Of(Register["Dorset"], [now, old]);

        Assert.Equal(["Dorset County Council", "Dorset"], history.Entries.Select(e => e.Authority!.Name));
        Assert.NotNull(Assert.Single(history.Changes).Reorganisation);
    }

    [Fact]
    public void Time_since_the_last_graded_inspection_counts_from_its_first_day_of_fieldwork()
    {
        var history = AuthorityHistory.Of(Register["Calderdale"], [Example("ilacs-2018-calderdale-2018.json")]);
        Assert.Equal(Period.FromYears(2) + Period.FromMonths(1) + Period.FromDays(3), history.TimeSinceLastGraded(new LocalDate(2020, 12, 15)));
        Assert.Null(AuthorityHistory.Of(Register["Calderdale"], []).TimeSinceLastGraded(new LocalDate(2020, 1, 1)));
    }

    [Property(MaxTest = 200)]
    public Property Entries_are_in_date_order_whatever_the_input_order() =>
        Prop.ForAll(
            Gen.Shuffle(Calderdales()).ToArbitrary(),
            shuffled =>
            {
                var entries = AuthorityHistory.Of(Register["Calderdale"], shuffled).Entries;
                var dates = entries.Where(e => e.Date is not null).Select(e => e.Date!.Value).ToList();
                return entries.Length == shuffled.Length
                    && dates.SequenceEqual(dates.Order())
                    && entries.SkipWhile(e => e.Date is not null).All(e => e.Date is null);
            });

    [Property(MaxTest = 100)]
    public Property Every_change_compares_consecutive_graded_inspections() =>
        Prop.ForAll(
            Gen.Shuffle(Calderdales()).ToArbitrary(),
            shuffled =>
            {
                var history = AuthorityHistory.Of(Register["Calderdale"], shuffled);
                var graded = history.Entries.Where(e => e.IsGraded && e.Date is not null).ToList();
                return history.Changes.Length == Math.Max(0, graded.Count - 1)
                    && history.Changes.Select((c, i) => ReferenceEquals(c.Before, graded[i]) && ReferenceEquals(c.After, graded[i + 1])).All(ok => ok);
            });

    [Fact]
    public void The_time_since_the_last_graded_inspection_in_words_counts_years_months_and_days_from_its_date()
    {
        var ilacs = Example("ilacs-2018-calderdale-2018.json");
        var history = AuthorityHistory.Of(Register["Calderdale"], [ilacs]);
        var date = ilacs.Date!.Value;
        var asOf = date.PlusYears(2).PlusMonths(1).PlusDays(3);

        Assert.Equal(Period.Between(date, asOf, PeriodUnits.YearMonthDay), history.TimeSinceLastGraded(asOf));
        Assert.Equal($"2 years, 1 month and 3 days since {DateText.Format(date)}", history.TimeSinceLastGradedInWords(asOf));
        Assert.Equal($"0 days since {DateText.Format(date)}", history.TimeSinceLastGradedInWords(date));
    }

    [Fact]
    public void An_inspection_after_the_day_asked_about_is_said_to_be_still_to_come_never_a_negative_time_since()
    {
        var ilacs = Example("ilacs-2018-calderdale-2018.json");
        var history = AuthorityHistory.Of(Register["Calderdale"], [ilacs]);
        var asOf = ilacs.Date!.Value.PlusMonths(-3);

        string words = history.TimeSinceLastGradedInWords(asOf)!;

        Assert.Equal($"none yet: the latest graded inspection is 3 months after {DateText.Format(asOf)}", words);
        Assert.DoesNotContain("-", words.Replace(DateText.Format(asOf), string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_with_no_graded_inspection_has_no_time_since_in_words()
    {
        Assert.Null(AuthorityHistory.Of(Register["Calderdale"], []).TimeSinceLastGradedInWords(new LocalDate(2024, 1, 1)));
    }

    private static Inspection[] Calderdales() =>
    [
        Example("sif-2013-calderdale-2015.json"),
        Example("ilacs-2018-calderdale-2018.json"),
        Ilacs(La("Calderdale"), "2021-03-01", "2021-04-10", "good", "focused-visit"),
        PublishedOnly(Ilacs(La("Calderdale"), "2022-03-01", "2022-04-10", "outstanding")),
        Ilacs(La("Calderdale", "E08000033"), "2024-03-01", null, "good"),
        Ilacs(La("Calderdale"), "2024-03-01", "2024-04-10", "good", "short-inspection") with { Fieldwork = null, Published = null },
    ];
}
