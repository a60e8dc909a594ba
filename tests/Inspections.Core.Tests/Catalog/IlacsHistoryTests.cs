using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Core.Tests.Catalog;

/// <summary>
/// The ILACS versions and their rules against every real published outcome in the JT-39 CSV
/// (../shared/data/ofsted_csc_ilacs_history.csv): the in-force dates, the judgement sets and the rules must
/// fit what Ofsted actually published.
/// </summary>
public sealed class IlacsHistoryTests
{
    private static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    [SharedDataFact]
    public void The_csv_has_the_graded_rows_the_tests_rely_on()
    {
        // 321 rows carry grades; the rest are SIF-era reports the scraper could not read. Guards against an
        // empty or truncated file making every other test here pass vacuously.
        Assert.Equal(321, IlacsHistory.GradedRows.Count());
        Assert.Equal(318, IlacsHistory.GradedRows.Count(r => r.Start is not null));
    }

    [SharedDataFact]
    public void Every_dated_graded_row_has_the_judgements_of_the_version_in_force_on_its_first_day_of_fieldwork()
    {
        var misfits = IlacsHistory.GradedRows
            .Where(r => r.Start is not null)
            .Where(r => IlacsHistory.VersionInForce(r).Id != r.VersionByShape)
            .Select(r => $"{r} is {r.VersionByShape} by its columns but {IlacsHistory.VersionInForce(r).Id} by date")
            .ToList();

        Assert.Empty(misfits);
    }

    [SharedDataTheory]
    [InlineData("ilacs-2018", 163)]
    [InlineData("ilacs-2023", 144)]
    [InlineData("ilacs-2026", 11)]
    public void Each_version_has_real_inspections_in_the_csv(string frameworkId, int dated)
    {
        Assert.Equal(dated, IlacsHistory.GradedRows.Count(r => r.Start is not null && IlacsHistory.VersionInForce(r).Id == frameworkId));
    }

    [SharedDataFact]
    public void No_graded_row_breaks_a_rule_of_its_version()
    {
        // Dated rows are mapped by their first day of fieldwork, the three undated rows by their columns.
        var breaches = (
            from row in IlacsHistory.GradedRows
            let framework = row.Start is { } start ? IlacsHistory.VersionInForce(row) : Catalog.Get(row.VersionByShape)
            from rule in framework.Rules
            let judgements = row.JudgementsUnder(framework.Id)
            where rule.IsBrokenBy(judgements, framework.Scale)
            select $"{row}: {framework.Id} {rule.Strength} rule '{rule.Id}'").ToList();

        Assert.Empty(breaches);
    }

    [SharedDataFact]
    public void Validating_every_dated_graded_row_raises_neither_INS020_nor_INS021()
    {
        var flagged = new List<string>();
        foreach (var row in IlacsHistory.GradedRows.Where(r => r.Start is not null))
        {
            var framework = IlacsHistory.VersionInForce(row);
            var inspection = new Inspection(
                framework.Id,
                row.VisitType,
                new InspectionSubject(SubjectKind.LocalAuthority, row.LocalAuthority),
                new Fieldwork(row.Start!.Value, row.End!.Value),
                row.JudgementsUnder(framework.Id));
            var result = InspectionValidator.Validate(inspection);
            if (result.Contains(DiagnosticCodes.RuleBroken) || result.Contains(DiagnosticCodes.LikelyRuleBroken))
            {
                flagged.Add($"{row}: {string.Join("; ", result.Select(d => d.Code + " " + d.Message))}");
            }
        }

        Assert.Empty(flagged);
    }

    [SharedDataTheory]
    [InlineData("ilacs-2018", 21)]
    [InlineData("ilacs-2023", 12)]
    public void The_practice_rule_has_the_support_of_the_scraped_reports_too(string frameworkId, int cited)
    {
        // The scraped reports (2018–2026) agree with Ofsted's tables, which the rule's source now cites
        // (OfficialRecordTests checks those counts): every report with an inadequate practice judgement.
        var framework = Catalog.Get(frameworkId);
        var rule = Assert.IsType<ForcedGradeRule>(Assert.Single(framework.Rules));
        var withPracticeInadequate = IlacsHistory.GradedRows
            .Where(r => r.VersionByShape == frameworkId && IlacsHistory.TryGrade(r.Overall, out _))
            .Select(r => r.JudgementsUnder(frameworkId))
            .Where(j => rule.TriggerJudgementIds.Any(t => j.TryGetGradeId(t, out var g) && g == "inadequate"))
            .ToList();

        Assert.Equal(cited, withPracticeInadequate.Count);
        Assert.StartsWith("Ofsted, Local authority inspection outcomes as at 31 March 2025", rule.Source, StringComparison.Ordinal);
        Assert.All(withPracticeInadequate, j => Assert.True(j.TryGetGradeId("overall-effectiveness", out var g) && g == "inadequate"));
    }

    [SharedDataTheory]
    [InlineData("herefordshire", 2018)]
    [InlineData("doncaster", 2022)]
    [InlineData("slough", 2023)]
    public void Leaders_inadequate_with_overall_requires_improvement_is_real_and_valid(string localAuthority, int year)
    {
        var row = Assert.Single(IlacsHistory.GradedRows, r => r.LocalAuthority == localAuthority && r.Start?.Year == year);
        Assert.Equal("inadequate", row.Leaders);
        Assert.Equal("requires improvement", row.Overall);

        var framework = IlacsHistory.VersionInForce(row);
        Assert.DoesNotContain(framework.Rules, rule => rule.IsBrokenBy(row.JudgementsUnder(framework.Id), framework.Scale));
    }

    [SharedDataFact]
    public void No_graded_row_with_fieldwork_from_October_to_December_2022_has_a_care_leavers_grade()
    {
        // Cited in ilacs-2023's notes: the evidence for keeping 1 January 2023 as the first day.
        var late2022 = IlacsHistory.GradedRows
            .Where(r => r.Start is { } s && s >= new LocalDate(2022, 10, 1) && s < new LocalDate(2023, 1, 1))
            .ToList();

        Assert.Equal(16, late2022.Count);
        Assert.All(late2022, r => Assert.Equal(IlacsHistoryRow.PreDatesJudgement, r.CareLeavers));
    }

    [SharedDataFact]
    public void Two_undated_rows_published_in_2022_carry_a_care_leavers_grade()
    {
        // Cited in ilacs-2023's notes as evidence against the January 2023 start, or of scraping errors.
        var early = IlacsHistory.GradedRows
            .Where(r => r.Start is null && r.PublicationDate.EndsWith("/22", StringComparison.Ordinal) && IlacsHistory.TryGrade(r.CareLeavers, out _))
            .Select(r => r.LocalAuthority)
            .Order()
            .ToList();

        Assert.Equal(["nottingham", "redcar and cleveland"], early);
    }
}
