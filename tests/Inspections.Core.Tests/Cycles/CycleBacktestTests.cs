using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Cycles;
using Inspections.Core.Frameworks;
using Inspections.Core.Tests.Histories;
using NodaTime;

namespace Inspections.Core.Tests.Cycles;

/// <summary>The cycle rules' evidence over the shipped record, and the backtest against a plain recomputation.</summary>
public sealed class CycleBacktestTests
{
    private static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    private static List<Inspection> IlacsGraded() =>
        RecordLines.All.Where(i => Catalog.TryGet(i.FrameworkId, out var f) && f.Family == FrameworkFamily.Ilacs && !i.Judgements.IsEmpty).ToList();

    [Fact]
    public void The_suspension_is_the_longest_gap_in_ILACS_fieldwork_in_the_record()
    {
        var starts = IlacsGraded().Select(i => i.Fieldwork!.Value.Start).Distinct().OrderBy(d => d).ToList();
        var gap = starts.Zip(starts.Skip(1)).MaxBy(p => Period.Between(p.First, p.Second, PeriodUnits.Days).Days);
        var suspension = Assert.Single(Catalog["ilacs-2018"].Cycle!.Suspensions);
        Assert.Equal(gap.First, suspension.LastFieldworkBefore);
        Assert.Equal(gap.Second, suspension.FirstFieldworkAfter);
        Assert.Equal(new LocalDate(2020, 3, 9), suspension.LastFieldworkBefore);
        Assert.Equal(new LocalDate(2021, 6, 28), suspension.FirstFieldworkAfter);
        Assert.Equal(476, suspension.Length.Days);
        Assert.DoesNotContain(RecordLines.All, i => i.Fieldwork is { } f && suspension.Covers(f.Start));
    }

    [Fact]
    public void The_backtest_agrees_with_a_plain_recomputation_by_GSS_code()
    {
        // Independent of AuthorityHistory and the cycle types: group by GSS code, window = start + 30 months to start + 42
        // months, moved 476 days when the previous inspection began before 28 June 2021 and the window closed after 9 March 2020.
        var (p0, p1) = (new LocalDate(2020, 3, 9), new LocalDate(2021, 6, 28));
        var expected = new Dictionary<WindowOutcome, int>();
        foreach (var group in IlacsGraded().GroupBy(i => i.Subject.GssCode))
        {
            var ordered = group.OrderBy(i => i.Fieldwork!.Value.Start).ToList();
            foreach (var (a, b) in ordered.Zip(ordered.Skip(1)))
            {
                LocalDate open = a.Fieldwork!.Value.Start.PlusMonths(30), close = a.Fieldwork!.Value.Start.PlusMonths(42);
                if (a.Fieldwork!.Value.Start < p1 && close > p0)
                {
                    (open, close) = (open.PlusDays(476), close.PlusDays(476));
                }

                var outcome = b.Fieldwork!.Value.Start < open ? WindowOutcome.Early : b.Fieldwork!.Value.Start > close ? WindowOutcome.Late : WindowOutcome.Within;
                expected[outcome] = expected.GetValueOrDefault(outcome) + 1;
            }
        }

        var all = CycleDocs.Backtest.RecordWhere("all", CycleDocs.IsIlacsPair);
        Assert.Equal(expected.Values.Sum(), all.Total);
        Assert.Equal(expected.GetValueOrDefault(WindowOutcome.Within), all.Within);
        Assert.Equal(expected.GetValueOrDefault(WindowOutcome.Late), all.Late);
        Assert.Equal(expected.GetValueOrDefault(WindowOutcome.Early), all.Early);
    }

    [Fact]
    public void Requires_improvement_and_inadequate_were_always_followed_by_a_standard_inspection()
    {
        var pairs = CycleDocs.Backtest.Observations.Where(o => CycleDocs.IsIlacsPair(o) && o.Rule.NextVisitTypeId == "standard-inspection").ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, o => Assert.Equal("standard-inspection", o.Next.Inspection.VisitTypeId));
    }

    [Fact]
    public void Good_or_outstanding_was_mostly_followed_by_a_short_inspection_and_the_exceptions_are_standard()
    {
        var pairs = CycleDocs.Backtest.Observations.Where(o => CycleDocs.IsIlacsPair(o) && o.Rule.Id == "good-or-outstanding-short-inspection").ToList();
        int shortOnes = pairs.Count(o => o.Next.Inspection.VisitTypeId == "short-inspection");
        Assert.True(shortOnes * 4 > pairs.Count * 3, $"{shortOnes} of {pairs.Count} short");
        Assert.All(pairs.Where(o => o.Next.Inspection.VisitTypeId != "short-inspection"), o => Assert.Equal("standard-inspection", o.Next.Inspection.VisitTypeId));
    }

    [Fact]
    public void St_Helens_and_Stockton_on_Tees_came_days_before_their_moved_windows()
    {
        // The two pairs that make this backtest's early count two more (and within two fewer) than the issue's.
        var early = CycleDocs.Backtest.Observations.Where(o => o.Outcome == WindowOutcome.Early && o.DaysOutside > -7).ToDictionary(o => o.Authority.Name, o => o.DaysOutside);
        Assert.Equal(-2, early["St Helens"]);
        Assert.Equal(-5, early["Stockton-on-Tees"]);
        Assert.Equal(2, early.Count);
    }

    [Fact]
    public void A_window_is_three_years_either_side_six_months_in_calendar_arithmetic()
    {
        var cycle = Catalog["ilacs-2023"].Cycle!;
        var window = cycle.WindowAfter(new LocalDate(2023, 8, 31), [])!;
        Assert.Equal(new LocalDate(2026, 2, 28), window.Opens);
        Assert.Equal(new LocalDate(2027, 2, 28), window.Closes);
        Assert.Empty(window.MovedBy);
        Assert.Equal(WindowOutcome.Early, window.Place(new LocalDate(2026, 2, 27)));
        Assert.Equal(WindowOutcome.Within, window.Place(new LocalDate(2027, 2, 28)));
        Assert.Equal(WindowOutcome.Late, window.Place(new LocalDate(2027, 3, 1)));
    }

    [Fact]
    public void A_window_the_suspension_touches_moves_by_its_length_and_one_after_it_does_not()
    {
        var cycle = Catalog["ilacs-2018"].Cycle!;
        var suspensions = cycle.Suspensions;
        var moved = cycle.WindowAfter(new LocalDate(2019, 9, 23), suspensions)!;
        Assert.Equal(new LocalDate(2022, 3, 23).PlusDays(476), moved.Opens);
        Assert.Single(moved.MovedBy);
        var after = cycle.WindowAfter(new LocalDate(2021, 6, 28), suspensions)!;
        Assert.Empty(after.MovedBy);
        Assert.Equal(after.AsStated, after.Dates);
    }

    [Fact]
    public void The_rules_pick_the_kind_from_the_grades()
    {
        static string Next(string framework, params (string, string)[] grades) =>
            Catalog[framework].Cycle!.TryGetRule(JudgementGrades.Create(grades), out var rule) ? rule.Id : "none";

        Assert.Equal("requires-improvement-standard-inspection", Next("ilacs-2023", ("overall-effectiveness", "requires-improvement")));
        Assert.Equal("good-or-outstanding-short-inspection", Next("ilacs-2018", ("overall-effectiveness", "outstanding")));
        Assert.Equal("inadequate-monitoring-then-re-inspection", Next("sif-2013", ("overall-effectiveness", "inadequate")));
        Assert.Equal("none", Next("sif-2013", ("overall-effectiveness", "good")));
        var good = new[] { ("impact-of-leaders", "good"), ("children-who-need-help-and-protection", "good"), ("children-in-care", "requires-improvement"), ("care-leavers", "outstanding") };
        Assert.Equal("good-leaders-and-practice-short-inspection", Next("ilacs-2026", good));
        good[3] = ("care-leavers", "requires-improvement");
        Assert.Equal("other-standard-inspection", Next("ilacs-2026", good));
        good[1] = ("children-who-need-help-and-protection", "inadequate");
        Assert.Equal("inadequate-monitoring-then-re-inspection", Next("ilacs-2026", good));
    }

    [Fact]
    public void Every_cycle_rule_has_a_source_and_names_what_is_unconfirmed()
    {
        var rules = Catalog.All.Where(f => f.Cycle is not null).SelectMany(f => f.Cycle!.Rules).ToList();
        Assert.Equal(4, Catalog.All.Count(f => f.Cycle is not null));
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.All(rules.Where(r => r.Unconfirmed is not null), r => Assert.StartsWith("UNCONFIRMED:", r.Unconfirmed, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_condition_is_refused_with_a_message_naming_the_problem()
    {
        var e = Assert.Throws<ArgumentException>(() => new CycleCondition(["impact-of-leaders"], ["good"], atLeast: 2));
        Assert.StartsWith("At least 2 of 1 judgements cannot be required.", e.Message, StringComparison.Ordinal);
        var builder = new FrameworkBuilder("my-review-2027", "My review").Regulator("R").InForce(new LocalDate(2027, 1, 1), null)
            .Inspects(SubjectKind.LocalAuthority).Scale(Inspections.Core.Scales.GradingScales.FourPointRequiresImprovement).Judgement("overall-effectiveness", "Overall")
            .VisitType(new VisitType("full-inspection", "Full", ["overall-effectiveness"], ["overall-effectiveness"], Period.FromWeeks(1), "None", "overall-effectiveness"))
            .Cycle(new InspectionCycle(null, null, [new CycleRule("x", "X.", [new CycleCondition(["overall-effectiveness"], ["adequate"])], "short-inspection", false, null, null, "S", null)], []));
        var problems = Assert.Throws<FrameworkDefinitionException>(() => builder.Build()).Problems;
        Assert.Contains("Cycle rule 'x' names next visit type 'short-inspection', which is not a graded visit type of the framework.", problems);
        Assert.Contains("Cycle rule 'x' names grade 'adequate', which is not on scale 'four-point-requires-improvement'.", problems);
    }
}

/// <summary>NextInspections over the record, for one authority.</summary>
public sealed class NextInspectionsTests
{
    [Fact]
    public void Calderdale_at_31_March_2024_is_past_its_moved_window_and_the_record_is_counted_only_to_that_date()
    {
        var register = LocalAuthorityRegister.Default;
        var due = NextInspections.At(RecordLines.All, new LocalDate(2024, 3, 31), register, FrameworkCatalog.Default);
        var calderdale = due.Of(register["Calderdale"])!;

        Assert.Equal(NextInspectionStatus.WindowPassed, calderdale.Status);
        Assert.Equal("good-or-outstanding-short-inspection", calderdale.Rule!.Id);
        Assert.Equal(new LocalDate(2018, 11, 12), calderdale.Last!.Date);
        Assert.Equal(new LocalDate(2022, 8, 31), calderdale.Window!.Opens);
        Assert.Equal(new LocalDate(2021, 5, 12), calderdale.Window.AsStated.Start);
        Assert.All(calderdale.Record!.Observations, o => Assert.True(o.Next.Date <= new LocalDate(2024, 3, 31)));
        Assert.True(calderdale.Record.Total < due.Backtest.RecordOf("good-or-outstanding-short-inspection").Total);
        Assert.Contains(calderdale.Departures, d => d.StartsWith("The window closed on 2023-08-31, 213 days before 2024-03-31", StringComparison.Ordinal));
        Assert.Equal(["overall-effectiveness", "impact-of-leaders", "children-who-need-help-and-protection", "children-in-care-and-care-leavers"], calderdale.GradedJudgementIds.ToArray());
    }

    [Fact]
    public void One_backtest_answers_every_date_as_the_inspections_would()
    {
        var register = LocalAuthorityRegister.Default;
        var backtest = CycleBacktest.Of(RecordLines.All, register, FrameworkCatalog.Default);
        foreach (var asOf in new[] { new LocalDate(2020, 1, 1), new LocalDate(2024, 3, 31) })
        {
            var fromBacktest = NextInspections.At(backtest, asOf);
            var fromInspections = NextInspections.At(RecordLines.All, asOf, register, FrameworkCatalog.Default);

            Assert.Same(backtest, fromBacktest.Backtest);
            Assert.Equal(asOf, fromBacktest.AsOf);
            Assert.Equal(fromInspections.Backtest.Observations.Length, backtest.Observations.Length);
            Assert.Equal(
                fromInspections.Authorities.Select(a => $"{a.Name} {a.Status} {a.Rule?.Id} {a.Window?.Opens} {string.Join("|", a.Departures)}"),
                fromBacktest.Authorities.Select(a => $"{a.Name} {a.Status} {a.Rule?.Id} {a.Window?.Opens} {string.Join("|", a.Departures)}"));
        }
    }

    [Fact]
    public void A_null_backtest_or_inspection_is_refused_naming_the_argument()
    {
        Assert.Equal("backtest", Assert.Throws<ArgumentNullException>(() => NextInspections.At(null!, new LocalDate(2024, 3, 31))).ParamName);
        var e = Assert.Throws<ArgumentNullException>(() => NextInspections.At([null!], new LocalDate(2024, 3, 31), LocalAuthorityRegister.Default, FrameworkCatalog.Default));
        Assert.Equal("inspections", e.ParamName);
        Assert.StartsWith("An inspection in the sequence is null.", e.Message, StringComparison.Ordinal);
    }
}
