using System;
using System.Collections.Immutable;
using Inspections.Core.Validation;

namespace Inspections.Import.Record;

/// <summary>
/// The stable <c>IMP300</c>–<c>IMP399</c> codes of the record build (<see cref="RecordBuilder"/>,
/// <c>inspections import record</c>) and of merging rows or sources into one event: each descriptor owns its code,
/// severity, title and message format. An error means an event was not written (the rest were); a warning that it
/// was, and says from what.
/// </summary>
/// <remarks>
/// IMP300, an event too big to write, is declared with the import foundation (<see cref="ImportCodes.MergedDocumentUnwritable"/>),
/// since merging rows into one event is the foundation's work that <c>import ofsted</c> shares; it is listed here,
/// in its range.
/// </remarks>
/// <remarks>Immutable and thread-safe. docs/import.md lists the codes (generated from <see cref="All"/>).</remarks>
public static class RecordCodes
{
    /// <summary>IMP301 (error): the sources of one event make an inspection that is not a valid inspections/v1 document; it is not written.</summary>
    public static readonly DiagnosticDescriptor RecordInspectionInvalid = new(
        "IMP301", DiagnosticSeverity.Error,
        "the sources of one event (a table's rows, a report, a scrape row) make an inspection that is not a valid inspections/v1 document; it is not written",
        "The {0} {1} of {2} made from {3} is not valid, so it is not written: {4}.");

    /// <summary>IMP302 (warning): a report's inspection is in none of Ofsted's tables although they cover its date; the record takes it from the report alone.</summary>
    public static readonly DiagnosticDescriptor ReportNotInTables = new(
        "IMP302", DiagnosticSeverity.Warning,
        "a report's inspection is in none of Ofsted's official tables although they run past its date; the record takes it from the report alone",
        "The {0} {1} of {2} ({3}) is in none of Ofsted's official tables, which run to {4}; the record takes it from the report alone.");

    /// <summary>IMP303 (warning): a scrape row dated within the official tables matches no inspection of the tables or the reports, so it is not added.</summary>
    public static readonly DiagnosticDescriptor ScrapeRowUnmatched = new(
        "IMP303", DiagnosticSeverity.Warning,
        "a scrape row dated within Ofsted's official tables matches no inspection of the tables or the reports, so it is not added (the scrape is used only for what neither has, after the tables' date)",
        "The scrape's {0} {1} of {2} ({3}) matches no inspection of Ofsted's tables or reports, which run to {4}, so it is not added.");

    /// <summary>IMP304 (warning): two report documents are of one event (the same report twice); they are one inspection, the first standing where they disagree.</summary>
    public static readonly DiagnosticDescriptor ReportsOfOneEvent = new(
        "IMP304", DiagnosticSeverity.Warning,
        "two report documents are of one inspection (the same inspection and fieldwork); they make one inspection, the first standing where they disagree",
        "This report's {0} {1} of {2} ({3}) is also {4}; they make one inspection.");

    /// <summary>Every code of the record build, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        ImportCodes.MergedDocumentUnwritable,
        RecordInspectionInvalid,
        ReportNotInTables,
        ScrapeRowUnmatched,
        ReportsOfOneEvent,
    ];

    /// <summary>Finds a code's descriptor.</summary>
    /// <param name="code">The code, such as <c>IMP302</c>; null finds nothing.</param>
    /// <param name="descriptor">The descriptor, when the code is one of <see cref="All"/>.</param>
    /// <returns><see langword="true"/> when the code is one of <see cref="All"/>.</returns>
    public static bool TryGetDescriptor(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DiagnosticDescriptor? descriptor)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code, code, StringComparison.Ordinal))
            {
                descriptor = candidate;
                return true;
            }
        }

        descriptor = null;
        return false;
    }
}
