using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Tests.Frameworks;

public sealed class DueDateTests
{
    private static readonly Inspection Bathes = RealInspections.BathAndNorthEastSomerset2013;
    private static readonly InspectionFramework ProtectionOfChildren = FrameworkCatalog.Default.Get("protection-of-children-2012");

    [Theory]
    [InlineData(2023, 2024, 29)]
    [InlineData(2024, 2025, 28)]
    [InlineData(2019, 2020, 29)]
    [InlineData(2099, 2100, 28)]
    public void Six_months_after_31_August_is_the_last_day_of_February(int year, int dueYear, int dueDay)
    {
        Assert.Equal(new LocalDate(dueYear, 2, dueDay), Timescales.WithinSixMonths.DueDate(new LocalDate(year, 8, 31)));
    }

    [Fact]
    public void An_inspection_published_on_31_August_has_its_six_month_action_due_at_the_end_of_February()
    {
        var recommendation = new Recommendation("Act.", "within-six-months");
        var leap = Bathes with { Fieldwork = new Fieldwork(new LocalDate(2023, 7, 3), new LocalDate(2023, 7, 12)), Published = new LocalDate(2023, 8, 31) };
        var common = leap with { Fieldwork = new Fieldwork(new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 10)), Published = new LocalDate(2024, 8, 31) };

        Assert.Equal(new LocalDate(2024, 2, 29), ProtectionOfChildren.DueDateOf(leap, recommendation));
        Assert.Equal(new LocalDate(2025, 2, 28), ProtectionOfChildren.DueDateOf(common, recommendation));
    }

    [Fact]
    public void Bath_and_North_East_Somerset_2013_actions_fall_due_on_publication_and_three_and_six_months_after()
    {
        // The publication date is ASSUMED (26 April 2013): the seed documents do not give it.
        var due = Bathes.Recommendations.Select(r => ProtectionOfChildren.DueDateOf(Bathes, r)).ToArray();

        Assert.Equal(RealInspections.BathAndNorthEastSomerset2013AssumedPublication, Bathes.DueDateBasis);
        Assert.Equal([new LocalDate(2013, 4, 26), new LocalDate(2013, 7, 26), new LocalDate(2013, 10, 26)], due);
    }

    [Fact]
    public void Without_a_publication_date_actions_fall_due_from_the_last_day_of_fieldwork()
    {
        var unpublished = Bathes with { Published = null };

        var due = unpublished.Recommendations.Select(r => ProtectionOfChildren.DueDateOf(unpublished, r)).ToArray();

        Assert.Equal(new LocalDate(2013, 3, 13), unpublished.DueDateBasis);
        Assert.Equal([new LocalDate(2013, 3, 13), new LocalDate(2013, 6, 13), new LocalDate(2013, 9, 13)], due);
    }

    [Fact]
    public void A_recommendation_without_a_timescale_or_with_one_the_framework_lacks_has_no_due_date()
    {
        Assert.Null(ProtectionOfChildren.DueDateOf(Bathes, new Recommendation("Act.")));
        Assert.Null(ProtectionOfChildren.DueDateOf(Bathes, new Recommendation("Act.", "within-one-month")));
    }

    [Fact]
    public void A_due_date_beyond_the_calendar_is_reported_as_an_overflow()
    {
        var late = Bathes with { Fieldwork = new Fieldwork(new LocalDate(9999, 12, 1), new LocalDate(9999, 12, 2)), Published = new LocalDate(9999, 12, 31) };

        Assert.Throws<OverflowException>(() => ProtectionOfChildren.DueDateOf(late, new Recommendation("Act.", "within-three-months")));
    }

    [Fact]
    public void Due_date_arguments_must_not_be_null()
    {
        Assert.Throws<ArgumentNullException>(() => ProtectionOfChildren.DueDateOf(Bathes, null!));
        Assert.Throws<ArgumentNullException>(() => ProtectionOfChildren.DueDateOf(null!, new Recommendation("Act.")));
    }
}
