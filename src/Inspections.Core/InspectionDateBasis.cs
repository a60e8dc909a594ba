namespace Inspections.Core;

/// <summary>
/// Which date places an inspection in time (<see cref="Inspection.Date"/>): the first day of fieldwork when it is
/// known, else the publication date, else none.
/// </summary>
public enum InspectionDateBasis
{
    /// <summary>Neither date is known: the inspection has no place in time (validation reports it, INS002).</summary>
    None,

    /// <summary>The first day of fieldwork (<see cref="Fieldwork.Start"/>): an inspection is made under the framework in force then.</summary>
    FieldworkStart,

    /// <summary>The publication date (<see cref="Inspection.Published"/>): the record gives no fieldwork dates.</summary>
    Published,
}
