// Kept in one file because the row loop and its column readers share one row context; its codes and their
// messages are in ImportCodes.cs.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Import;

/// <summary>
/// Reads the ILACS history CSV (<c>ofsted_csc_ilacs_history.csv</c>, one row per published ILACS inspection report)
/// into typed inspections. Every row it cannot type is reported with its code (<see cref="ImportCodes"/>), line,
/// column and the reason; nothing is dropped silently, repaired or guessed. Quirks with one clear meaning (a grade
/// written "to requires improvement", white space around a field) are mapped and reported as warnings.
/// </summary>
/// <remarks>
/// The framework follows from the first day of fieldwork (ilacs-2018 until the end of 2022, ilacs-2023 until
/// March 2026, ilacs-2026 from April 2026), and the file's own markers must agree: a care leavers column saying
/// <c>inspection_pre_dates_judgement</c> belongs to ilacs-2018, an overall column saying
/// <c>not_reported_post_reform</c> to ilacs-2026. Every inspection imported is one that writes to a document the
/// reader accepts as valid (IMP041 otherwise). Thread-safe: it keeps no state between imports.
/// </remarks>
public static class IlacsCsvImporter
{
    /// <summary>The columns the importer reads.</summary>
    public static readonly ImmutableArray<string> RequiredColumns =
    [
        "urn", "local_authority", "inspection_link", "pdf_filename", "publication_date", "inspection_framework",
        "inspector_name", "inspection_start_date", "inspection_end_date", "overall_effectiveness_grade",
        "impact_of_leaders_grade", "help_and_protection_grade", "in_care_grade", "care_leavers_grade",
    ];

    /// <summary>
    /// Every column the importer knows: <see cref="RequiredColumns"/> and the scraper's <c>parser_version</c> (the
    /// version of the scraping tool, not a fact about the inspection: not imported). Another column's value is kept
    /// in the document's notes with a warning (IMP005).
    /// </summary>
    public static readonly ImmutableArray<string> KnownColumns = [.. RequiredColumns, "parser_version"];

    /// <summary>The most characters a field may have (IMP003): no real field is over 150, and 1,000 keeps every document far below the reader's 1 MiB.</summary>
    public const int MaxFieldLength = 1_000;

    private const string PreDatesJudgement = "inspection_pre_dates_judgement";
    private const string NotReportedPostReform = "not_reported_post_reform";
    private const string DataUnreadable = "data_unreadable";

    /// <summary>The last year a two-digit year can mean (the documented range is 2000–2030).</summary>
    private const int LastTwoDigitYear = 30;

    private static readonly LocalDatePattern FullYear = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    /// <summary>Imports the CSV file at <paramref name="csvPath"/>, with the lookup file when given.</summary>
    /// <param name="csvPath">The ILACS history CSV.</param>
    /// <param name="lookupPath">The local authority lookup CSV, or null to leave GSS codes and DfE numbers out.</param>
    /// <param name="catalog">The catalog whose ILACS frameworks apply, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>
    /// The inspections and the issues; each issue names its file. A file that cannot be read as the history CSV (not
    /// UTF-8, no header, a needed column missing or one named twice) is refused: <see cref="IlacsImportResult.IsRefused"/>,
    /// with the reason in <see cref="IlacsImportResult.Issues"/> (a refused lookup is in
    /// <see cref="IlacsImportResult.LookupIssues"/>, and the CSV is imported without it).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="csvPath"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static IlacsImportResult ImportFile(string csvPath, string? lookupPath = null, FrameworkCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        LocalAuthorityLookup? lookup = null;
        if (lookupPath is not null)
        {
            using var lookupStream = File.OpenRead(lookupPath);
            lookup = LocalAuthorityLookup.Read(lookupStream, lookupPath);
        }

        using var stream = File.OpenRead(csvPath);
        var result = ImportUtf8(stream, csvPath, lookup is { IsRefused: true } ? null : lookup, catalog);
        return lookup is { IsRefused: true } ? result with { LookupIssues = lookup.Issues } : result;
    }

    /// <summary>Imports CSV bytes, which must be UTF-8 (a UTF-8 byte order mark is allowed; UTF-16 and UTF-32 ones are refused, IMP090).</summary>
    /// <param name="utf8Csv">The CSV bytes, header first. The stream is read to its end and disposed.</param>
    /// <param name="fileName">The file's name, for <see cref="Diagnostic.File"/>; null to leave it out.</param>
    /// <param name="lookup">The local authority lookup, or null to leave GSS codes and DfE numbers out.</param>
    /// <param name="catalog">The catalog whose ILACS frameworks apply, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The inspections and the issues; a file that is not UTF-8 text (IMP090), has no header (IMP091) or a header without a needed column (IMP092) or with one twice (IMP093) is refused (<see cref="IlacsImportResult.IsRefused"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static IlacsImportResult ImportUtf8(Stream utf8Csv, string? fileName, LocalAuthorityLookup? lookup, FrameworkCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        using var reader = Utf8Text.Open(utf8Csv, fileName, out var refusal);
        return reader is null ? Refused(refusal!, lookup) : ImportText(reader, lookup, catalog, fileName);
    }

    /// <summary>Imports CSV text.</summary>
    /// <param name="csv">The CSV text, header first.</param>
    /// <param name="lookup">The local authority lookup, or null to leave GSS codes and DfE numbers out.</param>
    /// <param name="catalog">The catalog whose ILACS frameworks apply, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>
    /// The inspections and the issues; a text without a header (IMP091), with a header that lacks a needed column
    /// (IMP092) or names one twice (IMP093), or that the reader's decoder refuses (IMP090) is refused
    /// (<see cref="IlacsImportResult.IsRefused"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static IlacsImportResult Import(TextReader csv, LocalAuthorityLookup? lookup = null, FrameworkCatalog? catalog = null)
        => ImportText(csv, lookup, catalog, null);

    private static IlacsImportResult ImportText(TextReader csv, LocalAuthorityLookup? lookup, FrameworkCatalog? catalog, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(csv);
        try
        {
            return ImportRows(csv, lookup, catalog ?? FrameworkCatalog.Default, fileName);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            return Refused(Utf8Text.NotUtf8(e, fileName), lookup);
        }
    }

    private static IlacsImportResult Refused(Diagnostic refusal, LocalAuthorityLookup? lookup) =>
        new(0, [], new DiagnosticList([refusal])) { LookupIssues = lookup?.Issues ?? DiagnosticList.Empty };

    private static IlacsImportResult ImportRows(TextReader csv, LocalAuthorityLookup? lookup, FrameworkCatalog catalog, string? fileName)
    {
        // The parser repairs bad quoting silently; CsvRecordShape finds it, and the row is reported (IMP002).
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false };
        using var reader = new CsvReader(csv, config, leaveOpen: true);
        if (!reader.Read() || !reader.ReadHeader())
        {
            return Refused(Utf8Text.Refuse(ImportCodes.NoHeader, fileName, "The file"), lookup);
        }

        string[] header = reader.HeaderRecord!;
        if (CsvColumns.Check(header, fileName, "the ILACS history CSV", [.. RequiredColumns]) is { } refusal)
        {
            return Refused(refusal, lookup);
        }

        int[] unknown = [.. Enumerable.Range(0, header.Length).Where(i => !KnownColumns.Contains(header[i]))];
        var inspections = ImmutableArray.CreateBuilder<ImportedInspection>();
        var issues = ImmutableArray.CreateBuilder<Diagnostic>();
        int rows = 0;
        while (reader.Read())
        {
            rows++;
            string raw = reader.Parser.RawRecord;
            var shape = CsvRecordShape.Of(raw);
            int firstLine = reader.Parser.RawRow - shape.LineBreaksInQuotes;
            var row = new IlacsRow(reader, header, firstLine, fileName);
            if (reader.Parser.Count != header.Length)
            {
                int lastLine = firstLine + CsvRecordShape.LineBreaks(raw.TrimEnd('\r', '\n'));
                issues.Add(shape.Closed
                    ? row.Skip(ImportCodes.FieldCountMismatch, null, reader.Parser.Count, header.Length)
                    : row.Skip(ImportCodes.QuoteNeverClosed, null, reader.Parser.Count, header.Length, firstLine, lastLine));
                continue;
            }

            var imported = shape.BadField >= 0
                ? row.SkipNull(ImportCodes.MalformedField, header[shape.BadField], ImportIssue.Quote(shape.BadFieldText!))
                : ImportRow(row, lookup, catalog, header, unknown);
            if (imported is null)
            {
                issues.Add(row.SkipIssue!);
                continue;
            }

            issues.AddRange(imported.Warnings);
            inspections.Add(imported);
        }

        return new IlacsImportResult(rows, inspections.ToImmutable(), new DiagnosticList(issues.ToImmutable()))
        {
            LookupIssues = lookup?.Issues ?? DiagnosticList.Empty,
        };
    }

    private static ImportedInspection? ImportRow(IlacsRow row, LocalAuthorityLookup? lookup, FrameworkCatalog catalog, string[] header, int[] unknown)
    {
        foreach (string column in RequiredColumns)
        {
            if (row.Raw(column).Length > MaxFieldLength)
            {
                return row.SkipNull(ImportCodes.FieldTooLong, column, row.Raw(column).Length, MaxFieldLength);
            }
        }

        foreach (int index in unknown)
        {
            if (row.Raw(index).Length > MaxFieldLength)
            {
                return row.SkipNull(ImportCodes.FieldTooLong, header[index].Length == 0 ? null : header[index], row.Raw(index).Length, MaxFieldLength);
            }
        }

        string urn = row["urn"];
        if (urn.Length == 0)
        {
            return row.SkipNull(ImportCodes.NoUrn, "urn");
        }

        string startText = row["inspection_start_date"], endText = row["inspection_end_date"];
        if (startText.Length == 0 || endText.Length == 0)
        {
            return row.SkipNull(ImportCodes.NoFieldworkDates, startText.Length == 0 ? "inspection_start_date" : "inspection_end_date");
        }

        if (!TryFieldworkDate(startText, out var start))
        {
            return row.SkipNull(ImportCodes.InvalidFieldworkDate, "inspection_start_date", ImportIssue.Quote(startText));
        }

        if (!TryFieldworkDate(endText, out var end))
        {
            return row.SkipNull(ImportCodes.InvalidFieldworkDate, "inspection_end_date", ImportIssue.Quote(endText));
        }

        var framework = catalog.InForceOn(start, SubjectKind.LocalAuthority).FirstOrDefault(f => f.Family == FrameworkFamily.Ilacs);
        if (framework is null)
        {
            return row.SkipNull(ImportCodes.NotIlacs, "inspection_start_date", start);
        }

        string visit;
        switch (row["inspection_framework"])
        {
            case "standard":
                visit = "standard-inspection";
                break;
            case "short":
                visit = "short-inspection";
                break;
            case var other:
                return other.Length == 0
                    ? row.SkipNull(ImportCodes.NoVisitType, "inspection_framework")
                    : row.SkipNull(ImportCodes.UnknownVisitType, "inspection_framework", ImportIssue.Quote(other));
        }

        var judgements = new List<JudgementGrade>();
        bool is2018 = framework.Id == FrameworkIds.Ilacs2018, is2026 = framework.Id == FrameworkIds.Ilacs2026;
        if (!Grade(row, "overall_effectiveness_grade", is2026 ? null : "overall-effectiveness", framework.Id, is2026 ? NotReportedPostReform : null, judgements)
            || !Grade(row, "impact_of_leaders_grade", "impact-of-leaders", framework.Id, null, judgements)
            || !Grade(row, "help_and_protection_grade", "children-who-need-help-and-protection", framework.Id, null, judgements)
            || !Grade(row, "in_care_grade", is2018 ? "children-in-care-and-care-leavers" : "children-in-care", framework.Id, null, judgements)
            || !Grade(row, "care_leavers_grade", is2018 ? null : "care-leavers", framework.Id, is2018 ? PreDatesJudgement : null, judgements))
        {
            return null;
        }

        var notes = new List<string> { $"Imported from the ILACS history CSV, line {row.Line} (URN {urn})." };
        var subject = Subject(row, urn, lookup, notes);
        if (subject is null)
        {
            return null;
        }

        LocalDate? published = null;
        string publishedText = row["publication_date"];
        if (publishedText.Length == 0)
        {
            row.Warn(ImportCodes.NoPublicationDate, "publication_date");
        }
        else if (TryPublicationDate(publishedText, out var date))
        {
            published = date;
        }
        else
        {
            return row.SkipNull(ImportCodes.InvalidPublicationDate, "publication_date", ImportIssue.Quote(publishedText));
        }

        Uri? source = null;
        string link = row["inspection_link"];
        if (link.Length > 0)
        {
            // As a document's reader and writer require: no white space or control character (a URI would quietly
            // escape them, and the written document would then not read back).
            if (!link.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
                && Uri.TryCreate(link, UriKind.Absolute, out var uri) && Inspection.IsValidSource(uri))
            {
                source = uri;
            }
            else
            {
                row.Warn(ImportCodes.InvalidLink, "inspection_link", ImportIssue.Quote(link));
            }
        }

        if (row["inspector_name"] is { Length: > 0 } inspector)
        {
            notes.Add($"Lead inspector: {inspector}.");
        }

        if (row["pdf_filename"] is { Length: > 0 } pdf)
        {
            notes.Add($"Report file: {pdf}.");
        }

        foreach (var (column, written) in row.Trimmed)
        {
            notes.Add($"The CSV's {column} was '{written}', with white space around it.");
        }

        foreach (int index in unknown)
        {
            if (row.Raw(index) is { Length: > 0 } value)
            {
                row.WarnAt(ImportCodes.ColumnNotMapped, header[index].Length == 0 ? ImportCodes.WholeRow : header[index], index + 1, ImportIssue.Quote(header[index]), ImportIssue.Quote(value));
                notes.Add($"The CSV's column {index + 1} ('{header[index]}') says '{value}'.");
            }
        }

        var inspection = new Inspection(framework.Id, visit, subject, new Fieldwork(start, end), JudgementGrades.Create(judgements))
        {
            Published = published,
            Source = source,
            Notes = string.Join(" ", notes),
        };

        // The document the command writes must read back as a valid inspection: if not, the row is reported, not written.
        var readBack = InspectionJson.Read(InspectionJson.WriteToUtf8Bytes(inspection, catalog), catalog);
        if (readBack.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            return row.SkipNull(ImportCodes.InvalidInspection, null, error.Code, error.Message);
        }

        return new ImportedInspection(row.Line, inspection, new DiagnosticList([.. row.Warnings]));
    }

    /// <summary>The subject: from the lookup when it knows the URN, otherwise as the CSV names it. Notes and warnings say which.</summary>
    private static InspectionSubject? Subject(IlacsRow row, string urn, LocalAuthorityLookup? lookup, List<string> notes)
    {
        string csvName = row["local_authority"];
        if (lookup is not null && lookup.TryGet(urn, out var authority))
        {
            if (!string.Equals(csvName, authority.Name, StringComparison.Ordinal))
            {
                notes.Add($"The CSV names the authority '{csvName}'; the lookup's ONS name is used.");
                if (!string.Equals(csvName, authority.Name, StringComparison.OrdinalIgnoreCase))
                {
                    row.Warn(ImportCodes.AuthorityRenamed, "local_authority", ImportIssue.Quote(csvName), ImportIssue.Quote(authority.Name));
                }
            }

            if (authority.LaNumber is null || authority.Gss is null)
            {
                row.Warn(ImportCodes.LookupCodeLeftOut, "urn",
                    ImportIssue.Quote(urn), authority.LaNumber is null && authority.Gss is null ? "DfE number or GSS code" : authority.LaNumber is null ? "DfE number (la_code)" : "GSS code (la_code_new)");
            }

            return new InspectionSubject(SubjectKind.LocalAuthority, authority.Name, authority.Gss, authority.LaNumber);
        }

        if (!InspectionSubject.IsValidName(csvName))
        {
            return row.SkipNull<InspectionSubject>(ImportCodes.NoAuthorityName, "local_authority");
        }

        if (lookup is not null && lookup.IsAmbiguous(urn))
        {
            row.Warn(ImportCodes.UrnAmbiguousInLookup, "urn", ImportIssue.Quote(urn));
        }
        else if (lookup is not null)
        {
            row.Warn(ImportCodes.UrnNotInLookup, "urn", ImportIssue.Quote(urn));
        }

        return new InspectionSubject(SubjectKind.LocalAuthority, csvName);
    }

    private static bool Grade(IlacsRow row, string column, string? judgementId, string frameworkId, string? expectedMarker, List<JudgementGrade> judgements)
    {
        string text = row[column];
        if (expectedMarker is not null)
        {
            if (text == expectedMarker)
            {
                return true;
            }

            row.Skip(ImportCodes.MarkerContradictsDates, column, frameworkId, expectedMarker, ImportIssue.Quote(text));
            return false;
        }

        switch (text)
        {
            case "outstanding":
            case "good":
            case "inadequate":
                judgements.Add(new JudgementGrade(judgementId!, text));
                return true;
            case "requires improvement":
                judgements.Add(new JudgementGrade(judgementId!, "requires-improvement"));
                return true;
            case "to requires improvement":
                row.Warn(ImportCodes.GradeWordingMapped, column);
                judgements.Add(new JudgementGrade(judgementId!, "requires-improvement"));
                return true;
            case DataUnreadable:
                row.Skip(ImportCodes.GradeUnreadable, column);
                return false;
            case PreDatesJudgement or NotReportedPostReform:
                row.Skip(ImportCodes.MarkerUnexpected, column, ImportIssue.Quote(text), frameworkId);
                return false;
            case "":
                row.Skip(ImportCodes.GradeMissing, column);
                return false;
            default:
                row.Skip(ImportCodes.NotAGrade, column, ImportIssue.Quote(text));
                return false;
        }
    }

    /// <summary>A fieldwork date: dd/mm/yyyy, as the file writes every one.</summary>
    private static bool TryFieldworkDate(string text, out LocalDate date)
    {
        var result = text.Length == 10 ? FullYear.Parse(text) : null;
        date = result is { Success: true } ? result.Value : default;
        return result is { Success: true };
    }

    /// <summary>A publication date: dd/mm/yy (as the file writes every one; years 2000–2030) or dd/mm/yyyy.</summary>
    private static bool TryPublicationDate(string text, out LocalDate date)
    {
        date = default;
        if (text.Length == 8)
        {
            // dd/mm/yy: the two digits are a year of this century up to 2030; "99" is not 1999.
            return text[6] is >= '0' and <= '9' && text[7] is >= '0' and <= '9'
                && ((text[6] - '0') * 10) + (text[7] - '0') <= LastTwoDigitYear
                && TryFieldworkDate(string.Concat(text.AsSpan(0, 6), "20", text.AsSpan(6)), out date);
        }

        return TryFieldworkDate(text, out date);
    }
}
