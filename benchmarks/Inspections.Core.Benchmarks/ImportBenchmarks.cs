using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using Inspections.Core.Validation;
using Inspections.Import;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// The whole real ILACS history CSV (../shared/data/ofsted_csc_ilacs_history.csv, about 500 rows), text loaded
/// once, with the local authority lookup read once. Baseline: CsvHelper reading every field of every row as text,
/// the least any import must do.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    /// <summary>The CSV text.</summary>
    public string Csv { get; private set; } = string.Empty;

    /// <summary>The lookup, read once.</summary>
    public LocalAuthorityLookup Lookup { get; private set; } = null!;

    /// <summary>Loads the files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Csv = File.ReadAllText(BenchmarkFiles.IlacsHistoryCsv);
        Lookup = LocalAuthorityLookup.ReadFile(BenchmarkFiles.ProviderLookupCsv);
    }

    /// <summary>The baseline: every field of every row read as text.</summary>
    /// <returns>The number of fields read.</returns>
    [Benchmark(Baseline = true, Description = "CsvHelper, every field as text")]
    public int ReadFieldsOnly()
    {
        using var reader = new CsvReader(new StringReader(Csv), CultureInfo.InvariantCulture);
        int fields = 0;
        while (reader.Read())
        {
            for (int i = 0; i < reader.Parser.Count; i++)
            {
                fields += reader.GetField(i) is null ? 0 : 1;
            }
        }

        return fields;
    }

    /// <summary>The importer: every row typed as an inspection or reported.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "IlacsCsvImporter.Import")]
    public IlacsImportResult Import() => IlacsCsvImporter.Import(new StringReader(Csv), Lookup);

    /// <summary>The importer, then every inspection imported validated.</summary>
    /// <returns>The number of valid inspections.</returns>
    [Benchmark(Description = "Import + validate every inspection")]
    public int ImportAndValidate()
    {
        int valid = 0;
        foreach (var imported in IlacsCsvImporter.Import(new StringReader(Csv), Lookup).Inspections)
        {
            valid += InspectionValidator.Validate(imported.Inspection).IsValid ? 1 : 0;
        }

        return valid;
    }
}
