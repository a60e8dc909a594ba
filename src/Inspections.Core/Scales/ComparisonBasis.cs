namespace Inspections.Core.Scales;

/// <summary>On what ground a comparison of two grades was made.</summary>
public enum ComparisonBasis
{
    /// <summary>No ground: the grades are not comparable.</summary>
    None = 0,

    /// <summary>Both grades are on one scale.</summary>
    SameScale = 1,

    /// <summary>The grades are on two scales linked by a crosswalk whose pairs for both grades are exact.</summary>
    CrosswalkExact = 2,

    /// <summary>The grades are on two scales linked by a crosswalk, and at least one of the pairs used is approximate.</summary>
    CrosswalkApproximate = 3,
}
