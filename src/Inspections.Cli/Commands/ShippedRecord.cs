using System.Collections.Generic;
using Inspections.Core;
using Inspections.Data;

namespace Inspections.Cli.Commands;

/// <summary>The official record that ships with the tool (the Inspections.Data package).</summary>
internal static class ShippedRecord
{
    /// <summary>The record's inspections, or null when this build has no record.</summary>
    public static IReadOnlyList<Inspection>? Inspections => OfficialRecord.Inspections;
}
