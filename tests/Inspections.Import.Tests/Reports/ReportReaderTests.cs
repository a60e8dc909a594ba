using Inspections.Core;
using Inspections.Import.Reports;
using NodaTime;

namespace Inspections.Import.Tests.Reports;

/// <summary>One real report per layout (tests/…/Reports/corpus, renamed): every value checked by hand against the PDF.</summary>
public sealed class ReportReaderTests
{
    internal static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Reports", "corpus", name);

    private static ReportReadResult Read(string name, LocalDate? published = null) =>
        ReportReader.Read(Corpus(name), new ReportReaderOptions
        {
            ManifestEntry = published is null ? null : new ReportManifestEntry(name, "1", published, new Uri("https://files.ofsted.gov.uk/v1/file/1")),
        });

    private static void Grades(Inspection inspection, params (string Judgement, string Grade)[] expected)
    {
        Assert.Equal(expected.Length, inspection.Judgements.Count);
        foreach (var (judgement, grade) in expected)
        {
            Assert.Equal(grade, inspection.Judgements[judgement]);
        }
    }

    [Fact]
    public void A_2013_targeted_inspection_gives_the_five_judgements_of_its_record_of_main_findings()
    {
        var result = Read("lac2013-norfolk.pdf");
        Assert.Empty(result.Issues);
        var document = Assert.Single(result.Documents);
        var inspection = document.Inspection;
        Assert.Equal(ReportLayout.LookedAfterChildren2013, document.Layout);
        Assert.Equal((FrameworkIds.LookedAfterChildren2013, VisitTypeIds.TargetedInspection), (inspection.FrameworkId, inspection.VisitTypeId));
        Assert.Equal("Norfolk", inspection.Subject.Name);
        Assert.Equal(new Fieldwork(new LocalDate(2013, 7, 8), new LocalDate(2013, 7, 12)), inspection.Fieldwork);
        Assert.Equal(new LocalDate(2013, 8, 16), inspection.Published);
        Assert.Equal(PublishedBasis.Report, document.PublishedBasis);
        Grades(inspection,
            (JudgementIds.OverallEffectiveness, GradeIds.Inadequate), (JudgementIds.CapacityToImprove, GradeIds.Inadequate),
            (JudgementIds.OutcomesForLookedAfterChildren, GradeIds.Inadequate), (JudgementIds.QualityOfProvision, GradeIds.Inadequate),
            (JudgementIds.LeadershipAndManagement, GradeIds.Inadequate));
        Assert.Contains(inspection.Recommendations, r => r.TimescaleId == TimescaleIds.Immediately);
        Assert.Contains(inspection.Recommendations, r => r.TimescaleId == TimescaleIds.WithinThreeMonths);
        Assert.StartsWith("Read from Ofsted's report 'lac2013-norfolk.pdf'", inspection.Notes);
    }

    [Fact]
    public void An_early_SIF_report_reads_its_headline_and_wrapped_grades_and_gives_its_LSCB_review()
    {
        var result = Read("sif-lscb-hillingdon-2014.pdf", new LocalDate(2014, 2, 11));
        Assert.True(result.Issues.IsValid);
        Assert.Equal(ReportLayout.SifWithLscbReview, result.Layout);
        Assert.Equal(2, result.Documents.Length);
        var inspection = result.Documents[0].Inspection;
        Assert.Equal("Hillingdon", inspection.Subject.Name);
        Assert.Equal(VisitTypeIds.FullInspection, inspection.VisitTypeId);
        Assert.Equal(new Fieldwork(new LocalDate(2013, 11, 25), new LocalDate(2013, 12, 18)), inspection.Fieldwork);
        Assert.Equal(PublishedBasis.Manifest, result.Documents[0].PublishedBasis);
        Assert.Equal(new LocalDate(2014, 2, 11), inspection.Published);
        Grades(inspection,
            (JudgementIds.OverallEffectiveness, GradeIds.RequiresImprovement),
            (JudgementIds.ChildrenWhoNeedHelpAndProtection, GradeIds.RequiresImprovement),
            (JudgementIds.ChildrenLookedAfterAndAchievingPermanence, GradeIds.RequiresImprovement),
            (JudgementIds.AdoptionPerformance, GradeIds.Good),
            (JudgementIds.ExperiencesAndProgressOfCareLeavers, GradeIds.RequiresImprovement),
            (JudgementIds.LeadershipManagementAndGovernance, GradeIds.RequiresImprovement));
        var lscb = result.Documents[1].Inspection;
        Assert.Equal(VisitTypeIds.LscbReview, lscb.VisitTypeId);
        Grades(lscb, (JudgementIds.LscbEffectiveness, GradeIds.RequiresImprovement));
        Assert.Equal(inspection.Fieldwork, lscb.Fieldwork);
    }

    [Fact]
    public void A_later_SIF_report_reads_the_headline_Childrens_services_in_X_require_improvement()
    {
        var result = Read("sif-lscb-peterborough-2015.pdf");
        Assert.Empty(result.Issues);
        var inspection = result.Documents[0].Inspection;
        Assert.Equal("Peterborough", inspection.Subject.Name);
        Assert.Equal(new LocalDate(2015, 9, 18), inspection.Published);
        Assert.Equal(GradeIds.RequiresImprovement, inspection.Judgements[JudgementIds.OverallEffectiveness]);
        Assert.Equal(GradeIds.Good, inspection.Judgements[JudgementIds.AdoptionPerformance]);
        Assert.Equal(GradeIds.Good, result.Documents[1].Inspection.Judgements[JudgementIds.LscbEffectiveness]);
    }

    [Fact]
    public void A_judgement_table_that_crosses_a_page_is_read_to_its_last_row()
    {
        var result = Read("sif-lscb-oldham-2015.pdf");
        Assert.Empty(result.Issues);
        var inspection = result.Documents[0].Inspection;
        Assert.Equal("Oldham", inspection.Subject.Name);
        Assert.Equal(GradeIds.RequiresImprovement, inspection.Judgements[JudgementIds.ExperiencesAndProgressOfCareLeavers]);
        Assert.Equal(GradeIds.RequiresImprovement, inspection.Judgements[JudgementIds.LeadershipManagementAndGovernance]);
    }

    [Fact]
    public void The_LSCB_review_alone_gives_one_lscb_review_dated_by_its_own_fieldwork()
    {
        var result = Read("lscb-surrey-2015.pdf");
        Assert.Empty(result.Issues);
        var document = Assert.Single(result.Documents);
        Assert.Equal(ReportLayout.LscbReview, document.Layout);
        Assert.Equal("Surrey", document.Inspection.Subject.Name);
        Assert.Equal(VisitTypeIds.LscbReview, document.Inspection.VisitTypeId);
        Assert.Equal(new Fieldwork(new LocalDate(2015, 6, 15), new LocalDate(2015, 6, 17)), document.Inspection.Fieldwork);
        Assert.Equal(new LocalDate(2015, 8, 3), document.Inspection.Published);
        Grades(document.Inspection, (JudgementIds.LscbEffectiveness, GradeIds.RequiresImprovement));
    }

    [Theory]
    [InlineData("sif-reinspection-lscb-slough-2016.pdf", "Slough", VisitTypeBasis.FromText)]
    [InlineData("sif-darlington-2018.pdf", "Darlington", VisitTypeBasis.FromText)]
    [InlineData("sif-reinspection-lancashire-2018.pdf", "Lancashire", VisitTypeBasis.Printed)]
    public void A_SIF_re_inspection_is_told_by_its_title_or_its_account_of_the_previous_inspection(string file, string subject, VisitTypeBasis basis)
    {
        var result = Read(file);
        Assert.Empty(result.Issues);
        var document = result.Documents[0];
        Assert.Equal(subject, document.Inspection.Subject.Name);
        Assert.Equal(VisitTypeIds.ReInspection, document.Inspection.VisitTypeId);
        Assert.Equal(basis, document.VisitTypeBasis);
    }

    [Fact]
    public void Slough_2016_gives_its_inadequate_LSCB_review_too()
    {
        var result = Read("sif-reinspection-lscb-slough-2016.pdf");
        Assert.Equal(2, result.Documents.Length);
        Assert.Equal(GradeIds.Inadequate, result.Documents[0].Inspection.Judgements[JudgementIds.OverallEffectiveness]);
        Assert.Equal(GradeIds.RequiresImprovement, result.Documents[0].Inspection.Judgements[JudgementIds.AdoptionPerformance]);
        Assert.Equal(GradeIds.Inadequate, result.Documents[1].Inspection.Judgements[JudgementIds.LscbEffectiveness]);
    }

    [Fact]
    public void Requires_improvement_to_be_good_wrapped_over_three_lines_around_its_label_is_one_grade()
    {
        var inspection = Read("sif-darlington-2018.pdf").Documents[0].Inspection;
        Assert.Equal(GradeIds.RequiresImprovement, inspection.Judgements[JudgementIds.ChildrenWhoNeedHelpAndProtection]);
        Assert.Equal(GradeIds.RequiresImprovement, inspection.Judgements[JudgementIds.ChildrenLookedAfterAndAchievingPermanence]);
        Assert.Equal(GradeIds.Good, inspection.Judgements[JudgementIds.AdoptionPerformance]);
        Assert.Equal(GradeIds.RequiresImprovement, inspection.Judgements[JudgementIds.LeadershipManagementAndGovernance]);
    }

    [Fact]
    public void Not_judged_in_the_table_is_listed_as_not_judged_never_graded()
    {
        var result = Read("sif-isles-of-scilly-2016.pdf");
        Assert.Empty(result.Issues);
        var inspection = result.Documents[0].Inspection;
        Assert.Equal("Isles of Scilly", inspection.Subject.Name);
        Assert.Equal(
            [JudgementIds.AdoptionPerformance, JudgementIds.ChildrenLookedAfterAndAchievingPermanence, JudgementIds.ExperiencesAndProgressOfCareLeavers],
            inspection.NotJudgedIds.OrderBy(id => id, StringComparer.Ordinal).ToArray());
        Assert.False(inspection.Judgements.Contains(JudgementIds.AdoptionPerformance));
    }

    [Theory]
    [InlineData("ilacs2018-short-oxfordshire-2018.pdf", "Oxfordshire", VisitTypeIds.ShortInspection, 2018, 4, 16, 2018, 4, 20)]
    [InlineData("ilacs2018-newham-2019.pdf", "Newham", VisitTypeIds.StandardInspection, 2019, 2, 11, 2019, 2, 22)]
    public void An_ILACS_report_is_short_or_standard_by_its_days_on_site_and_says_so(string file, string subject, string visit, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var result = Read(file, new LocalDate(2019, 3, 25));
        var document = Assert.Single(result.Documents);
        Assert.Equal(ReportLayout.Ilacs2018, document.Layout);
        Assert.Equal(subject, document.Inspection.Subject.Name);
        Assert.Equal(visit, document.Inspection.VisitTypeId);
        Assert.Equal(VisitTypeBasis.InferredFromDaysOnSite, document.VisitTypeBasis);
        Assert.Equal(new Fieldwork(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2)), document.Inspection.Fieldwork);
        Assert.Contains("inferred from its", document.Inspection.Notes);
        Assert.Equal(new Uri("https://files.ofsted.gov.uk/v1/file/1"), document.Inspection.Source);
    }

    [Fact]
    public void An_ILACS_2018_report_grades_children_in_care_and_care_leavers_together()
    {
        var inspection = Read("ilacs2018-short-oxfordshire-2018.pdf").Documents[0].Inspection;
        Grades(inspection,
            (JudgementIds.ImpactOfLeaders, GradeIds.Good),
            (JudgementIds.ChildrenWhoNeedHelpAndProtection, GradeIds.RequiresImprovement),
            (JudgementIds.ChildrenInCareAndCareLeavers, GradeIds.Good),
            (JudgementIds.OverallEffectiveness, GradeIds.Good));
    }

    [Fact]
    public void An_ILACS_2023_report_gives_five_judgements()
    {
        var result = Read("ilacs2023-newham-2026.pdf", new LocalDate(2026, 1, 12));
        Assert.Empty(result.Issues);
        var document = Assert.Single(result.Documents);
        Assert.Equal(ReportLayout.Ilacs2023, document.Layout);
        Assert.Equal(FrameworkIds.Ilacs2023, document.Inspection.FrameworkId);
        Assert.Equal(VisitTypeIds.ShortInspection, document.Inspection.VisitTypeId);
        Assert.Equal(new Fieldwork(new LocalDate(2025, 11, 10), new LocalDate(2025, 11, 14)), document.Inspection.Fieldwork);
        Grades(document.Inspection,
            (JudgementIds.ImpactOfLeaders, GradeIds.Outstanding), (JudgementIds.ChildrenWhoNeedHelpAndProtection, GradeIds.Outstanding),
            (JudgementIds.ChildrenInCare, GradeIds.Outstanding), (JudgementIds.CareLeavers, GradeIds.Outstanding),
            (JudgementIds.OverallEffectiveness, GradeIds.Outstanding));
    }

    [Fact]
    public void An_ILACS_2026_report_has_no_overall_effectiveness()
    {
        var result = Read("ilacs2026-trafford-2026.pdf", new LocalDate(2026, 8, 3));
        Assert.Empty(result.Issues);
        var document = Assert.Single(result.Documents);
        Assert.Equal(ReportLayout.Ilacs2026, document.Layout);
        Assert.Equal(FrameworkIds.Ilacs2026, document.Inspection.FrameworkId);
        Assert.Equal(VisitTypeIds.StandardInspection, document.Inspection.VisitTypeId);
        Assert.Equal(new Fieldwork(new LocalDate(2026, 6, 8), new LocalDate(2026, 6, 19)), document.Inspection.Fieldwork);
        Assert.Equal(new LocalDate(2026, 8, 3), document.Inspection.Published);
        Assert.Equal(PublishedBasis.Manifest, document.PublishedBasis);
        Grades(document.Inspection,
            (JudgementIds.ImpactOfLeaders, GradeIds.Inadequate), (JudgementIds.ChildrenWhoNeedHelpAndProtection, GradeIds.Inadequate),
            (JudgementIds.ChildrenInCare, GradeIds.Good), (JudgementIds.CareLeavers, GradeIds.RequiresImprovement));
    }

    [Fact]
    public void An_ILACS_report_without_a_manifest_or_dated_file_name_has_no_publication_date_and_says_so()
    {
        var result = Read("ilacs2026-trafford-2026.pdf");
        var issue = Assert.Single(result.Issues);
        Assert.Equal("IMP220", issue.Code);
        Assert.Equal("neither the report, the manifest nor the file name gives a publication date; the document has none", issue.Message);
        Assert.Null(Assert.Single(result.Documents).Inspection.Published);
    }

    [Fact]
    public void The_publication_date_falls_back_to_a_trailing_date_in_the_file_name_and_the_notes_say_so()
    {
        using var stream = File.OpenRead(Corpus("ilacs2026-trafford-2026.pdf"));
        var result = ReportReader.Read(stream, "children's services inspection - 03 august 2026.pdf");
        var document = Assert.Single(result.Documents);
        Assert.Equal(new LocalDate(2026, 8, 3), document.Inspection.Published);
        Assert.Equal(PublishedBasis.FileName, document.PublishedBasis);
        Assert.Contains("as the file name says", document.Inspection.Notes);
    }
}
