// Kept in one file because it is the one table of the importers' stable IMP codes (../shared/spec/diagnostics.md):
// a code's meaning never changes, and a reader finds every code, its severity, meaning and message here.
using System;
using System.Collections.Immutable;
using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>
/// The stable <c>IMP…</c> codes of every importer: each issue an importer reports carries one, with the file, line
/// and column. A code's meaning and severity never change; a new kind of problem gets a new code. An error means
/// the row (or the lookup row, or the file) was not used; a warning means it was used, and says what was mapped or
/// left out. Each descriptor owns its code, severity, title (the meaning, as docs/import.md lists it) and message
/// format (formatted with the invariant culture; a value quoted from a file is an argument, quoted by the importer).
/// </summary>
/// <remarks>
/// IMP001–IMP099 belong to the import foundation (the CSV and UTF-8 problems every importer reports alike, and
/// the refusal of a file as a whole), the ILACS history CSV importer (<see cref="IlacsCsvImporter"/>) and its lookup
/// file (<see cref="LocalAuthorityLookup"/>); IMP100–IMP199 to the importer of Ofsted's official tables
/// (<c>import ofsted</c>), which also reports the foundation's IMP001, IMP002, IMP022, IMP041 and IMP090.
/// IMP200–IMP299 are the report reader's, IMP300–IMP399 the record builder's. Immutable and thread-safe.
/// </remarks>
public static class ImportCodes
{
    /// <summary>
    /// The <see cref="Diagnostic.Path"/> of an import diagnostic about a row (or a file) as a whole rather than one of
    /// its cells (whose diagnostics have the column's header as their path).
    /// </summary>
    public const string WholeRow = "(row)";

    // ---------------------------------------------------------------------------------------------------------
    // IMP001–IMP099: the import foundation, the ILACS history CSV (inspections import ilacs-csv) and its lookup.
    // ---------------------------------------------------------------------------------------------------------

    // The CSV itself, in any file.

    /// <summary>IMP001 (error): a row's fields do not fit the header (another number of fields than the header, or a non-empty cell past its last column), or a quoted field is never closed.</summary>
    public static readonly DiagnosticDescriptor FieldCountMismatch = new(
        "IMP001", DiagnosticSeverity.Error,
        "a row's fields do not fit the header: the ILACS CSV's row has another number of fields, an Ofsted sheet's row a non-empty cell past its table's last column; or a quoted field is never closed and runs to the end of the file",
        "The row has {0} fields; the header has {1}.");

    /// <summary>IMP001's message for a quoted field that is never closed.</summary>
    internal static readonly DiagnosticDescriptor QuoteNeverClosed = FieldCountMismatch with
    {
        MessageFormat = "The row has {0} fields; the header has {1}: a quoted field on line {2} is never closed, so the rest of the file, to line {3}, is read as part of it.",
    };

    /// <summary>IMP001's message for a sheet's row with a non-empty cell past its table's last column.</summary>
    internal static readonly DiagnosticDescriptor CellPastLastColumn = FieldCountMismatch with
    {
        MessageFormat = "The row has {0} cells; its table's header has {1} columns, so the row is not imported.",
    };

    /// <summary>IMP001's message for a sheet's quoted cell that is never closed.</summary>
    internal static readonly DiagnosticDescriptor CellNeverClosed = FieldCountMismatch with
    {
        MessageFormat = "A quoted cell on this line is never closed, so the rest of the file is read as part of it; the row is not imported.",
    };

    /// <summary>IMP002 (error): a field breaks the CSV quoting rules; it is not repaired.</summary>
    public static readonly DiagnosticDescriptor MalformedField = new(
        "IMP002", DiagnosticSeverity.Error,
        "a field breaks the CSV quoting rules (text after a closing quote, as in \"Sa\"\"rah\"x, \"\"x, \"Sarah\" Canto or \"Bar\"net, or a quote inside an unquoted field, as in O\"Brien); it is not repaired",
        "The field {0} breaks the CSV quoting rules (text after a closing quote, or a quote inside an unquoted field); what it should say cannot be told, so it is not repaired.");

    /// <summary>IMP003 (error): a field is longer than any real one, so long that the document could not be read back.</summary>
    public static readonly DiagnosticDescriptor FieldTooLong = new(
        "IMP003", DiagnosticSeverity.Error,
        "a field is longer than the importer takes (1,000 characters; no real field is over 150)",
        "The field is {0:N0} characters long; the importer takes at most {1:N0}.");

    /// <summary>IMP004 (warning): a field has white space at its start or end; it is removed, and the document's notes keep the field as written.</summary>
    public static readonly DiagnosticDescriptor WhiteSpaceTrimmed = new(
        "IMP004", DiagnosticSeverity.Warning,
        "a field has white space at its start or end; it is removed, and the document's notes keep the field as written",
        "The field {0} has white space at its start or end; it is removed.");

    /// <summary>IMP005 (warning): a column the importer does not map has a value in this row; the document's notes keep it.</summary>
    public static readonly DiagnosticDescriptor ColumnNotMapped = new(
        "IMP005", DiagnosticSeverity.Warning,
        "a column the importer does not map (not one of the ILACS history CSV's) has a value in the row; the row is imported and the document's notes keep the value",
        "The column {0} is not one the importer maps; its value {1} is kept in the notes only.");

    // Who was inspected.

    /// <summary>IMP010 (error): the row has no URN.</summary>
    public static readonly DiagnosticDescriptor NoUrn = new(
        "IMP010", DiagnosticSeverity.Error,
        "the row has no URN, so the local authority cannot be named reliably",
        "The row has no URN, so the local authority cannot be named reliably.");

    /// <summary>IMP011 (error): the row has no usable local authority name and its URN is not in the lookup.</summary>
    public static readonly DiagnosticDescriptor NoAuthorityName = new(
        "IMP011", DiagnosticSeverity.Error,
        "the row has no usable local authority name and its URN is not in the lookup",
        "The row has no usable local authority name and its URN is not in the lookup.");

    /// <summary>IMP012 (warning): the URN is not in the lookup; the CSV's name is kept and the GSS code and DfE number are left out.</summary>
    public static readonly DiagnosticDescriptor UrnNotInLookup = new(
        "IMP012", DiagnosticSeverity.Warning,
        "the URN is not in the lookup; the name is kept as the CSV writes it and the GSS code and DfE number are left out",
        "URN {0} is not in the lookup; the name is kept as the CSV writes it and the GSS code and DfE number are left out.");

    /// <summary>IMP013 (warning): the lookup's ONS name replaces a CSV name that differs from it by more than letter case.</summary>
    public static readonly DiagnosticDescriptor AuthorityRenamed = new(
        "IMP013", DiagnosticSeverity.Warning,
        "the lookup's ONS name replaces the CSV's name, which differs from it by more than letter case; the notes keep the CSV's name",
        "The CSV names the authority {0}; the lookup's ONS name {1} is used, and the notes keep the CSV's name.");

    /// <summary>IMP014 (warning): the lookup lists the URN more than once with different data, so it is not used for the row.</summary>
    public static readonly DiagnosticDescriptor UrnAmbiguousInLookup = new(
        "IMP014", DiagnosticSeverity.Warning,
        "the lookup lists the URN more than once with different data, so the lookup is not used for this row: the CSV's name is kept and the GSS code and DfE number are left out",
        "The lookup lists URN {0} more than once with different data, so it is not used: the name is kept as the CSV writes it and the GSS code and DfE number are left out.");

    /// <summary>IMP015 (warning): the lookup's entry has no usable DfE number or GSS code, so the document leaves it out.</summary>
    public static readonly DiagnosticDescriptor LookupCodeLeftOut = new(
        "IMP015", DiagnosticSeverity.Warning,
        "the lookup's entry for the URN has no usable DfE number (la_code) or GSS code (la_code_new), so the document leaves it out",
        "The lookup's entry for URN {0} has no usable {1}, so the document leaves it out.");

    // When.

    /// <summary>IMP020 (error): the row has no fieldwork dates, so its framework cannot be told.</summary>
    public static readonly DiagnosticDescriptor NoFieldworkDates = new(
        "IMP020", DiagnosticSeverity.Error,
        "the row has no fieldwork dates, so its framework cannot be told",
        "The row has no inspection dates (the scraper found none; most such rows are reports of the earlier framework), so its framework cannot be told.");

    /// <summary>IMP021 (error): a fieldwork date is not a real date in the form dd/mm/yyyy.</summary>
    public static readonly DiagnosticDescriptor InvalidFieldworkDate = new(
        "IMP021", DiagnosticSeverity.Error,
        "a fieldwork date is not a real date in the form dd/mm/yyyy",
        "{0} is not a date in the form dd/mm/yyyy.");

    /// <summary>IMP022 (error): fieldwork starts when no ILACS framework was in force (in either importer: IMP110 is merged into it).</summary>
    public static readonly DiagnosticDescriptor NotIlacs = new(
        "IMP022", DiagnosticSeverity.Error,
        "fieldwork starts when no ILACS framework was in force (before 1 January 2018), so it is not an ILACS inspection; the row is not imported",
        "Fieldwork starts on {0:uuuu-MM-dd}, when no ILACS framework was in force (ILACS began on 2018-01-01), so this is not an ILACS inspection.");

    /// <summary>IMP022's message in a sheet of Ofsted's tables.</summary>
    internal static readonly DiagnosticDescriptor SheetNotIlacs = NotIlacs with
    {
        MessageFormat = "Fieldwork began on {0:uuuu-MM-dd}, when no ILACS framework was in force, so {1} is not imported.",
    };

    /// <summary>IMP023 (warning): the row has no publication date; it is left out.</summary>
    public static readonly DiagnosticDescriptor NoPublicationDate = new(
        "IMP023", DiagnosticSeverity.Warning,
        "the row has no publication date; it is left out",
        "The row has no publication date; it is left out.");

    /// <summary>IMP024 (error): the publication date is not a real date in the form dd/mm/yy (years 2000–2030) or dd/mm/yyyy.</summary>
    public static readonly DiagnosticDescriptor InvalidPublicationDate = new(
        "IMP024", DiagnosticSeverity.Error,
        "the publication date is not a real date in the form dd/mm/yy (two-digit years are 2000–2030) or dd/mm/yyyy",
        "{0} is not a date in the form dd/mm/yy (two-digit years are 2000 to 2030) or dd/mm/yyyy.");

    // What kind of visit, and the grades.

    /// <summary>IMP030 (error): the inspection_framework column is neither 'standard' nor 'short'.</summary>
    public static readonly DiagnosticDescriptor UnknownVisitType = new(
        "IMP030", DiagnosticSeverity.Error,
        "the inspection_framework column is neither 'standard' nor 'short', so the visit type cannot be told without guessing",
        "{0} is neither 'standard' nor 'short'; which visit type it was cannot be told without guessing.");

    /// <summary>IMP030's message for an empty inspection_framework column.</summary>
    internal static readonly DiagnosticDescriptor NoVisitType = UnknownVisitType with
    {
        MessageFormat = "The row does not say whether it was a standard or a short inspection.",
    };

    /// <summary>IMP031 (error): the scraper could not read a grade (data_unreadable).</summary>
    public static readonly DiagnosticDescriptor GradeUnreadable = new(
        "IMP031", DiagnosticSeverity.Error,
        "the scraper could not read a grade from the report (data_unreadable)",
        "The scraper could not read this grade from the report (data_unreadable).");

    /// <summary>IMP032 (error): a grade the framework requires is missing.</summary>
    public static readonly DiagnosticDescriptor GradeMissing = new(
        "IMP032", DiagnosticSeverity.Error,
        "a grade the framework requires is missing",
        "The grade is missing.");

    /// <summary>IMP033 (error): a grade column holds something that is not a grade word.</summary>
    public static readonly DiagnosticDescriptor NotAGrade = new(
        "IMP033", DiagnosticSeverity.Error,
        "a grade column holds something that is not a grade (outstanding, good, requires improvement, inadequate)",
        "{0} is not a grade (outstanding, good, requires improvement, inadequate).");

    /// <summary>IMP034 (error): a column's framework marker and the fieldwork dates disagree.</summary>
    public static readonly DiagnosticDescriptor MarkerContradictsDates = new(
        "IMP034", DiagnosticSeverity.Error,
        "a column's framework marker (inspection_pre_dates_judgement, not_reported_post_reform) and the fieldwork dates disagree",
        "Fieldwork dates put this row under {0}, where this column should say '{1}', but it says {2}; the dates and the data disagree.");

    /// <summary>IMP034's message for a marker in a column the framework grades.</summary>
    internal static readonly DiagnosticDescriptor MarkerUnexpected = MarkerContradictsDates with
    {
        MessageFormat = "This column says {0}, but fieldwork dates put the row under {1}, which has this judgement; the dates and the data disagree.",
    };

    /// <summary>IMP035 (warning): a grade written 'to requires improvement' is read as 'requires improvement'.</summary>
    public static readonly DiagnosticDescriptor GradeWordingMapped = new(
        "IMP035", DiagnosticSeverity.Warning,
        "a grade written 'to requires improvement' (a scraping quirk with one meaning) is read as 'requires improvement'",
        "'to requires improvement' is read as 'requires improvement' (a scraping quirk with one meaning).");

    // The rest of the row, and the document it makes.

    /// <summary>IMP040 (warning): the inspection link is not an absolute http(s) link without spaces; it is left out.</summary>
    public static readonly DiagnosticDescriptor InvalidLink = new(
        "IMP040", DiagnosticSeverity.Warning,
        "the inspection link is not an absolute http(s) link without spaces; it is left out",
        "{0} is not an absolute http(s) link without spaces; it is left out.");

    /// <summary>IMP041 (error): the row's fields are each readable, but the inspection they make is not a valid document (in either importer: IMP117 is merged into it).</summary>
    public static readonly DiagnosticDescriptor InvalidInspection = new(
        "IMP041", DiagnosticSeverity.Error,
        "the rows' fields are each readable, but the inspection they make is not a valid inspections/v1 document (the message gives the INS diagnostics, such as a judgement the catalog requires that Ofsted's tables never give); it is not written",
        "The inspection this row makes is not a valid document, so it is not written: {0}: {1}");

    /// <summary>IMP041's message for an inspection that rows of Ofsted's tables make.</summary>
    internal static readonly DiagnosticDescriptor OfficialInspectionInvalid = InvalidInspection with
    {
        MessageFormat = "The {0} {1} of {2} that {3} is not valid, so it is not written: {4}.",
    };

    // The lookup file (Provider_data_lookup.csv).

    /// <summary>IMP050 (error): a lookup row has no URN or no name; it is not used.</summary>
    public static readonly DiagnosticDescriptor LookupRowIncomplete = new(
        "IMP050", DiagnosticSeverity.Error,
        "a lookup row has no URN or no name; it is not used",
        "The row has no URN or no name.");

    /// <summary>IMP051 (error): a lookup row's name cannot be a subject's name; it is not used.</summary>
    public static readonly DiagnosticDescriptor LookupNameInvalid = new(
        "IMP051", DiagnosticSeverity.Error,
        "a lookup row's name cannot be a subject's name (too long, or not text); the row is not used",
        "The name is blank or longer than {0} characters, so it cannot be a subject's name.");

    /// <summary>IMP052 (warning): a lookup row's la_code is not a three-digit DfE number; the number is left out.</summary>
    public static readonly DiagnosticDescriptor LookupLaCodeInvalid = new(
        "IMP052", DiagnosticSeverity.Warning,
        "a lookup row's la_code is not a three-digit DfE number (100–999); documents for the URN leave the number out",
        "{0} is not a three-digit DfE number; it is left out.");

    /// <summary>IMP053 (warning): a lookup row's la_code_new is not a GSS code of an English local authority; it is left out.</summary>
    public static readonly DiagnosticDescriptor LookupGssInvalid = new(
        "IMP053", DiagnosticSeverity.Warning,
        "a lookup row's la_code_new is not a GSS code of an English local authority; documents for the URN leave it out",
        "{0} is not a GSS code of an English local authority; it is left out.");

    /// <summary>IMP054 (warning): a URN is listed again with the same data; the repeat changes nothing.</summary>
    public static readonly DiagnosticDescriptor LookupUrnRepeated = new(
        "IMP054", DiagnosticSeverity.Warning,
        "a URN is listed again in the lookup with the same name and codes; the repeat changes nothing",
        "URN {0} is listed again (first on line {1}) with the same name and codes.");

    /// <summary>IMP055 (error): a URN is listed again with different data; the lookup is not used for that URN.</summary>
    public static readonly DiagnosticDescriptor LookupUrnConflicting = new(
        "IMP055", DiagnosticSeverity.Error,
        "a URN is listed again in the lookup with a different name or codes; which is right cannot be told, so the lookup is not used for that URN",
        "URN {0} is listed again (first on line {1}) with a different name or codes; which is right cannot be told, so the lookup is not used for it.");

    // The file as a whole: refused, nothing in it is read (reported, never thrown).

    /// <summary>IMP090 (error): the file is not UTF-8 text (bytes that are not UTF-8, or a UTF-16 or UTF-32 byte order mark); nothing in it is imported (in every importer: IMP101 is merged into it).</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "IMP090", DiagnosticSeverity.Error,
        "the file is not UTF-8 text: bytes that are not UTF-8, or a UTF-16 or UTF-32 byte order mark; nothing in it is imported (save it as UTF-8, 'CSV UTF-8' in Excel)",
        "The file is not UTF-8 text: the bytes [{0}] cannot be read as UTF-8. Save it as UTF-8.");

    /// <summary>IMP090's message for a file that starts with a UTF-16 or UTF-32 byte order mark.</summary>
    internal static readonly DiagnosticDescriptor NotUtf8ByteOrderMark = NotUtf8 with
    {
        MessageFormat = "The file is not UTF-8 text: it starts with the byte order mark of {0}. Save it as UTF-8.",
    };

    /// <summary>IMP091 (error): the file is empty: it has no header row.</summary>
    public static readonly DiagnosticDescriptor NoHeader = new(
        "IMP091", DiagnosticSeverity.Error,
        "the file is empty: it has no header row",
        "{0} is empty: it has no header row.");

    /// <summary>IMP092 (error): the header lacks a column the importer needs.</summary>
    public static readonly DiagnosticDescriptor MissingColumns = new(
        "IMP092", DiagnosticSeverity.Error,
        "the header lacks a column the importer needs",
        "The header of {0} lacks the column(s) {1}; it has {2}.");

    /// <summary>IMP093 (error): the header names a column twice, so which one holds the data cannot be told.</summary>
    public static readonly DiagnosticDescriptor DuplicateColumn = new(
        "IMP093", DiagnosticSeverity.Error,
        "the header names a column twice, so which of them holds the data cannot be told; nothing in the file is imported",
        "The header of {0} names the column {1} twice (columns {2} and {3}); which of them holds the data cannot be told, so nothing in the file is imported.");

    // Merging the rows or sources of one event (import ofsted and import record alike).

    /// <summary>
    /// IMP300 (error): the rows or sources of one event make a document that cannot be written (over 1 MiB: its notes name every source); that event is not written, the rest are.
    /// Numbered in the record build's range (<see cref="Record.RecordCodes.All"/> lists it) but declared here: merging
    /// the rows or sources of one event is shared by <c>import ofsted</c> and <c>import record</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor MergedDocumentUnwritable = new(
        "IMP300", DiagnosticSeverity.Error,
        "the rows or sources of one inspection make a document that cannot be written (over 1 MiB: its notes name every source, and a sheet may repeat a row thousands of times); that inspection is not written, the rest are",
        "The {0} {1} of {2} that this row and {3} more make cannot be written, so it is not: {4}");

    /// <summary>Every code of the import foundation, the ILACS history CSV importer and its lookup (IMP001–IMP099), in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Ilacs { get; } =
    [
        FieldCountMismatch, MalformedField, FieldTooLong, WhiteSpaceTrimmed, ColumnNotMapped,
        NoUrn, NoAuthorityName, UrnNotInLookup, AuthorityRenamed, UrnAmbiguousInLookup, LookupCodeLeftOut,
        NoFieldworkDates, InvalidFieldworkDate, NotIlacs, NoPublicationDate, InvalidPublicationDate,
        UnknownVisitType, GradeUnreadable, GradeMissing, NotAGrade, MarkerContradictsDates, GradeWordingMapped,
        InvalidLink, InvalidInspection,
        LookupRowIncomplete, LookupNameInvalid, LookupLaCodeInvalid, LookupGssInvalid, LookupUrnRepeated, LookupUrnConflicting,
        NotUtf8, NoHeader, MissingColumns, DuplicateColumn,
    ];

    /// <summary>
    /// The codes that refuse a file as a whole (nothing in it is read: IMP090–IMP093, IMP100); every other code is
    /// about one row, cell or document.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether it refuses a file.</returns>
    public static bool RefusesFile(string? code) => code is "IMP090" or "IMP091" or "IMP092" or "IMP093" or "IMP100";

    /// <summary>
    /// Every code of the foundation, the ILACS history importer and Ofsted's tables (IMP001–IMP199), in code order: one
    /// descriptor per code. The report reader's codes are <see cref="Reports.ReportCodes.All"/> (IMP200–IMP299) and the
    /// record build's <see cref="Record.RecordCodes.All"/> (IMP300–IMP399, IMP300 among them though declared here).
    /// </summary>
    public static ImmutableArray<DiagnosticDescriptor> All => Table.All;

    /// <summary>Every message format of every code (a code's own descriptor first, then its other messages), for the docs and the tests.</summary>
    internal static ImmutableArray<DiagnosticDescriptor> Messages => Table.Messages;

    /// <summary>
    /// The codes that were merged into another (codes are a contract: a merged code is never given again and never
    /// reused for another meaning); the code each became.
    /// </summary>
    public static ImmutableDictionary<string, string> Merged { get; } = ImmutableDictionary.CreateRange(StringComparer.Ordinal,
    [
        new System.Collections.Generic.KeyValuePair<string, string>("IMP101", "IMP090"),
        new System.Collections.Generic.KeyValuePair<string, string>("IMP102", "IMP001"),
        new System.Collections.Generic.KeyValuePair<string, string>("IMP110", "IMP022"),
        new System.Collections.Generic.KeyValuePair<string, string>("IMP117", "IMP041"),
    ]);

    /// <summary>Finds a code's descriptor.</summary>
    /// <param name="code">The code, such as <c>IMP021</c>; null finds nothing.</param>
    /// <param name="descriptor">The descriptor, when the code is defined.</param>
    /// <returns><see langword="true"/> when the code is one of <see cref="All"/>.</returns>
    public static bool TryGetDescriptor(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DiagnosticDescriptor? descriptor)
    {
        foreach (var candidate in Table.All)
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

    // Built on first use, after every field of ImportCodes (the Ofsted list below included) is set. The report
    // reader's and the record build's tables (Reports/ReportCodes.cs, Record/RecordCodes.cs) are their own: the
    // foundation names neither (tests/Inspections.Import.Tests/Architecture/NamespaceDependencyTests.cs).
    private static class Table
    {
        public static readonly ImmutableArray<DiagnosticDescriptor> All = [.. Ilacs, .. Ofsted];

        public static readonly ImmutableArray<DiagnosticDescriptor> Messages =
        [
            .. All,
            QuoteNeverClosed, CellPastLastColumn, CellNeverClosed, SheetNotIlacs, NoVisitType, MarkerUnexpected,
            OfficialInspectionInvalid, NotUtf8ByteOrderMark,
            SheetNoName, SheetNameTooLong, SheetInvalidGss, NoFieldworkStart, SheetNotIlacsType, NoThemeGiven,
            ThemeInvalid, GradedVisit, ThemeOnGradedInspection, GradeNotOfFramework, NoGradeInRow, NotInIlacsHistoryNoHistory,
            DateWithoutGradesInRow, HeaderNearlyKnown, BeforeHeader,
        ];
    }

    // =========================================================================================================
    // IMP100–IMP199: Ofsted's official tables (inspections import ofsted). Reserved for that importer: its codes
    // go below, and into the Ofsted list, in code order. Nothing above this line belongs to it.
    // =========================================================================================================

    /// <summary>IMP100 (error): the file's header is none of the known sheets' headers; nothing in it is imported.</summary>
    public static readonly DiagnosticDescriptor NotASheet = new(
        "IMP100", DiagnosticSeverity.Error,
        "the file's header is none of the known sheets' headers (the 2009–2023 table, the ILACS history, the in-year 2022–23 or 2024–25 sheet); nothing in it is imported",
        "No line of the file is the header of one of Ofsted's sheets (the 2009–2023 table, the ILACS history, the in-year 2022–23 or 2024–25 sheet), so nothing in it is imported.");

    /// <summary>IMP103 (error): the row names no local authority, or gives a GSS code that is not one of an English local authority; the row is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetNoAuthority = new(
        "IMP103", DiagnosticSeverity.Error,
        "the row names no local authority (the name is blank, or longer than a subject's name may be), or gives a GSS code that is not one of an English local authority; the row is not imported",
        "The row names no local authority (the cell is blank or holds only invisible characters), so {0}.");

    /// <summary>IMP103's message for a name too long to be a subject's.</summary>
    internal static readonly DiagnosticDescriptor SheetNameTooLong = SheetNoAuthority with
    {
        MessageFormat = "The local authority name is {0} characters long, more than the {1} a subject's name may have, so {2}.",
    };

    /// <summary>IMP103's message for a blank name (the same as the code's own).</summary>
    internal static readonly DiagnosticDescriptor SheetNoName = SheetNoAuthority;

    /// <summary>IMP103's message for a GSS code that is not one of an English local authority.</summary>
    internal static readonly DiagnosticDescriptor SheetInvalidGss = SheetNoAuthority with
    {
        MessageFormat = "{0} is not the GSS code of an English local authority (E06, E08, E09 or E10 and six digits), so the row is not imported.",
    };

    /// <summary>IMP104 (error): a date cell is not a real date in the form dd/mm/yyyy, or a row gives no first day of fieldwork; the inspection it dates is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetInvalidDate = new(
        "IMP104", DiagnosticSeverity.Error,
        "a date cell is not a real date in the form dd/mm/yyyy, or a row gives no first day of fieldwork; the inspection it dates is not imported",
        "{0} is not a date in the form dd/mm/yyyy, so {1} is not imported.");

    /// <summary>IMP104's message for a row without a first day of fieldwork.</summary>
    internal static readonly DiagnosticDescriptor NoFieldworkStart = SheetInvalidDate with
    {
        MessageFormat = "The row gives no first day of fieldwork, so {0} is not imported.",
    };

    /// <summary>IMP105 (error): a grade cell holds something that is not one of Ofsted's grade words nor '-'; the inspection is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetNotAGrade = new(
        "IMP105", DiagnosticSeverity.Error,
        "a grade cell holds something that is not one of Ofsted's grade words (Outstanding, Good, Requires improvement to be good, Inadequate) nor '-' (not judged); the inspection is not imported",
        "{0} is not a grade (Outstanding, Good, Requires improvement to be good, Inadequate, or '-' for not judged), so {1} is not imported.");

    /// <summary>IMP106 (error): a group of columns has grades or a type but no publication date; the inspection is not imported.</summary>
    public static readonly DiagnosticDescriptor GradesWithoutDate = new(
        "IMP106", DiagnosticSeverity.Error,
        "a group of columns has grades or a type but no publication date; the inspection is not imported",
        "The {0} columns have grades or a type but no publication date, so {1} is not imported.");

    /// <summary>IMP107 (error): a group of columns (or a graded inspection's row) has a date but no grade at all; the inspection is not imported.</summary>
    public static readonly DiagnosticDescriptor DateWithoutGrades = new(
        "IMP107", DiagnosticSeverity.Error,
        "a group of columns (or a graded inspection's row) has a date but no grade at all; the inspection is not imported",
        "The {0} columns have a publication date but no grade, so {1} is not imported.");

    /// <summary>IMP107's message for a graded inspection's row without a grade.</summary>
    internal static readonly DiagnosticDescriptor DateWithoutGradesInRow = DateWithoutGrades with
    {
        MessageFormat = "The row gives no grade for {0}, so it is not imported.",
    };

    /// <summary>IMP107's message (the same text) as the ILACS rows' mapper gives it.</summary>
    internal static readonly DiagnosticDescriptor NoGradeInRow = DateWithoutGradesInRow;

    /// <summary>IMP108 (warning): one judgement's cell is empty where the inspection's others are given (or a visit has no theme); that judgement (or theme) is left out.</summary>
    public static readonly DiagnosticDescriptor SheetGradeMissing = new(
        "IMP108", DiagnosticSeverity.Warning,
        "one judgement's cell is empty where the inspection's others are given (or a visit has no theme); that judgement (or theme) is left out",
        "The cell is empty where {0}'s other judgements are given; the judgement {1} is left out.");

    /// <summary>IMP108's message for a visit without a theme.</summary>
    internal static readonly DiagnosticDescriptor NoThemeGiven = SheetGradeMissing with
    {
        MessageFormat = "The row gives no theme for {0}; the visit is imported without one.",
    };

    /// <summary>IMP109 (error): the inspection or visit type is not one that Ofsted's tables use; the row is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetUnknownType = new(
        "IMP109", DiagnosticSeverity.Error,
        "the inspection or visit type is not one that Ofsted's tables use; the row is not imported",
        "{0} is not an inspection or visit type of Ofsted's tables (ILACS Standard Inspection, ILACS Short Inspection, ILACS Focused Visit, LA Monitoring visit), so the row is not imported.");

    /// <summary>IMP109's message in the 2009–2023 table, whose ILACS columns are graded inspections only.</summary>
    internal static readonly DiagnosticDescriptor SheetNotIlacsType = SheetUnknownType with
    {
        MessageFormat = "{0} is not 'ILACS Standard Inspection' or 'ILACS Short Inspection', so {1} is not imported.",
    };

    /// <summary>IMP111 (warning): two rows describe the same inspection and disagree; the more authoritative row stands and the notes say so.</summary>
    public static readonly DiagnosticDescriptor SheetsDisagree = new(
        "IMP111", DiagnosticSeverity.Warning,
        "two rows describe the same inspection and disagree (a grade, a date, the type); the more authoritative row stands (the 2025 workbook over the 2023 one, the ILACS history over an in-year sheet) and the notes say so",
        "This row gives {0} for {1}; {2}, of the same inspection, gives {3}, which stands ({4}).");

    /// <summary>IMP112 (warning): the local authority's name matches no authority whose GSS code is known; the document names it without a GSS code.</summary>
    public static readonly DiagnosticDescriptor AuthorityNotMatched = new(
        "IMP112", DiagnosticSeverity.Warning,
        "the local authority's name matches no authority whose GSS code is known; the document names it without a GSS code",
        "{0} matches no authority whose GSS code the ILACS history or the 2024–25 sheet gives; the {1} is imported under the name alone.");

    /// <summary>IMP113 (warning): one sheet lists the same inspection twice; the rows are merged.</summary>
    public static readonly DiagnosticDescriptor SheetRowRepeated = new(
        "IMP113", DiagnosticSeverity.Warning,
        "one sheet lists the same inspection twice; the rows are merged",
        "The same inspection is also on line {0} of this sheet; the rows are merged.");

    /// <summary>IMP114 (error): a cell contradicts its row; the row is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetCellContradicts = new(
        "IMP114", DiagnosticSeverity.Error,
        "a cell contradicts its row (grades on an ungraded visit, a theme on a graded inspection, a grade the framework in force does not give); the row is not imported",
        "A {0} is not graded, but the row gives {1}, so the row is not imported.");

    /// <summary>IMP114's message for a grade on an ungraded visit (the code's own).</summary>
    internal static readonly DiagnosticDescriptor GradedVisit = SheetCellContradicts;

    /// <summary>IMP114's message for a theme on a graded inspection.</summary>
    internal static readonly DiagnosticDescriptor ThemeOnGradedInspection = SheetCellContradicts with
    {
        MessageFormat = "A {0} has no theme, but the row gives {1}, so the row is not imported.",
    };

    /// <summary>IMP114's message for a theme that cannot be one.</summary>
    internal static readonly DiagnosticDescriptor ThemeInvalid = SheetCellContradicts with
    {
        MessageFormat = "The theme is blank or longer than {0} characters, so the row is not imported.",
    };

    /// <summary>IMP114's message for a grade the framework in force does not give.</summary>
    internal static readonly DiagnosticDescriptor GradeNotOfFramework = SheetCellContradicts with
    {
        MessageFormat = "Fieldwork began on {0:uuuu-MM-dd}, under {1}, which does not grade this, but the row gives {2}, so the row is not imported.",
    };

    /// <summary>IMP115 (error): the publication date is before the first day of fieldwork; the row is not imported.</summary>
    public static readonly DiagnosticDescriptor PublishedBeforeFieldwork = new(
        "IMP115", DiagnosticSeverity.Error,
        "the publication date is before the first day of fieldwork; the row is not imported",
        "Published on {0:uuuu-MM-dd}, before fieldwork began on {1:uuuu-MM-dd}, so {2} is not imported.");

    /// <summary>IMP116 (warning): an ILACS inspection that the ILACS history does not have; it is imported from its own row.</summary>
    public static readonly DiagnosticDescriptor NotInIlacsHistory = new(
        "IMP116", DiagnosticSeverity.Warning,
        "an ILACS inspection in the 2009–2023 table or an in-year sheet that the ILACS history does not have; it is imported from its own row, its framework from its date or columns",
        "The ILACS history has no inspection of {0} first in fieldwork or published on this row's date; it is imported from this row alone, under {1}.");

    /// <summary>IMP116's message when the ILACS history was not among the files.</summary>
    internal static readonly DiagnosticDescriptor NotInIlacsHistoryNoHistory = NotInIlacsHistory with
    {
        MessageFormat = "The ILACS history was not among the files, so this inspection of {0} is imported from this row alone, under {1}.",
    };

    /// <summary>IMP118 (error): a line before a table's header is not a title (it has more than one cell): the header above the rows is damaged or missing; the line is not imported.</summary>
    public static readonly DiagnosticDescriptor NotUnderAHeader = new(
        "IMP118", DiagnosticSeverity.Error,
        "a line before the first header the importer recognises is not a title (it has more than one cell), so it is a damaged header or a row under one; it is not imported",
        "This line has {0} cells but comes before the first header the importer recognises (line {1}), so it is not a title: it is a row under a header that is damaged or missing (line {2} looks like one). It is not imported.");

    /// <summary>IMP118's message for the damaged header itself: it is nearly one the importer knows.</summary>
    internal static readonly DiagnosticDescriptor HeaderNearlyKnown = NotUnderAHeader with
    {
        MessageFormat = "This line is nearly the header of {0}, but {1}; so it is not recognised, and nothing under it is imported until the next header the importer recognises.",
    };

    /// <summary>IMP118's message for a row before the first header when no line looks like a damaged header.</summary>
    internal static readonly DiagnosticDescriptor BeforeHeader = NotUnderAHeader with
    {
        MessageFormat = "This line has {0} cells but comes before the first header the importer recognises (line {1}), so it is not a title; it is not imported.",
    };

    /// <summary>Every code of the importer of Ofsted's official tables (IMP100–IMP199), in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Ofsted { get; } =
    [
        NotASheet,
        SheetNoAuthority,
        SheetInvalidDate,
        SheetNotAGrade,
        GradesWithoutDate,
        DateWithoutGrades,
        SheetGradeMissing,
        SheetUnknownType,
        SheetsDisagree,
        AuthorityNotMatched,
        SheetRowRepeated,
        SheetCellContradicts,
        PublishedBeforeFieldwork,
        NotInIlacsHistory,
        NotUnderAHeader,
    ];

    /// <summary>
    /// Every code <c>import ofsted</c> reports: its own (<see cref="Ofsted"/>) and the foundation's it shares with the
    /// other importers (IMP001, IMP002, IMP022, IMP041, IMP090).
    /// </summary>
    public static ImmutableArray<DiagnosticDescriptor> ReportedByOfsted { get; } =
        [FieldCountMismatch, MalformedField, NotIlacs, InvalidInspection, NotUtf8, .. Ofsted];
}
