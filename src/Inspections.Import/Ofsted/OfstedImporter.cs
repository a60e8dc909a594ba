using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core;
using Inspections.Core.Validation;

namespace Inspections.Import.Ofsted;

/// <summary>
/// Imports Ofsted's official statistics on local authority children's services inspections (the CSV of any of the
/// four sheets in <see cref="OfstedSheet"/>, each recognised by its header, as exported by Excel or LibreOffice)
/// into one inspection per event: rows of different sheets that describe one inspection are merged, and the notes
/// name every source row (file:line).
/// </summary>
/// <remarks>
/// <para>
/// What the tables say is kept and nothing is guessed: grades recoded by Ofsted into the current wording are given
/// back as the grades of the time (and the notes say so), "-" becomes <c>notJudged</c>, an empty group of cells
/// means no such inspection, and the dates are those the table gives (publication only, or the first day of
/// fieldwork, or both). Every row or cell that cannot be typed is reported as a <see cref="Diagnostic"/>
/// with its IMP code at file:line:column (docs/import.md).
/// </para>
/// <para>Thread-safe: it keeps no state between imports.</para>
/// </remarks>
public static class OfstedImporter
{
    /// <summary>Imports files.</summary>
    /// <param name="paths">The CSV files, any of the four sheets, in any order.</param>
    /// <param name="catalog">The catalog whose ILACS frameworks apply, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The inspections and the issues; a file that is not UTF-8 or not a known sheet is reported (IMP090, IMP100).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of them is null.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public static OfstedImportResult ImportFiles(IEnumerable<string> paths, FrameworkCatalog? catalog = null)
    {
        if (paths is null)
        {
            throw new ArgumentNullException(nameof(paths));
        }

        var files = new List<KeyValuePair<string, Stream>>();
        try
        {
            foreach (string path in paths)
            {
                files.Add(new(path ?? throw new ArgumentNullException(nameof(paths), "A path is null."), File.OpenRead(path)));
            }

            return Import(files, catalog);
        }
        finally
        {
            foreach (var file in files)
            {
                file.Value.Dispose();
            }
        }
    }

    /// <summary>Imports the bytes of files, each named as its issues and notes should name it.</summary>
    /// <param name="files">Each file's name and bytes (UTF-8, with or without a byte order mark), in order.</param>
    /// <param name="catalog">The catalog whose ILACS frameworks apply, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The inspections and the issues.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/>, a name or a stream is null.</exception>
    /// <exception cref="IOException">A stream cannot be read.</exception>
    public static OfstedImportResult Import(IEnumerable<KeyValuePair<string, Stream>> files, FrameworkCatalog? catalog = null)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        catalog ??= FrameworkCatalog.Default;
        var issues = new List<Diagnostic>();
        var sheets = ImmutableArray.CreateBuilder<(string, OfstedSheet?)>();
        var tables = new List<(string File, SheetLayout Layout, SheetRecord Record)>();
        int unplaced = 0;
        foreach (var (name, stream) in files)
        {
            if (name is null || stream is null)
            {
                throw new ArgumentNullException(nameof(files), "A file's name or stream is null.");
            }

            sheets.Add((name, Recognise(name, stream, tables, issues, ref unplaced)));
        }

        // Names and GSS codes given side by side, for the sheets that give names only.
        var index = new AuthorityIndex();
        foreach (var (_, layout, record) in tables.Where(t => t.Layout.Has("Local authority area code")))
        {
            string gss = record[layout.IndexOf("Local authority area code")], name = record[layout.IndexOf("Local authority name")];
            if (InspectionSubject.IsValidGss(gss) && name.Length > 0)
            {
                index.Add(name, gss);
            }
        }

        var events = new List<OfficialEvent>();
        foreach (var (file, layout, record) in tables)
        {
            var row = new OfstedRow(file, layout, record, issues);
            if (!record.Closed)
            {
                row.Report(null, ImportCodes.CellNeverClosed);
                continue;
            }

            if (record.BadCell >= 0)
            {
                issues.Add(OfstedRow.At(file, record.Line, CellAt(layout, record.BadCell), ImportCodes.MalformedField, ImportIssue.Quote(record.BadCellText!)));
                continue;
            }

            if (record.Cells.Length > layout.Columns.Length)
            {
                issues.Add(OfstedRow.At(file, record.Line, CellAt(layout, layout.Columns.Length), ImportCodes.CellPastLastColumn, record.Cells.Length, layout.Columns.Length));
                continue;
            }

            int before = events.Count;
            if (layout.Sheet == OfstedSheet.History2009To2023)
            {
                History2009Mapper.Map(row, events);
            }
            else
            {
                IlacsRowMapper.Map(row, catalog, events);
            }

            for (int i = before; i < events.Count; i++)
            {
                Resolve(events[i], index, issues);
            }
        }

        var disagreements = new List<RowDisagreement>();
        var merged = EventMerger.Merge(events, catalog, issues, disagreements);
        foreach (var e in merged.Where(e => e.IsIlacsInspection(catalog) && e.Sources.All(s => s.Sheet != OfstedSheet.IlacsHistory)))
        {
            var source = e.Sources[0];
            issues.Add(OfstedRow.At(source.File, source.Line, e.Columns.TryGetValue("visit", out var c) ? c : null,
                sheets.Any(s => s.Item2 == OfstedSheet.IlacsHistory) ? ImportCodes.NotInIlacsHistory : ImportCodes.NotInIlacsHistoryNoHistory,
                e.Name, e.Framework));
        }

        var built = merged
            .Select(e => (Event: e, Inspection: OfficialInspection.Create(e)))
            .OrderBy(b => b.Inspection, OfficialInspection.Order)
            .ToList();
        var inspections = ImmutableArray.CreateBuilder<Inspection>();
        var accepted = ImmutableArray.CreateBuilder<OfficialEvent>();
        var rejected = ImmutableArray.CreateBuilder<Inspection>();
        foreach (var (e, inspection) in built)
        {
            var errors = InspectionValidator.Validate(inspection, catalog).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count == 0)
            {
                inspections.Add(inspection);
                accepted.Add(e);
                continue;
            }

            rejected.Add(inspection);
            var source = e.Sources[0];
            issues.Add(OfstedRow.At(source.File, source.Line, e.Columns.TryGetValue("visit", out var c) ? c : null, ImportCodes.OfficialInspectionInvalid,
                inspection.FrameworkId, inspection.VisitTypeId, inspection.Subject.Name,
                e.Sources.Count == 1 ? "this row makes" : $"this row and {e.Sources.Count - 1} more make",
                string.Join("; ", errors.Select(d => $"{d.Code} at {d.Path}: {d.Message.TrimEnd('.')}"))));
        }

        var order = sheets.Select((s, i) => (s.Item1, i)).GroupBy(s => s.Item1).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var sorted = issues
            .OrderBy(i => order.TryGetValue(i.File ?? string.Empty, out int n) ? n : int.MaxValue)
            .ThenBy(i => i.Line)
            .ThenBy(i => i.Column ?? 0)
            .ToImmutableArray();
        return new OfstedImportResult(sheets.ToImmutable(), tables.Count + unplaced, inspections.ToImmutable(), rejected.ToImmutable(), new DiagnosticList(sorted))
        {
            Events = accepted.ToImmutable(),
            Disagreements = [.. disagreements],
        };
    }

    /// <summary>
    /// Names the authority as the register of local authorities does, with its GSS code and DfE number: by the GSS
    /// code the row gives, else by the name (the register's spellings, then the names and codes the other sheets
    /// give side by side).
    /// </summary>
    private static void Resolve(OfficialEvent e, AuthorityIndex index, List<Diagnostic> issues)
    {
        var register = LocalAuthorityRegister.Default;
        if (e.Gss is null && !register.TryResolve(e.Name, out _) && index.TryGetGss(e.Name, out string? gss))
        {
            e.Gss = gss;
        }

        if (register.TryResolve(e.Gss ?? e.Name, out var authority))
        {
            if (e.Gss is not null && !authority.GssCodes.Contains(e.Gss))
            {
                authority = null;
            }
            else
            {
                if (authority.Name != e.Name)
                {
                    e.Remark($"Ofsted's table writes the name '{e.Name}'.");
                }

                e.Name = authority.Name;
                e.RegisterKey = authority.GssCode;
                e.Gss ??= authority.GssCode;
                e.La ??= authority.DfeNumber;
            }
        }

        if (e.Gss is null)
        {
            var source = e.Sources[0];
            issues.Add(OfstedRow.At(source.File, source.Line, e.Columns.TryGetValue("name", out var c) ? c : null, ImportCodes.AuthorityNotMatched,
                ImportIssue.Quote(e.Name), source.Columns ?? "inspection"));
        }
    }

    /// <summary>The cell of a table at a zero-based index: its heading, or "column N" past the table's last.</summary>
    private static (int, string) CellAt(SheetLayout layout, int index) =>
        (index + 1, index < layout.Columns.Length ? layout.Columns[index] : $"column {index + 1}");

    /// <summary>
    /// Reads a file and finds its tables: each header row, and the data rows under it. Every line is placed: a title
    /// (one cell, before the first header or just before a later one), a header, a row of a table, or reported: a
    /// line of more than one cell before the first header is a damaged header or a row under one (IMP118).
    /// </summary>
    private static OfstedSheet? Recognise(string name, Stream stream, List<(string, SheetLayout, SheetRecord)> tables, List<Diagnostic> issues, ref int unplaced)
    {
        List<SheetRecord> records;
        try
        {
            using var reader = Utf8Text.Open(stream, name, out var refusal);
            if (reader is null)
            {
                issues.Add(refusal!);
                return null;
            }

            records = SheetReader.ReadAll(reader);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            issues.Add(Utf8Text.NotUtf8(e, name));
            return null;
        }

        SheetLayout? layout = null;
        OfstedSheet? sheet = null;
        var beforeHeader = new List<SheetRecord>();
        for (int i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var header = SheetLayout.Match(record);
            if (header is not null && (sheet is null || header.Sheet == sheet))
            {
                layout = header;
                sheet = header.Sheet;
                continue;
            }

            // Title lines: one-cell lines before the first header, and just before a later header (table 11's title).
            if (record.Cells.Length == 1 && (layout is null || NextIsHeader(records, i)))
            {
                continue;
            }

            if (layout is null)
            {
                beforeHeader.Add(record);
                continue;
            }

            tables.Add((name, layout, record));
        }

        if (sheet is null)
        {
            issues.Add(Utf8Text.Refuse(ImportCodes.NotASheet, name));
        }

        // Lines of more than one cell before the first header: a damaged header (said as the header it nearly is) and
        // the rows under it. In a file that is no sheet at all, IMP100 says nothing in it is imported; only a nearly
        // known header is named.
        int? firstHeader = sheet is null ? null : records.Find(r => SheetLayout.Match(r) is not null)?.Line;
        SheetRecord? damaged = beforeHeader.Find(r => SheetLayout.NearestMiss(r) is not null);
        foreach (var record in beforeHeader)
        {
            if (record == damaged)
            {
                var (near, column, difference) = SheetLayout.NearestMiss(record)!.Value;
                issues.Add(OfstedRow.At(name, record.Line, (column + 1, column < near.Columns.Length ? near.Columns[column] : $"column {column + 1}"),
                    ImportCodes.HeaderNearlyKnown, near.Describe(), difference));
                unplaced += sheet is null ? 0 : 1;
            }
            else if (firstHeader is { } line)
            {
                issues.Add(damaged is null
                    ? OfstedRow.At(name, record.Line, null, ImportCodes.BeforeHeader, record.Cells.Length, line)
                    : OfstedRow.At(name, record.Line, null, ImportCodes.NotUnderAHeader, record.Cells.Length, line, damaged.Line));
                unplaced++;
            }
        }

        return sheet;
    }

    private static bool NextIsHeader(List<SheetRecord> records, int i)
    {
        for (int j = i + 1; j < records.Count; j++)
        {
            if (SheetLayout.Match(records[j]) is not null)
            {
                return true;
            }

            if (records[j].Cells.Length != 1)
            {
                return false;
            }
        }

        return false;
    }
}
