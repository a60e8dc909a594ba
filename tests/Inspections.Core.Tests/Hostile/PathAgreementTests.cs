using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Core.Tests.Hostile;

/// <summary>The reader and the validator name a judgement by the same JSON path, however odd its id.</summary>
public sealed class PathAgreementTests
{
    private static Inspection WithJudgement(string id) => new(
        "sif-2013",
        "lscb-review",
        new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale"),
        new Fieldwork(new LocalDate(2015, 1, 13), new LocalDate(2015, 1, 16)),
        JudgementGrades.Create(("lscb-effectiveness", "good"), (id, "good")));

    [Fact]
    public void The_validator_brackets_a_judgement_id_with_a_space_and_a_quote()
    {
        var result = InspectionValidator.Validate(WithJudgement("Overall 'effectiveness'"));

        var unknown = Assert.Single(result, d => d.Code == DiagnosticCodes.UnknownJudgement);
        Assert.Equal(@"$.judgements['Overall \'effectiveness\'']", unknown.Path);
    }

    [Fact]
    public void A_plain_judgement_id_keeps_the_dot_notation()
    {
        var result = InspectionValidator.Validate(WithJudgement("children-in-care"));

        Assert.Equal("$.judgements.children-in-care", Assert.Single(result, d => d.Code == DiagnosticCodes.UnknownJudgement).Path);
    }

    [Fact]
    public void An_odd_judgement_id_is_placed_on_its_own_line_when_read()
    {
        string json = """
            {
              "schema": "inspections/v1",
              "framework": "sif-2013",
              "visit": "lscb-review",
              "subject": { "kind": "local-authority", "name": "Calderdale" },
              "fieldwork": { "start": "2015-01-13", "end": "2015-01-16" },
              "judgements": {
                "lscb-effectiveness": "good",
                "a.b['c']": "good"
              }
            }
            """;

        var unknown = Assert.Single(InspectionJson.Read(json).Diagnostics);

        Assert.Equal(@"$.judgements['a.b[\'c\']']", unknown.Path);
        Assert.Equal(9, unknown.Line);
        Assert.Equal(16, unknown.BytePositionInLine);
    }

    [Fact]
    public void For_any_judgement_id_the_validator_gives_the_path_the_reader_gives_and_the_reader_places_it()
    {
        // Any text without unpaired surrogates (a document cannot hold those), not a judgement of sif-2013.
        var ids = ArbMap.Default.GeneratorFor<NonEmptyString>()
            .Select(s => s.Get)
            .Where(s => !s.Any(char.IsSurrogate) && s != "lscb-effectiveness" && !s.Contains('\0'));

        Prop.ForAll(ids.ToArbitrary(), id =>
        {
            var inspection = WithJudgement(id);
            byte[] document = InspectionJson.WriteToUtf8Bytes(inspection);
            var read = InspectionJson.Read(document);

            var fromValidator = InspectionValidator.Validate(inspection).Single(d => d.Code == DiagnosticCodes.UnknownJudgement);
            var fromReader = read.Diagnostics.Single(d => d.Code == DiagnosticCodes.UnknownJudgement);
            string expected = "$.judgements" + (IsPlain(id) ? "." + id : "['" + id.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']");

            return fromValidator.Path == expected && fromReader.Path == expected && fromReader.Line == LineOf(document, id);
        }).QuickCheckThrowOnFailure();
    }

    private static bool IsPlain(string id) => id.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_');

    /// <summary>The line of the indented document on which the judgement is written (the writer puts each on its own line).</summary>
    private static int LineOf(byte[] document, string id)
    {
        string name = JsonSerializer.Serialize(id, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        string[] lines = System.Text.Encoding.UTF8.GetString(document).Split('\n');
        return Array.FindIndex(lines, l => l.TrimStart().StartsWith(name + ":", StringComparison.Ordinal)) + 1;
    }
}
