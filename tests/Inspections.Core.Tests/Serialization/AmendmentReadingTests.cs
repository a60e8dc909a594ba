using Inspections.Core;
using Inspections.Core.Serialization;
using NodaTime;

namespace Inspections.Core.Tests.Serialization;

/// <summary>The format amendments of issue 15: <c>theme</c>, optional <c>fieldwork</c> and <c>fieldwork.end</c>, <c>notJudged</c>.</summary>
public sealed class AmendmentReadingTests
{
    // Isles of Scilly 2016: Ofsted's table writes "-" for three SIF judgements; publication date only.
    private const string Scilly = """
        {
          "schema": "inspections/v1",
          "framework": "sif-2013",
          "visit": "full-inspection",
          "theme": "Children in care",
          "subject": { "kind": "local-authority", "name": "Isles of Scilly" },
          "published": "2016-04-15",
          "judgements": {
            "overall-effectiveness": "good",
            "children-who-need-help-and-protection": "good",
            "leadership-management-and-governance": "good"
          },
          "notJudged": ["experiences-and-progress-of-care-leavers", "children-looked-after-and-achieving-permanence", "adoption-performance"]
        }
        """;

    [Fact]
    public void A_document_with_a_theme_not_judged_judgements_and_a_publication_date_only_reads_and_writes_in_canonical_order()
    {
        var inspection = InspectionJson.Parse(Scilly);

        Assert.Equal("Children in care", inspection.Theme);
        Assert.Null(inspection.Fieldwork);
        Assert.Equal(new LocalDate(2016, 4, 15), inspection.Published);
        Assert.Equal(3, inspection.NotJudgedIds.Length);

        string written = InspectionJson.Write(inspection);
        Assert.True(written.IndexOf("\"visit\"", StringComparison.Ordinal) < written.IndexOf("\"theme\"", StringComparison.Ordinal));
        Assert.True(written.IndexOf("\"theme\"", StringComparison.Ordinal) < written.IndexOf("\"subject\"", StringComparison.Ordinal));
        Assert.True(written.IndexOf("\"judgements\"", StringComparison.Ordinal) < written.IndexOf("\"notJudged\"", StringComparison.Ordinal));
        // notJudged in the framework's own order, not as given.
        Assert.Contains(
            "\"notJudged\": [\n    \"children-looked-after-and-achieving-permanence\",\n    \"adoption-performance\",\n    \"experiences-and-progress-of-care-leavers\"\n  ]",
            written,
            StringComparison.Ordinal);
        Assert.Equal(inspection, InspectionJson.Parse(written));
        Assert.Equal(written, InspectionJson.Write(InspectionJson.Parse(written)));
    }

    [Fact]
    public void A_document_with_neither_fieldwork_nor_a_publication_date_is_INS002_at_the_fieldwork()
    {
        var result = InspectionJson.Read(Scilly.Replace("  \"published\": \"2016-04-15\",\n", string.Empty, StringComparison.Ordinal));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("INS002", "$.fieldwork", 1, 0L), (diagnostic.Code, diagnostic.Path, diagnostic.Line!.Value, diagnostic.BytePositionInLine!.Value));
        Assert.Null(result.Inspection);
    }

    [Theory]
    [InlineData("[\"adoption-performance\", 3]", "INS003", "$.notJudged[1]")]
    [InlineData("[\"adoption-performance\", null]", "INS001", "$.notJudged[1]")]
    [InlineData("[\"\"]", "INS003", "$.notJudged[0]")]
    [InlineData("{\"adoption-performance\": true}", "INS003", "$.notJudged")]
    [InlineData("\"adoption-performance\"", "INS003", "$.notJudged")]
    public void A_not_judged_list_that_is_not_an_array_of_ids_is_a_reading_problem_at_the_item(string value, string code, string path)
    {
        string json = Scilly.Replace(
            "[\"experiences-and-progress-of-care-leavers\", \"children-looked-after-and-achieving-permanence\", \"adoption-performance\"]",
            value,
            StringComparison.Ordinal);

        var diagnostic = Assert.Single(InspectionJson.Read(json).Diagnostics);

        Assert.Equal((code, path, 13), (diagnostic.Code, diagnostic.Path, diagnostic.Line!.Value));
    }

    [Fact]
    public void A_duplicate_in_not_judged_is_read_and_left_to_validation()
    {
        string json = Scilly.Replace("\"adoption-performance\"]", "\"adoption-performance\", \"adoption-performance\"]", StringComparison.Ordinal);

        var result = InspectionJson.Read(json);

        Assert.NotNull(result.Inspection);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "INS001" or "INS002" or "INS003");
    }

    [Theory]
    [InlineData("\"   \"", "must not be blank")]
    [InlineData("\"\\u200b\"", "must not be blank")]
    [InlineData("\"\"", "must not be blank")]
    [InlineData("12", "Expected a string")]
    public void A_theme_that_is_not_1_to_200_characters_of_text_is_INS003(string value, string explanation)
    {
        var diagnostic = Assert.Single(InspectionJson.Read(Scilly.Replace("\"Children in care\"", value, StringComparison.Ordinal)).Diagnostics);

        Assert.Equal(("INS003", "$.theme", 5), (diagnostic.Code, diagnostic.Path, diagnostic.Line!.Value));
        Assert.Contains(explanation, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_of_201_characters_is_INS003()
    {
        var diagnostic = Assert.Single(InspectionJson.Read(Scilly.Replace("Children in care", new string('x', 201), StringComparison.Ordinal)).Diagnostics);

        Assert.Equal(("INS003", "$.theme"), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("201", diagnostic.Message, StringComparison.Ordinal);
    }
}
