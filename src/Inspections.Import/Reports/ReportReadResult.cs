using System.Collections.Immutable;
using Inspections.Core.Validation;

namespace Inspections.Import.Reports;

/// <summary>What reading one report gave.</summary>
/// <param name="File">The report's file name, as given.</param>
/// <param name="Layout">The layout recognised, or null when the file is not a readable report of a known layout.</param>
/// <param name="Documents">The documents, in the report's order (a combined SIF report: the inspection, then its LSCB review); empty when an error stopped them.</param>
/// <param name="Issues">Every problem found, each naming the file and, where there is one, the page (<see cref="Diagnostic.Line"/>).</param>
public sealed record ReportReadResult(
    string File,
    ReportLayout? Layout,
    ImmutableArray<ReportedInspection> Documents,
    DiagnosticList Issues);
