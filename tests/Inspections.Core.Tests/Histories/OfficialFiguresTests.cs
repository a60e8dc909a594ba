using Inspections.Core.Authorities;
using Inspections.Core.Histories;
using Inspections.Core.Scales;
using static Inspections.Core.Tests.Histories.Built;

namespace Inspections.Core.Tests.Histories;

/// <summary>
/// The state of the nation from the official record reproduces Ofsted's own published figures, given Ofsted's dates,
/// and the histories the issue names come out as the record says.
/// </summary>
public sealed class OfficialFiguresTests
{
    private static readonly GradingScale Ri = GradingScales.FourPointRequiresImprovement;

    private static int Percent(int part, int whole) => (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);

    private static int GoodOrBetter(IEnumerable<LatestInspection> subjects) => subjects.Count(s => s.Entry.Headline is { Rank: <= 1 });

    [Fact]
    public void As_at_31_March_2024_Ofsteds_main_findings_are_reproduced()
    {
        // Ofsted, "Main findings: Local authority inspection outcomes as at 31 March 2024" (published 30 August 2024,
        // gov.uk/government/statistics/local-authority-inspection-outcomes-as-at-31-march-2024): "As at 31 March 2024,
        // 60% of LAs were judged to be good or outstanding at their most recent inspection"; "highest in the London
        // region (85%) and lowest in the North West (36%)"; "Around 54% of LAs were judged as good or outstanding for
        // their services for help and protection". The cut-off: the release's publication day, 30 August 2024.
        var state = StateOfTheNation.At(RecordLines.All, D("2024-03-31"), D("2024-08-30"));

        var overall = Assert.Single(state.Distributions);
        Assert.Equal(Ri, overall.Scale);
        Assert.Equal(60, Percent(overall.CountAtLeast(Ri["good"]), overall.Total));
        var london = state.Subjects.Where(s => s.Authority!.Region == "London").ToList();
        var northWest = state.Subjects.Where(s => s.Authority!.Region == "North West").ToList();
        Assert.Equal(85, Percent(GoodOrBetter(london), london.Count));
        Assert.Equal(36, Percent(GoodOrBetter(northWest), northWest.Count));
        var helpAndProtection = state.Subjects
            .Select(s => s.Entry.Inspection.Judgements.TryGetGradeId("children-who-need-help-and-protection", out var g) ? g : null)
            .Where(g => g is not null).ToList();
        Assert.Equal(54, Percent(helpAndProtection.Count(g => g is "good" or "outstanding"), helpAndProtection.Count));

        // The two authorities created on 1 April 2023 had not yet been inspected; Ofsted's shares are of those inspected.
        Assert.Equal(["Cumberland", "Westmorland and Furness"], state.NotYetInspected.Select(a => a.Name));
        Assert.Equal(151, overall.Total);
    }

    [Fact]
    public void As_at_31_August_2019_published_by_30_September_2019_the_regional_figures_are_reproduced()
    {
        // Ofsted, "Local authority and children's homes in England inspections and outcomes autumn 2019: main findings":
        // inspections "as at 31 August 2019 and published by 30 September 2019": "49% of LAs were judged good or
        // outstanding at their most recent inspection"; London "79%", the West Midlands "21%". Good and outstanding
        // are counted on whichever scale the latest inspection used (one London authority's latest was not a SIF).
        var state = StateOfTheNation.At(RecordLines.All, D("2019-08-31"), D("2019-09-30"));
        var london = state.Subjects.Where(s => s.Authority!.Region == "London").ToList();
        var westMidlands = state.Subjects.Where(s => s.Authority!.Region == "West Midlands").ToList();
        Assert.Equal(49, Percent(GoodOrBetter(state.Subjects), state.Subjects.Length));
        Assert.Equal(79, Percent(GoodOrBetter(london), london.Count));
        Assert.Equal(21, Percent(GoodOrBetter(westMidlands), westMidlands.Count));
    }

    [Fact]
    public void Calderdales_history_runs_from_SLAC_2010_and_SIF_2015_to_ILACS_2018_is_better_by_one_band()
    {
        var history = AuthorityHistory.Of(LocalAuthorityRegister.Default["Calderdale"], RecordLines.All);

        Assert.Equal("slac-2009", history.Entries[0].Inspection.FrameworkId);
        Assert.Equal(2010, history.Entries[0].Date!.Value.Year);
        var dates = history.Entries.Select(e => e.Date!.Value).ToList();
        Assert.Equal(dates.Order(), dates);
        var change = Assert.Single(history.Changes, c => c.Before.Inspection.FrameworkId == "sif-2013" && c.After.Inspection.FrameworkId == "ilacs-2018");
        Assert.Equal("full-inspection", change.Before.Inspection.VisitTypeId);
        Assert.True(change.FrameworkChanged);
        Assert.Equal(ComparisonDirection.Better, change.Comparison.Overall.Comparison.Direction);
        Assert.Equal(1, change.Comparison.Overall.Comparison.Steps);
    }

    [Fact]
    public void North_Northamptonshire_reaches_back_through_Northamptonshire_and_codes_give_the_same_history()
    {
        var register = LocalAuthorityRegister.Default;
        var history = AuthorityHistory.Of(register["North Northamptonshire"], RecordLines.All);

        Assert.Contains(history.Entries, e => e.Authority!.Name == "Northamptonshire" && e.Inspection.FrameworkId == "slac-2009");
        Assert.Contains(history.Entries, e => e.Authority!.Name == "North Northamptonshire");
        Assert.Contains(history.Changes, c => c.Reorganisation?.TakesEffect == D("2021-04-01"));
        foreach (string key in new[] { "E06000061", "940" })
        {
            Assert.Equal(history.Entries.Select(e => e.Inspection), AuthorityHistory.Of(register[key], RecordLines.All).Entries.Select(e => e.Inspection));
        }
    }

    [Fact]
    public void Every_inspection_of_the_record_belongs_to_an_authority_of_the_register()
    {
        var register = LocalAuthorityRegister.Default;
        Assert.True(RecordLines.All.Count > 900);
        Assert.All(RecordLines.All, i => Assert.True(register.TryMatch(i.Subject, i.Date, out _), i.ToString()));
    }
}
