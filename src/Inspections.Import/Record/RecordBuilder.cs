using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using Inspections.Import.Ofsted;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Import.Record;

/// <summary>The ILACS scrape as the record build takes it: its file's name (for the notes) and its import.</summary>
/// <param name="FileName">The scrape's file name, as the notes name it (<c>ofsted_csc_ilacs_history.csv</c>).</param>
/// <param name="Result">What <see cref="IlacsCsvImporter"/> made of it.</param>
public sealed record RecordScrape(string FileName, IlacsImportResult Result);

/// <summary>
/// Builds the record of local authority children's services inspections from its sources, one inspection per
/// event: Ofsted's official tables (<see cref="OfstedImporter"/>), Ofsted's published reports (the report reader's
/// documents, as <see cref="RecordReport"/>s) and, only for what neither has, the ILACS scrape
/// (<see cref="IlacsCsvImporter"/>). The shipped record (<c>Inspections.Data</c>) is this build's output.
/// </summary>
/// <remarks>
/// <para>
/// A report and a table's event are one event when they are of one authority, of one kind (the same framework and
/// visit type; a graded ILACS inspection, short or standard; a SIF inspection or re-inspection) and their dates are
/// as near as the merger of the tables asks (<c>EventMerger.SameInspectionDates</c>); the nearest pair is taken
/// first, and each report and each event is paired once. Two reports of one event (the same kind and fieldwork) are
/// one event (IMP304).
/// </para>
/// <para>
/// Where sources disagree, the report stands for what it prints (the fieldwork, the grades, its publication line),
/// Ofsted's table for the type of inspection (short or standard, which no ILACS report prints) and for the
/// publication date of a report that prints none; between two tables, the later official one (as the importer
/// of the tables decides). Every disagreement is a <see cref="SourceDisagreement"/>, and the notes of a report's
/// event say the report's. A scrape row is used only when it is of no event of the tables or the reports and is
/// dated after <see cref="TablesAsAt"/>; a scrape row dated earlier that matches nothing is reported (IMP303).
/// </para>
/// <para>Thread-safe: it keeps no state.</para>
/// </remarks>
public static class RecordBuilder
{
    /// <summary>
    /// The day Ofsted's official tables run to: the newest sheet the importer knows is <i>Local authority inspection
    /// outcomes as at 31 March 2025</i>. An ILACS inspection begun or published later is in no table.
    /// </summary>
    public static LocalDate TablesAsAt { get; } = new(2025, 3, 31);

    /// <summary>The attribution the Open Government Licence v3.0 asks for, which every inspection's notes end with.</summary>
    public const string Attribution = OfficialInspection.Attribution;

    /// <summary>Builds the record.</summary>
    /// <param name="tables">What <see cref="OfstedImporter"/> made of Ofsted's official tables.</param>
    /// <param name="reports">The documents the report reader made of Ofsted's reports, or null for none.</param>
    /// <param name="scrape">The ILACS scrape, or null for none.</param>
    /// <param name="catalog">The catalog the record's inspections are validated against, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The record, every disagreement between its sources, and what could not be used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> is null, or a report is.</exception>
    public static RecordBuildResult Build(OfstedImportResult tables, IEnumerable<RecordReport>? reports = null, RecordScrape? scrape = null, FrameworkCatalog? catalog = null)
    {
        if (tables is null)
        {
            throw new ArgumentNullException(nameof(tables));
        }

        catalog ??= FrameworkCatalog.Default;
        var issues = new List<Diagnostic>();
        var drafts = new List<Draft>();
        var ofEvent = new Dictionary<OfficialEvent, Draft>(ReferenceEqualityComparer.Instance);
        bool withEvents = tables.Events.Length == tables.Inspections.Length;
        for (int i = 0; i < tables.Inspections.Length; i++)
        {
            var draft = new Draft(tables.Inspections[i], withEvents ? tables.Events[i] : null);
            if (draft.TableEvent is { } e)
            {
                draft.Sources.AddRange(e.Sources.Select(TableSource));
                ofEvent.Add(e, draft);
            }
            else
            {
                draft.Sources.Add(new RecordSource(RecordSourceKind.OfficialTable, "Ofsted's official tables"));
            }

            drafts.Add(draft);
        }

        foreach (var d in tables.Disagreements)
        {
            if (ofEvent.TryGetValue(d.Merged, out var draft))
            {
                bool judgement = d.Field is not ("fieldwork" or "published" or "visit" or "theme");
                var field = d.Field switch
                {
                    "fieldwork" => RecordField.FieldworkStart,
                    "published" => RecordField.Published,
                    "visit" => RecordField.VisitType,
                    "theme" => RecordField.Theme,
                    _ => RecordField.Judgement,
                };
                draft.Disagree(field, judgement ? d.Field : null, TableSource(d.Stood), d.StoodValue, TableSource(d.Other), d.OtherValue, Reason(d.Precedence), inNotes: false);
            }
        }

        if (reports is not null)
        {
            AddReports(drafts, [.. reports.Select(r => r ?? throw new ArgumentNullException(nameof(reports), "A report is null."))], issues, catalog);
        }

        foreach (var draft in drafts.Where(d => d.Reports.Count > 0))
        {
            ReportMerge.Apply(draft);
        }

        int typed = 0, matched = 0;
        var unmatched = ImmutableArray.CreateBuilder<ImportedInspection>();
        if (scrape is not null)
        {
            typed = scrape.Result.Inspections.Length;
            var graded = drafts.Where(d => IsGradedIlacs(d.Current, catalog)).ToLookup(d => AuthorityKey(d.Current.Subject), StringComparer.Ordinal);
            foreach (var row in scrape.Result.Inspections)
            {
                var s = row.Inspection;
                var match = graded[AuthorityKey(s.Subject)]
                    .Where(d => EventMerger.SameInspectionDates(d.Current.Fieldwork?.Start, d.Current.Published, s.Fieldwork?.Start, s.Published))
                    .OrderBy(d => EventMerger.Distance(d.Current.Fieldwork?.Start, d.Current.Published, s.Fieldwork?.Start, s.Published))
                    .FirstOrDefault();
                var source = new RecordSource(RecordSourceKind.Scrape, scrape.FileName, row.Line);
                if (match is not null)
                {
                    matched++;
                    match.CompareScrape(s, source);
                }
                else if (s.Fieldwork?.Start > TablesAsAt || s.Published > TablesAsAt)
                {
                    drafts.Add(Draft.FromScrape(row, scrape.FileName, source));
                }
                else
                {
                    unmatched.Add(row);
                    issues.Add(Issue(RecordCodes.ScrapeRowUnmatched, scrape.FileName, row.Line, s.FrameworkId, s.VisitTypeId, s.Subject.Name, DatesOf(s), DateText.Format(TablesAsAt)));
                }
            }
        }

        // The record: a table's event as the importer made it; the others validated and measured here.
        var built = new List<(Draft Draft, Inspection Inspection)>();
        foreach (var draft in drafts)
        {
            var inspection = draft.Current;
            if (draft.Changed)
            {
                var errors = InspectionValidator.Validate(inspection, catalog).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                if (errors.Count > 0)
                {
                    issues.Add(Issue(RecordCodes.RecordInspectionInvalid, draft.Sources[0], inspection.FrameworkId, inspection.VisitTypeId, inspection.Subject.Name,
                        string.Join(", ", draft.Sources), string.Join("; ", errors.Select(d => $"{d.Code} at {d.Path}: {d.Message.TrimEnd('.')}"))));
                    continue;
                }

                try
                {
                    InspectionJson.WriteToUtf8Bytes(inspection, catalog);
                }
                catch (ArgumentException e)
                {
                    issues.Add(Issue(ImportCodes.MergedDocumentUnwritable, draft.Sources[0], inspection.FrameworkId, inspection.VisitTypeId, inspection.Subject.Name, draft.Sources.Count - 1, e.Message));
                    continue;
                }
            }

            built.Add((draft, inspection));
        }

        var ordered = built.OrderBy(b => b.Inspection, OfficialInspection.Order).ToList();
        var events = ordered.Select(b => new RecordEvent(b.Inspection, [.. b.Draft.Sources])).ToImmutableArray();
        var disagreements = ordered.SelectMany(b => b.Draft.Disagreements.Select(d => d.For(b.Inspection))).ToImmutableArray();
        foreach (var report in drafts.Where(d => d.Table is null && d.Reports.Count > 0))
        {
            var i = report.Current;
            if ((i.Fieldwork?.Start ?? i.Published) <= TablesAsAt && built.Any(b => ReferenceEquals(b.Draft, report)))
            {
                issues.Add(Issue(RecordCodes.ReportNotInTables, report.Sources[0], i.FrameworkId, i.VisitTypeId, i.Subject.Name, DatesOf(i), DateText.Format(TablesAsAt)));
            }
        }

        return new RecordBuildResult(events, disagreements, new DiagnosticList([.. issues]))
        {
            ScrapeRowsTyped = typed,
            ScrapeRowsMatched = matched,
            ScrapeRowsUnmatched = unmatched.ToImmutable(),
            ReportGradesCompared = ordered.Sum(b => b.Draft.GradesCompared),
        };
    }

    /// <summary>Pairs reports with the tables' events: two reports of one event first, then each with its nearest event.</summary>
    private static void AddReports(List<Draft> drafts, List<RecordReport> reports, List<Diagnostic> issues, FrameworkCatalog catalog)
    {
        var groups = new List<List<RecordReport>>();
        var byEvent = new Dictionary<(string, string, string, LocalDate?, LocalDate?), List<RecordReport>>();
        foreach (var report in reports)
        {
            var i = report.Inspection;
            var key = (AuthorityKey(i.Subject), i.FrameworkId, i.VisitTypeId, i.Fieldwork?.Start, i.Fieldwork?.End);
            if (i.Fieldwork is not null && byEvent.TryGetValue(key, out var group))
            {
                issues.Add(Issue(RecordCodes.ReportsOfOneEvent, new RecordSource(RecordSourceKind.Report, report.File), i.FrameworkId, i.VisitTypeId, i.Subject.Name, DatesOf(i), $"'{group[0].File}'"));
                group.Add(report);
                continue;
            }

            group = [report];
            byEvent[key] = group;
            groups.Add(group);
        }

        var tables = drafts.ToLookup(d => AuthorityKey(d.Current.Subject), StringComparer.Ordinal);
        var pairs = new List<(int Distance, int Group, int Table, Draft Draft)>();
        for (int g = 0; g < groups.Count; g++)
        {
            var r = groups[g][0].Inspection;
            int t = 0;
            foreach (var draft in tables[AuthorityKey(r.Subject)])
            {
                var e = draft.Current;
                if (OneKind(e, r, catalog) && EventMerger.SameInspectionDates(e.Fieldwork?.Start, e.Published, r.Fieldwork?.Start, r.Published))
                {
                    pairs.Add((EventMerger.Distance(e.Fieldwork?.Start, e.Published, r.Fieldwork?.Start, r.Published), g, t, draft));
                }

                t++;
            }
        }

        var paired = new bool[groups.Count];
        foreach (var (_, g, _, draft) in pairs.OrderBy(p => p.Distance).ThenBy(p => p.Group).ThenBy(p => p.Table))
        {
            if (!paired[g] && draft.Reports.Count == 0)
            {
                paired[g] = true;
                draft.Reports.AddRange(groups[g]);
            }
        }

        for (int g = 0; g < groups.Count; g++)
        {
            if (!paired[g])
            {
                drafts.Add(Draft.FromReports(groups[g]));
            }
        }
    }

    /// <summary>
    /// Whether a table's event and a report's can be one inspection: the same framework and visit type, or two
    /// graded ILACS inspections (the report infers short or standard), or a SIF inspection and re-inspection (a
    /// re-inspection's report may be titled "Inspection of services").
    /// </summary>
    private static bool OneKind(Inspection table, Inspection report, FrameworkCatalog catalog) =>
        (table.FrameworkId == report.FrameworkId && table.VisitTypeId == report.VisitTypeId)
        || (IsGradedIlacs(table, catalog) && IsGradedIlacs(report, catalog))
        || (table.FrameworkId == FrameworkIds.Sif2013 && report.FrameworkId == FrameworkIds.Sif2013 && IsSifInspection(table) && IsSifInspection(report));

    private static bool IsSifInspection(Inspection i) => i.VisitTypeId is VisitTypeIds.FullInspection or VisitTypeIds.ReInspection;

    /// <summary>Whether an inspection is a graded ILACS standard or short inspection (its framework of the ILACS family in the catalog).</summary>
    internal static bool IsGradedIlacs(Inspection i, FrameworkCatalog catalog) =>
        catalog.TryGet(i.FrameworkId, out var framework) && framework.Family == FrameworkFamily.Ilacs
        && i.VisitTypeId is VisitTypeIds.StandardInspection or VisitTypeIds.ShortInspection;

    /// <summary>Who an inspection's subject is, for pairing: the register's current GSS code, else its own code, else its name.</summary>
    internal static string AuthorityKey(InspectionSubject subject) =>
        LocalAuthorityRegister.Default.TryResolve(subject.GssCode ?? subject.Name, out var authority) ? authority.GssCode : subject.GssCode ?? subject.Name;

    private static RecordSource TableSource(SourceRow row) => new(RecordSourceKind.OfficialTable, System.IO.Path.GetFileName(row.File), row.Line, row.Columns);

    private static DisagreementReason Reason(RowPrecedence precedence) => precedence switch
    {
        RowPrecedence.LaterWorkbook => DisagreementReason.LaterWorkbook,
        RowPrecedence.IlacsHistory => DisagreementReason.IlacsHistory,
        RowPrecedence.InYearFieldwork => DisagreementReason.InYearFieldwork,
        _ => DisagreementReason.FirstRow,
    };

    /// <summary>An inspection's dates in words: <c>fieldwork 2015-06-15 to 2015-06-17, published 2015-08-03</c>.</summary>
    internal static string DatesOf(Inspection i)
    {
        var parts = new List<string>();
        if (i.Fieldwork is { } f)
        {
            parts.Add(f.End is { } end ? $"fieldwork {DateText.Format(f.Start)} to {DateText.Format(end)}" : $"fieldwork from {DateText.Format(f.Start)}");
        }

        if (i.Published is { } p)
        {
            parts.Add($"published {DateText.Format(p)}");
        }

        return string.Join(", ", parts);
    }

    private static Diagnostic Issue(DiagnosticDescriptor descriptor, RecordSource source, params object?[] arguments) =>
        Issue(descriptor, source.File, source.Line, arguments);

    private static Diagnostic Issue(DiagnosticDescriptor descriptor, string file, int? line, params object?[] arguments) =>
        descriptor.Create(ImportCodes.WholeRow, arguments) with { File = file, Line = line };
}
