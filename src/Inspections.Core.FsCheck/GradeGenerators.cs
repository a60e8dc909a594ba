using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Catalog;
using Inspections.Core.Scales;

namespace Inspections.Core.FsCheck;

/// <summary>
/// FsCheck generators of grading scales and their grades: the well-known scales of <see cref="GradingScales"/>
/// and every scale a framework of <see cref="FrameworkCatalog.Default"/> uses.
/// </summary>
/// <remarks>
/// A grade is ordinal: it belongs to one scale and is only ordered against grades of that scale. Generate pairs
/// with <see cref="TwoGradesOf"/> when a property compares grades, so both come from the same scale.
/// </remarks>
/// <example>
/// <code>
/// Prop.ForAll(GradeGenerators.Grade().ToArbitrary(), grade => grade.Scale.Contains(grade)).QuickCheckThrowOnFailure();
/// </code>
/// </example>
public static class GradeGenerators
{
    /// <summary>Every scale the generators draw on: those of <see cref="GradingScales.All"/>, then any other the default catalog uses.</summary>
    public static ImmutableArray<GradingScale> KnownScales { get; } =
        GradingScales.All.Concat(FrameworkCatalog.Default.All.Select(f => f.Scale)).Distinct().ToImmutableArray();

    /// <summary>A scale of <see cref="KnownScales"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<GradingScale> Scale() => Gen.Elements(KnownScales.AsEnumerable());

    /// <summary>A grade of <paramref name="scale"/>, each grade equally likely.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public static Gen<Grade> GradeOf(GradingScale scale)
    {
        if (scale is null)
        {
            throw new ArgumentNullException(nameof(scale));
        }

        return Gen.Elements(scale.Grades.AsEnumerable());
    }

    /// <summary>A grade of any scale of <see cref="KnownScales"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Grade> Grade() => Scale().SelectMany(GradeOf);

    /// <summary>Two grades of the same scale (possibly equal), for properties that order or compare grades.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public static Gen<(Grade First, Grade Second)> TwoGradesOf(GradingScale scale)
    {
        var grade = GradeOf(scale);
        return grade.SelectMany(_ => grade, (first, second) => (first, second));
    }

    /// <summary>A grade id that is not on <paramref name="scale"/>: a grade of another scale where there is one (<c>requires-improvement</c> for a scale with <c>adequate</c>), else an invented id.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public static Gen<string> GradeIdNotOn(GradingScale scale)
    {
        if (scale is null)
        {
            throw new ArgumentNullException(nameof(scale));
        }

        var foreign = KnownScales.SelectMany(s => s.Grades).Select(g => g.Id)
            .Concat(["very-good", "requires-improvement-to-be-good", "performs-well", "not-judged"])
            .Where(id => !scale.TryGetGrade(id, out _))
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        return Gen.Elements(foreign.AsEnumerable());
    }
}
