using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using Inspections.Core;
using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>
/// The local authority lookup (<c>Provider_data_lookup.csv</c>): by Ofsted URN, the ONS name, the DfE local
/// authority number (<c>la_code</c>) and the ONS GSS code (<c>la_code_new</c>).
/// </summary>
/// <remarks>Immutable and thread-safe once read.</remarks>
public sealed class LocalAuthorityLookup
{
    private readonly ImmutableDictionary<string, LookupEntry> _byUrn;

    private readonly ImmutableHashSet<string> _ambiguous;

    private LocalAuthorityLookup(ImmutableDictionary<string, LookupEntry> byUrn, ImmutableHashSet<string> ambiguous, DiagnosticList issues)
    {
        _byUrn = byUrn;
        _ambiguous = ambiguous;
        Issues = issues;
    }

    /// <summary>How many authorities the lookup holds.</summary>
    public int Count => _byUrn.Count;

    /// <summary>
    /// What the lookup could not use, each with its code (IMP001–IMP004, IMP050–IMP055): a number or code of the wrong
    /// form, a repeated URN, white space around a field; or, when the file was refused (<see cref="IsRefused"/>), why
    /// (IMP090–IMP093). The importer passes them on in <see cref="IlacsImportResult.LookupIssues"/>.
    /// </summary>
    public DiagnosticList Issues { get; }

    /// <summary>
    /// Whether the file was refused as a whole (not UTF-8 text, no header, a needed column missing or named twice:
    /// IMP090–IMP093), so that the lookup is empty.
    /// </summary>
    public bool IsRefused => Issues.Any(i => ImportCodes.RefusesFile(i.Code));

    /// <summary>Reads the lookup file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The lookup; its issues name the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LocalAuthorityLookup ReadFile(string path)
    {
        using var stream = File.OpenRead(path ?? throw new ArgumentNullException(nameof(path)));
        return Read(stream, path);
    }

    /// <summary>Reads the lookup from CSV bytes, which must be UTF-8 (a UTF-8 byte order mark is allowed; UTF-16 and UTF-32 ones are refused).</summary>
    /// <param name="utf8Csv">The CSV bytes, header first. The stream is read to its end and disposed.</param>
    /// <param name="fileName">The file's name, for <see cref="Diagnostic.File"/>; null to leave it out.</param>
    /// <returns>The lookup.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <remarks>Bytes that are not UTF-8 text (IMP090), no header (IMP091), or a header that lacks a column the lookup needs (IMP092) or names one twice (IMP093): the lookup is refused (<see cref="IsRefused"/>), empty, with the reason in <see cref="Issues"/>.</remarks>
    public static LocalAuthorityLookup Read(Stream utf8Csv, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        using var reader = Utf8Text.Open(utf8Csv, fileName, out var refusal);
        return reader is null ? Refused(refusal!) : Read(reader, fileName);
    }

    /// <summary>Reads the lookup from CSV text.</summary>
    /// <param name="reader">The CSV text, header first.</param>
    /// <returns>The lookup.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <remarks>A text the lookup cannot read at all is refused (<see cref="IsRefused"/>), as <see cref="Read(Stream, string?)"/> says.</remarks>
    public static LocalAuthorityLookup Read(TextReader reader) => Read(reader, null);

    /// <summary>Reads the lookup from CSV text.</summary>
    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="fileName">The file's name, for <see cref="Diagnostic.File"/>; null to leave it out.</param>
    /// <returns>The lookup.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <remarks>A text the lookup cannot read at all is refused (<see cref="IsRefused"/>), as <see cref="Read(Stream, string?)"/> says.</remarks>
    public static LocalAuthorityLookup Read(TextReader reader, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            return ReadRows(reader, fileName);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            return Refused(Utf8Text.NotUtf8(e, fileName));
        }
    }

    private static LocalAuthorityLookup Refused(Diagnostic refusal) =>
        new(ImmutableDictionary<string, LookupEntry>.Empty, [], new DiagnosticList([refusal]));

    private static LocalAuthorityLookup ReadRows(TextReader reader, string? fileName)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false };
        using var csv = new CsvReader(reader, config, leaveOpen: true);
        if (!csv.Read() || !csv.ReadHeader())
        {
            return Refused(Utf8Text.Refuse(ImportCodes.NoHeader, fileName, "The lookup file"));
        }

        string[] header = csv.HeaderRecord!;
        if (CsvColumns.Check(header, fileName, "the lookup file", "urn", "la_code", "la_code_new", "local_authority_ons_name") is { } refusal)
        {
            return Refused(refusal);
        }

        var byUrn = ImmutableDictionary.CreateBuilder<string, LookupEntry>(StringComparer.Ordinal);
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguous = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var issues = ImmutableArray.CreateBuilder<Diagnostic>();
        while (csv.Read())
        {
            string raw = csv.Parser.RawRecord;
            var shape = CsvRecordShape.Of(raw);
            int line = csv.Parser.RawRow - shape.LineBreaksInQuotes;
            var row = new IlacsRow(csv, header, line, fileName);
            if (csv.Parser.Count != header.Length)
            {
                issues.Add(row.Skip(ImportCodes.FieldCountMismatch, null, csv.Parser.Count, header.Length));
                continue;
            }

            if (shape.BadField >= 0)
            {
                issues.Add(row.Skip(ImportCodes.MalformedField, header[shape.BadField], ImportIssue.Quote(shape.BadFieldText!)));
                continue;
            }

            var authority = ReadRow(row);
            issues.AddRange(row.Warnings);
            if (authority is null)
            {
                issues.Add(row.SkipIssue!);
                continue;
            }

            string urn = authority.Urn;
            if (firstLines.TryGetValue(urn, out int firstLine))
            {
                if (!ambiguous.Contains(urn) && byUrn[urn] == authority)
                {
                    issues.Add(row.Warn(ImportCodes.LookupUrnRepeated, "urn", ImportIssue.Quote(urn), firstLine));
                }
                else
                {
                    issues.Add(row.Skip(ImportCodes.LookupUrnConflicting, "urn", ImportIssue.Quote(urn), firstLine));
                    byUrn.Remove(urn);
                    ambiguous.Add(urn);
                }

                continue;
            }

            firstLines.Add(urn, line);
            byUrn.Add(urn, authority);
        }

        return new LocalAuthorityLookup(byUrn.ToImmutable(), ambiguous.ToImmutable(), new DiagnosticList(issues.ToImmutable()));
    }

    private static LookupEntry? ReadRow(IlacsRow row)
    {
        foreach (string column in (string[])["urn", "la_code", "la_code_new", "local_authority_ons_name"])
        {
            if (row.Raw(column).Length > IlacsCsvImporter.MaxFieldLength)
            {
                return row.SkipNull<LookupEntry>(ImportCodes.FieldTooLong, column, row.Raw(column).Length, IlacsCsvImporter.MaxFieldLength);
            }
        }

        string urn = row["urn"], name = row["local_authority_ons_name"], laText = row["la_code"], gssText = row["la_code_new"];
        if (urn.Length == 0 || name.Length == 0)
        {
            return row.SkipNull<LookupEntry>(ImportCodes.LookupRowIncomplete, urn.Length == 0 ? "urn" : "local_authority_ons_name");
        }

        if (!InspectionSubject.IsValidName(name))
        {
            return row.SkipNull<LookupEntry>(ImportCodes.LookupNameInvalid, "local_authority_ons_name", InspectionSubject.MaxNameLength);
        }

        int? la = null;
        if (laText.Length == 3 && int.TryParse(laText, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is >= 100 and <= 999)
        {
            la = number;
        }
        else
        {
            row.Warn(ImportCodes.LookupLaCodeInvalid, "la_code", ImportIssue.Quote(laText));
        }

        string? gss = InspectionSubject.IsValidGss(gssText) ? gssText : null;
        if (gss is null)
        {
            row.Warn(ImportCodes.LookupGssInvalid, "la_code_new", ImportIssue.Quote(gssText));
        }

        return new LookupEntry(urn, name, la, gss);
    }

    /// <summary>Whether the lookup lists <paramref name="urn"/> more than once with different data (it then does not use it).</summary>
    internal bool IsAmbiguous(string urn) => _ambiguous.Contains(urn);

    /// <summary>Finds an authority by URN.</summary>
    /// <param name="urn">The URN; null finds nothing.</param>
    /// <param name="authority">The authority, when found.</param>
    /// <returns><see langword="true"/> when the lookup has it.</returns>
    public bool TryGet(string? urn, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LookupEntry? authority)
    {
        authority = null;
        return urn is not null && _byUrn.TryGetValue(urn, out authority);
    }

    /// <summary>Every authority, in no particular order.</summary>
    public IEnumerable<LookupEntry> All => _byUrn.Values;
}
