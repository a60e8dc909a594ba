using Inspections.Core;

namespace Inspections.Testing;

/// <summary>
/// The shape of an inspection before issue 15: no theme, no judgements not judged, whole fieldwork. JSON round-trip
/// properties are restricted to it until the reader and writer handle the new properties.
/// </summary>
public static class OldShape
{
    // widen when the reader reads theme/notJudged/partial fieldwork
    public static bool Holds(Inspection inspection) =>
        inspection.Theme is null && inspection.NotJudgedIds.IsEmpty && inspection.Fieldwork is { End: not null };
}
