namespace Inspections.Core;

/// <summary>The ids of the frameworks in <see cref="Catalog.FrameworkCatalog.Default"/>, as constants.</summary>
/// <remarks>Each value is an id of ../shared/spec/identifiers.md; ids never change meaning once shipped.</remarks>
public static class FrameworkIds
{
    /// <summary><c>apa-2008</c>: the annual performance assessment of children's services, 2008.</summary>
    public const string Apa2008 = "apa-2008";

    /// <summary><c>cafcass-2009</c>: Ofsted's inspections of Cafcass service areas.</summary>
    public const string Cafcass2009 = "cafcass-2009";

    /// <summary><c>slac-2009</c>: inspections of safeguarding and looked after children services (SLAC).</summary>
    public const string Slac2009 = "slac-2009";

    /// <summary><c>protection-of-children-2012</c>: inspections of local authority arrangements for the protection of children.</summary>
    public const string ProtectionOfChildren2012 = "protection-of-children-2012";

    /// <summary><c>looked-after-children-2013</c>: targeted inspections of services for looked after children (2013).</summary>
    public const string LookedAfterChildren2013 = "looked-after-children-2013";

    /// <summary><c>sif-2013</c>: the single inspection framework, with reviews of LSCBs.</summary>
    public const string Sif2013 = "sif-2013";

    /// <summary><c>ilacs-2018</c>: inspecting local authority children's services (ILACS).</summary>
    public const string Ilacs2018 = "ilacs-2018";

    /// <summary><c>ilacs-2023</c>: ILACS as revised in 2023 (care leavers judged on their own).</summary>
    public const string Ilacs2023 = "ilacs-2023";

    /// <summary><c>ilacs-2026</c>: ILACS as revised in 2026 (no overall effectiveness judgement).</summary>
    public const string Ilacs2026 = "ilacs-2026";
}
