using System.Collections.Concurrent;
using Inspections.Core.Comparison;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Hostile;

/// <summary>
/// Reading, validating, writing and comparing the same documents from many threads at once gives exactly what one
/// thread gives: the catalog, the reader and the validator share no mutable state.
/// </summary>
public sealed class ConcurrencyTests
{
    /// <summary>Every example and every corpus file: valid, invalid and unreadable documents.</summary>
    private static readonly byte[][] s_documents =
        Directory.EnumerateFiles(RepositoryPaths.Examples, "*.json")
            .Concat(Directory.EnumerateFiles(RepositoryPaths.InvalidExamples, "*.json"))
            .Concat(Directory.EnumerateFiles(CorpusTests.Folder, "*.json").Where(f => !f.EndsWith("expected.json", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToArray();

    /// <summary>Everything the library says about one document, as text.</summary>
    private static string Describe(byte[] document)
    {
        var read = InspectionJson.Read(document);
        var parts = new List<string> { read.ToString() };
        parts.AddRange(read.Diagnostics.Select(d => $"{d} @{d.BytePositionInLine}"));
        if (read.Inspection is { } inspection)
        {
            parts.AddRange(InspectionValidator.Validate(inspection).Select(d => d.ToString()));
            parts.Add(InspectionJson.Write(inspection));
            parts.Add(InspectionJson.Write(inspection, indented: false));
            if (InspectionComparer.IsSameSubject(inspection.Subject, inspection.Subject))
            {
                var comparison = InspectionComparer.Compare(inspection, inspection);
                parts.AddRange(comparison.Judgements.Select(j => $"{j.JudgementId} {j.BeforeGradeId} {j.AfterGradeId} {j.Comparison.Direction} {j.Comparison.Steps}"));
            }
        }

        return string.Join("\n", parts);
    }

    [Fact]
    public void Many_threads_reading_validating_and_writing_the_same_documents_agree_with_one_thread()
    {
        string[] baseline = s_documents.Select(Describe).ToArray();
        var differences = new ConcurrentBag<string>();

        Parallel.For(0, s_documents.Length * 40, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, i =>
        {
            int index = i % s_documents.Length;
            string described = Describe(s_documents[index]);
            if (described != baseline[index])
            {
                differences.Add($"document {index}: {described}");
            }
        });

        Assert.Empty(differences);
        Assert.Contains(baseline, b => b.StartsWith("valid, 0 errors, 0 warnings", StringComparison.Ordinal));
        Assert.Contains(baseline, b => b.Contains("unreadable", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_threads_reading_one_jsonl_stream_each_agree_with_one_thread()
    {
        byte[] jsonl = File.ReadAllBytes(Path.Combine(RepositoryPaths.Examples, "inspections.jsonl"))
            .Concat(File.ReadAllBytes(Path.Combine(CorpusTests.Folder, "bad-line-among-good.jsonl"))).ToArray();
        string Lines() => string.Join("\n", InspectionJson.ReadLines(new MemoryStream(jsonl)).Select(r => r + string.Concat(r.Diagnostics.Select(d => "\n  " + d))));
        string baseline = Lines();
        var results = new ConcurrentBag<string>();

        Parallel.For(0, 200, _ => results.Add(Lines()));

        Assert.All(results, r => Assert.Equal(baseline, r));
        Assert.Contains("unreadable", baseline, StringComparison.Ordinal);
    }
}
