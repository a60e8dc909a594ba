using FsCheck.Xunit;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Tests.Frameworks;

/// <summary>
/// The laws of rules, periods, timescales and the catalog's date index, over every grade combination of the
/// built-in scales and days from 1990 to 2045 in three calendars.
/// </summary>
[Properties(Arbitrary = [typeof(FrameworkLawArbitraries)], MaxTest = 300)]
public sealed class FrameworkLawTests
{
    private static readonly LimitingJudgementRule BLimitsA =
        new("b-limits-a", "a", "b", RuleStrength.Must, "a is no better than b.");

    private static readonly ForcedGradeRule BOrCForcesA =
        new("b-or-c-forces-a", "a", ["b", "c"], "inadequate", RuleStrength.Likely, "Inadequate b or c makes a inadequate.");

    [Property]
    public bool A_limiting_rule_is_broken_exactly_when_both_are_graded_and_the_target_is_better(GradedThree g) =>
        BLimitsA.IsBrokenBy(g.Judgements, g.Scale) == (g.A is not null && g.B is not null && g.A.IsBetterThan(g.B));

    [Property]
    public bool A_forced_grade_rule_is_broken_exactly_when_a_trigger_has_the_grade_and_the_graded_target_has_not(GradedThree g)
    {
        bool triggered = g.B?.Id == "inadequate" || g.C?.Id == "inadequate";
        bool expected = triggered && g.A is not null && g.A.Id != "inadequate";
        return BOrCForcesA.IsBrokenBy(g.Judgements, g.Scale) == expected;
    }

    [Property]
    public bool A_rule_never_applies_without_its_target(GradedThree g) =>
        !BLimitsA.IsBrokenBy(g.Judgements.Remove("a"), g.Scale) && !BOrCForcesA.IsBrokenBy(g.Judgements.Remove("a"), g.Scale);

    [Property]
    public bool A_breach_is_described_exactly_when_the_rule_is_broken(GradedThree g)
    {
        foreach (FrameworkRule rule in new FrameworkRule[] { BLimitsA, BOrCForcesA })
        {
            var description = rule.DescribeBreach(g.Judgements, g.Scale);
            if ((description is not null) != rule.IsBrokenBy(g.Judgements, g.Scale)
                || (description is not null && !description.StartsWith(rule.Description, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool A_period_contains_a_day_exactly_when_it_is_between_its_bounds(Bounds b, Day d)
    {
        var period = new FrameworkPeriod(b.Start, b.End);
        var iso = d.Date.WithCalendar(CalendarSystem.Iso);
        return period.Contains(d.Date) == (iso >= b.Start && (b.End is null || iso <= b.End));
    }

    [Property]
    public bool The_catalog_finds_exactly_the_frameworks_in_force_that_inspect_the_kind(Day d)
    {
        var catalog = FrameworkCatalog.Default;
        foreach (var kind in SubjectKinds.All)
        {
            var expected = catalog.All.Where(f => f.Inspects(kind) && f.InForce.Contains(d.Date));
            if (!catalog.InForceOn(d.Date, kind).SequenceEqual(expected))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool A_local_authority_is_under_at_most_two_frameworks_on_any_day_and_two_only_where_the_record_shows_an_overlap(Day d)
    {
        // The overlaps Ofsted's record shows: SLAC's last inspections after the protection of children ones began
        // (June–July 2012), the targeted looked after children inspections of summer 2013, and SIF re-inspections
        // after ILACS began (January–July 2018).
        string[][] overlaps =
        [
            ["slac-2009", "protection-of-children-2012"],
            ["protection-of-children-2012", "looked-after-children-2013"],
            ["sif-2013", "ilacs-2018"],
        ];
        var ids = FrameworkCatalog.Default.InForceOn(d.Date, SubjectKind.LocalAuthority).Select(f => f.Id).ToArray();
        return ids.Length <= 1 || overlaps.Any(pair => pair.SequenceEqual(ids));
    }

    [Property]
    public bool A_due_date_is_the_calendar_period_after_the_start_and_never_before_it(Day d)
    {
        foreach (var timescale in Timescales.All)
        {
            var due = timescale.DueDate(d.Date);
            if (due != d.Date + timescale.Period || due < d.Date)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Six_months_from_31_August_is_the_end_of_February()
    {
        Assert.Equal(new LocalDate(2024, 2, 29), Timescales.WithinSixMonths.DueDate(new LocalDate(2023, 8, 31)));
        Assert.Equal(new LocalDate(2025, 2, 28), Timescales.WithinSixMonths.DueDate(new LocalDate(2024, 8, 31)));
        Assert.Equal(new LocalDate(2015, 3, 20), Timescales.Immediately.DueDate(new LocalDate(2015, 3, 20)));
    }
}
