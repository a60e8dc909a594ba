namespace Inspections.Core;

/// <summary>The ids of the visit types of the built-in frameworks, as constants.</summary>
/// <remarks>Each value is an id of ../shared/spec/identifiers.md; ids never change meaning once shipped.</remarks>
public static class VisitTypeIds
{
    /// <summary><c>annual-performance-assessment</c>: apa-2008.</summary>
    public const string AnnualPerformanceAssessment = "annual-performance-assessment";

    /// <summary><c>service-area-inspection</c>: cafcass-2009.</summary>
    public const string ServiceAreaInspection = "service-area-inspection";

    /// <summary><c>full-inspection</c>: slac-2009, protection-of-children-2012 and sif-2013.</summary>
    public const string FullInspection = "full-inspection";

    /// <summary><c>safeguarding-reinspection</c>: slac-2009, the safeguarding strand re-inspected alone.</summary>
    public const string SafeguardingReinspection = "safeguarding-reinspection";

    /// <summary><c>looked-after-reinspection</c>: slac-2009, the looked after children strand re-inspected alone.</summary>
    public const string LookedAfterReinspection = "looked-after-reinspection";

    /// <summary><c>unannounced-contact-referral-assessment</c>: slac-2009, ungraded.</summary>
    public const string UnannouncedContactReferralAssessment = "unannounced-contact-referral-assessment";

    /// <summary><c>re-inspection</c>: protection-of-children-2012 and sif-2013.</summary>
    public const string ReInspection = "re-inspection";

    /// <summary><c>targeted-inspection</c>: looked-after-children-2013.</summary>
    public const string TargetedInspection = "targeted-inspection";

    /// <summary><c>lscb-review</c>: sif-2013, the review of the local safeguarding children board.</summary>
    public const string LscbReview = "lscb-review";

    /// <summary><c>standard-inspection</c>: ILACS.</summary>
    public const string StandardInspection = "standard-inspection";

    /// <summary><c>short-inspection</c>: ILACS.</summary>
    public const string ShortInspection = "short-inspection";

    /// <summary><c>focused-visit</c>: ILACS, ungraded.</summary>
    public const string FocusedVisit = "focused-visit";

    /// <summary><c>monitoring-visit</c>: ILACS, ungraded.</summary>
    public const string MonitoringVisit = "monitoring-visit";
}
