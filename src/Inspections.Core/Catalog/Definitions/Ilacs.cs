using System.Collections.Generic;
using Inspections.Core.Frameworks;
using Inspections.Core.Inspections;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary>
/// What the three versions of ILACS share: regulator, scale, subject, the four visit types and the sources.
/// Each version (<see cref="Ilacs2018"/>, <see cref="Ilacs2023"/>, <see cref="Ilacs2026"/>) adds its judgements and rules.
/// </summary>
internal static class Ilacs
{
    public const string OverallEffectiveness = "overall-effectiveness";
    public const string ImpactOfLeaders = "impact-of-leaders";
    public const string HelpAndProtection = "children-who-need-help-and-protection";

    public static FrameworkBuilder Start(string id, string name, LocalDate start, LocalDate? end) =>
        new FrameworkBuilder(id, name)
            .Regulator("Ofsted")
            .InForce(start, end)
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointRequiresImprovement);

    public static FrameworkBuilder WithVisitTypes(this FrameworkBuilder builder, IReadOnlyList<string> judgements, string? headline) =>
        builder
            .VisitType(new VisitType(
                "standard-inspection",
                "Standard inspection",
                judgements,
                judgements,
                Period.FromWeeks(2),
                "Five working days: the lead inspector calls the week before fieldwork",
                headline))
            .VisitType(new VisitType(
                "short-inspection",
                "Short inspection",
                judgements,
                judgements,
                Period.FromWeeks(1),
                "Five working days: the lead inspector calls the week before fieldwork",
                headline))
            .VisitType(new VisitType("focused-visit", "Focused visit", [], [], Period.FromDays(2), "Five working days"))
            .VisitType(new VisitType("monitoring-visit", "Monitoring visit", [], [], Period.FromDays(2), "Agreed with the local authority"))
            .Source("Ofsted, Inspecting local authority children's services (gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018)")
            .Source("Standard (two weeks) and short (one week) inspections, focused visits of two days: sambuz.com ILACS presentation; cypnow.co.uk inspections clinic")
            .Source("JT-39/ofsted-ilacs-scrape-tool, ofsted_csc_ilacs_history.csv: published outcomes 2018–2026");

    public static FrameworkBuilder WithPracticeRule(this FrameworkBuilder builder, string[] practiceJudgements, string source) =>
        builder.Rule(new ForcedGradeRule(
            "inadequate-practice-means-inadequate-overall",
            OverallEffectiveness,
            practiceJudgements,
            "inadequate",
            RuleStrength.Likely,
            "A local authority inadequate for the experiences and progress of any group of children is normally inadequate overall.",
            source));
}
