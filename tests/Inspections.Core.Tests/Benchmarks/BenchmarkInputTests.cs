using System.Text;
using Inspections.Core.Benchmarks;
using Inspections.Core.Benchmarks.Poco;
using Inspections.Core.Catalog;
using Inspections.Core;
using Inspections.Core.Scales;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using Inspections.Import;

namespace Inspections.Core.Tests.Benchmarks;

/// <summary>
/// The benchmarks (benchmarks/Inspections.Core.Benchmarks) measure what they claim: each class is set up as
/// BenchmarkDotNet sets it up and its benchmark methods are called once, and their inputs and results are checked.
/// No timing here: the benchmarks themselves are run by hand (docs/performance.md).
/// </summary>
public sealed class BenchmarkInputTests
{
    [Fact]
    public void Read_benchmarks_read_the_valid_Calderdale_2015_document()
    {
        var benchmarks = Setup(new ReadBenchmarks(), b => b.Setup());

        var result = benchmarks.ReadAndValidate();

        Assert.True(result.IsValid);
        Assert.Empty(result.Diagnostics);
        Assert.True(IsCalderdale2015(result.Inspection!));
        Assert.Equal(result.Inspection, benchmarks.ParseOnly());
    }

    [Fact]
    public void The_source_generated_POCO_reads_the_same_values_as_our_reader()
    {
        var benchmarks = Setup(new ReadBenchmarks(), b => b.Setup());

        AssertSameValues(benchmarks.ParseOnly(), benchmarks.SourceGeneratedPoco());
    }

    [Fact]
    public void The_Newtonsoft_POCO_reads_the_same_values_as_our_reader()
    {
        var benchmarks = Setup(new ReadBenchmarks(), b => b.Setup());

        AssertSameValues(benchmarks.ParseOnly(), benchmarks.NewtonsoftPoco());
    }

    [Fact]
    public void Write_benchmarks_write_the_same_document_both_ways()
    {
        var benchmarks = Setup(new WriteBenchmarks(), b => b.Setup());
        byte[] file = File.ReadAllBytes(BenchmarkFiles.CalderdaleDocument);

        byte[] ours = benchmarks.WriteToUtf8Bytes();
        byte[] poco = benchmarks.SourceGeneratedPoco();

        // The example is in canonical form, so ours writes it back byte for byte; the POCO, laid out the same
        // way, writes the same bytes but for the final newline that the canonical form adds.
        Assert.Equal(Encoding.UTF8.GetString(file), Encoding.UTF8.GetString(ours));
        Assert.Equal(Encoding.UTF8.GetString(file), Encoding.UTF8.GetString(poco) + "\n");
    }

    [Fact]
    public void Validation_benchmarks_validate_one_valid_and_one_invalid_inspection()
    {
        var benchmarks = Setup(new ValidationBenchmarks(), b => b.Setup());

        var valid = benchmarks.ValidateValid();
        var invalid = benchmarks.ValidateInvalid();

        Assert.Empty(valid);
        Assert.True(IsCalderdale2015(benchmarks.Valid));
        Assert.False(invalid.IsValid);
        Assert.Equal([DiagnosticCodes.RuleBroken], invalid.Select(d => d.Code));
        // The invalid inspection differs from the valid one in one grade (and its notes) only, so the two measure
        // the same work up to the diagnostic.
        Assert.Equal(benchmarks.Valid with { Judgements = benchmarks.Invalid.Judgements, Notes = benchmarks.Invalid.Notes }, benchmarks.Invalid);
        Assert.Single(benchmarks.Valid.Judgements, pair => benchmarks.Invalid.Judgements.TryGetGradeId(pair.JudgementId, out string? grade) && grade != pair.GradeId);
    }

    [Fact]
    public void Validating_the_valid_benchmark_inspection_allocates_nothing_after_warm_up()
    {
        var benchmarks = Setup(new ValidationBenchmarks(), b => b.Setup());
        benchmarks.ValidateValid();

        long before = GC.GetAllocatedBytesForCurrentThread();
        benchmarks.ValidateValid();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Grade_comparison_benchmarks_compare_the_pairs_they_claim()
    {
        var benchmarks = Setup(new GradeComparisonBenchmarks(), b => b.Setup());

        Assert.Equal(GradeComparisonBenchmarks.Pairs, benchmarks.SameScale.Length);
        Assert.Equal(GradeComparisonBenchmarks.Pairs, benchmarks.AcrossScales.Length);
        Assert.All(benchmarks.SameScale, p => Assert.Same(p.Before.Scale, p.After.Scale));
        Assert.True(benchmarks.SameScale.Select(p => p.Before.Scale.Id).Distinct().Count() > 1, "same-scale pairs from more than one scale");
        Assert.Contains(benchmarks.SameScale, p => p.Before.Rank != p.After.Rank);
        Assert.All(benchmarks.AcrossScales, p =>
        {
            Assert.NotEqual(p.Before.Scale, p.After.Scale);
            Assert.True(GradeComparer.Default.Compare(p.Before, p.After).IsComparable, $"{p.Before.Scale.Id}:{p.Before} and {p.After.Scale.Id}:{p.After} are comparable");
        });
        Assert.Equal(benchmarks.SameScale.Select(p => (p.Before.Rank, p.After.Rank)), benchmarks.Ranks);

        // The int baseline and the grade comparisons agree: same signs, same steps.
        Assert.Equal(benchmarks.IntComparison(), benchmarks.GradeCompareTo());
        Assert.Equal(benchmarks.SameScale.Sum(p => p.Before.Rank - p.After.Rank), benchmarks.ComparerSameScale());
        benchmarks.ComparerAcrossScales();
    }

    [Fact]
    public void Grade_comparison_benchmarks_allocate_nothing_after_warm_up()
    {
        var benchmarks = Setup(new GradeComparisonBenchmarks(), b => b.Setup());
        benchmarks.GradeCompareTo();
        benchmarks.ComparerSameScale();
        benchmarks.ComparerAcrossScales();

        long before = GC.GetAllocatedBytesForCurrentThread();
        benchmarks.GradeCompareTo();
        benchmarks.ComparerSameScale();
        benchmarks.ComparerAcrossScales();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Catalog_benchmarks_find_the_same_frameworks_both_ways()
    {
        var benchmarks = Setup(new CatalogLookupBenchmarks(), b => b.Setup());

        Assert.Equal(CatalogLookupBenchmarks.Lookups, benchmarks.Queries.Length);
        foreach (var (date, kind) in benchmarks.Queries)
        {
            var scanned = FrameworkCatalog.Default.All.Where(f => f.Inspects(kind) && f.IsInForceOn(date)).Select(f => f.Id);
            Assert.Equal(scanned, FrameworkCatalog.Default.InForceOn(date, kind).Select(f => f.Id));
        }

        // The dates are spread: some fall between frameworks (or before the first), most in one, for both kinds.
        var found = benchmarks.Queries.Select(q => FrameworkCatalog.Default.InForceOn(q.Date, q.Kind).Length).ToList();
        Assert.Contains(0, found);
        Assert.Contains(1, found);
        Assert.True(benchmarks.Queries.Select(q => FrameworkCatalog.Default.InForceOn(q.Date, q.Kind).FirstOrDefault()?.Id).Distinct().Count() > 4, "dates under many frameworks");
        Assert.Contains(benchmarks.Queries, q => q.Kind == SubjectKind.CafcassServiceArea);
        Assert.Contains(benchmarks.Queries, q => q.Kind == SubjectKind.LocalAuthority);
        Assert.Equal(benchmarks.LinearScan(), benchmarks.InForceOn());
    }

    [SharedDataFact]
    public void Import_benchmarks_import_every_row_of_the_real_CSV()
    {
        var benchmarks = Setup(new ImportBenchmarks(), b => b.Setup());
        string[] lines = File.ReadAllLines(BenchmarkFiles.IlacsHistoryCsv);
        int columns = lines[0].Split(',').Length;

        var result = benchmarks.Import();

        // The baseline reads every field of every row, the header's too.
        Assert.Equal(lines.Length * columns, benchmarks.ReadFieldsOnly());
        Assert.Equal(lines.Length - 1, result.RowCount);
        Assert.Equal(result.RowCount, result.Inspections.Length + result.Skipped.Count);
        Assert.True(result.Inspections.Length > result.RowCount / 2, "most rows are imported");
        Assert.True(benchmarks.Lookup.Count > 0);
        Assert.Contains(result.Inspections, i => i.Inspection.Subject.GssCode is not null);
        // Every inspection imported is validated, and each is valid.
        Assert.Equal(result.Inspections.Length, benchmarks.ImportAndValidate());
    }

    [Fact]
    public void Record_benchmarks_load_every_document_of_the_shipped_record_and_each_is_valid()
    {
        var benchmarks = new RecordBenchmarks();

        int lines = benchmarks.CountLines();
        var loaded = benchmarks.LoadAndValidate();

        // Every line of the embedded record is one document, and every one reads valid, as the shipped record's.
        Assert.True(lines >= 900, $"the record has {lines} lines");
        Assert.Equal(lines, loaded.Length);
        var shipped = global::Inspections.Data.OfficialRecord.Inspections;
        Assert.Equal(shipped.Length, loaded.Length);
        var differing = Enumerable.Range(0, loaded.Length).Where(i => !shipped[i].Equals(loaded[i])).Take(3).Select(i => $"{i}: {shipped[i]}").ToList();
        Assert.True(differing.Count == 0, string.Join("; ", differing));
    }

    private static T Setup<T>(T benchmarks, Action<T> setup)
    {
        setup(benchmarks);
        return benchmarks;
    }

    /// <summary>
    /// Whether an inspection is Calderdale 2015 as the tests' own record of it has it (framework, visit, subject,
    /// dates and grades); the example document adds a recommendation, another source and notes.
    /// </summary>
    private static bool IsCalderdale2015(Inspection inspection) =>
        inspection.Equals(RealInspections.Calderdale2015 with
        {
            Recommendations = inspection.Recommendations,
            Source = inspection.Source,
            Notes = inspection.Notes,
        });

    private static void AssertSameValues(Inspection expected, InspectionDocumentPoco? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(InspectionJson.Schema, actual.Schema);
        Assert.Equal(expected.FrameworkId, actual.Framework);
        Assert.Equal(expected.VisitTypeId, actual.Visit);
        Assert.NotNull(actual.Subject);
        Assert.Equal(expected.Subject.Kind.ToId(), actual.Subject.Kind);
        Assert.Equal(expected.Subject.Name, actual.Subject.Name);
        Assert.Equal(expected.Subject.GssCode, actual.Subject.Gss);
        Assert.Equal(expected.Subject.LaNumber, actual.Subject.La);
        Assert.NotNull(actual.Fieldwork);
        Assert.Equal(expected.Fieldwork!.Value.Start.ToString("yyyy-MM-dd", null), actual.Fieldwork.Start);
        Assert.Equal(expected.Fieldwork!.Value.End!.Value.ToString("yyyy-MM-dd", null), actual.Fieldwork.End);
        Assert.Equal(expected.Published?.ToString("yyyy-MM-dd", null), actual.Published);
        Assert.NotNull(actual.Judgements);
        Assert.Equal(expected.Judgements.Select(p => KeyValuePair.Create(p.JudgementId, p.GradeId)), actual.Judgements);
        Assert.NotNull(actual.Recommendations);
        Assert.Equal(expected.Recommendations.Select(r => ((string?)r.Text, r.TimescaleId)), actual.Recommendations.Select(r => (r.Text, r.Timescale)));
        Assert.Equal(expected.Source?.OriginalString, actual.Source);
        Assert.Equal(expected.Notes, actual.Notes);
    }
}
