using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Inspections.Import;
using Inspections.Import.Ofsted;
using Inspections.Import.Record;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// Building the shipped record (what <c>inspections import record</c> does, files loaded once): Ofsted's four sheets
/// (../shared/data/ofsted) and the ILACS scrape through <see cref="RecordBuilder"/>. Baseline: importing the four
/// sheets alone (<see cref="OfstedImporter"/>), which the build starts with.
/// </summary>
[MemoryDiagnoser]
public class RecordBuildBenchmarks
{
    private List<KeyValuePair<string, byte[]>> _sheets = [];
    private string _scrape = string.Empty;
    private LocalAuthorityLookup _lookup = null!;

    /// <summary>Loads the files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(Path.GetDirectoryName(BenchmarkFiles.IlacsHistoryCsv)!, "ofsted");
        _sheets = [.. Directory.GetFiles(folder, "*.csv").Order(System.StringComparer.Ordinal).Select(f => new KeyValuePair<string, byte[]>(f, File.ReadAllBytes(f)))];
        _scrape = File.ReadAllText(BenchmarkFiles.IlacsHistoryCsv);
        _lookup = LocalAuthorityLookup.ReadFile(BenchmarkFiles.ProviderLookupCsv);
    }

    private OfstedImportResult Tables() =>
        OfstedImporter.Import([.. _sheets.Select(s => new KeyValuePair<string, Stream>(s.Key, new MemoryStream(s.Value)))]);

    /// <summary>The baseline: the four sheets imported and merged.</summary>
    /// <returns>The import.</returns>
    [Benchmark(Baseline = true, Description = "OfstedImporter.Import, four sheets")]
    public OfstedImportResult ImportTables() => Tables();

    /// <summary>The record: the sheets, the scrape imported, and the build.</summary>
    /// <returns>The record.</returns>
    [Benchmark(Description = "Record build: tables + scrape")]
    public RecordBuildResult Build() =>
        RecordBuilder.Build(Tables(), reports: null, new RecordScrape("ofsted_csc_ilacs_history.csv", IlacsCsvImporter.Import(new StringReader(_scrape), _lookup)));
}
