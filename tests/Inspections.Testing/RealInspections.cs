using System.Collections.Immutable;
using Inspections.Core;
using NodaTime;

namespace Inspections.Testing;

/// <summary>
/// Real inspections from ../shared/domain/frameworks.md, as the library models them. Where the sources leave a fact
/// out, the value chosen is marked ASSUMED and the tests that depend on it say so.
/// </summary>
public static class RealInspections
{
    /// <summary>
    /// Calderdale, SIF full inspection, fieldwork 13 January – 4 February 2015, published 20 March 2015: overall
    /// requires improvement; adoption inadequate; everything else requires improvement (frameworks.md section 8,
    /// item 19; abcdocz.com/doc/1656926). GSS code and DfE number from Provider_data_lookup.csv.
    /// </summary>
    public static Inspection Calderdale2015 { get; } =
        new Inspection(
            "sif-2013",
            "full-inspection",
            new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale", "E08000033", 381),
            new Fieldwork(new LocalDate(2015, 1, 13), new LocalDate(2015, 2, 4)),
            JudgementGrades.Create(
                ("overall-effectiveness", "requires-improvement"),
                ("children-who-need-help-and-protection", "requires-improvement"),
                ("children-looked-after-and-achieving-permanence", "requires-improvement"),
                ("adoption-performance", "inadequate"),
                ("experiences-and-progress-of-care-leavers", "requires-improvement"),
                ("leadership-management-and-governance", "requires-improvement")))
        {
            Published = new LocalDate(2015, 3, 20),
            Source = new Uri("https://abcdocz.com/doc/1656926/pdf-single-inspection-of-la-children-s-services-and"),
        };

    /// <summary>
    /// ASSUMED: the publication date of the Bath and North East Somerset report. The seed documents give the
    /// fieldwork (4–13 March 2013) but not the publication; 26 April 2013 is a Friday six weeks after fieldwork
    /// ended, in line with the framework's other reports.
    /// </summary>
    public static LocalDate BathAndNorthEastSomerset2013AssumedPublication { get; } = new(2013, 4, 26);

    /// <summary>
    /// Bath and North East Somerset, protection of children, fieldwork 4–13 March 2013: adequate in all four
    /// judgements, with improvements required immediately, within three months and within six months
    /// (frameworks.md section 9, "What the seed documents establish"). The recommendation texts are illustrative
    /// (the Bath Chronicle summarises them: quicker allocation for assessment, better support); the publication
    /// date is ASSUMED (<see cref="BathAndNorthEastSomerset2013AssumedPublication"/>).
    /// </summary>
    public static Inspection BathAndNorthEastSomerset2013 { get; } =
        new Inspection(
            "protection-of-children-2012",
            "full-inspection",
            new InspectionSubject(SubjectKind.LocalAuthority, "Bath and North East Somerset", "E06000022", 800),
            new Fieldwork(new LocalDate(2013, 3, 4), new LocalDate(2013, 3, 13)),
            JudgementGrades.Create(
                ("overall-effectiveness", "adequate"),
                ("effectiveness-of-help-and-protection", "adequate"),
                ("quality-of-practice", "adequate"),
                ("leadership-and-governance", "adequate")))
        {
            Published = BathAndNorthEastSomerset2013AssumedPublication,
            Recommendations =
            [
                new Recommendation("Ensure that referrals are allocated for assessment without delay.", "immediately"),
                new Recommendation("Reduce social workers' caseloads so that cases are dealt with more quickly.", "within-three-months"),
                new Recommendation("Improve the quality and effectiveness of the support young people receive.", "within-six-months"),
            ],
        };

    /// <summary>
    /// ASSUMED: the two days of the Cambridgeshire focused visit. The seeds say "over two days in February 2020,
    /// five days' notice, published 5 March 2020"; 11–12 February 2020 (a Tuesday and Wednesday) stands in.
    /// </summary>
    public static Fieldwork CambridgeshireFocusedVisit2020AssumedFieldwork { get; } = new(new LocalDate(2020, 2, 11), new LocalDate(2020, 2, 12));

    /// <summary>
    /// Cambridgeshire, ILACS focused visit, two days in February 2020, published 5 March 2020, no grade
    /// (frameworks.md section 9). The exact days are ASSUMED (<see cref="CambridgeshireFocusedVisit2020AssumedFieldwork"/>).
    /// </summary>
    public static Inspection CambridgeshireFocusedVisit2020 { get; } =
        new Inspection(
            "ilacs-2018",
            "focused-visit",
            new InspectionSubject(SubjectKind.LocalAuthority, "Cambridgeshire", "E10000003", 873),
            CambridgeshireFocusedVisit2020AssumedFieldwork,
            JudgementGrades.Empty)
        {
            Published = new LocalDate(2020, 3, 5),
        };

    /// <summary>
    /// Cafcass Birmingham and Black Country, inspected in the week starting 12 January 2009 (taken as Monday to
    /// Friday) and published about 16 February 2009: overall inadequate, contribution to outcomes inadequate,
    /// capacity to improve and safeguarding satisfactory (frameworks.md section 8, item 9; Community Care,
    /// 17 February 2009).
    /// </summary>
    public static Inspection CafcassBirminghamAndBlackCountry2009 { get; } =
        new Inspection(
            "cafcass-2009",
            "service-area-inspection",
            new InspectionSubject(SubjectKind.CafcassServiceArea, "Birmingham and Black Country"),
            new Fieldwork(new LocalDate(2009, 1, 12), new LocalDate(2009, 1, 16)),
            JudgementGrades.Create(
                ("overall-effectiveness", "inadequate"),
                ("capacity-to-improve", "satisfactory"),
                ("safeguarding", "satisfactory"),
                ("contribution-to-outcomes", "inadequate")))
        {
            Published = new LocalDate(2009, 2, 16),
        };

    /// <summary>
    /// City of London, SIF full inspection, published 20 September 2016: overall good, help and protection good,
    /// children looked after good, adoption performance not judged ("-" in Ofsted's table), care leavers good,
    /// leadership outstanding. Ofsted's official table gives the publication date only (../shared/data/ofsted/
    /// la_inspections_2009_2023.csv, OGL v3.0); GSS code and DfE number from Provider_data_lookup.csv.
    /// </summary>
    public static Inspection CityOfLondon2016 { get; } =
        new Inspection(
            "sif-2013",
            "full-inspection",
            new InspectionSubject(SubjectKind.LocalAuthority, "City of London", "E09000001", 201),
            null,
            JudgementGrades.Create(
                ("overall-effectiveness", "good"),
                ("children-who-need-help-and-protection", "good"),
                ("children-looked-after-and-achieving-permanence", "good"),
                ("experiences-and-progress-of-care-leavers", "good"),
                ("leadership-management-and-governance", "outstanding")))
        {
            Published = new LocalDate(2016, 9, 20),
            NotJudgedIds = ["adoption-performance"],
        };

    /// <summary>
    /// Isles of Scilly, SIF full inspection, published 27 June 2016: overall good, help and protection good,
    /// leadership good; children looked after, adoption performance and care leavers not judged ("-" in Ofsted's
    /// table, la_inspections_2009_2023.csv, OGL v3.0). Publication date only.
    /// </summary>
    public static Inspection IslesOfScilly2016 { get; } =
        new Inspection(
            "sif-2013",
            "full-inspection",
            new InspectionSubject(SubjectKind.LocalAuthority, "Isles of Scilly", "E06000053", 420),
            null,
            JudgementGrades.Create(
                ("overall-effectiveness", "good"),
                ("children-who-need-help-and-protection", "good"),
                ("leadership-management-and-governance", "good")))
        {
            Published = new LocalDate(2016, 6, 27),
            NotJudgedIds = ["children-looked-after-and-achieving-permanence", "adoption-performance", "experiences-and-progress-of-care-leavers"],
        };

    /// <summary>
    /// City of London, ILACS focused visit from 8 November 2022 on the theme "Front door": Ofsted's in-year table
    /// gives the first day of the visit and the theme only (la_in_year_inspections_2022_23.csv, OGL v3.0), so the
    /// end of fieldwork and the publication date are not known.
    /// </summary>
    public static Inspection CityOfLondonFocusedVisit2022 { get; } =
        new Inspection(
            "ilacs-2018",
            "focused-visit",
            new InspectionSubject(SubjectKind.LocalAuthority, "City of London", "E09000001", 201),
            new Fieldwork(new LocalDate(2022, 11, 8)),
            JudgementGrades.Empty)
        {
            Theme = "Front door",
        };

    /// <summary>
    /// The real inspections from Ofsted's official record that use issue 15's partial shapes (no fieldwork, an open
    /// fieldwork end, a theme, judgements not judged). Kept out of <see cref="All"/> until the reader and writer
    /// handle those properties, since <see cref="All"/> feeds JSON round trips.
    /// </summary>
    public static ImmutableArray<Inspection> Partial { get; } = [CityOfLondon2016, IslesOfScilly2016, CityOfLondonFocusedVisit2022];

    /// <summary>Every real inspection above.</summary>
    public static ImmutableArray<Inspection> All { get; } =
        [Calderdale2015, BathAndNorthEastSomerset2013, CambridgeshireFocusedVisit2020, CafcassBirminghamAndBlackCountry2009];
}
