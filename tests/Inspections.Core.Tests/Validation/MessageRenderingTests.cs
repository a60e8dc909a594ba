using System.Text.RegularExpressions;
using Inspections.Core.Catalog;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Core.Tests.Validation;

/// <summary>
/// Every message the validator can say, rendered from a real inspection made wrong in one way: each names what it
/// should (the value given, the framework's own ids and names, the real lists), no placeholder is left unfilled and no
/// type name leaks in. Every descriptor of <see cref="DiagnosticDescriptors.Messages"/> is rendered by one case at
/// least. (docs/validation.md quotes whole messages; ValidationDocTests checks those verbatim.)
/// </summary>
public sealed class MessageRenderingTests
{
    private static readonly Inspection C = RealInspections.Calderdale2015;
    private static readonly Inspection B = RealInspections.BathAndNorthEastSomerset2013;
    private static readonly Inspection L = RealInspections.CityOfLondon2016;
    private static readonly Inspection F = RealInspections.CambridgeshireFocusedVisit2020;
    private static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    private static string[] Ids(IEnumerable<string> ids) => ids.ToArray();

    /// <summary>(the descriptor's field name, the inspection, what the message must name).</summary>
    public static TheoryData<string, Inspection, string[]> Cases => new()
    {
        { nameof(DiagnosticDescriptors.NoDate), L with { Published = null }, ["fieldwork.start", "published"] },
        { nameof(DiagnosticDescriptors.UnknownFramework), C with { FrameworkId = "sif-2014" }, ["'sif-2014'", "Did you mean 'sif-2013'?", .. Ids(Catalog.All.Select(f => f.Id))] },
        { nameof(DiagnosticDescriptors.UnknownVisitType), C with { VisitTypeId = "standard-inspection" }, ["'standard-inspection'", "(sif-2013)", .. Ids(Catalog[FrameworkIds.Sif2013].VisitTypes.Select(v => v.Id))] },
        { nameof(DiagnosticDescriptors.UnknownJudgement), C with { Judgements = C.Judgements.SetItem("children-in-care", "good") }, ["'children-in-care'", Catalog[FrameworkIds.Sif2013].Name, .. Ids(Catalog[FrameworkIds.Sif2013].Judgements.Select(j => j.Id))] },
        { nameof(DiagnosticDescriptors.JudgementNotOfVisit), C with { Judgements = C.Judgements.SetItem(JudgementIds.LscbEffectiveness, GradeIds.Good) }, ["(lscb-effectiveness)", "(full-inspection)", .. Ids(Catalog[FrameworkIds.Sif2013].GetVisitType(VisitTypeIds.FullInspection).JudgementIds)] },
        { nameof(DiagnosticDescriptors.GradeNotOnScale), B with { Judgements = B.Judgements.SetItem(JudgementIds.QualityOfPractice, GradeIds.RequiresImprovement) }, ["'requires-improvement'", "protection-of-children-2012", .. Ids(Catalog[FrameworkIds.ProtectionOfChildren2012].Scale.Grades.Select(g => g.Id))] },
        { nameof(DiagnosticDescriptors.MissingRequiredJudgement), C with { Judgements = C.Judgements.Remove(JudgementIds.ExperiencesAndProgressOfCareLeavers) }, ["(experiences-and-progress-of-care-leavers)", "(full-inspection)", "sif-2013", "The experiences and progress of care leavers"] },
        { nameof(DiagnosticDescriptors.UngradedVisitWithJudgements), F with { Judgements = JudgementGrades.Create((JudgementIds.OverallEffectiveness, GradeIds.Good)) }, ["(focused-visit)", "1 judgement is given"] },
        { nameof(DiagnosticDescriptors.SubJudgementWithoutParent), C with { Judgements = C.Judgements.Remove(JudgementIds.ChildrenLookedAfterAndAchievingPermanence).Remove(JudgementIds.ExperiencesAndProgressOfCareLeavers) }, ["(adoption-performance)", "(children-looked-after-and-achieving-permanence)"] },
        { nameof(DiagnosticDescriptors.NotJudgedUnknown), L with { NotJudgedIds = ["adoption-performance", "care-leaver"] }, ["'care-leaver'", .. Ids(Catalog[FrameworkIds.Sif2013].Judgements.Select(j => j.Id))] },
        { nameof(DiagnosticDescriptors.NotJudgedOnUngradedVisit), F with { NotJudgedIds = [JudgementIds.OverallEffectiveness] }, ["(overall-effectiveness)", "(focused-visit)", "ilacs-2018"] },
        { nameof(DiagnosticDescriptors.NotJudgedNotOfVisit), L with { NotJudgedIds = ["adoption-performance", "lscb-effectiveness"] }, ["(lscb-effectiveness)", "(full-inspection)"] },
        { nameof(DiagnosticDescriptors.NotJudgedTwice), L with { NotJudgedIds = ["adoption-performance", "adoption-performance"] }, ["'Adoption performance' (adoption-performance)", "more than once"] },
        { nameof(DiagnosticDescriptors.NotJudgedConflict), L with { NotJudgedIds = ["adoption-performance", "leadership-management-and-governance"] }, ["(leadership-management-and-governance)", "graded '"] },
        { nameof(DiagnosticDescriptors.RuleBroken), C with { Judgements = C.Judgements.SetItem(JudgementIds.LeadershipManagementAndGovernance, GradeIds.Inadequate) }, ["'inadequate-key-judgement-means-inadequate-overall'", "sif-2013", "must hold"] },
        { nameof(DiagnosticDescriptors.LikelyRuleBroken), Harrow, ["'inadequate-practice-means-inadequate-overall'", "ilacs-2023", "'care-leavers' is 'inadequate'"] },
        { nameof(DiagnosticDescriptors.FieldworkOutsideFramework), C with { Fieldwork = new Fieldwork(new LocalDate(2012, 10, 8), new LocalDate(2012, 10, 26)), Published = new LocalDate(2012, 12, 7) }, ["2012-10-08", "(sif-2013)", "from 2013-11-01 to 2018-07-31"] },
        { nameof(DiagnosticDescriptors.PublishedOutsideFramework), L with { Published = new LocalDate(2013, 10, 31) }, ["2013-10-31", "(sif-2013)", "from 2013-11-01 to 2018-07-31"] },
        { nameof(DiagnosticDescriptors.DatesOutOfOrder), C with { Fieldwork = new Fieldwork(new LocalDate(2015, 2, 4), new LocalDate(2015, 1, 13)) }, ["ends on 2015-01-13", "starts on 2015-02-04"] },
        { nameof(DiagnosticDescriptors.PublishedBeforeFieldworkEnds), C with { Published = new LocalDate(2015, 2, 3) }, ["2015-02-03", "ends on 2015-02-04"] },
        { nameof(DiagnosticDescriptors.PublishedBeforeFieldworkStarts), C with { Fieldwork = new Fieldwork(new LocalDate(2015, 1, 13)), Published = new LocalDate(2015, 1, 12) }, ["2015-01-12", "starts on 2015-01-13"] },
        { nameof(DiagnosticDescriptors.UnusualDates), C with { Fieldwork = new Fieldwork(new LocalDate(2015, 1, 13), new LocalDate(2015, 2, 13)) }, ["32 days", "4 weeks", "(full-inspection)"] },
        { nameof(DiagnosticDescriptors.PublishedLate), C with { Published = new LocalDate(2015, 6, 1) }, ["2015-06-01", "117 days", "2015-02-04", "12 weeks"] },
        { nameof(DiagnosticDescriptors.PublishedLateEndUnknown), C with { Fieldwork = new Fieldwork(new LocalDate(2015, 1, 13)), Published = new LocalDate(2015, 5, 5) }, ["2015-05-05", "112 days", "2015-01-13", "4 weeks"] },
        { nameof(DiagnosticDescriptors.UnknownTimescale), B with { Recommendations = B.Recommendations.SetItem(1, B.Recommendations[1] with { TimescaleId = "within-one-month" }) }, ["'within-one-month'", "protection-of-children-2012", .. Ids(Catalog[FrameworkIds.ProtectionOfChildren2012].Timescales.Select(t => t.Id))] },
        { nameof(DiagnosticDescriptors.TimescaleWhereNone), Harrow with { Judgements = Harrow.Judgements.SetItem(JudgementIds.OverallEffectiveness, GradeIds.Inadequate), Recommendations = [new Recommendation("Improve care leavers' services.", TimescaleIds.Immediately)] }, ["'immediately'", "ilacs-2023", "no timescales"] },
        { nameof(DiagnosticDescriptors.SubjectKindNotInspected), RealInspections.CafcassBirminghamAndBlackCountry2009 with { Subject = new InspectionSubject(SubjectKind.LocalAuthority, "Birmingham", "E08000025", 330) }, ["(cafcass-2009)", "local authority (local-authority)", "Cafcass service areas"] },
    };

    // Harrow's short inspection of January 2025 with overall effectiveness requires improvement instead of inadequate.
    private static Inspection Harrow => new(
        FrameworkIds.Ilacs2023,
        VisitTypeIds.ShortInspection,
        new InspectionSubject(SubjectKind.LocalAuthority, "Harrow", "E09000015", 310),
        new Fieldwork(new LocalDate(2025, 1, 20), new LocalDate(2025, 1, 24)),
        JudgementGrades.Create(
            (JudgementIds.OverallEffectiveness, GradeIds.RequiresImprovement), (JudgementIds.ImpactOfLeaders, GradeIds.RequiresImprovement),
            (JudgementIds.ChildrenWhoNeedHelpAndProtection, GradeIds.Good), (JudgementIds.ChildrenInCare, GradeIds.Good), (JudgementIds.CareLeavers, GradeIds.Inadequate)))
    {
        Published = new LocalDate(2025, 3, 4),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_message_names_what_it_should_and_nothing_of_the_code(string descriptorName, Inspection inspection, string[] parts)
    {
        var descriptor = Descriptor(descriptorName);

        var diagnostic = Assert.Single(InspectionValidator.Validate(inspection), d => ReferenceEquals(d.Descriptor, descriptor));

        Assert.Equal(descriptor.Code, diagnostic.Code);
        AssertReadable(diagnostic.Message);
        foreach (string part in parts)
        {
            Assert.Contains(part, diagnostic.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_message_of_the_validator_is_rendered_by_a_case()
    {
        var rendered = Cases.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(DiagnosticDescriptors.Messages, d => Assert.Contains(NameOf(d), rendered));
    }

    [Fact]
    public void The_message_of_problems_not_listed_counts_them_by_code_with_separated_thousands()
    {
        string json = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "sif-2013-calderdale-2015.json"));
        string judgements = string.Join(",", Enumerable.Range(0, 1_150).Select(i => $"\"unknown-{i}\":\"good\""));
        json = json.Replace("\"judgements\": {", "\"judgements\": {" + judgements + ",", StringComparison.Ordinal);
        Assert.Contains("unknown-0", json, StringComparison.Ordinal);

        var last = InspectionJson.Read(json).Diagnostics[^1];

        Assert.Equal(DiagnosticCodes.UnknownJudgement, last.Code);
        Assert.Equal("$", last.Path);
        Assert.Equal("1,050 more problems are not listed (1,050 INS012): only the first 100 diagnostics of a document are.", last.Message);
        AssertReadable(last.Message);
    }

    [Theory]
    [InlineData("""{"schema":"inspections/v1","framework":"sif-2013","colour":"red"}""", "$.colour")]
    [InlineData("""{"schema":"inspections/v2"}""", "$.schema")]
    [InlineData("""{"schema":"inspections/v1","subject":{"kind":"local-authority","name":"X","gss":"E12000001"}}""", "$.subject.gss")]
    [InlineData("""{"schema":"inspections/v1","fieldwork":{"start":"13/01/2015"}}""", "$.fieldwork.start")]
    [InlineData("""{"schema":"inspections/v1","framework":"sif-2013","framework":"sif-2013"}""", "$.framework")]
    [InlineData("""{"schema":"inspections/v1","framework":null}""", "$.framework")]
    [InlineData("""[1]""", "$")]
    [InlineData("""{"schema":"inspections/v1"}""", "$.framework")]
    public void Reading_messages_fill_every_placeholder_too(string json, string path)
    {
        var diagnostic = Assert.Single(InspectionJson.Read(json).Diagnostics, d => d.Path == path);

        AssertReadable(diagnostic.Message);
    }

    private static void AssertReadable(string message)
    {
        Assert.DoesNotMatch(new Regex(@"\{\d+(:[^}]*)?\}"), message);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Inspections.Core", message, StringComparison.Ordinal);
        Assert.DoesNotContain("`", message, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("''", message, StringComparison.Ordinal);
        Assert.Equal(message.Trim(), message);
        Assert.Matches(new Regex(@"[.?)]$"), message);
    }

    private static DiagnosticDescriptor Descriptor(string name) =>
        (DiagnosticDescriptor)typeof(DiagnosticDescriptors).GetField(name)!.GetValue(null)!;

    private static string NameOf(DiagnosticDescriptor descriptor) =>
        typeof(DiagnosticDescriptors).GetFields().Single(f => f.FieldType == typeof(DiagnosticDescriptor) && ReferenceEquals(f.GetValue(null), descriptor)).Name;
}
