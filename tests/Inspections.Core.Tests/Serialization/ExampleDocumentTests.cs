using System.Text;
using System.Text.RegularExpressions;
using Inspections.Core.Catalog;
using Inspections.Core.Serialization;

namespace Inspections.Core.Tests.Serialization;

/// <summary>The documents in docs/examples: real cases that read valid, and invalid ones that raise the code in their name.</summary>
public sealed class ExampleDocumentTests
{
    public static TheoryData<string> ValidExamples => new(Directory.GetFiles(RepositoryPaths.Examples, "*.json").Select(Path.GetFileName).Order()!);

    public static TheoryData<string> InvalidExamples => new(Directory.GetFiles(RepositoryPaths.InvalidExamples, "*.json").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void A_valid_example_reads_and_validates_without_any_diagnostic(string file)
    {
        var result = InspectionJson.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Examples, file)));

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void A_valid_example_is_in_canonical_form(string file)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Examples, file));

        byte[] rewritten = InspectionJson.WriteToUtf8Bytes(InspectionJson.Parse(bytes));

        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(rewritten));
    }

    [Theory]
    [MemberData(nameof(InvalidExamples))]
    public void An_invalid_example_raises_exactly_the_code_in_its_name(string file)
    {
        string code = Regex.Match(file, "^INS[0-9]{3}").Value;

        var result = InspectionJson.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.InvalidExamples, file)));

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal(code, d.Code));
        Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.BytePositionInLine >= 0, d.ToString()));
    }

    [Fact]
    public void Every_framework_of_the_catalog_has_a_valid_example()
    {
        var frameworks = Directory.GetFiles(RepositoryPaths.Examples, "*.json")
            .Select(f => InspectionJson.Parse(File.ReadAllBytes(f)).FrameworkId)
            .ToHashSet();

        Assert.All(FrameworkCatalog.Default.All, f => Assert.Contains(f.Id, frameworks));
    }

    [Fact]
    public void Every_graded_and_ungraded_kind_of_visit_has_an_example()
    {
        var visits = Directory.GetFiles(RepositoryPaths.Examples, "*.json")
            .Select(f => InspectionJson.Parse(File.ReadAllBytes(f)))
            .ToList();

        Assert.Contains(visits, v => v.Judgements.IsEmpty);
        Assert.Contains(visits, v => !v.Recommendations.IsEmpty && v.Recommendations.All(r => r.TimescaleId is not null));
    }

    [Fact]
    public void The_jsonl_example_holds_valid_documents_one_per_line_in_compact_canonical_form()
    {
        string path = Path.Combine(RepositoryPaths.Examples, "inspections.jsonl");
        string[] lines = File.ReadAllLines(path);
        using var stream = File.OpenRead(path);

        var results = InspectionJson.ReadLines(stream).ToList();

        Assert.True(results.Count >= 3);
        Assert.Equal(Enumerable.Range(1, lines.Length), results.Select(r => r.LineNumber!.Value));
        Assert.All(results, r => Assert.True(r.IsValid, string.Join("; ", r.Diagnostics)));
        Assert.All(results, r => Assert.Equal(lines[r.LineNumber!.Value - 1], InspectionJson.Write(r.Inspection!, indented: false)));
    }

    [SharedDataFact]
    public void The_example_of_the_specification_is_valid()
    {
        string spec = File.ReadAllText(Path.Combine(RepositoryPaths.Spec, "inspection-json.md"));
        string example = Regex.Match(spec, "```json\\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        var result = InspectionJson.Read(example);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal("Calderdale", result.Inspection!.Subject.Name);
        Assert.Equal(6, result.Inspection.Judgements.Count);
    }

    [Fact]
    public void Calderdale_2015_has_adoption_inadequate_with_overall_requires_improvement()
    {
        var calderdale = InspectionJson.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Examples, "sif-2013-calderdale-2015.json")));

        Assert.True(calderdale.Judgements.TryGetGradeId("adoption-performance", out var adoption));
        Assert.True(calderdale.Judgements.TryGetGradeId("overall-effectiveness", out var overall));
        Assert.Equal(("inadequate", "requires-improvement"), (adoption, overall));
    }
}
