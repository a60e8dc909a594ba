namespace Inspections.Core.Histories;

/// <summary>Which date places an inspection in a history: the first day of fieldwork when known, else the publication date.</summary>
public enum HistoryDateBasis
{
    /// <summary>Neither date is known: the inspection is kept, after the dated ones, but has no place in time.</summary>
    None,

    /// <summary>The first day of fieldwork.</summary>
    FieldworkStart,

    /// <summary>The publication date (the record gives no fieldwork date).</summary>
    Published,
}
