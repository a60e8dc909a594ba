namespace Inspections.Import;

/// <summary>What an import issue means for its row.</summary>
public enum ImportIssueSeverity
{
    /// <summary>The row was imported; a quirk with one clear meaning was mapped, or something was left out.</summary>
    Warning = 0,

    /// <summary>The row could not be typed and was not imported.</summary>
    Skipped = 1,
}
