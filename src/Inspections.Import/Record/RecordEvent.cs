using System.Collections.Immutable;
using System.Linq;
using Inspections.Core;

namespace Inspections.Import.Record;

/// <summary>One event of the record: its inspection and every source it was made from.</summary>
/// <param name="Inspection">The inspection, as written.</param>
/// <param name="Sources">Its sources: the tables' rows first, then the reports, then the scrape.</param>
public sealed record RecordEvent(Inspection Inspection, ImmutableArray<RecordSource> Sources)
{
    /// <summary>Whether one of Ofsted's official tables has the event.</summary>
    public bool InTables => Sources.Any(s => s.Kind == RecordSourceKind.OfficialTable);

    /// <summary>Whether one of Ofsted's reports has the event.</summary>
    public bool InReports => Sources.Any(s => s.Kind == RecordSourceKind.Report);

    /// <summary>Whether the event was taken from the scrape (neither the tables nor the reports have it).</summary>
    public bool FromScrape => Sources.Any(s => s.Kind == RecordSourceKind.Scrape);
}
