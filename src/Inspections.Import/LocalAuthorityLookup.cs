using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using CsvHelper;
using CsvHelper.Configuration;
using Inspections.Core.Inspections;

namespace Inspections.Import;

/// <summary>
/// The local authority lookup (<c>Provider_data_lookup.csv</c>): by Ofsted URN, the ONS name, the DfE local
/// authority number (<c>la_code</c>) and the ONS GSS code (<c>la_code_new</c>).
/// </summary>
/// <remarks>Immutable and thread-safe once read.</remarks>
public sealed class LocalAuthorityLookup
{
    private readonly ImmutableDictionary<string, LocalAuthority> _byUrn;

    private LocalAuthorityLookup(ImmutableDictionary<string, LocalAuthority> byUrn, ImmutableArray<ImportIssue> issues)
    {
        _byUrn = byUrn;
        Issues = issues;
    }

    /// <summary>How many authorities the lookup holds.</summary>
    public int Count => _byUrn.Count;

    /// <summary>What the lookup could not use (a number or code of the wrong form, a repeated URN).</summary>
    public ImmutableArray<ImportIssue> Issues { get; }

    /// <summary>Reads the lookup file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The lookup.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ImportFormatException">The file is not UTF-8 text, or its header lacks a column the lookup needs.</exception>
    public static LocalAuthorityLookup ReadFile(string path)
    {
        using var reader = new StreamReader(path ?? throw new ArgumentNullException(nameof(path)), IlacsCsvImporter.StrictUtf8, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    /// <summary>Reads the lookup from CSV text.</summary>
    /// <param name="reader">The CSV text, header first.</param>
    /// <returns>The lookup.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ImportFormatException">The header lacks a column the lookup needs, or the reader's decoder refuses the bytes.</exception>
    public static LocalAuthorityLookup Read(TextReader reader)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        try
        {
            return ReadRows(reader);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw IlacsCsvImporter.NotText(e);
        }
    }

    private static LocalAuthorityLookup ReadRows(TextReader reader)
    {

        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false };
        using var csv = new CsvReader(reader, config, leaveOpen: true);
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new ImportFormatException(ImportCodes.NoHeader, "The lookup file is empty: it has no header row.");
        }

        CsvColumns.Require(csv, "the lookup file", "urn", "la_code", "la_code_new", "local_authority_ons_name");
        var byUrn = ImmutableDictionary.CreateBuilder<string, LocalAuthority>(StringComparer.Ordinal);
        var issues = ImmutableArray.CreateBuilder<ImportIssue>();
        while (csv.Read())
        {
            int line = csv.Parser.RawRow;
            string urn = (csv.GetField("urn") ?? string.Empty).Trim();
            string name = (csv.GetField("local_authority_ons_name") ?? string.Empty).Trim();
            string laText = (csv.GetField("la_code") ?? string.Empty).Trim();
            string gssText = (csv.GetField("la_code_new") ?? string.Empty).Trim();
            if (urn.Length == 0 || name.Length == 0)
            {
                issues.Add(new ImportIssue(ImportCodes.LookupRowIncomplete, line, urn.Length == 0 ? "urn" : "local_authority_ons_name", "The row has no URN or no name."));
                continue;
            }

            if (!InspectionSubject.IsValidName(name))
            {
                issues.Add(new ImportIssue(ImportCodes.LookupNameInvalid, line, "local_authority_ons_name",
                    $"The name is longer than {InspectionSubject.MaxNameLength} characters, so it cannot be a subject's name."));
                continue;
            }

            int? la = null;
            if (int.TryParse(laText, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is >= 100 and <= 999)
            {
                la = number;
            }
            else
            {
                issues.Add(new ImportIssue(ImportCodes.LookupLaCodeInvalid, line, "la_code", $"'{laText}' is not a three-digit DfE number; it is left out."));
            }

            string? gss = InspectionSubject.IsValidGss(gssText) ? gssText : null;
            if (gss is null)
            {
                issues.Add(new ImportIssue(ImportCodes.LookupGssInvalid, line, "la_code_new", $"'{gssText}' is not a GSS code of an English local authority; it is left out."));
            }

            if (byUrn.ContainsKey(urn))
            {
                issues.Add(new ImportIssue(ImportCodes.LookupUrnConflicting, line, "urn", $"URN {urn} is listed twice; the first row is kept."));
                continue;
            }

            byUrn.Add(urn, new LocalAuthority(urn, name, la, gss));
        }

        return new LocalAuthorityLookup(byUrn.ToImmutable(), issues.ToImmutable());
    }

    /// <summary>Finds an authority by URN.</summary>
    /// <param name="urn">The URN; null finds nothing.</param>
    /// <param name="authority">The authority, when found.</param>
    /// <returns><see langword="true"/> when the lookup has it.</returns>
    public bool TryGet(string? urn, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LocalAuthority? authority)
    {
        authority = null;
        return urn is not null && _byUrn.TryGetValue(urn, out authority);
    }

    /// <summary>Every authority, in no particular order.</summary>
    public IEnumerable<LocalAuthority> All => _byUrn.Values;
}
