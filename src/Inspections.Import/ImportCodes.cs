// Kept in one file because it is the one table of the importers' stable IMP codes (../shared/spec/diagnostics.md):
// a code's meaning never changes, and a reader finds every code, its severity and meaning here.
using System;
using System.Collections.Immutable;
using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>
/// The stable <c>IMP…</c> codes of every importer: each issue an importer reports carries one, with the file, line
/// and column. A code's meaning and severity never change; a new kind of problem gets a new code. An error means
/// the row (or the lookup row) was not used; a warning means it was used, and says what was mapped or left out.
/// </summary>
/// <remarks>
/// IMP001–IMP099 belong to the ILACS history CSV importer (<see cref="IlacsCsvImporter"/>) and its lookup file
/// (<see cref="LocalAuthorityLookup"/>); IMP100–IMP199 to the importer of Ofsted's official tables
/// (<c>import ofsted</c>). Immutable and thread-safe.
/// </remarks>
public static class ImportCodes
{
    /// <summary>
    /// The <see cref="Diagnostic.Path"/> of an import diagnostic about a row as a whole rather than one of its cells
    /// (whose diagnostics have the column's header as their path).
    /// </summary>
    public const string WholeRow = "(row)";

    // ---------------------------------------------------------------------------------------------------------
    // IMP001–IMP099: the ILACS history CSV (inspections import ilacs-csv) and its lookup file.
    // ---------------------------------------------------------------------------------------------------------

    // The CSV itself, in either file.

    /// <summary>IMP001 (error): a row has a different number of fields from the header (a quoted field left open runs to the end of the file).</summary>
    public static readonly DiagnosticDescriptor FieldCountMismatch = new(
        "IMP001", DiagnosticSeverity.Error,
        "a row has a different number of fields from the header; a quoted field that is never closed runs to the end of the file");

    /// <summary>IMP002 (error): a field breaks the CSV quoting rules; it is not repaired.</summary>
    public static readonly DiagnosticDescriptor MalformedField = new(
        "IMP002", DiagnosticSeverity.Error,
        "a field breaks the CSV quoting rules (text after a closing quote, as in \"Sa\"\"rah\"x, \"\"x or \"Sarah\" Canto, or a quote inside an unquoted field, as in O\"Brien); it is not repaired");

    /// <summary>IMP003 (error): a field is longer than any real one, so long that the document could not be read back.</summary>
    public static readonly DiagnosticDescriptor FieldTooLong = new(
        "IMP003", DiagnosticSeverity.Error,
        "a field is longer than the importer takes (1,000 characters; no real field is over 150)");

    /// <summary>IMP004 (warning): a field has white space at its start or end; it is removed, and the document's notes keep the field as written.</summary>
    public static readonly DiagnosticDescriptor WhiteSpaceTrimmed = new(
        "IMP004", DiagnosticSeverity.Warning,
        "a field has white space at its start or end; it is removed, and the document's notes keep the field as written");

    // Who was inspected.

    /// <summary>IMP010 (error): the row has no URN.</summary>
    public static readonly DiagnosticDescriptor NoUrn = new(
        "IMP010", DiagnosticSeverity.Error,
        "the row has no URN, so the local authority cannot be named reliably");

    /// <summary>IMP011 (error): the row has no usable local authority name and its URN is not in the lookup.</summary>
    public static readonly DiagnosticDescriptor NoAuthorityName = new(
        "IMP011", DiagnosticSeverity.Error,
        "the row has no usable local authority name and its URN is not in the lookup");

    /// <summary>IMP012 (warning): the URN is not in the lookup; the CSV's name is kept and the GSS code and DfE number are left out.</summary>
    public static readonly DiagnosticDescriptor UrnNotInLookup = new(
        "IMP012", DiagnosticSeverity.Warning,
        "the URN is not in the lookup; the name is kept as the CSV writes it and the GSS code and DfE number are left out");

    /// <summary>IMP013 (warning): the lookup's ONS name replaces a CSV name that differs from it by more than letter case.</summary>
    public static readonly DiagnosticDescriptor AuthorityRenamed = new(
        "IMP013", DiagnosticSeverity.Warning,
        "the lookup's ONS name replaces the CSV's name, which differs from it by more than letter case; the notes keep the CSV's name");

    /// <summary>IMP014 (warning): the lookup lists the URN more than once with different data, so it is not used for the row.</summary>
    public static readonly DiagnosticDescriptor UrnAmbiguousInLookup = new(
        "IMP014", DiagnosticSeverity.Warning,
        "the lookup lists the URN more than once with different data, so the lookup is not used for this row: the CSV's name is kept and the GSS code and DfE number are left out");

    /// <summary>IMP015 (warning): the lookup's entry has no usable DfE number or GSS code, so the document leaves it out.</summary>
    public static readonly DiagnosticDescriptor LookupCodeLeftOut = new(
        "IMP015", DiagnosticSeverity.Warning,
        "the lookup's entry for the URN has no usable DfE number (la_code) or GSS code (la_code_new), so the document leaves it out");

    // When.

    /// <summary>IMP020 (error): the row has no fieldwork dates, so its framework cannot be told.</summary>
    public static readonly DiagnosticDescriptor NoFieldworkDates = new(
        "IMP020", DiagnosticSeverity.Error,
        "the row has no fieldwork dates, so its framework cannot be told");

    /// <summary>IMP021 (error): a fieldwork date is not a real date in the form dd/mm/yyyy.</summary>
    public static readonly DiagnosticDescriptor InvalidFieldworkDate = new(
        "IMP021", DiagnosticSeverity.Error,
        "a fieldwork date is not a real date in the form dd/mm/yyyy");

    /// <summary>IMP022 (error): fieldwork starts when no ILACS framework was in force.</summary>
    public static readonly DiagnosticDescriptor NotIlacs = new(
        "IMP022", DiagnosticSeverity.Error,
        "fieldwork starts when no ILACS framework was in force (before 1 January 2018), so it is not an ILACS inspection");

    /// <summary>IMP023 (warning): the row has no publication date; it is left out.</summary>
    public static readonly DiagnosticDescriptor NoPublicationDate = new(
        "IMP023", DiagnosticSeverity.Warning,
        "the row has no publication date; it is left out");

    /// <summary>IMP024 (error): the publication date is not a real date in the form dd/mm/yy (years 2000–2030) or dd/mm/yyyy.</summary>
    public static readonly DiagnosticDescriptor InvalidPublicationDate = new(
        "IMP024", DiagnosticSeverity.Error,
        "the publication date is not a real date in the form dd/mm/yy (two-digit years are 2000–2030) or dd/mm/yyyy");

    // What kind of visit, and the grades.

    /// <summary>IMP030 (error): the inspection_framework column is neither 'standard' nor 'short'.</summary>
    public static readonly DiagnosticDescriptor UnknownVisitType = new(
        "IMP030", DiagnosticSeverity.Error,
        "the inspection_framework column is neither 'standard' nor 'short', so the visit type cannot be told without guessing");

    /// <summary>IMP031 (error): the scraper could not read a grade (data_unreadable).</summary>
    public static readonly DiagnosticDescriptor GradeUnreadable = new(
        "IMP031", DiagnosticSeverity.Error,
        "the scraper could not read a grade from the report (data_unreadable)");

    /// <summary>IMP032 (error): a grade the framework requires is missing.</summary>
    public static readonly DiagnosticDescriptor GradeMissing = new(
        "IMP032", DiagnosticSeverity.Error,
        "a grade the framework requires is missing");

    /// <summary>IMP033 (error): a grade column holds something that is not a grade word.</summary>
    public static readonly DiagnosticDescriptor NotAGrade = new(
        "IMP033", DiagnosticSeverity.Error,
        "a grade column holds something that is not a grade (outstanding, good, requires improvement, inadequate)");

    /// <summary>IMP034 (error): a column's framework marker and the fieldwork dates disagree.</summary>
    public static readonly DiagnosticDescriptor MarkerContradictsDates = new(
        "IMP034", DiagnosticSeverity.Error,
        "a column's framework marker (inspection_pre_dates_judgement, not_reported_post_reform) and the fieldwork dates disagree");

    /// <summary>IMP035 (warning): a grade written 'to requires improvement' is read as 'requires improvement'.</summary>
    public static readonly DiagnosticDescriptor GradeWordingMapped = new(
        "IMP035", DiagnosticSeverity.Warning,
        "a grade written 'to requires improvement' (a scraping quirk with one meaning) is read as 'requires improvement'");

    // The rest of the row, and the document it makes.

    /// <summary>IMP040 (warning): the inspection link is not an absolute http(s) link without spaces; it is left out.</summary>
    public static readonly DiagnosticDescriptor InvalidLink = new(
        "IMP040", DiagnosticSeverity.Warning,
        "the inspection link is not an absolute http(s) link without spaces; it is left out");

    /// <summary>IMP041 (error): the row's fields are each readable, but the inspection they make is not a valid document.</summary>
    public static readonly DiagnosticDescriptor InvalidInspection = new(
        "IMP041", DiagnosticSeverity.Error,
        "the row's fields are each readable, but the inspection they make is not a valid inspections/v1 document (the message gives the INS diagnostic); it is not written");

    // The lookup file (Provider_data_lookup.csv).

    /// <summary>IMP050 (error): a lookup row has no URN or no name; it is not used.</summary>
    public static readonly DiagnosticDescriptor LookupRowIncomplete = new(
        "IMP050", DiagnosticSeverity.Error,
        "a lookup row has no URN or no name; it is not used");

    /// <summary>IMP051 (error): a lookup row's name cannot be a subject's name; it is not used.</summary>
    public static readonly DiagnosticDescriptor LookupNameInvalid = new(
        "IMP051", DiagnosticSeverity.Error,
        "a lookup row's name cannot be a subject's name (too long, or not text); the row is not used");

    /// <summary>IMP052 (warning): a lookup row's la_code is not a three-digit DfE number; the number is left out.</summary>
    public static readonly DiagnosticDescriptor LookupLaCodeInvalid = new(
        "IMP052", DiagnosticSeverity.Warning,
        "a lookup row's la_code is not a three-digit DfE number (100–999); documents for the URN leave the number out");

    /// <summary>IMP053 (warning): a lookup row's la_code_new is not a GSS code of an English local authority; it is left out.</summary>
    public static readonly DiagnosticDescriptor LookupGssInvalid = new(
        "IMP053", DiagnosticSeverity.Warning,
        "a lookup row's la_code_new is not a GSS code of an English local authority; documents for the URN leave it out");

    /// <summary>IMP054 (warning): a URN is listed again with the same data; the repeat changes nothing.</summary>
    public static readonly DiagnosticDescriptor LookupUrnRepeated = new(
        "IMP054", DiagnosticSeverity.Warning,
        "a URN is listed again in the lookup with the same name and codes; the repeat changes nothing");

    /// <summary>IMP055 (error): a URN is listed again with different data; the lookup is not used for that URN.</summary>
    public static readonly DiagnosticDescriptor LookupUrnConflicting = new(
        "IMP055", DiagnosticSeverity.Error,
        "a URN is listed again in the lookup with a different name or codes; which is right cannot be told, so the lookup is not used for that URN");

    // The file as a whole (thrown as ImportFormatException, which carries the code).

    /// <summary>IMP090 (error): the file is not UTF-8 text (bytes that are not UTF-8, or a UTF-16 or UTF-32 byte order mark).</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "IMP090", DiagnosticSeverity.Error,
        "the file is not UTF-8 text: bytes that are not UTF-8, or a UTF-16 or UTF-32 byte order mark");

    /// <summary>IMP091 (error): the file is empty: it has no header row.</summary>
    public static readonly DiagnosticDescriptor NoHeader = new(
        "IMP091", DiagnosticSeverity.Error,
        "the file is empty: it has no header row");

    /// <summary>IMP092 (error): the header lacks a column the importer needs.</summary>
    public static readonly DiagnosticDescriptor MissingColumns = new(
        "IMP092", DiagnosticSeverity.Error,
        "the header lacks a column the importer needs");

    /// <summary>Every code of the ILACS history CSV importer (IMP001–IMP099), in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Ilacs { get; } =
    [
        FieldCountMismatch, MalformedField, FieldTooLong, WhiteSpaceTrimmed,
        NoUrn, NoAuthorityName, UrnNotInLookup, AuthorityRenamed, UrnAmbiguousInLookup, LookupCodeLeftOut,
        NoFieldworkDates, InvalidFieldworkDate, NotIlacs, NoPublicationDate, InvalidPublicationDate,
        UnknownVisitType, GradeUnreadable, GradeMissing, NotAGrade, MarkerContradictsDates, GradeWordingMapped,
        InvalidLink, InvalidInspection,
        LookupRowIncomplete, LookupNameInvalid, LookupLaCodeInvalid, LookupGssInvalid, LookupUrnRepeated, LookupUrnConflicting,
        NotUtf8, NoHeader, MissingColumns,
    ];

    /// <summary>Every importer's code, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => Table.All;

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

    // Built on first use, after every field of ImportCodes (the Ofsted list below included) is set.
    private static class Table
    {
        public static readonly ImmutableArray<DiagnosticDescriptor> All = [.. Ilacs, .. Ofsted];
    }

    // =========================================================================================================
    // IMP100–IMP199: Ofsted's official tables (inspections import ofsted). Reserved for that importer: its codes
    // go below, and into the Ofsted list, in code order. Nothing above this line belongs to it.
    // =========================================================================================================

    /// <summary>IMP100 (error): the file's header is none of the known sheets' headers (the 2009–2023 table, the ILACS history, the in-year 2022–23 or 2024–25 sheet); nothing in it is imported.</summary>
    public static readonly DiagnosticDescriptor NotASheet = new(
        "IMP100", DiagnosticSeverity.Error,
        "the file's header is none of the known sheets' headers (the 2009–2023 table, the ILACS history, the in-year 2022–23 or 2024–25 sheet); nothing in it is imported");

    /// <summary>IMP101 (error): the file is not UTF-8 text; nothing in it is imported (save the sheet as 'CSV UTF-8').</summary>
    public static readonly DiagnosticDescriptor SheetNotUtf8 = new(
        "IMP101", DiagnosticSeverity.Error,
        "the file is not UTF-8 text; nothing in it is imported (save the sheet as 'CSV UTF-8')");

    /// <summary>IMP102 (error): the row has a non-empty cell past its table's last column, or a quoted cell that is never closed; the row is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetRowTooLong = new(
        "IMP102", DiagnosticSeverity.Error,
        "the row has a non-empty cell past its table's last column, or a quoted cell that is never closed; the row is not imported");

    /// <summary>IMP103 (error): the row names no local authority (the name is blank, or longer than a subject's name may be), or gives a GSS code that is not one of an English local authority; the row is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetNoAuthority = new(
        "IMP103", DiagnosticSeverity.Error,
        "the row names no local authority (the name is blank, or longer than a subject's name may be), or gives a GSS code that is not one of an English local authority; the row is not imported");

    /// <summary>IMP104 (error): a date cell is not a real date in the form dd/mm/yyyy, or a row gives no first day of fieldwork; the inspection it dates is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetInvalidDate = new(
        "IMP104", DiagnosticSeverity.Error,
        "a date cell is not a real date in the form dd/mm/yyyy, or a row gives no first day of fieldwork; the inspection it dates is not imported");

    /// <summary>IMP105 (error): a grade cell holds something that is not one of Ofsted's grade words (Outstanding, Good, Requires improvement to be good, Inadequate) nor '-' (not judged); the inspection is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetNotAGrade = new(
        "IMP105", DiagnosticSeverity.Error,
        "a grade cell holds something that is not one of Ofsted's grade words (Outstanding, Good, Requires improvement to be good, Inadequate) nor '-' (not judged); the inspection is not imported");

    /// <summary>IMP106 (error): a group of columns has grades or a type but no publication date; the inspection is not imported.</summary>
    public static readonly DiagnosticDescriptor GradesWithoutDate = new(
        "IMP106", DiagnosticSeverity.Error,
        "a group of columns has grades or a type but no publication date; the inspection is not imported");

    /// <summary>IMP107 (error): a group of columns (or a graded inspection's row) has a date but no grade at all; the inspection is not imported.</summary>
    public static readonly DiagnosticDescriptor DateWithoutGrades = new(
        "IMP107", DiagnosticSeverity.Error,
        "a group of columns (or a graded inspection's row) has a date but no grade at all; the inspection is not imported");

    /// <summary>IMP108 (warning): one judgement's cell is empty where the inspection's others are given (or a visit has no theme); that judgement (or theme) is left out.</summary>
    public static readonly DiagnosticDescriptor SheetGradeMissing = new(
        "IMP108", DiagnosticSeverity.Warning,
        "one judgement's cell is empty where the inspection's others are given (or a visit has no theme); that judgement (or theme) is left out");

    /// <summary>IMP109 (error): the inspection or visit type is not one that Ofsted's tables use; the row is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetUnknownType = new(
        "IMP109", DiagnosticSeverity.Error,
        "the inspection or visit type is not one that Ofsted's tables use; the row is not imported");

    /// <summary>IMP110 (error): no ILACS framework was in force on the first day of fieldwork; the row is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetNotIlacs = new(
        "IMP110", DiagnosticSeverity.Error,
        "no ILACS framework was in force on the first day of fieldwork; the row is not imported");

    /// <summary>IMP111 (warning): two rows describe the same inspection and disagree (a grade, a date, the type); the more authoritative row stands (the 2025 workbook over the 2023 one, the ILACS history over an in-year sheet) and the notes say so.</summary>
    public static readonly DiagnosticDescriptor SheetsDisagree = new(
        "IMP111", DiagnosticSeverity.Warning,
        "two rows describe the same inspection and disagree (a grade, a date, the type); the more authoritative row stands (the 2025 workbook over the 2023 one, the ILACS history over an in-year sheet) and the notes say so");

    /// <summary>IMP112 (warning): the local authority's name matches no authority whose GSS code is known; the document names it without a GSS code.</summary>
    public static readonly DiagnosticDescriptor AuthorityNotMatched = new(
        "IMP112", DiagnosticSeverity.Warning,
        "the local authority's name matches no authority whose GSS code is known; the document names it without a GSS code");

    /// <summary>IMP113 (warning): one sheet lists the same inspection twice; the rows are merged.</summary>
    public static readonly DiagnosticDescriptor SheetRowRepeated = new(
        "IMP113", DiagnosticSeverity.Warning,
        "one sheet lists the same inspection twice; the rows are merged");

    /// <summary>IMP114 (error): a cell contradicts its row (grades on an ungraded visit, a theme on a graded inspection, a grade the framework in force does not give); the row is not imported.</summary>
    public static readonly DiagnosticDescriptor SheetCellContradicts = new(
        "IMP114", DiagnosticSeverity.Error,
        "a cell contradicts its row (grades on an ungraded visit, a theme on a graded inspection, a grade the framework in force does not give); the row is not imported");

    /// <summary>IMP115 (error): the publication date is before the first day of fieldwork; the row is not imported.</summary>
    public static readonly DiagnosticDescriptor PublishedBeforeFieldwork = new(
        "IMP115", DiagnosticSeverity.Error,
        "the publication date is before the first day of fieldwork; the row is not imported");

    /// <summary>IMP116 (warning): an ILACS inspection in the 2009–2023 table or an in-year sheet that the ILACS history does not have; it is imported from its own row, its framework from its date or columns.</summary>
    public static readonly DiagnosticDescriptor NotInIlacsHistory = new(
        "IMP116", DiagnosticSeverity.Warning,
        "an ILACS inspection in the 2009–2023 table or an in-year sheet that the ILACS history does not have; it is imported from its own row, its framework from its date or columns");

    /// <summary>IMP117 (error): the rows make an inspection that is not a valid inspections/v1 document (the message gives the INS diagnostics, such as a judgement the catalog requires that Ofsted's tables never give); it is not written.</summary>
    public static readonly DiagnosticDescriptor OfficialInspectionInvalid = new(
        "IMP117", DiagnosticSeverity.Error,
        "the rows make an inspection that is not a valid inspections/v1 document (the message gives the INS diagnostics, such as a judgement the catalog requires that Ofsted's tables never give); it is not written");

    /// <summary>Every code of the importer of Ofsted's official tables (IMP100–IMP199), in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Ofsted { get; } =
    [
        NotASheet,
        SheetNotUtf8,
        SheetRowTooLong,
        SheetNoAuthority,
        SheetInvalidDate,
        SheetNotAGrade,
        GradesWithoutDate,
        DateWithoutGrades,
        SheetGradeMissing,
        SheetUnknownType,
        SheetNotIlacs,
        SheetsDisagree,
        AuthorityNotMatched,
        SheetRowRepeated,
        SheetCellContradicts,
        PublishedBeforeFieldwork,
        NotInIlacsHistory,
        OfficialInspectionInvalid,
    ];
}
