namespace Inspections.Core.Frameworks;

/// <summary>
/// The family a framework belongs to: the editions of one kind of inspection (ILACS 2018, 2023 and 2026 are all
/// <see cref="Ilacs"/>). Ask <see cref="InspectionFramework.Family"/> rather than reading a framework's id
/// (<c>id.StartsWith("ilacs-")</c>): the family is declared once, with the framework.
/// </summary>
public enum FrameworkFamily
{
    /// <summary>A framework of no built-in family (one built with <see cref="FrameworkBuilder"/> without <see cref="FrameworkBuilder.Family"/>).</summary>
    Other,

    /// <summary>The annual performance assessment of children's services (<c>apa-2008</c>).</summary>
    AnnualPerformanceAssessment,

    /// <summary>Ofsted's inspections of Cafcass service areas (<c>cafcass-2009</c>).</summary>
    Cafcass,

    /// <summary>The inspections of safeguarding and looked after children services (<c>slac-2009</c>).</summary>
    SafeguardingAndLookedAfterChildren,

    /// <summary>The inspections of arrangements for the protection of children (<c>protection-of-children-2012</c>).</summary>
    ProtectionOfChildren,

    /// <summary>The targeted inspections of services for looked after children (<c>looked-after-children-2013</c>).</summary>
    LookedAfterChildren,

    /// <summary>The single inspection framework, with its reviews of LSCBs (<c>sif-2013</c>).</summary>
    SingleInspectionFramework,

    /// <summary>Inspections of local authority children's services (<c>ilacs-2018</c>, <c>ilacs-2023</c>, <c>ilacs-2026</c>).</summary>
    Ilacs,
}
