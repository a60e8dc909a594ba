namespace Inspections.Core.Scales;

/// <summary>Which way a grade moved from the earlier to the later one.</summary>
public enum ComparisonDirection
{
    /// <summary>The two grades cannot be compared honestly; the comparison's reason says why.</summary>
    NotComparable = 0,

    /// <summary>The later grade is better.</summary>
    Better = 1,

    /// <summary>The later grade is worse.</summary>
    Worse = 2,

    /// <summary>The two grades are the same band.</summary>
    Same = 3,
}
