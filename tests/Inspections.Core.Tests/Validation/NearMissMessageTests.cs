using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Validation;

/// <summary>The ids people nearly write get "Did you mean …?" in the validator's messages (issue 17).</summary>
public sealed class NearMissMessageTests
{
    private static Inspection Calderdale => RealInspections.Calderdale2015;

    private static Diagnostic Only(Inspection inspection, string code) =>
        Assert.Single(InspectionValidator.Validate(inspection), d => d.Code == code);

    [Theory]
    [InlineData("Inadequate", "inadequate")]
    [InlineData("requires improvement", "requires-improvement")]
    [InlineData("requires-improvment", "requires-improvement")]
    [InlineData("GOOD", "good")]
    public void A_grade_written_nearly_right_is_named(string written, string meant)
    {
        var inspection = Calderdale with { Judgements = Calderdale.Judgements.SetItem(JudgementIds.LeadershipManagementAndGovernance, written) };

        var diagnostic = Only(inspection, DiagnosticCodes.GradeNotOnScale);

        Assert.EndsWith($"Did you mean '{meant}'?", diagnostic.Message.Split(" ('")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_grade_nothing_like_any_grade_gets_no_suggestion()
    {
        var inspection = Calderdale with { Judgements = Calderdale.Judgements.SetItem(JudgementIds.LeadershipManagementAndGovernance, "splendid") };

        Assert.DoesNotContain("Did you mean", Only(inspection, DiagnosticCodes.GradeNotOnScale).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("within-3-months", "within-three-months")]
    [InlineData("Within three months", "within-three-months")]
    public void A_timescale_written_with_a_digit_or_spaces_is_named(string written, string meant)
    {
        var bath = RealInspections.BathAndNorthEastSomerset2013;
        var inspection = bath with { Recommendations = [new Recommendation("Act.", written)] };

        Assert.EndsWith($"Did you mean '{meant}'?", Only(inspection, DiagnosticCodes.UnknownTimescale).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_framework_visit_type_or_judgement_id_in_capitals_is_named()
    {
        Assert.EndsWith("Did you mean 'sif-2013'?", Only(Calderdale with { FrameworkId = "SIF-2013" }, DiagnosticCodes.UnknownFramework).Message, StringComparison.Ordinal);
        Assert.EndsWith("Did you mean 'full-inspection'?", Only(Calderdale with { VisitTypeId = "Full inspection" }, DiagnosticCodes.UnknownVisitType).Message, StringComparison.Ordinal);
        var judgement = Calderdale with { Judgements = Calderdale.Judgements.SetItem("Overall-Effectiveness", "good") };
        Assert.EndsWith("Did you mean 'overall-effectiveness'?", Assert.Single(InspectionValidator.Validate(judgement), d => d.Code == DiagnosticCodes.UnknownJudgement).Message, StringComparison.Ordinal);
    }
}
