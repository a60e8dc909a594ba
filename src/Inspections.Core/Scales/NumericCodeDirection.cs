namespace Inspections.Core.Scales;

/// <summary>
/// How a scale's official numeric codes run. Codes are labels printed by a regulator, not numbers to
/// calculate with: the direction only says which end of the printed range is the best grade.
/// </summary>
public enum NumericCodeDirection
{
    /// <summary>The scale has no official numeric codes.</summary>
    None = 0,

    /// <summary>A higher code is a better grade (the APA: 4 is outstanding, 1 is inadequate).</summary>
    HigherIsBetter = 1,

    /// <summary>A lower code is a better grade (Ofsted's later scales: 1 is outstanding, 4 is inadequate).</summary>
    LowerIsBetter = 2,
}
