namespace Inspections.Core.Scales;

/// <summary>How faithfully one grade of a crosswalk stands for the other.</summary>
public enum CrosswalkMatch
{
    /// <summary>The two grades mean the same thing (the same words with the same meaning).</summary>
    Exact = 0,

    /// <summary>
    /// The two grades are the nearest counterparts but do not mean the same thing (for example
    /// <c>adequate</c> met the minimum, while <c>requires-improvement</c> says the service is not yet good).
    /// </summary>
    Approximate = 1,
}
