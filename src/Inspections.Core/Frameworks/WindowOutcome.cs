namespace Inspections.Core.Frameworks;

/// <summary>Where a date falls against an <see cref="InspectionWindow"/>.</summary>
public enum WindowOutcome
{
    /// <summary>Before the window opens.</summary>
    Early = 1,

    /// <summary>On a day of the window.</summary>
    Within = 2,

    /// <summary>After the window closes.</summary>
    Late = 3,
}
