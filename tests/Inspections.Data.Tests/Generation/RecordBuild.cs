using Inspections.Core;
using Inspections.Import;
using Inspections.Import.Ofsted;
using Inspections.Import.Record;

namespace Inspections.Data.Tests.Generation;

/// <summary>
/// The shipped record as the library builds it from ../shared/data (<see cref="RecordBuilder"/>, what
/// <c>inspections import record</c> runs): Ofsted's four official sheets, Ofsted's reports, and the ILACS scrape
/// for what neither has. Built once per test run; no rule of the build is here.
/// </summary>
internal sealed class RecordBuild
{
    private static readonly Lazy<RecordBuild> Built = new(() => new RecordBuild());

    private RecordBuild()
    {
        Tables = OfstedImporter.ImportFiles(RepositoryPaths.OfficialSheets);
        Scrape = IlacsCsvImporter.ImportFile(RepositoryPaths.IlacsHistoryCsv, RepositoryPaths.LookupCsv);
        string reports = Path.Combine(RepositoryPaths.SharedData, "reports");
        Reports = RecordReports.ReadFolder(reports, Path.Combine(reports, "manifest.csv"));
        Result = RecordBuilder.Build(Tables, Reports.Reports, new RecordScrape(Path.GetFileName(RepositoryPaths.IlacsHistoryCsv), Scrape));
    }

    public static RecordBuild Instance => Built.Value;

    public OfstedImportResult Tables { get; }

    public IlacsImportResult Scrape { get; }

    /// <summary>Ofsted's reports in ../shared/data/reports, read once for the whole test run.</summary>
    public RecordReportsRead Reports { get; }

    public RecordBuildResult Result { get; }

    /// <summary>The record, in order.</summary>
    public System.Collections.Immutable.ImmutableArray<Inspection> Record => Result.Inspections;

    /// <summary>The record as the .jsonl file the package embeds.</summary>
    public byte[] RecordBytes()
    {
        using var stream = new MemoryStream();
        Result.WriteJsonLines(stream);
        return stream.ToArray();
    }

    /// <summary>The register's current GSS code for a subject, or its own code, or its name (for tests that count authorities).</summary>
    public static string AuthorityKey(InspectionSubject subject) =>
        Core.Authorities.LocalAuthorityRegister.Default.TryResolve(subject.GssCode ?? subject.Name, out var authority) ? authority.GssCode : subject.GssCode ?? subject.Name;
}
