using System.Collections.Immutable;

namespace Inspections.Core.Catalog;

/// <summary>The built-in lineage: which judgement of each later framework succeeds which of an earlier one.</summary>
internal static class BuiltInLineage
{
    private const string Same = "The same judgement under the next revision of ILACS.";

    public static ImmutableArray<JudgementSuccession> Create() =>
    [
        // SLAC 2009 → protection of children 2012 and SIF 2013.
        new("slac-2009", "safeguarding-overall-effectiveness", "protection-of-children-2012", "overall-effectiveness",
            "The 2012 inspection judged the protection of children alone, as SLAC's safeguarding strand had."),
        new("slac-2009", "safeguarding-overall-effectiveness", "sif-2013", "children-who-need-help-and-protection",
            "SLAC's safeguarding strand became the SIF's key judgement on children who need help and protection."),
        new("slac-2009", "looked-after-overall-effectiveness", "sif-2013", "children-looked-after-and-achieving-permanence",
            "SLAC's looked after children strand became the SIF's key judgement on children looked after, which added permanence."),
        new("slac-2009", "safeguarding-leadership-and-management", "sif-2013", "leadership-management-and-governance",
            "SLAC graded leadership and management within each strand; the SIF graded leadership, management and governance of all children's services once. The safeguarding strand's is linked, as the strand the SIF's help and protection succeeds; the looked after children strand's has no successor."),
        new("slac-2009", "looked-after-overall-effectiveness", "looked-after-children-2013", "overall-effectiveness",
            "The targeted inspections of 2013 judged the overall effectiveness of services for looked after children, as SLAC's looked after children strand had."),

        // Targeted looked after children inspections 2013 → SIF 2013.
        new("looked-after-children-2013", "overall-effectiveness", "sif-2013", "children-looked-after-and-achieving-permanence",
            "The 2013 targeted inspection's judgement on services for looked after children became the SIF's key judgement on children looked after, which added permanence."),

        // Protection of children 2012 → SIF 2013.
        new("protection-of-children-2012", "effectiveness-of-help-and-protection", "sif-2013", "children-who-need-help-and-protection",
            "The 2012 judgement on the help and protection given to children became the SIF's key judgement on children who need help and protection."),
        new("protection-of-children-2012", "leadership-and-governance", "sif-2013", "leadership-management-and-governance",
            "Leadership and governance became leadership, management and governance of all children's services."),

        // SIF 2013 → ILACS 2018.
        new("sif-2013", "overall-effectiveness", "ilacs-2018", "overall-effectiveness",
            "Overall effectiveness under the framework that replaced the SIF, on the same scale."),
        new("sif-2013", "children-who-need-help-and-protection", "ilacs-2018", "children-who-need-help-and-protection",
            "The same key judgement under the framework that replaced the SIF."),
        new("sif-2013", "children-looked-after-and-achieving-permanence", "ilacs-2018", "children-in-care-and-care-leavers",
            "ILACS 2018 judged children in care and care leavers together; the SIF judged care leavers as a sub-judgement."),
        new("sif-2013", "leadership-management-and-governance", "ilacs-2018", "impact-of-leaders",
            "ILACS judges the impact of leaders on social work practice rather than leadership, management and governance."),
        new("sif-2013", "experiences-and-progress-of-care-leavers", "ilacs-2023", "care-leavers",
            "The SIF's graded sub-judgement on care leavers returned as a judgement of its own in 2023."),

        // ILACS 2018 → ILACS 2023.
        new("ilacs-2018", "overall-effectiveness", "ilacs-2023", "overall-effectiveness", Same),
        new("ilacs-2018", "impact-of-leaders", "ilacs-2023", "impact-of-leaders", Same),
        new("ilacs-2018", "children-who-need-help-and-protection", "ilacs-2023", "children-who-need-help-and-protection", Same),
        new("ilacs-2018", "children-in-care-and-care-leavers", "ilacs-2023", "children-in-care",
            "Split in 2023: the earlier judgement covered children in care and care leavers together, so its grade is compared with each part, approximately.",
            approximate: true),
        new("ilacs-2018", "children-in-care-and-care-leavers", "ilacs-2023", "care-leavers",
            "Split in 2023: the earlier judgement covered children in care and care leavers together, so its grade is compared with each part, approximately.",
            approximate: true),

        // ILACS 2023 → ILACS 2026 (overall effectiveness has no successor).
        new("ilacs-2023", "impact-of-leaders", "ilacs-2026", "impact-of-leaders", Same),
        new("ilacs-2023", "children-who-need-help-and-protection", "ilacs-2026", "children-who-need-help-and-protection", Same),
        new("ilacs-2023", "children-in-care", "ilacs-2026", "children-in-care", Same),
        new("ilacs-2023", "care-leavers", "ilacs-2026", "care-leavers", Same),
    ];
}
