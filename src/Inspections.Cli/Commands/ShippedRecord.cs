using System.Collections.Generic;
using Inspections.Core.Inspections;

namespace Inspections.Cli.Commands;

/// <summary>The official record that ships with the tool, when this build has one (the Inspections.Data project).</summary>
internal static class ShippedRecord
{
    /// <summary>The record's inspections, or null when this build has no record.</summary>
    public static IReadOnlyList<Inspection>? Inspections => null;
}
