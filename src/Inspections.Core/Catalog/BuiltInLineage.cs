using System.Collections.Immutable;

namespace Inspections.Core.Catalog;

/// <summary>The built-in lineage: which judgement of each later framework succeeds which of an earlier one.</summary>
internal static class BuiltInLineage
{
    private const string Same = "The same judgement under the next revision of ILACS.";

    public static ImmutableArray<JudgementSuccession> Create() =>
    [
        // SLAC 2009 → protection of children 2012 and SIF 2013.
        new(FrameworkIds.Slac2009, JudgementIds.SafeguardingOverallEffectiveness, FrameworkIds.ProtectionOfChildren2012, JudgementIds.OverallEffectiveness,
            "The 2012 inspection judged the protection of children alone, as SLAC's safeguarding strand had."),
        new(FrameworkIds.Slac2009, JudgementIds.SafeguardingOverallEffectiveness, FrameworkIds.Sif2013, JudgementIds.ChildrenWhoNeedHelpAndProtection,
            "SLAC's safeguarding strand became the SIF's key judgement on children who need help and protection."),
        new(FrameworkIds.Slac2009, JudgementIds.LookedAfterOverallEffectiveness, FrameworkIds.Sif2013, JudgementIds.ChildrenLookedAfterAndAchievingPermanence,
            "SLAC's looked after children strand became the SIF's key judgement on children looked after, which added permanence."),
        new(FrameworkIds.Slac2009, JudgementIds.SafeguardingLeadershipAndManagement, FrameworkIds.Sif2013, JudgementIds.LeadershipManagementAndGovernance,
            "SLAC graded leadership and management within each strand; the SIF graded leadership, management and governance of all children's services once. The safeguarding strand's is linked, as the strand the SIF's help and protection succeeds; the looked after children strand's has no successor."),
        new(FrameworkIds.Slac2009, JudgementIds.LookedAfterOverallEffectiveness, FrameworkIds.LookedAfterChildren2013, JudgementIds.OverallEffectiveness,
            "The targeted inspections of 2013 judged the overall effectiveness of services for looked after children, as SLAC's looked after children strand had."),

        // Targeted looked after children inspections 2013 → SIF 2013.
        new(FrameworkIds.LookedAfterChildren2013, JudgementIds.OverallEffectiveness, FrameworkIds.Sif2013, JudgementIds.ChildrenLookedAfterAndAchievingPermanence,
            "The 2013 targeted inspection's judgement on services for looked after children became the SIF's key judgement on children looked after, which added permanence."),

        // Protection of children 2012 → SIF 2013.
        new(FrameworkIds.ProtectionOfChildren2012, JudgementIds.EffectivenessOfHelpAndProtection, FrameworkIds.Sif2013, JudgementIds.ChildrenWhoNeedHelpAndProtection,
            "The 2012 judgement on the help and protection given to children became the SIF's key judgement on children who need help and protection."),
        new(FrameworkIds.ProtectionOfChildren2012, JudgementIds.LeadershipAndGovernance, FrameworkIds.Sif2013, JudgementIds.LeadershipManagementAndGovernance,
            "Leadership and governance became leadership, management and governance of all children's services."),

        // SIF 2013 → ILACS 2018.
        new(FrameworkIds.Sif2013, JudgementIds.OverallEffectiveness, FrameworkIds.Ilacs2018, JudgementIds.OverallEffectiveness,
            "Overall effectiveness under the framework that replaced the SIF, on the same scale."),
        new(FrameworkIds.Sif2013, JudgementIds.ChildrenWhoNeedHelpAndProtection, FrameworkIds.Ilacs2018, JudgementIds.ChildrenWhoNeedHelpAndProtection,
            "The same key judgement under the framework that replaced the SIF."),
        new(FrameworkIds.Sif2013, JudgementIds.ChildrenLookedAfterAndAchievingPermanence, FrameworkIds.Ilacs2018, JudgementIds.ChildrenInCareAndCareLeavers,
            "ILACS 2018 judged children in care and care leavers together; the SIF judged care leavers as a sub-judgement."),
        new(FrameworkIds.Sif2013, JudgementIds.LeadershipManagementAndGovernance, FrameworkIds.Ilacs2018, JudgementIds.ImpactOfLeaders,
            "ILACS judges the impact of leaders on social work practice rather than leadership, management and governance."),
        new(FrameworkIds.Sif2013, JudgementIds.ExperiencesAndProgressOfCareLeavers, FrameworkIds.Ilacs2023, JudgementIds.CareLeavers,
            "The SIF's graded sub-judgement on care leavers returned as a judgement of its own in 2023."),

        // ILACS 2018 → ILACS 2023.
        new(FrameworkIds.Ilacs2018, JudgementIds.OverallEffectiveness, FrameworkIds.Ilacs2023, JudgementIds.OverallEffectiveness, Same),
        new(FrameworkIds.Ilacs2018, JudgementIds.ImpactOfLeaders, FrameworkIds.Ilacs2023, JudgementIds.ImpactOfLeaders, Same),
        new(FrameworkIds.Ilacs2018, JudgementIds.ChildrenWhoNeedHelpAndProtection, FrameworkIds.Ilacs2023, JudgementIds.ChildrenWhoNeedHelpAndProtection, Same),
        new(FrameworkIds.Ilacs2018, JudgementIds.ChildrenInCareAndCareLeavers, FrameworkIds.Ilacs2023, JudgementIds.ChildrenInCare,
            "Split in 2023: the earlier judgement covered children in care and care leavers together, so its grade is compared with each part, approximately.",
            approximate: true),
        new(FrameworkIds.Ilacs2018, JudgementIds.ChildrenInCareAndCareLeavers, FrameworkIds.Ilacs2023, JudgementIds.CareLeavers,
            "Split in 2023: the earlier judgement covered children in care and care leavers together, so its grade is compared with each part, approximately.",
            approximate: true),

        // ILACS 2023 → ILACS 2026 (overall effectiveness has no successor).
        new(FrameworkIds.Ilacs2023, JudgementIds.ImpactOfLeaders, FrameworkIds.Ilacs2026, JudgementIds.ImpactOfLeaders, Same),
        new(FrameworkIds.Ilacs2023, JudgementIds.ChildrenWhoNeedHelpAndProtection, FrameworkIds.Ilacs2026, JudgementIds.ChildrenWhoNeedHelpAndProtection, Same),
        new(FrameworkIds.Ilacs2023, JudgementIds.ChildrenInCare, FrameworkIds.Ilacs2026, JudgementIds.ChildrenInCare, Same),
        new(FrameworkIds.Ilacs2023, JudgementIds.CareLeavers, FrameworkIds.Ilacs2026, JudgementIds.CareLeavers, Same),
    ];
}
