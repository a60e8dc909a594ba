using Inspections.Core;
using Inspections.Import.Reports;
using NodaTime;

namespace Inspections.Import.Tests.Reports;

/// <summary>
/// The recommendations of every layout, the SIF re-inspections that are not, and the days on site neither 5 nor 12:
/// real reports (the committed corpus, renamed, and the shared folder's), each value checked by hand against
/// `pdftotext -layout` of the PDF.
/// </summary>
public sealed class ReportRecommendationTests
{
    private static ReportReadResult Corpus(string name) => ReportReader.Read(ReportReaderTests.Corpus(name));

    private static ReportReadResult Shared(string file) => ReportReader.Read(Path.Combine(RepositoryPaths.SharedData, "reports", file));

    [Fact]
    public void A_SIF_report_gives_its_numbered_list_whole_without_the_numbers_and_its_LSCB_review_its_own()
    {
        var result = Corpus("sif-lscb-peterborough-2015.pdf");
        var sif = result.Documents[0].Inspection;
        var lscb = result.Documents[1].Inspection;

        // 1. to 19. on pages 6 and 7, the page number '6' between items 13 and 14 not in either.
        Assert.Equal(19, sif.Recommendations.Length);
        Assert.Equal("Ensure that performance management information systems are fit for purpose, provide reliable data and enable managers to identify and respond quickly to issues and areas of concern.", sif.Recommendations[0].Text);
        Assert.Equal("Further develop the role of the Children in Care Council to help make this happen.", sif.Recommendations[12].Text);
        Assert.Equal("Ensure that the virtual school has sufficient capacity to monitor and improve education outcomes for looked after children, including those in post-16 education.", sif.Recommendations[13].Text);
        Assert.Equal("Ensure that learning from children's complaints is used to shape and inform frontline practice and influence service improvements.", sif.Recommendations[18].Text);
        Assert.All(sif.Recommendations, r => Assert.Null(r.TimescaleId));

        // The LSCB's 145. to 150., ending where 'Inspection findings' begins its paragraphs 151. on.
        Assert.Equal(6, lscb.Recommendations.Length);
        Assert.StartsWith("Update the performance management framework and enhance quarterly performance reports to the board", lscb.Recommendations[0].Text);
        Assert.Equal("Ensure that findings and recommendations arising from the child in need task and finish group are implemented and their impact monitored to help improve outcomes for this vulnerable group of children and young people.", lscb.Recommendations[5].Text);
    }

    [Fact]
    public void An_early_SIF_report_gives_its_bulleted_areas_for_improvement_and_the_LSCBs_from_section_2()
    {
        var result = Corpus("sif-lscb-hillingdon-2014.pdf");
        var sif = result.Documents[0].Inspection;
        var lscb = result.Documents[1].Inspection;
        Assert.Equal(11, sif.Recommendations.Length);
        Assert.Equal("Maintain sustained efforts to recruit experienced staff and ensure that all staff receive regular supervision in line with the council's supervision policy.", sif.Recommendations[10].Text);
        Assert.Equal(7, lscb.Recommendations.Length);
        Assert.Equal("Ensure that time allocated to LSCB meetings is sufficient for partners to effectively undertake its work.", lscb.Recommendations[0].Text);
        Assert.Equal("Ensure that the impact and effectiveness of multi-agency safeguarding training is evaluated so that its effectiveness can be assessed and improved.", lscb.Recommendations[6].Text);
    }

    [Fact]
    public void An_ILACS_heading_with_a_footnote_mark_is_the_heading_of_its_list()
    {
        // "What needs to improve? ¹" (the footnote names the national framework's outcomes).
        var inspection = Corpus("ilacs2026-trafford-2026.pdf").Documents[0].Inspection;
        Assert.Equal(9, inspection.Recommendations.Length);
        Assert.Equal("Quality of contacts, timeliness and allocation response (outcome 2, national framework)", inspection.Recommendations[0].Text);
        Assert.Equal("Quality of transitions and pathway planning for children leaving care (outcome 4, national framework)", inspection.Recommendations[8].Text);
    }

    [Fact]
    public void The_2013_targeted_inspection_gives_each_item_the_timescale_printed_over_it_and_no_running_header()
    {
        var inspection = Corpus("lac2013-norfolk.pdf").Documents[0].Inspection;
        Assert.Equal(17, inspection.Recommendations.Length);
        Assert.Equal(6, inspection.Recommendations.Count(r => r.TimescaleId == TimescaleIds.Immediately));
        Assert.Equal(4, inspection.Recommendations.Count(r => r.TimescaleId == TimescaleIds.WithinThreeMonths));
        Assert.Equal(7, inspection.Recommendations.Count(r => r.TimescaleId == TimescaleIds.WithinSixMonths));
        Assert.All(inspection.Recommendations, r => Assert.DoesNotContain("Inspection of looked after children services", r.Text, StringComparison.Ordinal));
        Assert.StartsWith("ensure all elected members understand their corporate parenting duties", inspection.Recommendations[0].Text);
    }

    [SharedDataFact]
    public void Items_under_an_item_stay_with_it_with_their_bullet()
    {
        var inspection = Shared("80418_norfolk/children's services inspection - 19 january 2018.pdf").Documents[0].Inspection;
        Assert.Equal(7, inspection.Recommendations.Length);
        Assert.Equal(
            "Strengthen the response to children who go missing and/or are at risk of sexual exploitation by ensuring that: • governance arrangements are clear and understood by all • actions from multi-agency sexual exploitation (MASE) meetings are recorded on children's files • return home interviews are consistently well recorded and that the intelligence from them informs risk management for children.",
            inspection.Recommendations[3].Text);
    }

    [SharedDataFact]
    public void A_SIF_list_under_priority_and_immediate_action_gives_those_items_the_timescale_immediately_and_notes_its_topic_headings()
    {
        var inspection = Shared("80538_plymouth/children's services inspection - 06 january 2015.pdf").Documents[0].Inspection;
        Assert.Equal(4, inspection.Recommendations.Count(r => r.TimescaleId == TimescaleIds.Immediately));
        Assert.Equal("Ensure that practitioners have reasonable workloads.", inspection.Recommendations[0].Text);
        Assert.Null(inspection.Recommendations[4].TimescaleId);
        Assert.Contains("The recommendations are printed under the headings 'Leadership, management and governance', 'Child protection medicals', 'Missing children'", inspection.Notes, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void A_list_the_reader_cannot_delimit_is_IMP223_and_left_out_not_guessed()
    {
        // North Lincolnshire 2022 answers 'What needs to improve?' with a paragraph, not a list.
        var result = Shared("80527_north lincolnshire/children's services inspection - 25 november 2022.pdf");
        var issue = Assert.Single(result.Issues, i => i.Code == "IMP223");
        Assert.Equal(2, issue.Line);
        Assert.Equal(
            "the recommendations cannot be read (the list under 'What needs to improve': the heading on page 2 is followed by 'There are an extremely small number of areas of variability …', not a bulleted or numbered list); the document leaves them out and the notes say so",
            issue.Message);
        var inspection = Assert.Single(result.Documents).Inspection;
        Assert.Empty(inspection.Recommendations);
        Assert.Contains("The recommendations are left out: the list under 'What needs to improve' cannot be delimited", inspection.Notes, StringComparison.Ordinal);
    }

    [SharedDataTheory]
    [InlineData("80428_bedford/children's services inspection - 07 april 2017.pdf", "Bedford")]
    [InlineData("80454_cornwall/children's services inspection - 27 june 2016.pdf", "Cornwall")]
    [InlineData("80459_derby/children's services inspection - 13 june 2017.pdf", "Derby")]
    [InlineData("80469_gateshead/children's services inspection - 11 march 2016.pdf", "Gateshead")]
    [InlineData("80555_somerset/children's services inspection - 27 march 2015.pdf", "Somerset")]
    public void A_SIF_report_whose_previous_inspection_was_of_the_protection_of_children_in_2013_is_a_first_SIF(string file, string subject)
    {
        // Each prints 'The previous (last) inspection of the local authority's arrangements for the protection of
        // children was in January/February 2013' (a protection-of-children-2012 inspection), not a SIF one.
        var inspection = Shared(file).Documents[0].Inspection;
        Assert.Equal(subject, inspection.Subject.Name);
        Assert.Equal(VisitTypeIds.FullInspection, inspection.VisitTypeId);
    }

    [SharedDataTheory]
    [InlineData("80460_derbyshire/children's services inspection - 19 september 2019.pdf", 7, "short", 2019, 7, 8, 2019, 8, 8)]
    [InlineData("80557_south tyneside/children's services inspection - 10 may 2023.pdf", 7, "short", 2022, 12, 5, 2023, 2, 15)]
    [InlineData("80461_devon/children's services inspection - 13 may 2025.pdf", 16, "standard", 2024, 9, 30, 2025, 1, 16)]
    [InlineData("80580_wiltshire/children's services inspection - 22 july 2019.pdf", 17, "standard", 2019, 6, 3, 2019, 6, 19)]
    public void Days_on_site_neither_5_nor_12_are_IMP222_where_the_report_prints_them(string file, int days, string read, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        // Derbyshire '8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019', South Tyneside '5 to 9 December
        // 2022 and 14 to 15 February 2023', Devon '30 September to 11 October 2024 and 13 to 16 January 2025' (two
        // periods on site, their days added), Wiltshire '3 June 2019 to 19 June 2019' (one period of 17 days).
        var result = Shared(file);
        var issue = Assert.Single(result.Issues, i => i.Code == "IMP222");
        Assert.Equal($"the fieldwork lasts {days} days, neither a short (5) nor a standard (12) inspection; it is read as {read} (8 days or fewer: short), and the notes say so", issue.Message);
        Assert.Equal(new Fieldwork(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2)), result.Documents[0].Inspection.Fieldwork);
    }

    [SharedDataFact]
    public void South_Tyneside_2022_23_is_ILACS_2018_by_the_first_day_of_its_fieldwork_and_its_table()
    {
        // Fieldwork from 5 December 2022, before ILACS 2023 (from 1 January 2023); its table grades children in care
        // and care leavers together, as ILACS 2018 does, and Ofsted's ILACS history gives it no care leavers grade.
        var inspection = Shared("80557_south tyneside/children's services inspection - 10 may 2023.pdf").Documents[0].Inspection;
        Assert.Equal(FrameworkIds.Ilacs2018, inspection.FrameworkId);
        Assert.Equal(GradeIds.Inadequate, inspection.Judgements[JudgementIds.ChildrenInCareAndCareLeavers]);
    }
}
