using System;
using Inspections.Core.Catalog;
using Inspections.Core;

namespace Inspections.Core.FsCheck;

/// <summary>
/// One defect, with its parameters already chosen: a deterministic change that turns a valid, warning-free
/// inspection of one framework and visit type into one that raises <see cref="Code"/>. Applying the same defect
/// to a shrunk valid inspection gives the shrunk defective one.
/// </summary>
internal sealed class Defect
{
    private readonly Func<Inspection, (Inspection Result, string Description)?> _apply;

    public Defect(string code, Func<Inspection, (Inspection Result, string Description)?> apply)
    {
        Code = code;
        _apply = apply;
    }

    /// <summary>The code the defect raises.</summary>
    public string Code { get; }

    /// <summary>Puts the defect into a valid inspection, or returns null when it does not fit that inspection.</summary>
    public DefectiveInspection? ApplyTo(Inspection valid, FrameworkCatalog catalog) =>
        _apply(valid) is { } applied ? new DefectiveInspection(valid, this, applied.Result, applied.Description, catalog) : null;
}
