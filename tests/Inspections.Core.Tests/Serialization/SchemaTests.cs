using System.Text.Json;
using FsCheck.Xunit;
using Inspections.Core.Catalog;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Serialization;

/// <summary>The shipped JSON Schema: generated from the catalog, and in agreement with the reader and the validator.</summary>
public sealed class SchemaTests
{
    /// <summary>Invalid examples whose problem a schema cannot see: duplicates, calendar days, rules across values, dates.</summary>
    private static readonly HashSet<string> s_beyondTheSchema =
    [
        "INS001-duplicate-judgement.json", "INS001-duplicate-property.json", "INS001-not-json.json", "INS003-impossible-date.json",
        "INS020-rule-broken.json", "INS021-likely-rule-broken.json", "INS030-fieldwork-outside-framework.json",
        "INS031-published-before-fieldwork-ends.json", "INS032-publication-unusually-late.json",
    ];

    /// <summary>The validation codes about ids, which the schema's enums and requirements express.</summary>
    private static readonly HashSet<string> s_idCodes = ["INS010", "INS011", "INS012", "INS013", "INS014", "INS015", "INS016", "INS033", "INS040"];

    private static readonly Lazy<MiniJsonSchemaValidator> s_validator = new(() => new MiniJsonSchemaValidator(InspectionJsonSchema.Generate()));

    [Fact]
    public void The_shipped_schema_is_the_generated_one()
    {
        string generated = InspectionJsonSchema.Generate();
        if (RepositoryPaths.UpdateDocs)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(RepositoryPaths.Schema)!);
            File.WriteAllText(RepositoryPaths.Schema, generated);
        }

        Assert.True(File.Exists(RepositoryPaths.Schema), "Run the tests with UPDATE_DOCS=1 to write docs/schema/inspections-v1.schema.json.");
        Assert.Equal(generated, File.ReadAllText(RepositoryPaths.Schema));
    }

    [Fact]
    public void The_schema_is_draft_2020_12_and_uses_only_keywords_the_test_validator_knows()
    {
        using var schema = JsonDocument.Parse(InspectionJsonSchema.Generate());

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.NotNull(s_validator.Value);
    }

    [Fact]
    public void The_catalog_ids_become_enums()
    {
        using var schema = JsonDocument.Parse(InspectionJsonSchema.Generate());
        var root = schema.RootElement;
        var defs = root.GetProperty("$defs");

        Assert.Equal(
            FrameworkCatalog.Default.All.Select(f => f.Id),
            root.GetProperty("properties").GetProperty("framework").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            ["outstanding", "good", "requires-improvement", "inadequate"],
            defs.GetProperty("grade.four-point-requires-improvement").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            ["immediately", "within-three-months", "within-six-months"],
            defs.GetProperty("framework.sif-2013").GetProperty("properties").GetProperty("recommendations").GetProperty("items")
                .GetProperty("properties").GetProperty("timescale").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        // A visit's required judgements: each graded, or listed in notJudged (the judgements object cannot say it alone).
        var standard = defs.GetProperty("framework.ilacs-2026").GetProperty("allOf").EnumerateArray()
            .Single(v => v.GetProperty("if").GetProperty("properties").GetProperty("visit").GetProperty("const").GetString() == "standard-inspection");
        var required = standard.GetProperty("then").GetProperty("allOf").EnumerateArray().Select(part => part.GetProperty("anyOf")).ToList();
        Assert.Equal(
            ["impact-of-leaders", "children-who-need-help-and-protection", "children-in-care", "care-leavers"],
            required.Select(anyOf => anyOf[0].GetProperty("properties").GetProperty("judgements").GetProperty("required")[0].GetString()));
        Assert.Equal(
            ["impact-of-leaders", "children-who-need-help-and-protection", "children-in-care", "care-leavers"],
            required.Select(anyOf => anyOf[1].GetProperty("properties").GetProperty("notJudged").GetProperty("contains").GetProperty("const").GetString()));
    }

    [Fact]
    public void Every_document_of_the_shipped_official_record_passes_the_schema()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Inspections.Data", "official-record.jsonl"));

        var failures = lines.Select((line, i) => (Line: i + 1, Errors: s_validator.Value.Validate(line)))
            .Where(r => r.Errors.Count > 0).Take(3).Select(r => $"line {r.Line}: {string.Join("; ", r.Errors)}").ToList();

        Assert.True(lines.Length >= 900, $"{lines.Length} lines");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void A_required_judgement_is_given_to_the_schema_by_notJudged_and_missing_without_it()
    {
        // Isles of Scilly's SIF inspection of 2016: Ofsted's table writes "-" for children looked after (a required
        // judgement), adoption and care leavers.
        string line = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Inspections.Data", "official-record.jsonl"))
            .Single(l => l.Contains("\"Isles of Scilly\"", StringComparison.Ordinal) && l.Contains("\"sif-2013\"", StringComparison.Ordinal)
                && l.Contains("\"full-inspection\"", StringComparison.Ordinal));
        var document = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
        Assert.True(document.ContainsKey("notJudged"));

        Assert.Empty(s_validator.Value.Validate(line));
        document.Remove("notJudged");
        Assert.NotEmpty(s_validator.Value.Validate(document.ToJsonString()));
        Assert.Contains(InspectionJson.Read(document.ToJsonString()).Diagnostics, d => d.Code == "INS014");
    }

    [Theory]
    [MemberData(nameof(ExampleDocumentTests.ValidExamples), MemberType = typeof(ExampleDocumentTests))]
    public void A_valid_example_passes_the_schema(string file)
    {
        var errors = s_validator.Value.Validate(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, file)));

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(ExampleDocumentTests.InvalidExamples), MemberType = typeof(ExampleDocumentTests))]
    public void An_invalid_example_fails_the_schema_unless_its_problem_is_beyond_a_schema(string file)
    {
        string json = File.ReadAllText(Path.Combine(RepositoryPaths.InvalidExamples, file));
        if (s_beyondTheSchema.Contains(file))
        {
            Assert.True(file == "INS001-not-json.json" || s_validator.Value.Validate(json).Count == 0, file);
            return;
        }

        Assert.NotEmpty(s_validator.Value.Validate(json));
    }

    [Theory]
    [InlineData("\"overall-effectiveness\": \"requires-improvement\"", "\"overall-effectiveness\": 3")]
    [InlineData("\"end\": \"2015-02-04\"", "\"end\": \"2015-2-4\"")]
    [InlineData("\"gss\": \"E08000033\"", "\"gss\": \"E07000033\"")]
    [InlineData("\"la\": 381", "\"la\": 1000")]
    [InlineData("\"name\": \"Calderdale\"", "\"name\": \"  \"")]
    [InlineData("\"published\": \"2015-03-20\"", "\"published\": null")]
    [InlineData("\"source\": \"https://files.ofsted.gov.uk/v1/file/50004288\"", "\"source\": \"ftp://files.ofsted.gov.uk/\"")]
    [InlineData("\"timescale\": \"immediately\"", "\"timescale\": \"within-a-year\"")]
    [InlineData("\"kind\": \"local-authority\"", "\"kind\": \"cafcass-service-area\"")]
    public void The_schema_rejects_what_the_reader_or_validator_rejects(string original, string replacement)
    {
        string json = ReadingRuleTests.Calderdale.Replace(original, replacement, StringComparison.Ordinal);

        Assert.NotEmpty(s_validator.Value.Validate(json));
        Assert.False(InspectionJson.Read(json).IsValid);
    }

    [Property(Arbitrary = [typeof(InspectionArbitraries)], MaxTest = 300)]
    public void The_schema_accepts_a_written_inspection_exactly_when_validation_finds_no_problem_with_its_ids(Inspection inspection)
    {
        string json = InspectionJson.Write(inspection);
        bool idProblems = InspectionValidator.Validate(inspection).Any(d => s_idCodes.Contains(d.Code));

        var errors = s_validator.Value.Validate(json);

        Assert.True(idProblems == (errors.Count > 0), $"validator: {string.Join("; ", InspectionValidator.Validate(inspection))}\nschema: {string.Join("; ", errors)}");
    }
}
