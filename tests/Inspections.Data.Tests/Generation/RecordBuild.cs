using System.Collections.Immutable;
using System.Text;
using Inspections.Core.Authorities;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Import;
using Inspections.Import.Ofsted;
using NodaTime;

namespace Inspections.Data.Tests.Generation;

/// <summary>
/// Builds the shipped record from ../shared/data: Ofsted's four official sheets through <see cref="OfstedImporter"/>,
/// and, for ILACS inspections whose fieldwork began after the official tables' 31 March 2025, the ILACS scrape
/// through <see cref="IlacsCsvImporter"/>. Also pairs each scrape row with the official inspection it describes,
/// for the reconciliation in docs/data.md.
/// </summary>
internal sealed class RecordBuild
{
    private static readonly Lazy<RecordBuild> Built = new(() => new RecordBuild());

    private RecordBuild()
    {
        Official = OfstedImporter.ImportFiles(RepositoryPaths.OfficialSheets);
        Scrape = IlacsCsvImporter.ImportFile(RepositoryPaths.IlacsHistoryCsv, RepositoryPaths.LookupCsv);

        var officialIlacs = Official.Inspections.Where(IsGradedIlacs).ToList();
        var pairs = new List<(ImportedInspection Scrape, Inspection Official)>();
        var added = new List<Inspection>();
        var onlyInScrape = new List<ImportedInspection>();
        foreach (var row in Scrape.Inspections)
        {
            var match = officialIlacs.FirstOrDefault(o => SameAuthority(o.Subject, row.Inspection.Subject) && SameEvent(o, row.Inspection));
            if (match is not null)
            {
                pairs.Add((row, match));
            }
            else if (row.Inspection.Fieldwork?.Start > OfficialRecord.OfficialAsAt || row.Inspection.Published > OfficialRecord.OfficialAsAt)
            {
                added.Add(FromScrape(row));
            }
            else
            {
                onlyInScrape.Add(row);
            }
        }

        Pairs = [.. pairs];
        FromScrapeAdded = [.. added];
        OnlyInScrape = [.. onlyInScrape];
        Record = [.. Official.Inspections.Concat(added).Order(RecordOrder)];
    }

    public static RecordBuild Instance => Built.Value;

    public OfstedImportResult Official { get; }

    public IlacsImportResult Scrape { get; }

    /// <summary>Scrape rows and the official inspections they describe.</summary>
    public ImmutableArray<(ImportedInspection Scrape, Inspection Official)> Pairs { get; }

    /// <summary>
    /// Inspections taken from the scrape: none of the official record's, and begun or published after 31 March 2025
    /// (Wakefield's of 24 March 2025, published in July, is in no official table).
    /// </summary>
    public ImmutableArray<Inspection> FromScrapeAdded { get; }

    /// <summary>Scrape rows begun and published by 31 March 2025 that match no official inspection.</summary>
    public ImmutableArray<ImportedInspection> OnlyInScrape { get; }

    /// <summary>The record, in order.</summary>
    public ImmutableArray<Inspection> Record { get; }

    /// <summary>The record as the .jsonl file the package embeds: one line per inspection, each ending in \n.</summary>
    public byte[] RecordBytes()
    {
        using var stream = new MemoryStream();
        foreach (var inspection in Record)
        {
            stream.Write(InspectionJson.WriteToUtf8Bytes(inspection, indented: false));
            stream.WriteByte((byte)'\n');
        }

        return stream.ToArray();
    }

    public static bool IsGradedIlacs(Inspection i) =>
        i.FrameworkId.StartsWith("ilacs-", StringComparison.Ordinal) && i.VisitTypeId is "standard-inspection" or "short-inspection";

    /// <summary>The register's current GSS code for a subject, or its own code, or its name.</summary>
    public static string AuthorityKey(InspectionSubject subject) =>
        LocalAuthorityRegister.Default.TryResolve(subject.GssCode ?? subject.Name, out var authority) ? authority.GssCode : subject.GssCode ?? subject.Name;

    private static bool SameAuthority(InspectionSubject a, InspectionSubject b) => AuthorityKey(a) == AuthorityKey(b);

    /// <summary>The same rule as the importer's merger: first days of fieldwork within 31 days, or publication within 120.</summary>
    private static bool SameEvent(Inspection official, Inspection scrape)
    {
        if (official.Fieldwork is { } a && scrape.Fieldwork is { } b && Math.Abs(Period.DaysBetween(a.Start, b.Start)) <= 31)
        {
            return true;
        }

        return official.Published is { } p && scrape.Published is { } q && Math.Abs(Period.DaysBetween(p, q)) <= 120;
    }

    private static Inspection FromScrape(ImportedInspection row)
    {
        var subject = row.Inspection.Subject;
        if (LocalAuthorityRegister.Default.TryResolve(subject.GssCode ?? subject.Name, out var authority))
        {
            subject = new InspectionSubject(SubjectKind.LocalAuthority, authority.Name, subject.GssCode ?? authority.GssCode, subject.LaNumber ?? authority.DfeNumber);
        }

        return row.Inspection with
        {
            Subject = subject,
            Notes = $"Not in Ofsted's official tables, which run to {OfficialRecord.OfficialAsAt:d MMMM yyyy}: taken from the ILACS scrape "
                + $"(JT-39/ofsted-ilacs-scrape-tool, MIT, of Ofsted's published reports), ofsted_csc_ilacs_history.csv line {row.Line}. "
                + row.Inspection.Notes + " " + OfficialRecord.Attribution,
        };
    }

    private static readonly IComparer<Inspection> RecordOrder = Comparer<Inspection>.Create((a, b) =>
    {
        int c = string.CompareOrdinal(a.Subject.Name, b.Subject.Name);
        c = c != 0 ? c : string.CompareOrdinal(a.Subject.GssCode, b.Subject.GssCode);
        c = c != 0 ? c : DateOf(a).CompareTo(DateOf(b));
        c = c != 0 ? c : string.CompareOrdinal(a.FrameworkId, b.FrameworkId);
        return c != 0 ? c : string.CompareOrdinal(a.VisitTypeId, b.VisitTypeId);
    });

    public static LocalDate DateOf(Inspection i) => i.Fieldwork?.Start ?? i.Published ?? default;
}
