using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using Inspections.Core.Catalog;
using Inspections.Core.Inspections;
using Inspections.Core.Validation;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Import;

/// <summary>
/// Reads the ILACS history CSV (<c>ofsted_csc_ilacs_history.csv</c>, one row per published ILACS inspection report)
/// into typed inspections. Every row it cannot type is reported with its line and the reason; nothing is dropped
/// silently and nothing is guessed. Quirks with one clear meaning (a grade written "to requires improvement")
/// are mapped and reported as warnings.
/// </summary>
/// <remarks>
/// The framework follows from the first day of fieldwork (ilacs-2018 until the end of 2022, ilacs-2023 until
/// March 2026, ilacs-2026 from April 2026), and the file's own markers must agree: a care leavers column saying
/// <c>inspection_pre_dates_judgement</c> belongs to ilacs-2018, an overall column saying
/// <c>not_reported_post_reform</c> to ilacs-2026. Thread-safe: it keeps no state between imports.
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

    private const string PreDatesJudgement = "inspection_pre_dates_judgement";
    private const string NotReportedPostReform = "not_reported_post_reform";
    private const string DataUnreadable = "data_unreadable";

    private static readonly LocalDatePattern FullYear = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");
    private static readonly LocalDatePattern ShortYear = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yy");

    /// <summary>Imports the CSV file at <paramref name="csvPath"/>, with the lookup file when given.</summary>
    /// <param name="csvPath">The ILACS history CSV.</param>
    /// <param name="lookupPath">The local authority lookup CSV, or null to leave GSS codes and DfE numbers out.</param>
    /// <returns>The inspections and the issues.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csvPath"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="ImportFormatException">A file is not UTF-8 text, or its header lacks a column the importer needs.</exception>
    public static IlacsImportResult ImportFile(string csvPath, string? lookupPath = null)
    {
        var lookup = lookupPath is null ? null : LocalAuthorityLookup.ReadFile(lookupPath);
        using var reader = new StreamReader(csvPath ?? throw new ArgumentNullException(nameof(csvPath)), StrictUtf8, detectEncodingFromByteOrderMarks: true);
        return Import(reader, lookup);
    }

    /// <summary>UTF-8 that refuses bytes it cannot read, rather than replacing them with U+FFFD.</summary>
    internal static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Imports CSV text.</summary>
    /// <param name="csv">The CSV text, header first.</param>
    /// <param name="lookup">The local authority lookup, or null to leave GSS codes and DfE numbers out.</param>
    /// <param name="catalog">The catalog whose ILACS frameworks apply, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The inspections and the issues.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="ImportFormatException">
    /// The header lacks a column the importer needs, or there is no header, or the reader's decoder refuses the bytes
    /// (a reader with a strict encoding, as <see cref="ImportFile"/> uses, on a file that is not UTF-8).
    /// </exception>
    public static IlacsImportResult Import(TextReader csv, LocalAuthorityLookup? lookup = null, FrameworkCatalog? catalog = null)
    {
        if (csv is null)
        {
            throw new ArgumentNullException(nameof(csv));
        }

        try
        {
            return ImportRows(csv, lookup, catalog);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw NotText(e);
        }
    }

    /// <summary>The error for text that cannot be decoded.</summary>
    internal static ImportFormatException NotText(System.Text.DecoderFallbackException e) => new(
        ImportCodes.NotUtf8,
        $"The file is not UTF-8 text: the bytes [{Convert.ToHexString(e.BytesUnknown ?? [])}] cannot be read as UTF-8. Save it as UTF-8.", e);

    private static IlacsImportResult ImportRows(TextReader csv, LocalAuthorityLookup? lookup, FrameworkCatalog? catalog)
    {

        catalog ??= FrameworkCatalog.Default;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false };
        using var reader = new CsvReader(csv, config, leaveOpen: true);
        if (!reader.Read() || !reader.ReadHeader())
        {
            throw new ImportFormatException(ImportCodes.NoHeader, "The file is empty: it has no header row.");
        }

        CsvColumns.Require(reader, "the ILACS history CSV", [.. RequiredColumns]);
        int columnCount = reader.HeaderRecord!.Length;
        var inspections = ImmutableArray.CreateBuilder<ImportedInspection>();
        var issues = ImmutableArray.CreateBuilder<ImportIssue>();
        int rows = 0;
        while (reader.Read())
        {
            rows++;
            var (firstLine, lastLine, closed) = LinesOf(reader.Parser);
            var row = new Row(reader, firstLine);
            if (reader.Parser.Count != columnCount)
            {
                issues.Add(row.Skip(ImportCodes.FieldCountMismatch, null, closed
                    ? $"The row has {reader.Parser.Count} fields; the header has {columnCount}."
                    : $"The row has {reader.Parser.Count} fields; the header has {columnCount}: a quoted field on line {firstLine} is never closed, so the rest of the file, to line {lastLine}, is read as part of it."));
                continue;
            }

            var imported = ImportRow(row, lookup, catalog);
            if (imported is null)
            {
                issues.Add(row.SkipIssue!);
                continue;
            }

            issues.AddRange(imported.Warnings);
            inspections.Add(imported);
        }

        return new IlacsImportResult(rows, inspections.ToImmutable(), issues.ToImmutable());
    }

    private static ImportedInspection? ImportRow(Row row, LocalAuthorityLookup? lookup, FrameworkCatalog catalog)
    {
        string urn = row["urn"];
        if (urn.Length == 0)
        {
            row.Skip(ImportCodes.NoUrn, "urn", "The row has no URN, so the local authority cannot be named reliably.");
            return null;
        }

        string startText = row["inspection_start_date"], endText = row["inspection_end_date"];
        if (startText.Length == 0 || endText.Length == 0)
        {
            row.Skip(ImportCodes.NoFieldworkDates, startText.Length == 0 ? "inspection_start_date" : "inspection_end_date",
                "The row has no inspection dates (the scraper found none; most such rows are reports of the earlier framework), so its framework cannot be told.");
            return null;
        }

        if (!TryDate(startText, out var start) || !TryDate(endText, out var end))
        {
            bool badStart = !TryDate(startText, out _);
            row.Skip(ImportCodes.InvalidFieldworkDate, badStart ? "inspection_start_date" : "inspection_end_date",
                $"'{(badStart ? startText : endText)}' is not a date in the form dd/mm/yyyy.");
            return null;
        }

        var framework = catalog.InForceOn(start, SubjectKind.LocalAuthority).FirstOrDefault(f => f.Id.StartsWith("ilacs-", StringComparison.Ordinal));
        if (framework is null)
        {
            row.Skip(ImportCodes.NotIlacs, "inspection_start_date",
                $"Fieldwork starts on {start:yyyy-MM-dd}, when no ILACS framework was in force (ILACS began on 2018-01-01), so this is not an ILACS inspection.");
            return null;
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
                row.Skip(ImportCodes.UnknownVisitType, "inspection_framework",
                    other.Length == 0
                        ? "The row does not say whether it was a standard or a short inspection."
                        : $"'{other}' is neither 'standard' nor 'short'; which visit type it was cannot be told without guessing.");
                return null;
        }

        var judgements = new List<JudgementGrade>();
        bool is2018 = framework.Id == "ilacs-2018", is2026 = framework.Id == "ilacs-2026";
        if (!Grade(row, "overall_effectiveness_grade", is2026 ? null : "overall-effectiveness", framework.Id, is2026 ? NotReportedPostReform : null, judgements)
            || !Grade(row, "impact_of_leaders_grade", "impact-of-leaders", framework.Id, null, judgements)
            || !Grade(row, "help_and_protection_grade", "children-who-need-help-and-protection", framework.Id, null, judgements)
            || !Grade(row, "in_care_grade", is2018 ? "children-in-care-and-care-leavers" : "children-in-care", framework.Id, null, judgements)
            || !Grade(row, "care_leavers_grade", is2018 ? null : "care-leavers", framework.Id, is2018 ? PreDatesJudgement : null, judgements))
        {
            return null;
        }

        InspectionSubject subject;
        string csvName = row["local_authority"];
        if (lookup is not null && lookup.TryGet(urn, out var authority))
        {
            subject = new InspectionSubject(SubjectKind.LocalAuthority, authority.Name, authority.Gss, authority.LaNumber);
        }
        else
        {
            if (!InspectionSubject.IsValidName(csvName))
            {
                row.Skip(ImportCodes.NoAuthorityName, "local_authority", "The row has no usable local authority name and its URN is not in the lookup.");
                return null;
            }

            subject = new InspectionSubject(SubjectKind.LocalAuthority, csvName);
            if (lookup is not null)
            {
                row.Warn(ImportCodes.UrnNotInLookup, "urn", $"URN {urn} is not in the lookup; the name is kept as the CSV writes it and the GSS code and DfE number are left out.");
            }
        }

        LocalDate? published = null;
        string publishedText = row["publication_date"];
        if (publishedText.Length == 0)
        {
            row.Warn(ImportCodes.NoPublicationDate, "publication_date", "The row has no publication date; it is left out.");
        }
        else if (TryDate(publishedText, out var date))
        {
            published = date;
        }
        else
        {
            row.Skip(ImportCodes.InvalidPublicationDate, "publication_date", $"'{publishedText}' is not a date in the form dd/mm/yy or dd/mm/yyyy.");
            return null;
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
                row.Warn(ImportCodes.InvalidLink, "inspection_link", $"'{link}' is not an absolute http(s) link without spaces; it is left out.");
            }
        }

        var notes = new List<string> { $"Imported from the ILACS history CSV, line {row.Line} (URN {urn})." };
        if (row["inspector_name"] is { Length: > 0 } inspector)
        {
            notes.Add($"Lead inspector: {inspector}.");
        }

        if (row["pdf_filename"] is { Length: > 0 } pdf)
        {
            notes.Add($"Report file: {pdf}.");
        }

        var inspection = new Inspection(framework.Id, visit, subject, new Fieldwork(start, end), JudgementGrades.Create(judgements))
        {
            Published = published,
            Source = source,
            Notes = string.Join(" ", notes),
        };
        return new ImportedInspection(row.Line, inspection, row.Warnings.ToImmutableArray());
    }

    private static bool Grade(Row row, string column, string? judgementId, string frameworkId, string? expectedMarker, List<JudgementGrade> judgements)
    {
        string text = row[column];
        if (expectedMarker is not null)
        {
            if (text == expectedMarker)
            {
                return true;
            }

            row.Skip(ImportCodes.MarkerContradictsDates, column, $"Fieldwork dates put this row under {frameworkId}, where this column should say '{expectedMarker}', but it says '{text}'; the dates and the data disagree.");
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
                row.Warn(ImportCodes.GradeWordingMapped, column, "'to requires improvement' is read as 'requires improvement' (a scraping quirk with one meaning).");
                judgements.Add(new JudgementGrade(judgementId!, "requires-improvement"));
                return true;
            case DataUnreadable:
                row.Skip(ImportCodes.GradeUnreadable, column, "The scraper could not read this grade from the report (data_unreadable).");
                return false;
            case PreDatesJudgement or NotReportedPostReform:
                row.Skip(ImportCodes.MarkerContradictsDates, column, $"This column says '{text}', but fieldwork dates put the row under {frameworkId}, which has this judgement; the dates and the data disagree.");
                return false;
            case "":
                row.Skip(ImportCodes.GradeMissing, column, "The grade is missing.");
                return false;
            default:
                row.Skip(ImportCodes.NotAGrade, column, $"'{text}' is not a grade (outstanding, good, requires improvement, inadequate).");
                return false;
        }
    }

    /// <summary>
    /// The lines a row spans: a quoted field may hold line breaks. CsvHelper's raw row counts the line breaks inside
    /// quotes but not the one that ends the row. Closed is false when a quote is left open (the row then runs to the
    /// end of the file).
    /// </summary>
    private static (int First, int Last, bool Closed) LinesOf(IParser parser)
    {
        string raw = parser.RawRecord;
        int breaks = raw.Count(c => c == '\n');
        bool closed = raw.Count(c => c == '"') % 2 == 0;
        int inside = breaks - (closed && raw.EndsWith('\n') ? 1 : 0);
        int first = parser.RawRow - inside;
        return (first, first + raw.TrimEnd('\r', '\n').Count(c => c == '\n'), closed);
    }

    private static bool TryDate(string text, out LocalDate date)
    {
        var result = text.Length == 10 ? FullYear.Parse(text) : ShortYear.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>One data row: its fields by column name, and the issues raised about it.</summary>
    private sealed class Row(CsvReader reader, int line)
    {
        public int Line { get; } = line;

        public List<ImportIssue> Warnings { get; } = [];

        public ImportIssue? SkipIssue { get; private set; }

        public string this[string column] => (reader.GetField(column) ?? string.Empty).Trim();

        public ImportIssue Skip(DiagnosticDescriptor code, string? column, string message) =>
            SkipIssue = Issue(code, column, message);

        public void Warn(DiagnosticDescriptor code, string column, string message) =>
            Warnings.Add(Issue(code, column, message));

        private ImportIssue Issue(DiagnosticDescriptor code, string? column, string message) => new(code, Line, column, message)
        {
            ColumnNumber = column is null ? null : Array.IndexOf(reader.HeaderRecord ?? [], column) + 1 is > 0 and var n ? n : null,
        };
    }
}
