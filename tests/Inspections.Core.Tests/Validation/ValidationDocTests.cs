using Inspections.Core;
using Inspections.Core.Tests;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Core.Tests.Validation;

/// <summary>docs/validation.md quotes what the validator says: every diagnostic of every example, verbatim.</summary>
public sealed class ValidationDocTests
{
    private static readonly Inspection C = RealInspections.Calderdale2015;
    private static readonly Inspection B = RealInspections.BathAndNorthEastSomerset2013;
    private static readonly Inspection L = RealInspections.CityOfLondon2016;

    public static TheoryData<string, Inspection> Examples => new()
    {
        { "INS010", C with { FrameworkId = "sif-2014" } },
        { "INS011", C with { VisitTypeId = "standard-inspection" } },
        { "INS012", C with { Judgements = C.Judgements.SetItem("children-in-care", "good") } },
        { "INS012", C with { Judgements = C.Judgements.SetItem("lscb-effectiveness", "requires-improvement") } },
        { "INS013", B with { Judgements = B.Judgements.SetItem("quality-of-practice", "requires-improvement") } },
        { "INS014", C with { Judgements = C.Judgements.Remove("experiences-and-progress-of-care-leavers") } },
        { "INS015", RealInspections.CambridgeshireFocusedVisit2020 with { Judgements = JudgementGrades.Create(("overall-effectiveness", "requires-improvement")) } },
        { "INS016", C with { Judgements = C.Judgements.Remove("children-looked-after-and-achieving-permanence") } },
        { "INS017", L with { NotJudgedIds = ["adoption-performance", "leadership-management-and-governance"] } },
        { "INS017", L with { NotJudgedIds = ["adoption-performance", "lscb-effectiveness"] } },
        { "INS017", L with { NotJudgedIds = ["adoption-performance", "adoption-performance"] } },
        { "INS002", L with { Published = null } },
        { "INS030", L with { Published = new LocalDate(2013, 10, 31) } },
        { "INS031", C with { Fieldwork = new Fieldwork(new LocalDate(2015, 1, 13)), Published = new LocalDate(2015, 1, 12) } },
        { "INS032", C with { Fieldwork = new Fieldwork(new LocalDate(2015, 1, 13)), Published = new LocalDate(2015, 5, 5) } },
        { "INS020", C with { Judgements = C.Judgements.SetItem("leadership-management-and-governance", "inadequate") } },
        { "INS021", HarrowWithOverallRequiresImprovement },
        { "INS030", C with { Fieldwork = new Fieldwork(new LocalDate(2012, 10, 8), new LocalDate(2012, 10, 26)), Published = new LocalDate(2012, 12, 7) } },
        { "INS031", C with { Published = new LocalDate(2015, 2, 3) } },
        { "INS031", C with { Fieldwork = new Fieldwork(new LocalDate(2015, 2, 4), new LocalDate(2015, 1, 13)) } },
        { "INS032", C with { Fieldwork = new Fieldwork(new LocalDate(2015, 1, 13), new LocalDate(2015, 2, 13)) } },
        { "INS032", C with { Published = new LocalDate(2015, 6, 1) } },
        { "INS033", B with { Recommendations = B.Recommendations.SetItem(1, B.Recommendations[1] with { TimescaleId = "within-one-month" }) } },
        { "INS040", RealInspections.CafcassBirminghamAndBlackCountry2009 with { Subject = new InspectionSubject(SubjectKind.LocalAuthority, "Birmingham", "E08000025", 330) } },
    };

    // Harrow's short inspection of January 2025 (care leavers inadequate, overall inadequate) with overall
    // effectiveness requires improvement instead: the ILACS practice rule, which is 'likely', is broken.
    private static Inspection HarrowWithOverallRequiresImprovement => new(
        "ilacs-2023",
        "short-inspection",
        new InspectionSubject(SubjectKind.LocalAuthority, "Harrow", "E09000015", 310),
        new Fieldwork(new LocalDate(2025, 1, 20), new LocalDate(2025, 1, 24)),
        JudgementGrades.Create(
            ("overall-effectiveness", "requires-improvement"), ("impact-of-leaders", "requires-improvement"),
            ("children-who-need-help-and-protection", "good"), ("children-in-care", "good"), ("care-leavers", "inadequate")))
    {
        Published = new LocalDate(2025, 3, 4),
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_doc_quotes_the_diagnostics_of_its_example(string code, Inspection example)
    {
        var doc = RepositoryFiles.Read("docs/validation.md");
        var diagnostics = InspectionValidator.Validate(example);

        Assert.Contains(diagnostics, d => d.Code == code);
        Assert.All(diagnostics, d => Assert.Contains("\n" + d + "\n", doc));
    }

    [Fact]
    public void The_doc_has_a_section_for_every_validation_code()
    {
        var doc = RepositoryFiles.Read("docs/validation.md");

        Assert.All(
            DiagnosticDescriptors.All.Where(d => string.CompareOrdinal(d.Code, "INS010") >= 0),
            d => Assert.Contains($"### {d.Code} ", doc));
    }
}
