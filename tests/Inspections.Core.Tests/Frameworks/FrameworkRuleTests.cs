using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Frameworks;

/// <summary>Rules are values: equal when of the same kind with equal properties; malformed rules cannot be made.</summary>
public sealed class FrameworkRuleTests
{
    private static ForcedGradeRule Forced(string grade = "inadequate", RuleStrength strength = RuleStrength.Must, string? source = "Handbook") =>
        new("key-forces-overall", "overall", ["a", "b"], grade, strength, "Inadequate a or b, inadequate overall.", source);

    [Fact]
    public void Rules_with_equal_properties_are_equal()
    {
        EqualityLaws.Hold<FrameworkRule>(Forced(), Forced());
    }

    [Fact]
    public void Rules_differing_in_any_property_differ()
    {
        EqualityLaws.Hold<FrameworkRule>(
            Forced(),
            Forced(),
            Forced(grade: "requires-improvement"),
            Forced(strength: RuleStrength.Likely),
            Forced(source: null),
            new ForcedGradeRule("key-forces-overall", "overall", ["b", "a"], "inadequate", RuleStrength.Must, "Inadequate a or b, inadequate overall.", "Handbook"));
    }

    [Fact]
    public void Rules_of_different_kinds_differ()
    {
        FrameworkRule limiting = new LimitingJudgementRule("r", "overall", "a", RuleStrength.Must, "Limited.");
        FrameworkRule forced = new ForcedGradeRule("r", "overall", ["a"], "inadequate", RuleStrength.Must, "Limited.");

        EqualityLaws.Hold(limiting, new LimitingJudgementRule("r", "overall", "a", RuleStrength.Must, "Limited."), forced);
    }

    [Fact]
    public void A_rule_cannot_name_its_target_as_its_condition()
    {
        Assert.Throws<ArgumentException>(() => new LimitingJudgementRule("r", "overall", "overall", RuleStrength.Must, "Self."));
        Assert.Throws<ArgumentException>(() => new ForcedGradeRule("r", "overall", ["a", "overall"], "inadequate", RuleStrength.Must, "Self."));
    }

    [Fact]
    public void A_forced_grade_rule_needs_a_trigger()
    {
        var error = Assert.Throws<ArgumentException>(() => new ForcedGradeRule("r", "overall", [], "inadequate", RuleStrength.Must, "No trigger."));

        Assert.Equal("triggerJudgementIds", error.ParamName);
    }

    [Fact]
    public void An_undefined_strength_or_blank_text_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Forced(strength: (RuleStrength)5));
        Assert.Throws<ArgumentException>(() => Forced(source: " "));
        Assert.Throws<ArgumentException>(() => new LimitingJudgementRule("r", "overall", "a", RuleStrength.Must, ""));
    }

    [Fact]
    public void A_breach_names_the_judgements_and_grades()
    {
        var grades = JudgementGrades.Create(("overall", "requires-improvement"), ("b", "inadequate"));

        var description = Forced().DescribeBreach(grades, GradingScales.FourPointRequiresImprovement);

        Assert.Equal(
            "Inadequate a or b, inadequate overall. Here 'b' is 'inadequate' but 'overall' is 'requires-improvement'.",
            description);
    }

    [Fact]
    public void A_grade_not_on_the_scale_is_not_read_by_a_rule()
    {
        // 'adequate' is not on the requires-improvement scale: INS013 reports it; the rule does not apply.
        var grades = JudgementGrades.Create(("overall", "adequate"), ("a", "inadequate"));

        Assert.False(Forced().IsBrokenBy(grades, GradingScales.FourPointRequiresImprovement));
    }
}
