using System.Globalization;
using NodaTime;

namespace Inspections.Import;

/// <summary>
/// Every message text of the ILACS history CSV importer and its lookup, one method per kind, named as the codes of
/// <see cref="ImportCodes"/> are: the one place to change what the importer says. A value quoted from the file is
/// shortened (<see cref="Quote"/>) and written as it is; printers escape what cannot be printed.
/// </summary>
internal static class IlacsMessages
{
    /// <summary>The most characters of a field that a message quotes.</summary>
    public const int QuotedLength = 60;

    /// <summary>A field as a message quotes it: in single quotes, shortened to <see cref="QuotedLength"/> characters without splitting a surrogate pair.</summary>
    public static string Quote(string text)
    {
        if (text.Length <= QuotedLength)
        {
            return $"'{text}'";
        }

        int cut = char.IsHighSurrogate(text[QuotedLength - 1]) ? QuotedLength - 1 : QuotedLength;
        return string.Create(CultureInfo.InvariantCulture, $"'{text[..cut]}…' ({text.Length} characters)");
    }

    public static string FieldCountMismatch(int fields, int header) => $"The row has {fields} fields; the header has {header}.";

    public static string QuoteNeverClosed(int fields, int header, int first, int last) =>
        $"The row has {fields} fields; the header has {header}: a quoted field on line {first} is never closed, so the rest of the file, to line {last}, is read as part of it.";

    public static string MalformedField(string written) =>
        $"The field {Quote(written)} breaks the CSV quoting rules (text after a closing quote, or a quote inside an unquoted field); what it should say cannot be told, so it is not repaired.";

    public static string FieldTooLong(int length, int max) => $"The field is {length:N0} characters long; the importer takes at most {max:N0}.";

    public static string WhiteSpaceTrimmed(string written) => $"The field {Quote(written)} has white space at its start or end; it is removed.";

    public static string NoUrn() => "The row has no URN, so the local authority cannot be named reliably.";

    public static string NoAuthorityName() => "The row has no usable local authority name and its URN is not in the lookup.";

    public static string UrnNotInLookup(string urn) =>
        $"URN {Quote(urn)} is not in the lookup; the name is kept as the CSV writes it and the GSS code and DfE number are left out.";

    public static string AuthorityRenamed(string csvName, string onsName) =>
        $"The CSV names the authority {Quote(csvName)}; the lookup's ONS name {Quote(onsName)} is used, and the notes keep the CSV's name.";

    public static string UrnAmbiguous(string urn) =>
        $"The lookup lists URN {Quote(urn)} more than once with different data, so it is not used: the name is kept as the CSV writes it and the GSS code and DfE number are left out.";

    public static string LookupCodeLeftOut(string urn, string what) =>
        $"The lookup's entry for URN {Quote(urn)} has no usable {what}, so the document leaves it out.";

    public static string NoFieldworkDates() =>
        "The row has no inspection dates (the scraper found none; most such rows are reports of the earlier framework), so its framework cannot be told.";

    public static string InvalidFieldworkDate(string text) => $"{Quote(text)} is not a date in the form dd/mm/yyyy.";

    public static string NotIlacs(LocalDate start) =>
        string.Create(CultureInfo.InvariantCulture, $"Fieldwork starts on {start:yyyy-MM-dd}, when no ILACS framework was in force (ILACS began on 2018-01-01), so this is not an ILACS inspection.");

    public static string NoPublicationDate() => "The row has no publication date; it is left out.";

    public static string InvalidPublicationDate(string text) =>
        $"{Quote(text)} is not a date in the form dd/mm/yy (two-digit years are 2000 to 2030) or dd/mm/yyyy.";

    public static string NoVisitType() => "The row does not say whether it was a standard or a short inspection.";

    public static string UnknownVisitType(string text) =>
        $"{Quote(text)} is neither 'standard' nor 'short'; which visit type it was cannot be told without guessing.";

    public static string MarkerExpected(string frameworkId, string marker, string text) =>
        $"Fieldwork dates put this row under {frameworkId}, where this column should say '{marker}', but it says {Quote(text)}; the dates and the data disagree.";

    public static string MarkerUnexpected(string frameworkId, string text) =>
        $"This column says {Quote(text)}, but fieldwork dates put the row under {frameworkId}, which has this judgement; the dates and the data disagree.";

    public static string GradeWordingMapped() => "'to requires improvement' is read as 'requires improvement' (a scraping quirk with one meaning).";

    public static string GradeUnreadable() => "The scraper could not read this grade from the report (data_unreadable).";

    public static string GradeMissing() => "The grade is missing.";

    public static string NotAGrade(string text) => $"{Quote(text)} is not a grade (outstanding, good, requires improvement, inadequate).";

    public static string InvalidLink(string text) => $"{Quote(text)} is not an absolute http(s) link without spaces; it is left out.";

    public static string InvalidInspection(string code, string message) =>
        $"The inspection this row makes is not a valid document, so it is not written: {code}: {message}";

    public static string LookupRowIncomplete() => "The row has no URN or no name.";

    public static string LookupNameInvalid(int max) => $"The name is blank or longer than {max} characters, so it cannot be a subject's name.";

    public static string LookupLaCodeInvalid(string text) => $"{Quote(text)} is not a three-digit DfE number; it is left out.";

    public static string LookupGssInvalid(string text) => $"{Quote(text)} is not a GSS code of an English local authority; it is left out.";

    public static string LookupUrnRepeated(string urn, int firstLine) => $"URN {Quote(urn)} is listed again (first on line {firstLine}) with the same name and codes.";

    public static string LookupUrnConflicting(string urn, int firstLine) =>
        $"URN {Quote(urn)} is listed again (first on line {firstLine}) with a different name or codes; which is right cannot be told, so the lookup is not used for it.";

    public static string NoHeader(string file) => $"{file} is empty: it has no header row.";
}
