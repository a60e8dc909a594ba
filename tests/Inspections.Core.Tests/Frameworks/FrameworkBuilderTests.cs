using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Tests.Frameworks;

/// <summary>
/// Building a framework of one's own: a valid definition builds; each way a definition can fail to hold together
/// fails with a <see cref="FrameworkDefinitionException"/> whose message names the ids involved.
/// </summary>
public sealed class FrameworkBuilderTests
{
    private static readonly VisitType Full = new(
        "full-inspection", "Full inspection", ["overall", "practice", "care-leavers"], ["overall", "practice"], Period.FromWeeks(2), "Five working days", "overall");

    /// <summary>A small valid framework: overall, practice, and care leavers as a sub-judgement of practice.</summary>
    private static FrameworkBuilder Valid() =>
        new FrameworkBuilder("my-review-2027", "My review")
            .Regulator("Example inspectorate")
            .InForce(new LocalDate(2027, 1, 1), null)
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointRequiresImprovement)
            .Judgement("overall", "Overall")
            .Judgement("practice", "Practice")
            .Judgement("care-leavers", "Care leavers", "practice")
            .VisitType(Full)
            .VisitType(new VisitType("visit", "Visit", [], [], Period.FromDays(2), "None"))
            .Rule(new LimitingJudgementRule("practice-limits-overall", "overall", "practice", RuleStrength.Must, "Overall is no better than practice.", "My handbook, para 1"))
            .Timescale(Timescales.WithinThreeMonths)
            .Source("My handbook")
            .Note("Modelling choice: an example.");

    [Fact]
    public void A_valid_definition_builds_with_everything_it_was_given()
    {
        var framework = Valid().Build();

        Assert.Equal("my-review-2027", framework.Id);
        Assert.Equal("My review", framework.Name);
        Assert.Equal("Example inspectorate", framework.Regulator);
        Assert.True(framework.InForce.IsOpenEnded);
        Assert.Equal<SubjectKind>([SubjectKind.LocalAuthority], framework.SubjectKinds);
        Assert.Equal(["overall", "practice", "care-leavers"], framework.Judgements.Select(j => j.Id));
        Assert.Equal(["care-leavers"], framework.GetSubJudgements("practice").Select(j => j.Id));
        Assert.Equal(["full-inspection", "visit"], framework.VisitTypes.Select(v => v.Id));
        Assert.Equal("practice-limits-overall", Assert.Single(framework.Rules).Id);
        Assert.Equal("within-three-months", Assert.Single(framework.Timescales).Id);
        Assert.Equal("My handbook", Assert.Single(framework.Sources));
        Assert.Equal("Modelling choice: an example.", Assert.Single(framework.Notes));
    }

    [Fact]
    public void The_built_framework_does_not_change_when_the_builder_does()
    {
        var builder = Valid();
        var framework = builder.Build();

        builder.Judgement("another", "Another").Source("Another source");

        Assert.Equal(3, framework.Judgements.Length);
        Assert.Single(framework.Sources);
    }

    [Fact]
    public void A_repeated_judgement_id_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid().Judgement("practice", "Practice again").Build());

        Assert.Contains("The judgement id 'practice' is used twice.", error.Problems);
        Assert.Equal("my-review-2027", error.FrameworkId);
        Assert.StartsWith("Framework 'my-review-2027' is not a valid definition:", error.Message);
    }

    [Fact]
    public void A_repeated_visit_type_id_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid().VisitType(Full).Build());

        Assert.Contains("The visit type id 'full-inspection' is used twice.", error.Problems);
    }

    [Fact]
    public void A_repeated_rule_id_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid()
            .Rule(new ForcedGradeRule("practice-limits-overall", "overall", ["practice"], "inadequate", RuleStrength.Likely, "Again."))
            .Build());

        Assert.Contains("The rule id 'practice-limits-overall' is used twice.", error.Problems);
    }

    [Fact]
    public void A_repeated_timescale_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid().Timescale(Timescales.WithinThreeMonths).Build());

        Assert.Contains("The timescale id 'within-three-months' is used twice.", error.Problems);
    }

    [Fact]
    public void A_repeated_subject_kind_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid().Inspects(SubjectKind.LocalAuthority).Build());

        Assert.Contains("The subject kind 'local-authority' is given twice.", error.Problems);
    }

    [Fact]
    public void An_undefined_subject_kind_is_rejected_at_once()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Valid().Inspects((SubjectKind)9));

        Assert.Equal("kind", error.ParamName);
    }

    [Fact]
    public void A_parent_the_framework_does_not_define_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid().Judgement("adoption", "Adoption", "children-looked-after").Build());

        Assert.Contains("Judgement 'adoption' has parent 'children-looked-after', which the framework does not define.", error.Problems);
    }

    [Fact]
    public void A_sub_judgement_listed_before_its_parent_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Bare()
            .Judgement("adoption", "Adoption", "looked-after")
            .Judgement("looked-after", "Looked after")
            .Build());

        Assert.Contains("Judgement 'adoption' comes before its parent 'looked-after'; list parents first.", error.Problems);
    }

    [Fact]
    public void A_cycle_of_parents_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Bare()
            .Judgement("a", "A", "c")
            .Judgement("b", "B", "a")
            .Judgement("c", "C", "b")
            .Build());

        Assert.Contains("Judgement 'a' is part of a cycle of parents.", error.Problems);
        Assert.Contains("Judgement 'b' is part of a cycle of parents.", error.Problems);
        Assert.Contains("Judgement 'c' is part of a cycle of parents.", error.Problems);
    }

    [Fact]
    public void A_judgement_cannot_be_its_own_parent()
    {
        var error = Assert.Throws<ArgumentException>(() => Valid().Judgement("loop", "Loop", "loop"));

        Assert.Contains("'loop' cannot be its own parent", error.Message);
    }

    [Fact]
    public void A_rule_naming_a_judgement_the_framework_does_not_define_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid()
            .Rule(new ForcedGradeRule("leaders-force-overall", "overall", ["impact-of-leaders"], "inadequate", RuleStrength.Must, "Leaders force overall."))
            .Build());

        Assert.Contains("Rule 'leaders-force-overall' names judgement 'impact-of-leaders', which the framework does not define.", error.Problems);
    }

    [Fact]
    public void A_rule_whose_target_the_framework_does_not_define_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid()
            .Rule(new LimitingJudgementRule("practice-limits-headline", "headline", "practice", RuleStrength.Likely, "Headline is limited."))
            .Build());

        Assert.Contains("Rule 'practice-limits-headline' names judgement 'headline', which the framework does not define.", error.Problems);
    }

    [Fact]
    public void A_forced_grade_not_on_the_scale_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid()
            .Rule(new ForcedGradeRule("adequate-practice", "overall", ["practice"], "adequate", RuleStrength.Must, "Adequate practice, adequate overall."))
            .Build());

        Assert.Contains("Rule 'adequate-practice' names grade 'adequate', which is not on scale 'four-point-requires-improvement'.", error.Problems);
    }

    [Fact]
    public void Limiting_rules_in_a_cycle_fail()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid()
            .Rule(new LimitingJudgementRule("overall-limits-practice", "practice", "overall", RuleStrength.Likely, "Practice is no better than overall."))
            .Build());

        var problem = Assert.Single(error.Problems);
        Assert.Contains("'practice-limits-overall'", problem);
        Assert.Contains("'overall-limits-practice'", problem);
        Assert.Contains("form a cycle", problem);
    }

    [Fact]
    public void A_longer_cycle_of_limits_is_reported_once()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid()
            .Judgement("leaders", "Leaders")
            .Rule(new LimitingJudgementRule("leaders-limit-practice", "practice", "leaders", RuleStrength.Likely, "Practice is no better than leaders."))
            .Rule(new LimitingJudgementRule("overall-limits-leaders", "leaders", "overall", RuleStrength.Likely, "Leaders are no better than overall."))
            .Build());

        var problem = Assert.Single(error.Problems);
        Assert.Contains("'overall' is limited by 'practice'", problem);
        Assert.Contains("'practice' is limited by 'leaders'", problem);
        Assert.Contains("'leaders' is limited by 'overall'", problem);
    }

    [Fact]
    public void A_chain_of_limits_without_a_cycle_builds()
    {
        var framework = Valid()
            .Judgement("leaders", "Leaders")
            .Rule(new LimitingJudgementRule("leaders-limit-practice", "practice", "leaders", RuleStrength.Likely, "Practice is no better than leaders."))
            .Build();

        Assert.Equal(2, framework.Rules.Length);
    }

    [Fact]
    public void A_visit_type_grading_a_judgement_the_framework_does_not_define_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid()
            .VisitType(new VisitType("short-inspection", "Short", ["overall", "impact-of-leaders"], ["overall"], Period.FromWeeks(1), "Five working days"))
            .Build());

        Assert.Contains("Visit type 'short-inspection' grades judgement 'impact-of-leaders', which the framework does not define.", error.Problems);
    }

    [Fact]
    public void A_visit_type_listing_judgements_out_of_order_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid()
            .VisitType(new VisitType("short-inspection", "Short", ["practice", "overall"], [], Period.FromWeeks(1), "Five working days"))
            .Build());

        Assert.Contains("Visit type 'short-inspection' lists judgement 'overall' out of the framework's order.", error.Problems);
    }

    [Fact]
    public void A_visit_type_grading_a_sub_judgement_without_its_parent_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid()
            .VisitType(new VisitType("short-inspection", "Short", ["overall", "care-leavers"], ["overall"], Period.FromWeeks(1), "Five working days"))
            .Build());

        Assert.Contains("Visit type 'short-inspection' grades sub-judgement 'care-leavers' but not its parent 'practice'.", error.Problems);
    }

    [Fact]
    public void A_visit_type_requiring_a_sub_judgement_but_not_its_parent_fails()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid()
            .VisitType(new VisitType("short-inspection", "Short", ["overall", "practice", "care-leavers"], ["overall", "care-leavers"], Period.FromWeeks(1), "Five working days"))
            .Build());

        Assert.Contains("Visit type 'short-inspection' requires sub-judgement 'care-leavers' but not its parent 'practice'.", error.Problems);
    }

    [Fact]
    public void A_definition_missing_its_essentials_lists_every_missing_part()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => new FrameworkBuilder("empty", "Empty").Build());

        Assert.Equal<string>(
            ["It has no regulator.", "It has no dates in force.", "It has no grading scale.", "It inspects no kind of subject.", "It has no visit type."],
            error.Problems);
        Assert.Contains("It has no visit type.", error.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Assert.Throws<FrameworkDefinitionException>(() => Valid()
            .Judgement("orphan", "Orphan", "nobody")
            .Timescale(Timescales.WithinThreeMonths)
            .Rule(new ForcedGradeRule("leaders-force-overall", "overall", ["impact-of-leaders"], "inadequate", RuleStrength.Must, "Leaders force overall."))
            .Build());

        Assert.Equal<string>(
            [
                "The timescale id 'within-three-months' is used twice.",
                "Judgement 'orphan' has parent 'nobody', which the framework does not define.",
                "Rule 'leaders-force-overall' names judgement 'impact-of-leaders', which the framework does not define.",
            ],
            error.Problems);
        Assert.All(error.Problems, p => Assert.Contains(p, error.Message));
    }

    [Fact]
    public void Ends_before_it_starts_is_rejected_at_once()
    {
        var error = Assert.Throws<ArgumentException>(() => Valid().InForce(new LocalDate(2027, 1, 1), new LocalDate(2026, 12, 31)));

        Assert.Equal("end", error.ParamName);
        Assert.Contains("2026-12-31", error.Message);
    }

    [Fact]
    public void Dates_in_force_must_be_in_the_iso_calendar()
    {
        var julian = new LocalDate(2027, 1, 1, CalendarSystem.Julian);

        var error = Assert.Throws<ArgumentException>(() => Valid().InForce(julian, null));

        Assert.Equal("start", error.ParamName);
    }

    [Theory]
    [InlineData("Not-Kebab")]
    [InlineData("two--hyphens")]
    [InlineData("")]
    public void A_malformed_id_is_rejected_at_once(string id)
    {
        Assert.Throws<ArgumentException>(() => new FrameworkBuilder(id, "Name"));
        Assert.Throws<ArgumentException>(() => Valid().Judgement(id, "Name"));
    }

    [Fact]
    public void Blank_text_is_rejected_at_once()
    {
        Assert.Throws<ArgumentException>(() => Valid().Regulator(" "));
        Assert.Throws<ArgumentException>(() => Valid().Source(""));
        Assert.Throws<ArgumentException>(() => Valid().Note("\t"));
        Assert.Throws<ArgumentNullException>(() => Valid().Scale(null!));
        Assert.Throws<ArgumentNullException>(() => Valid().VisitType(null!));
        Assert.Throws<ArgumentNullException>(() => Valid().Rule(null!));
        Assert.Throws<ArgumentNullException>(() => Valid().Timescale(null!));
    }

    private static FrameworkBuilder Bare() =>
        new FrameworkBuilder("bare", "Bare")
            .Regulator("Example inspectorate")
            .InForce(new LocalDate(2027, 1, 1), null)
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointRequiresImprovement)
            .VisitType(new VisitType("visit", "Visit", [], [], Period.FromDays(2), "None"));
}
