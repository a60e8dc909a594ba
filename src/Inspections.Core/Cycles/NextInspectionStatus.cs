namespace Inspections.Core.Cycles;

/// <summary>Where an authority stands against its framework's cycle on the date asked about.</summary>
public enum NextInspectionStatus
{
    /// <summary>No graded inspection of the authority counts by the date (a new authority, or none in the record).</summary>
    NotYetInspected = 1,

    /// <summary>The framework in force states no next inspection for the authority's last grades.</summary>
    NoRule = 2,

    /// <summary>Inadequate: monitoring visits until Ofsted re-inspects; the rule sets no window.</summary>
    Monitoring = 3,

    /// <summary>The window has not opened yet.</summary>
    BeforeWindow = 4,

    /// <summary>The date is within the window.</summary>
    InWindow = 5,

    /// <summary>The window closed before the date with no graded inspection since.</summary>
    WindowPassed = 6,

    /// <summary>Routine inspection was suspended on the date (the record shows no fieldwork then).</summary>
    Suspended = 7,
}
