using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Inspections.Core.Scales;

/// <summary>
/// The four grading scales used to inspect children's services in England, 2008 onwards.
/// Each is a single, shared, immutable instance.
/// </summary>
public static class GradingScales
{
    /// <summary>
    /// <c>apa-four-point</c>: the Annual Performance Assessment's outstanding / good / adequate / inadequate,
    /// printed as 4, 3, 2, 1 (higher is better; the opposite of school inspection codes).
    /// </summary>
    public static GradingScale ApaFourPoint { get; } = new(
        "apa-four-point",
        "Annual performance assessment grades (4 outstanding to 1 inadequate)",
        [("outstanding", "Outstanding"), ("good", "Good"), ("adequate", "Adequate"), ("inadequate", "Inadequate")],
        [4, 3, 2, 1]);

    /// <summary>
    /// <c>cafcass-four-point</c>: Ofsted's inspections of Cafcass service areas, outstanding / good /
    /// satisfactory / inadequate, with no official numeric codes.
    /// </summary>
    public static GradingScale CafcassFourPoint { get; } = new(
        "cafcass-four-point",
        "Cafcass service area inspection grades",
        [("outstanding", "Outstanding"), ("good", "Good"), ("satisfactory", "Satisfactory"), ("inadequate", "Inadequate")]);

    /// <summary>
    /// <c>four-point-adequate</c>: outstanding / good / adequate / inadequate, coded 1 to 4 (lower is better),
    /// used by the 2009 safeguarding and looked after children inspections and the 2012 protection of children inspections.
    /// </summary>
    public static GradingScale FourPointAdequate { get; } = new(
        "four-point-adequate",
        "Ofsted four-point scale with 'adequate' (1 outstanding to 4 inadequate)",
        [("outstanding", "Outstanding"), ("good", "Good"), ("adequate", "Adequate"), ("inadequate", "Inadequate")],
        [1, 2, 3, 4]);

    /// <summary>
    /// <c>four-point-requires-improvement</c>: outstanding / good / requires improvement (to be good) / inadequate,
    /// coded 1 to 4 (lower is better), used by the single inspection framework from 2013 and by ILACS.
    /// </summary>
    public static GradingScale FourPointRequiresImprovement { get; } = new(
        "four-point-requires-improvement",
        "Ofsted four-point scale with 'requires improvement' (1 outstanding to 4 inadequate)",
        [("outstanding", "Outstanding"), ("good", "Good"), ("requires-improvement", "Requires improvement to be good"), ("inadequate", "Inadequate")],
        [1, 2, 3, 4]);

    /// <summary>All four scales, in the order above.</summary>
    public static ImmutableArray<GradingScale> All { get; } = [ApaFourPoint, CafcassFourPoint, FourPointAdequate, FourPointRequiresImprovement];

    /// <summary>Finds a well-known scale by id.</summary>
    /// <param name="id">The scale id; null finds nothing.</param>
    /// <param name="scale">The scale, when found.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> names one of the four scales.</returns>
    public static bool TryGet(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GradingScale? scale)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id, id, StringComparison.Ordinal))
            {
                scale = candidate;
                return true;
            }
        }

        scale = null;
        return false;
    }

    /// <summary>The well-known scale with id <paramref name="id"/>.</summary>
    /// <param name="id">The scale id.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No well-known scale has that id.</exception>
    public static GradingScale Get(string id) =>
        TryGet(id ?? throw new ArgumentNullException(nameof(id)), out var scale)
            ? scale
            : throw new KeyNotFoundException($"There is no well-known scale '{id}'; the scales are apa-four-point, cafcass-four-point, four-point-adequate and four-point-requires-improvement.");
}
