using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Histories;
using Inspections.Core.Scales;
using static Inspections.Core.Tests.Histories.Built;

namespace Inspections.Core.Tests.Histories;

/// <summary>
/// The state of the nation per judgement strand, per region (Ofsted's and the ONS's) and per framework, on the
/// official record: Ofsted's published figures reproduced, and nothing counted at an older grade.
/// </summary>
public sealed class StateOfTheNationStrandTests
{
    private static readonly string[] IlacsIds = [FrameworkIds.Ilacs2018, FrameworkIds.Ilacs2023, FrameworkIds.Ilacs2026];

    private static int Percent(int part, int whole) => (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);

    private static int GoodOrBetter(StateOfTheNationStrand strand) =>
        strand.Distributions.Sum(d => d.Scale.TryGetGrade(GradeIds.Good, out var good) ? d.CountAtLeast(good) : 0);

    private static int GradedCount(StateOfTheNationStrand strand) => strand.Distributions.Sum(d => d.Total);

    [Fact]
    public void As_at_31_March_2024_Ofsteds_main_findings_are_reproduced_per_strand_and_per_ofsted_region()
    {
        // Ofsted, "Main findings: Local authority inspection outcomes as at 31 March 2024", published 30 August 2024
        // (gov.uk/government/statistics/local-authority-inspection-outcomes-as-at-31-march-2024/main-findings-local-authority-inspection-outcomes-as-at-31-march-2024):
        // "60% of LAs were judged to be good or outstanding at their most recent inspection"; "highest in the London
        // region (85%) and lowest in the North West (36%)"; "Around 54% of LAs were judged as good or outstanding for
        // their services for help and protection".
        var state = StateOfTheNation.At(RecordLines.All, D("2024-03-31"), D("2024-08-30"));
        var overall = state.GetStrand(JudgementStrands.OverallEffectivenessId);

        Assert.Equal(60, Percent(GoodOrBetter(overall), GradedCount(overall)));
        Assert.Equal(54, Percent(GoodOrBetter(state.GetStrand(JudgementStrands.HelpAndProtectionId)), GradedCount(state.GetStrand(JudgementStrands.HelpAndProtectionId))));
        var byRegion = state.ByRegion(RegionKind.Ofsted).ToDictionary(r => r.Region!.Name, r => r.GetStrand(JudgementStrands.OverallEffectivenessId));
        Assert.Equal(85, Percent(GoodOrBetter(byRegion["London"]), GradedCount(byRegion["London"])));
        Assert.Equal(36, Percent(GoodOrBetter(byRegion["North West"]), GradedCount(byRegion["North West"])));
        var shares = byRegion.ToDictionary(p => p.Key, p => (double)GoodOrBetter(p.Value) / GradedCount(p.Value));
        Assert.Equal("London", shares.MaxBy(p => p.Value).Key);
        Assert.Equal("North West", shares.MinBy(p => p.Value).Key);
    }

    [Fact]
    public void As_at_31_March_2024_the_authorities_with_two_ilacs_inspections_moved_as_Ofsted_says()
    {
        // The same release: "Of the 65 LAs that received more than 1 inspection under the ILACS framework, 26 LAs (40%)
        // improved their overall effectiveness judgement compared with their first ILACS inspection, and 15 LAs (23%)
        // retained a good or outstanding judgement. There were 12 LAs (18%) that had a decline in their overall
        // effectiveness."
        var state = StateOfTheNation.At(RecordLines.All, D("2024-03-31"), D("2024-08-30"));

        var changes = state.ChangesSinceFirst(JudgementStrands.OverallEffectivenessId, IlacsIds);

        Assert.Equal(
            "overall-effectiveness: 65 authorities with more than one inspection under ilacs-2018/ilacs-2023/ilacs-2026: 26 improved, 12 declined, 15 the same at good or better, 12 the same below good, 0 not comparable",
            changes.ToString());
    }

    [Fact]
    public void As_at_31_August_2026_every_authority_is_counted_in_every_ilacs_strand()
    {
        var state = StateOfTheNation.At(RecordLines.All, D("2026-08-31"), null);

        Assert.Equal(153, state.Subjects.Length);
        foreach (var strand in state.Strands.Take(5))
        {
            Assert.Equal(153, strand.Total);
            Assert.Equal(strand.Graded.Length, GradedCount(strand));
        }

        // Since April 2026 no inspection grades overall effectiveness: those authorities are counted apart, never at
        // their 2023 grade.
        var overall = state.GetStrand(JudgementStrands.OverallEffectivenessId);
        var since2026 = state.Subjects.Where(s => s.Entry.Inspection.FrameworkId == FrameworkIds.Ilacs2026).ToList();
        Assert.NotEmpty(since2026);
        Assert.Equal(since2026.Select(s => s.Name), overall.NotGradedAtLatest.Where(s => s.Entry.Inspection.FrameworkId == FrameworkIds.Ilacs2026).Select(s => s.Name));
        Assert.All(since2026, s => Assert.Contains(s, state.GetStrand(JudgementStrands.ImpactOfLeadersId).Graded));
        Assert.Equal(
            state.Subjects.Where(s => s.Entry.Inspection.FrameworkId == FrameworkIds.Ilacs2018).Count(s => !s.Entry.Inspection.Judgements.IsEmpty),
            state.GetStrand(JudgementStrands.CareLeaversId).ApproximateCount);
    }

    [Fact]
    public void Regions_and_frameworks_partition_the_nation()
    {
        var state = StateOfTheNation.At(RecordLines.All, D("2026-08-31"), null);

        foreach (var kind in new[] { RegionKind.Ons, RegionKind.Ofsted })
        {
            var regions = state.ByRegion(kind);
            Assert.Equal(state.Subjects.Length, regions.Sum(r => r.Subjects.Length));
            Assert.Equal(
                state.GetStrand(JudgementStrands.HelpAndProtectionId).Graded.Length,
                regions.Sum(r => r.GetStrand(JudgementStrands.HelpAndProtectionId).Graded.Length));
        }

        Assert.Equal(state.Subjects.Length, state.FrameworkCounts.Sum(p => p.Value));
        Assert.Equal(
            state.Subjects.Count(s => s.Entry.Inspection.FrameworkId == FrameworkIds.Ilacs2026),
            state.FrameworkCounts.Single(p => p.Key == FrameworkIds.Ilacs2026).Value);
    }

    [Fact]
    public void A_strand_the_state_does_not_count_is_refused_by_name()
    {
        var state = StateOfTheNation.At(RecordLines.All, D("2024-03-31"), null);

        var error = Assert.Throws<KeyNotFoundException>(() => state.GetStrand("apa-2008-overall-effectiveness"));

        Assert.StartsWith("The state of the nation counts no strand 'apa-2008-overall-effectiveness'; it counts: impact-of-leaders, help-and-protection, children-in-care, care-leavers, overall-effectiveness", error.Message);
    }
}
