using System.Collections.Immutable;

namespace Inspections.Core.Scales;

/// <summary>
/// The built-in crosswalks between the well-known scales. No other pair of scales is comparable: in particular
/// <c>apa-four-point</c> and <c>cafcass-four-point</c> have no crosswalk to <c>four-point-requires-improvement</c>
/// (or to each other), because crosswalks are never chained through a third scale.
/// </summary>
public static class ScaleCrosswalks
{
    /// <summary><c>apa-four-point</c> ↔ <c>four-point-adequate</c>: the same words, every pair exact (only the printed codes run the other way).</summary>
    public static ScaleCrosswalk ApaToFourPointAdequate { get; } = new(
        GradingScales.ApaFourPoint,
        GradingScales.FourPointAdequate,
        [
            ("outstanding", "outstanding", CrosswalkMatch.Exact),
            ("good", "good", CrosswalkMatch.Exact),
            ("adequate", "adequate", CrosswalkMatch.Exact),
            ("inadequate", "inadequate", CrosswalkMatch.Exact),
        ]);

    /// <summary><c>cafcass-four-point</c> ↔ <c>four-point-adequate</c>: <c>satisfactory</c> ≈ <c>adequate</c>; the rest exact.</summary>
    public static ScaleCrosswalk CafcassToFourPointAdequate { get; } = new(
        GradingScales.CafcassFourPoint,
        GradingScales.FourPointAdequate,
        [
            ("outstanding", "outstanding", CrosswalkMatch.Exact),
            ("good", "good", CrosswalkMatch.Exact),
            ("satisfactory", "adequate", CrosswalkMatch.Approximate),
            ("inadequate", "inadequate", CrosswalkMatch.Exact),
        ]);

    /// <summary>
    /// <c>four-point-adequate</c> ↔ <c>four-point-requires-improvement</c>: <c>adequate</c> ≈ <c>requires-improvement</c>
    /// ("adequate" met the minimum; "requires improvement" says the service is not yet good); the rest exact.
    /// Its <see cref="ScaleCrosswalk.Note"/> says that the bar was raised in 2013.
    /// </summary>
    public static ScaleCrosswalk FourPointAdequateToRequiresImprovement { get; } = new(
        GradingScales.FourPointAdequate,
        GradingScales.FourPointRequiresImprovement,
        [
            ("outstanding", "outstanding", CrosswalkMatch.Exact),
            ("good", "good", CrosswalkMatch.Exact),
            ("adequate", "requires-improvement", CrosswalkMatch.Approximate),
            ("inadequate", "inadequate", CrosswalkMatch.Exact),
        ],
        "In November 2013 the single inspection framework replaced 'adequate' with 'requires improvement to be good' "
        + "and made 'good' the minimum expected, so the bar was raised: the same word on either side of this crosswalk "
        + "was not judged against the same criteria.");

    /// <summary>The three built-in crosswalks.</summary>
    public static ImmutableArray<ScaleCrosswalk> All { get; } =
        [ApaToFourPointAdequate, CafcassToFourPointAdequate, FourPointAdequateToRequiresImprovement];
}
