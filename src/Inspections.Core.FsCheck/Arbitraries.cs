using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;

namespace Inspections.Core.FsCheck;

/// <summary>
/// Arbitraries for FsCheck's type-driven properties: register the class with
/// <c>[Property(Arbitrary = new[] { typeof(Arbitraries) })]</c> and take <see cref="Grade"/>,
/// <see cref="GradingScale"/>, <see cref="InspectionFramework"/>, <see cref="Inspection"/> or
/// <see cref="FsCheck.DefectiveInspection"/> parameters.
/// </summary>
/// <remarks>
/// Everything comes from <see cref="FrameworkCatalog.Default"/>. An <see cref="Inspection"/> parameter is a valid
/// inspection (see <see cref="InspectionGenerators.ValidInspection()"/>) and shrinks to valid inspections; a
/// <see cref="FsCheck.DefectiveInspection"/> parameter carries exactly one defect and shrinks keeping it. For other
/// catalogs, or one framework and visit type, build an arbitrary from <see cref="InspectionGenerators"/> with
/// <c>Arb.From(generator, InspectionShrinker.Shrink)</c>.
/// </remarks>
/// <example>
/// <code>
/// [Property(Arbitrary = new[] { typeof(Arbitraries) })]
/// public bool Generated_inspections_are_valid(Inspection inspection) => InspectionValidator.Validate(inspection).IsValid;
/// </code>
/// </example>
public static class Arbitraries
{
    /// <summary>Grades of every known scale; a grade shrinks to the better grades of its own scale.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Grade> Grade() =>
        Arb.From(GradeGenerators.Grade(), grade => System.Linq.Enumerable.Take(grade.Scale.Grades, grade.Rank));

    /// <summary>The known scales (<see cref="GradeGenerators.KnownScales"/>); no shrinking.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GradingScale> Scale() => Arb.From(GradeGenerators.Scale());

    /// <summary>The frameworks of <see cref="FrameworkCatalog.Default"/>; no shrinking.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InspectionFramework> Framework() => Arb.From(FrameworkGenerators.Framework());

    /// <summary>Valid inspections of any framework and visit type of <see cref="FrameworkCatalog.Default"/>, shrinking to valid inspections.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Inspection> Inspection() => Arb.From(InspectionGenerators.ValidInspection(), InspectionShrinker.Shrink);

    /// <summary>Inspections with exactly one known defect and the code it raises, shrinking with the defect kept.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DefectiveInspection> DefectiveInspection() =>
        Arb.From(InspectionGenerators.InspectionWithOneDefect(), InspectionShrinker.Shrink);
}
