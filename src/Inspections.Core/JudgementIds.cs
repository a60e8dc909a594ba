namespace Inspections.Core;

/// <summary>The ids of the judgements of the built-in frameworks, as constants (one id may be a judgement of several frameworks).</summary>
/// <remarks>Each value is an id of ../shared/spec/identifiers.md; ids never change meaning once shipped.</remarks>
public static class JudgementIds
{
    /// <summary><c>achieving-economic-wellbeing</c>: Achieving economic well-being.</summary>
    public const string AchievingEconomicWellbeing = "achieving-economic-wellbeing";

    /// <summary><c>adoption-performance</c>: Adoption performance.</summary>
    public const string AdoptionPerformance = "adoption-performance";

    /// <summary><c>ambition-and-prioritisation</c>: Ambition and prioritisation.</summary>
    public const string AmbitionAndPrioritisation = "ambition-and-prioritisation";

    /// <summary><c>assessment-intervention-and-direct-work</c>: Assessment, intervention and direct work.</summary>
    public const string AssessmentInterventionAndDirectWork = "assessment-intervention-and-direct-work";

    /// <summary><c>being-healthy</c>: Being healthy.</summary>
    public const string BeingHealthy = "being-healthy";

    /// <summary><c>capacity-to-improve</c>: Capacity to improve, including the management of services.</summary>
    public const string CapacityToImprove = "capacity-to-improve";

    /// <summary><c>care-leavers</c>: The experiences and progress of care leavers.</summary>
    public const string CareLeavers = "care-leavers";

    /// <summary><c>case-planning-and-recording</c>: Case planning and recording.</summary>
    public const string CasePlanningAndRecording = "case-planning-and-recording";

    /// <summary><c>children-and-young-people-are-safe</c>: Children and young people are safe: the effectiveness of services in taking reasonable steps to ensure that they are safe.</summary>
    public const string ChildrenAndYoungPeopleAreSafe = "children-and-young-people-are-safe";

    /// <summary><c>children-and-young-people-feel-safe</c>: Children and young people feel safe.</summary>
    public const string ChildrenAndYoungPeopleFeelSafe = "children-and-young-people-feel-safe";

    /// <summary><c>children-in-care</c>: The experiences and progress of children in care.</summary>
    public const string ChildrenInCare = "children-in-care";

    /// <summary><c>children-in-care-and-care-leavers</c>: The experiences and progress of children in care and care leavers.</summary>
    public const string ChildrenInCareAndCareLeavers = "children-in-care-and-care-leavers";

    /// <summary><c>children-looked-after-and-achieving-permanence</c>: The experiences and progress of children looked after and achieving permanence.</summary>
    public const string ChildrenLookedAfterAndAchievingPermanence = "children-looked-after-and-achieving-permanence";

    /// <summary><c>children-who-need-help-and-protection</c>: The experiences and progress of children who need help and protection.</summary>
    public const string ChildrenWhoNeedHelpAndProtection = "children-who-need-help-and-protection";

    /// <summary><c>complaints-handling</c>: Complaints.</summary>
    public const string ComplaintsHandling = "complaints-handling";

    /// <summary><c>contribution-to-outcomes</c>: Contribution to improving outcomes for children and young people.</summary>
    public const string ContributionToOutcomes = "contribution-to-outcomes";

    /// <summary><c>effectiveness-of-help-and-protection</c>: Effectiveness of the help and protection provided to children, young people, families and carers.</summary>
    public const string EffectivenessOfHelpAndProtection = "effectiveness-of-help-and-protection";

    /// <summary><c>enjoying-and-achieving</c>: Enjoying and achieving.</summary>
    public const string EnjoyingAndAchieving = "enjoying-and-achieving";

    /// <summary><c>equality-and-diversity</c>: Equality and diversity.</summary>
    public const string EqualityAndDiversity = "equality-and-diversity";

    /// <summary><c>evaluation</c>: Evaluation, including performance management, quality assurance and workforce development.</summary>
    public const string Evaluation = "evaluation";

    /// <summary><c>experiences-and-progress-of-care-leavers</c>: The experiences and progress of care leavers.</summary>
    public const string ExperiencesAndProgressOfCareLeavers = "experiences-and-progress-of-care-leavers";

    /// <summary><c>health-contribution-to-keeping-children-safe</c>: The contribution of health agencies to keeping children and young people safe.</summary>
    public const string HealthContributionToKeepingChildrenSafe = "health-contribution-to-keeping-children-safe";

    /// <summary><c>impact-of-leaders</c>: The impact of leaders on social work practice with children and families.</summary>
    public const string ImpactOfLeaders = "impact-of-leaders";

    /// <summary><c>leadership-and-governance</c>: Leadership and governance.</summary>
    public const string LeadershipAndGovernance = "leadership-and-governance";

    /// <summary><c>leadership-and-management</c>: Targeted inspection of looked after children (2013): leadership and management.</summary>
    public const string LeadershipAndManagement = "leadership-and-management";

    /// <summary><c>leadership-management-and-governance</c>: Leadership, management and governance.</summary>
    public const string LeadershipManagementAndGovernance = "leadership-management-and-governance";

    /// <summary><c>leadership-management-and-planning</c>: Leadership, management and planning.</summary>
    public const string LeadershipManagementAndPlanning = "leadership-management-and-planning";

    /// <summary><c>looked-after-capacity-for-improvement</c>: Services for looked after children: capacity for improvement.</summary>
    public const string LookedAfterCapacityForImprovement = "looked-after-capacity-for-improvement";

    /// <summary><c>looked-after-leadership-and-management</c>: Services for looked after children: leadership and management.</summary>
    public const string LookedAfterLeadershipAndManagement = "looked-after-leadership-and-management";

    /// <summary><c>looked-after-overall-effectiveness</c>: Services for looked after children: overall effectiveness.</summary>
    public const string LookedAfterOverallEffectiveness = "looked-after-overall-effectiveness";

    /// <summary><c>looked-after-quality-of-provision</c>: Services for looked after children: quality of provision.</summary>
    public const string LookedAfterQualityOfProvision = "looked-after-quality-of-provision";

    /// <summary><c>lscb-effectiveness</c>: The effectiveness of the Local Safeguarding Children Board.</summary>
    public const string LscbEffectiveness = "lscb-effectiveness";

    /// <summary><c>making-a-positive-contribution</c>: Making a positive contribution.</summary>
    public const string MakingAPositiveContribution = "making-a-positive-contribution";

    /// <summary><c>outcomes-for-looked-after-children</c>: Targeted inspection of looked after children (2013): outcomes for looked after children and young people.</summary>
    public const string OutcomesForLookedAfterChildren = "outcomes-for-looked-after-children";

    /// <summary><c>overall-effectiveness</c>: overall effectiveness, the headline judgement of most frameworks.</summary>
    public const string OverallEffectiveness = "overall-effectiveness";

    /// <summary><c>partnership-working</c>: Partnership working.</summary>
    public const string PartnershipWorking = "partnership-working";

    /// <summary><c>partnerships</c>: Partnerships (the LSCB and the Children's Trust).</summary>
    public const string Partnerships = "partnerships";

    /// <summary><c>performance-management</c>: Performance management.</summary>
    public const string PerformanceManagement = "performance-management";

    /// <summary><c>quality-of-practice</c>: Quality of practice.</summary>
    public const string QualityOfPractice = "quality-of-practice";

    /// <summary><c>quality-of-provision</c>: Targeted inspection of looked after children (2013): quality of provision.</summary>
    public const string QualityOfProvision = "quality-of-provision";

    /// <summary><c>safeguarding</c>: Safeguarding.</summary>
    public const string Safeguarding = "safeguarding";

    /// <summary><c>safeguarding-capacity-for-improvement</c>: Safeguarding services: capacity for improvement.</summary>
    public const string SafeguardingCapacityForImprovement = "safeguarding-capacity-for-improvement";

    /// <summary><c>safeguarding-leadership-and-management</c>: Safeguarding services: leadership and management.</summary>
    public const string SafeguardingLeadershipAndManagement = "safeguarding-leadership-and-management";

    /// <summary><c>safeguarding-overall-effectiveness</c>: Safeguarding services: overall effectiveness.</summary>
    public const string SafeguardingOverallEffectiveness = "safeguarding-overall-effectiveness";

    /// <summary><c>safeguarding-quality-of-provision</c>: Safeguarding services: quality of provision.</summary>
    public const string SafeguardingQualityOfProvision = "safeguarding-quality-of-provision";

    /// <summary><c>service-responsiveness</c>: Service responsiveness.</summary>
    public const string ServiceResponsiveness = "service-responsiveness";

    /// <summary><c>staying-safe</c>: Staying safe.</summary>
    public const string StayingSafe = "staying-safe";

    /// <summary><c>user-engagement</c>: User engagement.</summary>
    public const string UserEngagement = "user-engagement";

    /// <summary><c>value-for-money</c>: Value for money.</summary>
    public const string ValueForMoney = "value-for-money";

    /// <summary><c>workforce-development</c>: Workforce development.</summary>
    public const string WorkforceDevelopment = "workforce-development";
}
