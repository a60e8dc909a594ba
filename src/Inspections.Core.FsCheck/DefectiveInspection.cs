using System;
using Inspections.Core.Catalog;
using Inspections.Core;
using Inspections.Core.Validation;

namespace Inspections.Core.FsCheck;

/// <summary>
/// An inspection with exactly one known defect, and the diagnostic code validation must raise for it: what
/// <see cref="InspectionGenerators.InspectionWithOneDefect()"/> generates.
/// </summary>
/// <remarks>
/// <para>
/// The inspection is a valid, warning-free inspection with one thing changed, so validating it raises
/// <see cref="ExpectedCode"/> and no other error. When the code is a warning (INS021, INS032) the inspection is
/// still valid and carries that warning. One defect can raise its code more than once: removing a required
/// judgement together with its sub-judgements, when those are required too, gives one INS014 for each.
/// </para>
/// <para>Immutable; equal by value (inspection, code and description).</para>
/// </remarks>
public sealed record DefectiveInspection
{
    internal DefectiveInspection(Inspection valid, Defect defect, Inspection inspection, string description, FrameworkCatalog catalog)
    {
        Valid = valid;
        Defect = defect;
        Inspection = inspection;
        Description = description;
        Catalog = catalog;
    }

    /// <summary>The inspection with the defect.</summary>
    public Inspection Inspection { get; }

    /// <summary>The diagnostic code validation must raise, such as <c>INS014</c>.</summary>
    public string ExpectedCode => Defect.Code;

    /// <summary>The severity of <see cref="ExpectedCode"/>: an error makes the inspection invalid; a warning does not.</summary>
    public DiagnosticSeverity ExpectedSeverity =>
        DiagnosticDescriptors.TryGet(ExpectedCode, out var descriptor) ? descriptor.Severity : DiagnosticSeverity.Error;

    /// <summary>What was changed, in plain English, such as "removed the required judgement 'care-leavers'".</summary>
    public string Description { get; }

    /// <summary>The valid inspection the defect was put into (kept so shrinking can shrink it and put the defect back).</summary>
    internal Inspection Valid { get; }

    /// <summary>The defect.</summary>
    internal Defect Defect { get; }

    /// <summary>The catalog the defect is relative to.</summary>
    internal FrameworkCatalog Catalog { get; }

    /// <inheritdoc/>
    public bool Equals(DefectiveInspection? other) =>
        other is not null
        && Inspection.Equals(other.Inspection)
        && string.Equals(ExpectedCode, other.ExpectedCode, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Inspection, StringComparer.Ordinal.GetHashCode(ExpectedCode));

    /// <summary>The code, the defect and the inspection, for test output.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ExpectedCode}: {Description} ({Inspection})";
}
