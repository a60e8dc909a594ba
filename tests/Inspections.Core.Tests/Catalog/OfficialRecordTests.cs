using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Tests.Catalog;

/// <summary>
/// The catalog against Ofsted's official record (../shared/data/ofsted: "Ofsted, Children's social care data in
/// England 2023, table LA_inspections_2009-2023", "Ofsted, Local authority inspection outcomes as at 31 March 2025"
/// and the in-year tables). Every rule that stays in the catalog holds on every official outcome it applies to;
/// the rule the record contradicts is gone; every outcome falls within its framework's dates and gives what its
/// visit type requires. Each test also checks that the rows were really read.
/// </summary>
public sealed class OfficialRecordTests
{
    private static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    [SharedDataTheory]
    [InlineData(OfficialRows.History2009To2023)]
    [InlineData(OfficialRows.IlacsHistory)]
    [InlineData(OfficialRows.InYear2022To23)]
    [InlineData(OfficialRows.InYear2024To25)]
    public void Every_data_row_of_each_table_is_read(string file)
    {
        var rows = OfficialRows.Read(file);

        Assert.NotEmpty(rows);
        Assert.Equal(OfficialRows.CountRawDataLines(file), rows.Count);
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Authority), r.ToString()));
    }

    [SharedDataFact]
    public void The_2009_to_2023_table_has_its_two_tables_of_152_and_4_authorities()
    {
        var rows = OfficialRows.Read(OfficialRows.History2009To2023);

        // The README and the sheet's own title: table 1 has the 152 current authorities, table 11 four former ones.
        Assert.Equal(156, rows.Count);
        Assert.Equal(4, rows.Count(r => !r.HasColumn("First ILACS framework publication date")));
    }

    [SharedDataFact]
    public void Each_outcome_kind_has_as_many_outcomes_as_its_publication_dates()
    {
        var rows = OfficialRows.Read(OfficialRows.History2009To2023);
        int Dated(string header) => rows.Count(r => r.Cell(header).Length > 0);

        Assert.Equal(Dated(OfficialOutcomes.SlacPublished), OfficialOutcomes.OfKind("SLAC").Count());
        Assert.Equal(Dated(OfficialOutcomes.SlacSafeguardingReinspectionPublished), OfficialOutcomes.OfKind("SLAC safeguarding re-inspection").Count());
        Assert.Equal(Dated(OfficialOutcomes.SlacLookedAfterReinspectionPublished), OfficialOutcomes.OfKind("SLAC looked after re-inspection").Count());
        Assert.Equal(Dated(OfficialOutcomes.CpiPublished), OfficialOutcomes.OfKind("CPI").Count());
        Assert.Equal(Dated(OfficialOutcomes.CpriPublished), OfficialOutcomes.OfKind("CPRI").Count());
        Assert.Equal(Dated(OfficialOutcomes.TlacPublished), OfficialOutcomes.OfKind("TLAC").Count());
        Assert.Equal(Dated(OfficialOutcomes.FirstSifPublished), OfficialOutcomes.OfKind("first SIF").Count());
        Assert.Equal(Dated(OfficialOutcomes.FirstSifPublished), OfficialOutcomes.OfKind("LSCB review").Count());
        Assert.Equal(Dated(OfficialOutcomes.SifReinspectionPublished), OfficialOutcomes.OfKind("SIF re-inspection").Count());

        // The figures issue 15 reports from the record: 173 SIF outcomes, of which 21 re-inspections; 9 and 2 SLAC
        // strand re-inspections; 5 targeted inspections of looked after children.
        Assert.Equal(173, Sif().Count);
        Assert.Equal(21, OfficialOutcomes.OfKind("SIF re-inspection").Count());
        Assert.Equal(9, OfficialOutcomes.OfKind("SLAC safeguarding re-inspection").Count());
        Assert.Equal(2, OfficialOutcomes.OfKind("SLAC looked after re-inspection").Count());
        Assert.Equal(5, OfficialOutcomes.OfKind("TLAC").Count());
    }

    [SharedDataFact]
    public void Every_graded_ilacs_row_of_the_history_and_the_in_year_tables_is_an_outcome()
    {
        static bool Graded(OfficialRow r, string typeHeader) => r.Cell(typeHeader) is "ILACS Standard Inspection" or "ILACS Short Inspection";

        Assert.Equal(OfficialRows.Read(OfficialRows.IlacsHistory).Count, OfficialOutcomes.OfKind("ILACS history").Count());
        Assert.Equal(OfficialRows.Read(OfficialRows.InYear2022To23).Count(r => Graded(r, "Inspection/Visit type")), OfficialOutcomes.OfKind("in-year 2022-23").Count());
        Assert.Equal(OfficialRows.Read(OfficialRows.InYear2024To25).Count(r => Graded(r, "Inspection/Visit type")), OfficialOutcomes.OfKind("in-year 2024-25").Count());
        Assert.All(
            OfficialOutcomes.All.Where(o => FrameworkCatalog.Default.TryGet(o.Framework, out var f) && f.Family == FrameworkFamily.Ilacs),
            o => Assert.NotEmpty(o.Grades));
    }

    [SharedDataFact]
    public void The_sif_must_rule_holds_on_every_first_inspection_and_re_inspection()
    {
        var sif = Catalog.Get("sif-2013");
        var rule = Assert.Single(sif.Rules, r => r.Id == "inadequate-key-judgement-means-inadequate-overall");
        var outcomes = Sif();

        var applies = outcomes.Where(o => rule.ConditionJudgementIds.Any(id => o.Grades.TryGetGradeId(id, out var g) && g == "inadequate")).ToList();
        var broken = outcomes.Where(o => rule.IsBrokenBy(o.Grades, sif.Scale)).Select(o => o.ToString()).ToList();

        Assert.Equal(RuleStrength.Must, rule.Strength);
        Assert.Equal(173, outcomes.Count);
        Assert.NotEmpty(applies);
        Assert.All(applies, o => Assert.Equal("inadequate", o.Grades.TryGetGradeId("overall-effectiveness", out var g) ? g : null));
        Assert.Empty(broken);
    }

    [SharedDataFact]
    public void The_record_contradicts_help_and_protection_limiting_overall_so_the_sif_has_no_such_rule()
    {
        var scale = GradingScales.FourPointRequiresImprovement;
        var better = Sif()
            .Where(o => o.Grades.TryGetGradeId("overall-effectiveness", out var overall)
                && o.Grades.TryGetGradeId("children-who-need-help-and-protection", out var help)
                && GradeComparer.Default.Compare(scale[help], scale[overall]).Direction == ComparisonDirection.Better)
            .ToList();

        Assert.Equal(18, better.Count);
        Assert.Equal(17, better.Count(o => o.Kind == "first SIF"));
        Assert.Contains(better, o => o.Row.Authority == "Cambridgeshire" && o.Published == new LocalDate(2014, 8, 8));
        Assert.Contains(better, o => o.Row.Authority == "Kensington and Chelsea" && o.Published == new LocalDate(2016, 3, 29));
        var sif = Catalog.Get("sif-2013");
        Assert.DoesNotContain(sif.Rules, r => r.Id == "help-and-protection-limits-overall");
        Assert.DoesNotContain(sif.Rules, r => better.Any(o => r.IsBrokenBy(o.Grades, sif.Scale)));
        Assert.Contains(sif.Notes, n => n.Contains("18 of the 173", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void The_ilacs_practice_rules_hold_on_every_ilacs_outcome_of_every_table()
    {
        var ilacs = OfficialOutcomes.All.Where(o => FrameworkCatalog.Default.TryGet(o.Framework, out var f) && f.Family == FrameworkFamily.Ilacs).ToList();
        var broken = new List<string>();
        int applies = 0;
        foreach (var outcome in ilacs)
        {
            var framework = Catalog.Get(outcome.Framework);
            var rule = Assert.Single(framework.Rules, r => r.Id == "inadequate-practice-means-inadequate-overall");
            applies += rule.ConditionJudgementIds.Any(id => outcome.Grades.TryGetGradeId(id, out var g) && g == "inadequate") ? 1 : 0;
            if (rule.IsBrokenBy(outcome.Grades, framework.Scale))
            {
                broken.Add(outcome.ToString());
            }
        }

        Assert.Equal(
            OfficialRows.Read(OfficialRows.IlacsHistory).Count,
            ilacs.Count(o => o.Kind == "ILACS history"));
        Assert.Contains(ilacs, o => o.Framework == "ilacs-2018");
        Assert.Contains(ilacs, o => o.Framework == "ilacs-2023");
        Assert.True(applies > 0);
        Assert.Empty(broken);
    }

    [SharedDataTheory]
    [InlineData("ilacs-2018")]
    [InlineData("ilacs-2023")]
    public void The_ilacs_practice_rule_cites_the_counts_of_the_ilacs_history(string frameworkId)
    {
        var framework = Catalog.Get(frameworkId);
        var rule = Assert.Single(framework.Rules);
        var rows = OfficialOutcomes.OfKind("ILACS history").Where(o => o.Framework == frameworkId).ToList();
        int inadequatePractice = rows.Count(o => rule.ConditionJudgementIds.Any(id => o.Grades.TryGetGradeId(id, out var g) && g == "inadequate"));

        Assert.Contains($"{inadequatePractice} of the {rows.Count} such rows", rule.Source, StringComparison.Ordinal);
        Assert.True(inadequatePractice > 0);
    }

    [SharedDataFact]
    public void Every_rule_of_the_catalog_holds_on_every_official_outcome_of_its_framework()
    {
        var broken = OfficialOutcomes.All
            .SelectMany(o => Catalog.Get(o.Framework).Rules.Where(r => r.IsBrokenBy(o.Grades, Catalog.Get(o.Framework).Scale)).Select(r => $"{o}: {r.Id}"))
            .ToList();
        var frameworksWithRules = Catalog.All.Where(f => !f.Rules.IsEmpty).Select(f => f.Id).ToList();

        Assert.Empty(broken);
        Assert.All(frameworksWithRules, id => Assert.Contains(OfficialOutcomes.All, o => o.Framework == id));
    }

    [SharedDataFact]
    public void Every_official_outcome_falls_within_its_framework_s_dates()
    {
        var outside = new List<string>();
        foreach (var outcome in OfficialOutcomes.All)
        {
            var framework = Catalog.Get(outcome.Framework);
            bool inForce = outcome.FieldworkStart is { } start
                ? framework.IsInForceOn(start)
                : framework.InForce.Overlaps(outcome.Published!.Value.PlusMonths(-6), outcome.Published.Value);
            if (!inForce)
            {
                outside.Add($"{outcome} {outcome.FieldworkStart}/{outcome.Published} not in {framework.InForce}");
            }
        }

        Assert.Equal(OfficialRows.Read(OfficialRows.IlacsHistory).Count, OfficialOutcomes.All.Count(o => o.Kind == "ILACS history" && o.FieldworkStart is not null));
        Assert.Empty(outside);
    }

    [SharedDataFact]
    public void Slac_reports_published_after_protection_of_children_began_so_the_two_overlap()
    {
        var slac = Catalog.Get("slac-2009");
        var protection = Catalog.Get("protection-of-children-2012");
        var late = OfficialOutcomes.OfKind("SLAC").Where(o => o.Published >= new LocalDate(2012, 6, 27)).ToList();

        Assert.Equal(24, late.Count); // Published 27 June – 24 August 2012.
        Assert.Equal(new LocalDate(2012, 8, 24), late.Max(o => o.Published));
        Assert.Contains(late, o => o.Row.Authority == "Bexley");
        Assert.True(slac.InForce.End >= new LocalDate(2012, 7, 1), "Bexley's fieldwork was in July 2012.");
        Assert.True(protection.InForce.Start < slac.InForce.End);
    }

    [SharedDataFact]
    public void Sif_re_inspections_ran_into_2018_after_ilacs_began_so_the_two_overlap()
    {
        var sif = Catalog.Get("sif-2013");
        var ilacs = Catalog.Get("ilacs-2018");
        var reinspections = OfficialOutcomes.OfKind("SIF re-inspection").ToList();

        Assert.Equal(14, reinspections.Count(o => o.Published!.Value.Year == 2018));
        Assert.Equal(new LocalDate(2018, 8, 24), reinspections.Max(o => o.Published));
        Assert.Equal("Torbay", reinspections.MaxBy(o => o.Published)!.Row.Authority);
        Assert.True(sif.IsInForceOn(new LocalDate(2018, 6, 11)), "Torbay's re-inspection began on 11 June 2018.");
        Assert.True(ilacs.InForce.Start < sif.InForce.End);
        Assert.DoesNotContain(OfficialOutcomes.OfKind("first SIF"), o => o.Published > new LocalDate(2018, 1, 31));
    }

    [SharedDataFact]
    public void Every_official_outcome_gives_each_judgement_its_visit_type_requires()
    {
        var missing = new List<string>();
        foreach (var outcome in OfficialOutcomes.All)
        {
            var visit = Catalog.Get(outcome.Framework).GetVisitType(outcome.Visit);
            var given = outcome.Grades.Select(g => g.JudgementId).Concat(outcome.NotJudged).ToHashSet(StringComparer.Ordinal);
            missing.AddRange(visit.RequiredJudgementIds.Where(id => !given.Contains(id)).Select(id => $"{outcome}: {id}"));
            Assert.All(given, id => Assert.Contains(id, visit.JudgementIds));
        }

        Assert.Empty(missing);
    }

    [SharedDataFact]
    public void The_not_judged_cells_are_those_ofsted_names()
    {
        var notJudged = OfficialOutcomes.All.SelectMany(o => o.NotJudged.Select(id => $"{o.Row.Authority}/{o.Kind}/{id}")).Order().ToList();

        Assert.Equal(
            [
                "City of London/first SIF/adoption-performance",
                "Isles of Scilly/first SIF/adoption-performance",
                "Isles of Scilly/first SIF/children-looked-after-and-achieving-permanence",
                "Isles of Scilly/first SIF/experiences-and-progress-of-care-leavers",
                "Isles of Scilly/SLAC/looked-after-overall-effectiveness",
            ],
            notJudged);
    }

    private static List<OfficialOutcome> Sif() =>
        OfficialOutcomes.All.Where(o => o.Kind is "first SIF" or "SIF re-inspection").ToList();
}
