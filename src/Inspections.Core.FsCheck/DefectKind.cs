using System;
using FsCheck;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;

namespace Inspections.Core.FsCheck;

/// <summary>
/// A kind of defect that raises one diagnostic code: where it fits (which frameworks and visit types) and how to
/// choose its parameters. See <see cref="DefectKinds"/>.
/// </summary>
internal sealed class DefectKind
{
    private readonly Func<InspectionFramework, VisitType, FrameworkCatalog, bool> _appliesTo;
    private readonly Func<InspectionFramework, VisitType, FrameworkCatalog, Gen<Defect>> _choose;

    public DefectKind(
        string code,
        Func<InspectionFramework, VisitType, FrameworkCatalog, bool> appliesTo,
        Func<InspectionFramework, VisitType, FrameworkCatalog, Gen<Defect>> choose)
    {
        Code = code;
        _appliesTo = appliesTo;
        _choose = choose;
    }

    /// <summary>The code the defect raises.</summary>
    public string Code { get; }

    /// <summary>Whether the defect can be put into every valid, warning-free inspection of this framework and visit type.</summary>
    public bool AppliesTo(InspectionFramework framework, VisitType visit, FrameworkCatalog catalog) => _appliesTo(framework, visit, catalog);

    /// <summary>Chooses the defect's parameters.</summary>
    public Gen<Defect> Choose(InspectionFramework framework, VisitType visit, FrameworkCatalog catalog) => _choose(framework, visit, catalog);
}
