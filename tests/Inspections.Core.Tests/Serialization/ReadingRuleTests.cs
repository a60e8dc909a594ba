using System.Text;
using Inspections.Core;
using NodaTime;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Serialization;

/// <summary>
/// One test per reading rule of inspections/v1, each with the exact diagnostic: code, JSON path, line (1-based)
/// and byte position in the line (0-based). Positions are counted by hand on <see cref="Calderdale"/>.
/// </summary>
public sealed class ReadingRuleTests
{
    /// <summary>Calderdale 2015 in canonical form; the constants below give its line numbers.</summary>
    internal const string Calderdale = """
        {
          "schema": "inspections/v1",
          "framework": "sif-2013",
          "visit": "full-inspection",
          "subject": {
            "kind": "local-authority",
            "name": "Calderdale",
            "gss": "E08000033",
            "la": 381
          },
          "fieldwork": {
            "start": "2015-01-13",
            "end": "2015-02-04"
          },
          "published": "2015-03-20",
          "judgements": {
            "overall-effectiveness": "requires-improvement",
            "children-who-need-help-and-protection": "requires-improvement",
            "children-looked-after-and-achieving-permanence": "requires-improvement",
            "adoption-performance": "inadequate",
            "experiences-and-progress-of-care-leavers": "requires-improvement",
            "leadership-management-and-governance": "requires-improvement"
          },
          "recommendations": [
            {
              "text": "Reduce the time it takes to complete adoptions.",
              "timescale": "immediately"
            }
          ],
          "source": "https://files.ofsted.gov.uk/v1/file/50004288"
        }

        """;

    // Line numbers in Calderdale.
    private const int SchemaLine = 2, FrameworkLine = 3, VisitLine = 4, SubjectLine = 5, KindLine = 6, NameLine = 7, GssLine = 8, LaLine = 9;
    private const int FieldworkLine = 11, EndLine = 13, PublishedLine = 15, JudgementsLine = 16, OverallLine = 17, AdoptionLine = 20;
    private const int RecommendationLine = 25, TimescaleLine = 27, SourceLine = 30;

    [Fact]
    public void The_base_document_reads_and_is_valid()
    {
        var result = InspectionJson.Read(Calderdale);

        Assert.True(result.IsValid);
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.LineNumber);
    }

    [Fact]
    public void An_unknown_property_is_INS001_at_its_name()
    {
        var result = InspectionJson.Read(Insert(after: SchemaLine, "  \"inspector\": \"Lisa Summers\","));

        AssertOnly(result, "INS001", "$.inspector", SchemaLine + 1, 2);
        Assert.Null(result.Inspection);
        Assert.Contains("Unknown property 'inspector'", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inspector's name", "$['inspector\\'s name']")]
    [InlineData("a.b", "$['a.b']")]
    [InlineData("", "$['']")]
    [InlineData("Date_of-visit2", "$.Date_of-visit2")]
    public void A_property_name_that_is_not_plain_is_given_in_brackets_in_the_path(string name, string path)
    {
        var result = InspectionJson.Read(Insert(after: SchemaLine, $"  \"{name}\": 1,"));

        AssertOnly(result, "INS001", path, SchemaLine + 1, 2);
    }

    [Fact]
    public void Property_names_are_case_sensitive()
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"framework\":", "\"Framework\":", StringComparison.Ordinal));

        AssertDiagnostics(result, ("INS001", "$.Framework", FrameworkLine, 2), ("INS002", "$.framework", 1, 0));
        Assert.Contains("did you mean 'framework'", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_inside_the_subject_is_INS001_with_its_path()
    {
        var result = InspectionJson.Read(Insert(after: KindLine, "    \"region\": \"Yorkshire and the Humber\","));

        AssertOnly(result, "INS001", "$.subject.region", KindLine + 1, 4);
    }

    [Fact]
    public void An_unknown_property_inside_a_recommendation_is_INS001_with_its_path()
    {
        var result = InspectionJson.Read(Insert(after: RecommendationLine, "      \"due\": \"2015-06-20\","));

        AssertOnly(result, "INS001", "$.recommendations[0].due", RecommendationLine + 1, 6);
    }

    [Fact]
    public void A_duplicate_property_is_INS001_at_its_second_name()
    {
        var result = InspectionJson.Read(Insert(after: VisitLine, "  \"visit\": \"lscb-review\","));

        AssertOnly(result, "INS001", "$.visit", VisitLine + 1, 2);
        Assert.Contains("given twice", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_judgement_given_twice_is_INS001_even_with_the_same_grade()
    {
        var result = InspectionJson.Read(Insert(after: AdoptionLine, "    \"adoption-performance\": \"inadequate\","));

        AssertOnly(result, "INS001", "$.judgements.adoption-performance", AdoptionLine + 1, 4);
    }

    [Fact]
    public void A_null_value_is_INS001_at_the_value()
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"published\": \"2015-03-20\"", "\"published\": null", StringComparison.Ordinal));

        // "  \"published\": " is 15 bytes.
        AssertOnly(result, "INS001", "$.published", PublishedLine, 15);
        Assert.Contains("null is not allowed", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_grade_is_INS001()
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"adoption-performance\": \"inadequate\"", "\"adoption-performance\": null", StringComparison.Ordinal));

        // "    \"adoption-performance\": " is 4 + 22 + 2 bytes.
        AssertOnly(result, "INS001", "$.judgements.adoption-performance", AdoptionLine, 28);
    }

    [Fact]
    public void A_null_optional_subject_property_is_INS001_not_absent()
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"gss\": \"E08000033\"", "\"gss\": null", StringComparison.Ordinal));

        AssertOnly(result, "INS001", "$.subject.gss", GssLine, 11);
    }

    [Fact]
    public void Every_missing_required_property_is_INS002_at_the_object_that_lacks_it()
    {
        var result = InspectionJson.Read(RemoveLines(FrameworkLine, VisitLine));

        AssertDiagnostics(result, ("INS002", "$.framework", 1, 0), ("INS002", "$.visit", 1, 0));
    }

    [Fact]
    public void A_missing_subject_name_is_INS002_at_the_subject()
    {
        var result = InspectionJson.Read(RemoveLines(NameLine));

        // "  \"subject\": " is 13 bytes, so the subject's '{' is at 13.
        AssertOnly(result, "INS002", "$.subject.name", SubjectLine, 13);
    }

    [Fact]
    public void A_fieldwork_without_an_end_reads_as_fieldwork_whose_end_is_unknown()
    {
        // Issue 15: fieldwork.end is optional (the official record often gives only the first day of fieldwork).
        var json = RemoveLines(EndLine).Replace("\"start\": \"2015-01-13\",", "\"start\": \"2015-01-13\"", StringComparison.Ordinal);

        var result = InspectionJson.Read(json);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "INS001" or "INS002" or "INS003");
        Assert.Equal(new Fieldwork(new LocalDate(2015, 1, 13)), result.Inspection!.Fieldwork);
    }

    [Fact]
    public void A_recommendation_without_text_is_INS002_at_the_recommendation()
    {
        var json = Calderdale.Replace("      \"text\": \"Reduce the time it takes to complete adoptions.\",\n", string.Empty, StringComparison.Ordinal);

        var result = InspectionJson.Read(json);

        AssertOnly(result, "INS002", "$.recommendations[0].text", RecommendationLine, 4);
    }

    [Theory]
    [InlineData("2015-02-30", "February 2015 has 28 days")]
    [InlineData("2016-02-30", "February 2016 has 29 days")]
    [InlineData("2015-04-31", "April 2015 has 30 days")]
    [InlineData("2015-13-01", "there is no month 13")]
    [InlineData("2015-00-10", "there is no month 0")]
    [InlineData("0000-01-01", "years run from 0001 to 9999")]
    [InlineData("2015-2-4", "yyyy-MM-dd")]
    [InlineData("04/02/2015", "yyyy-MM-dd")]
    [InlineData("20150204", "yyyy-MM-dd")]
    [InlineData("2015-02-04T00:00:00", "no time and no offset")]
    [InlineData("2015-02-04T00:00:00Z", "no time and no offset")]
    [InlineData("2015-02-04 12:00", "no time and no offset")]
    [InlineData("2015-02-04+01:00", "yyyy-MM-dd")]
    [InlineData("+2015-02-04", "yyyy-MM-dd")]
    [InlineData(" 2015-02-04", "yyyy-MM-dd")]
    [InlineData("２０１５-02-04", "yyyy-MM-dd")]
    [InlineData("", "yyyy-MM-dd")]
    public void A_date_not_in_the_form_yyyy_MM_dd_or_not_on_the_calendar_is_INS003(string date, string explanation)
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"end\": \"2015-02-04\"", $"\"end\": \"{date}\"", StringComparison.Ordinal));

        // "    \"end\": " is 11 bytes.
        AssertOnly(result, "INS003", "$.fieldwork.end", EndLine, 11);
        Assert.Contains(explanation, result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leap_day_is_a_date()
    {
        var inspection = InspectionJson.Parse(Calderdale.Replace("\"published\": \"2015-03-20\"", "\"published\": \"2016-02-29\"", StringComparison.Ordinal));

        Assert.Equal(new NodaTime.LocalDate(2016, 2, 29), inspection.Published);
    }

    [Fact]
    public void A_date_given_as_a_number_is_INS003()
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"end\": \"2015-02-04\"", "\"end\": 20150204", StringComparison.Ordinal));

        AssertOnly(result, "INS003", "$.fieldwork.end", EndLine, 11);
        Assert.Contains("Expected a string, but found a number", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3", "never as a number")]
    [InlineData("3.0", "never as a number")]
    [InlineData("-1", "never as a number")]
    [InlineData("true", "Expected a string, but found true")]
    [InlineData("[\"requires-improvement\"]", "Expected a string, but found an array")]
    [InlineData("{ \"grade\": \"requires-improvement\" }", "Expected a string, but found an object")]
    [InlineData("\"\"", "must not be empty")]
    public void A_grade_that_is_not_a_grade_id_string_is_INS003(string grade, string explanation)
    {
        var result = InspectionJson.Read(Calderdale.Replace(
            "\"overall-effectiveness\": \"requires-improvement\"", $"\"overall-effectiveness\": {grade}", StringComparison.Ordinal));

        // "    \"overall-effectiveness\": " is 4 + 23 + 2 bytes.
        AssertOnly(result, "INS003", "$.judgements.overall-effectiveness", OverallLine, 29);
        Assert.Contains(explanation, result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("E08000033x")]
    [InlineData("e08000033")]
    [InlineData("E07000033")]
    [InlineData("E0800003")]
    [InlineData("W06000001")]
    [InlineData("E08 000033")]
    [InlineData("E08٠٠٠٠٣٣")]
    [InlineData("")]
    public void A_gss_code_not_matching_the_pattern_is_INS003(string gss)
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"gss\": \"E08000033\"", $"\"gss\": \"{gss}\"", StringComparison.Ordinal));

        AssertOnly(result, "INS003", "$.subject.gss", GssLine, 11);
    }

    [Theory]
    [InlineData("", "must not be blank")]
    [InlineData("   ", "must not be blank")]
    [InlineData("\\t\\n", "must not be blank")]
    public void A_blank_name_is_INS003(string name, string explanation)
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"name\": \"Calderdale\"", $"\"name\": \"{name}\"", StringComparison.Ordinal));

        // "    \"name\": " is 12 bytes.
        AssertOnly(result, "INS003", "$.subject.name", NameLine, 12);
        Assert.Contains(explanation, result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_of_200_characters_is_read_and_one_of_201_is_INS003()
    {
        string longest = new('é', 200);

        var read = InspectionJson.Parse(Calderdale.Replace("\"Calderdale\"", $"\"{longest}\"", StringComparison.Ordinal));
        var result = InspectionJson.Read(Calderdale.Replace("\"Calderdale\"", $"\"{longest}é\"", StringComparison.Ordinal));

        Assert.Equal(longest, read.Subject.Name);
        AssertOnly(result, "INS003", "$.subject.name", NameLine, 12);
        Assert.Contains("at most 200", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("1000")]
    [InlineData("-381")]
    [InlineData("381.5")]
    [InlineData("381.0")]
    [InlineData("3.81e2")]
    [InlineData("99999999999999999999999")]
    [InlineData("\"381\"")]
    [InlineData("true")]
    public void A_local_authority_number_that_is_not_a_whole_number_from_100_to_999_is_INS003(string la)
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"la\": 381", $"\"la\": {la}", StringComparison.Ordinal));

        // "    \"la\": " is 10 bytes.
        AssertOnly(result, "INS003", "$.subject.la", LaLine, 10);
    }

    [Theory]
    [InlineData("ftp://example.org/report.pdf")]
    [InlineData("file:///reports/report.pdf")]
    [InlineData("/reports/report.pdf")]
    [InlineData("report.pdf")]
    [InlineData("https://example.org/a report.pdf")]
    [InlineData(" https://example.org/report.pdf")]
    [InlineData("https://")]
    [InlineData("")]
    public void A_source_that_is_not_an_absolute_http_or_https_uri_is_INS003(string source)
    {
        var result = InspectionJson.Read(Calderdale.Replace(
            "\"source\": \"https://files.ofsted.gov.uk/v1/file/50004288\"", $"\"source\": \"{source}\"", StringComparison.Ordinal));

        // "  \"source\": " is 12 bytes.
        AssertOnly(result, "INS003", "$.source", SourceLine, 12);
    }

    [Fact]
    public void A_source_is_kept_exactly_as_written()
    {
        const string written = "HTTPS://Files.Ofsted.gov.uk/v1/file/50004288?a=1&b=%20#top";

        var inspection = InspectionJson.Parse(Calderdale.Replace("https://files.ofsted.gov.uk/v1/file/50004288", written, StringComparison.Ordinal));

        Assert.Equal(written, inspection.Source!.OriginalString);
        Assert.Contains($"\"source\": \"{written}\"", InspectionJson.Write(inspection), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"inspections/v2\"", "this version reads \"inspections/v1\"")]
    [InlineData("\"Inspections/v1\"", "this version reads \"inspections/v1\"")]
    [InlineData("1", "Expected a string")]
    public void A_schema_other_than_inspections_v1_is_INS003(string schema, string explanation)
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"schema\": \"inspections/v1\"", $"\"schema\": {schema}", StringComparison.Ordinal));

        // "  \"schema\": " is 12 bytes.
        AssertOnly(result, "INS003", "$.schema", SchemaLine, 12);
        Assert.Contains(explanation, result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_kind_that_is_not_a_kind_is_INS003()
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"local-authority\"", "\"council\"", StringComparison.Ordinal));

        AssertOnly(result, "INS003", "$.subject.kind", KindLine, 12);
    }

    [Theory]
    [InlineData("\"framework\": \"sif-2013\"", "\"framework\": \"\"", "$.framework", FrameworkLine, 15)]
    [InlineData("\"visit\": \"full-inspection\"", "\"visit\": \"\"", "$.visit", VisitLine, 11)]
    [InlineData("\"timescale\": \"immediately\"", "\"timescale\": \"\"", "$.recommendations[0].timescale", TimescaleLine, 19)]
    [InlineData("\"text\": \"Reduce the time it takes to complete adoptions.\"", "\"text\": \" \"", "$.recommendations[0].text", 26, 14)]
    public void An_empty_id_or_blank_text_is_INS003(string original, string replacement, string path, int line, long position)
    {
        var result = InspectionJson.Read(Calderdale.Replace(original, replacement, StringComparison.Ordinal));

        AssertOnly(result, "INS003", path, line, position);
    }

    [Fact]
    public void A_subject_that_is_not_an_object_is_INS003()
    {
        var json = Calderdale.Replace(
            "\"subject\": {\n    \"kind\": \"local-authority\",\n    \"name\": \"Calderdale\",\n    \"gss\": \"E08000033\",\n    \"la\": 381\n  },",
            "\"subject\": [\"Calderdale\"],",
            StringComparison.Ordinal);

        var result = InspectionJson.Read(json);

        AssertOnly(result, "INS003", "$.subject", SubjectLine, 13);
        Assert.Contains("Expected an object, but found an array", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommendations_that_are_not_an_array_are_INS003()
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"recommendations\": [", "\"recommendations\": [[", StringComparison.Ordinal)
            .Replace("    }\n  ],", "    }]\n  ],", StringComparison.Ordinal));

        // "  \"recommendations\": [" puts the inner '[' at 22 on line 24.
        AssertOnly(result, "INS003", "$.recommendations[0]", 24, 22);
    }

    [Fact]
    public void A_null_recommendation_is_INS001()
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"recommendations\": [", "\"recommendations\": [null,", StringComparison.Ordinal));

        AssertOnly(result, "INS001", "$.recommendations[0]", 24, 22);
    }

    [Fact]
    public void A_document_nested_16_levels_is_within_the_limit_and_17_is_INS001()
    {
        // The document is level 1 and "extra" opens level 2, so n arrays nest 1 + n levels.
        string Nest(int arrays) => Insert(after: SchemaLine, $"  \"extra\": {new string('[', arrays)}{new string(']', arrays)},");

        var atLimit = InspectionJson.Read(Nest(15));
        var beyond = InspectionJson.Read(Nest(16));

        AssertOnly(atLimit, "INS001", "$.extra", SchemaLine + 1, 2);
        AssertDiagnostics(beyond, ("INS001", "$.extra", SchemaLine + 1, 2), ("INS001", "$.extra", SchemaLine + 1, 11 + 15));
        Assert.Contains("deeper than 16 levels", beyond.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_deep_document_is_rejected_at_the_limit_without_reading_on()
    {
        string json = "{\"notes\":" + new string('[', 100_000) + new string(']', 100_000) + "}";

        var result = InspectionJson.Read(json);

        AssertDiagnostics(result, ("INS003", "$.notes", 1, 9), ("INS001", "$.notes", 1, 9 + 15));
    }

    [Fact]
    public void A_document_of_1_MiB_is_read_and_one_byte_more_is_INS001()
    {
        string template = Calderdale.Replace("\n}", ",\n  \"notes\": \"PAD\"\n}", StringComparison.Ordinal);
        int padding = InspectionJson.MaxDocumentBytes - (Encoding.UTF8.GetByteCount(template) - 3);
        string atLimit = template.Replace("PAD", new string('x', padding), StringComparison.Ordinal);
        string beyond = template.Replace("PAD", new string('x', padding + 1), StringComparison.Ordinal);

        var read = InspectionJson.Read(atLimit);
        var refused = InspectionJson.Read(Encoding.UTF8.GetBytes(beyond));

        Assert.Equal(InspectionJson.MaxDocumentBytes, Encoding.UTF8.GetByteCount(atLimit));
        Assert.True(read.IsValid);
        AssertOnly(refused, "INS001", "$", 1, 0);
        Assert.Contains("at most 1 MiB", refused.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trailing_comma_is_not_JSON_and_is_INS001_where_the_reader_stopped()
    {
        var result = InspectionJson.Read(Calderdale.Replace(
            "\"leadership-management-and-governance\": \"requires-improvement\"\n",
            "\"leadership-management-and-governance\": \"requires-improvement\",\n",
            StringComparison.Ordinal));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("INS001", "$.judgements", 23), (diagnostic.Code, diagnostic.Path, diagnostic.Line));
        Assert.StartsWith("Not valid JSON", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "$", 1, 0, "empty")]
    [InlineData(" \n\t ", "$", 2, 2, "empty")]
    [InlineData("[]", "$", 1, 0, "must be a JSON object, but it is an array")]
    [InlineData("\"inspection\"", "$", 1, 0, "must be a JSON object, but it is a string")]
    [InlineData("null", "$", 1, 0, "must be a JSON object, but it is null")]
    [InlineData("  42", "$", 1, 2, "must be a JSON object, but it is a number")]
    [InlineData("{", "$", 1, 1, "Not valid JSON")]
    [InlineData("{'schema': 'inspections/v1'}", "$", 1, 1, "Not valid JSON")]
    [InlineData("{\"schema\": \"inspections/v1\" // comment\n}", "$", 1, 28, "Not valid JSON")]
    [InlineData("{\"schema\": NaN}", "$.schema", 1, 11, "Not valid JSON")]
    public void Text_that_is_not_a_JSON_object_is_INS001(string json, string path, int line, long position, string explanation)
    {
        var result = InspectionJson.Read(json);

        AssertOnly(result, "INS001", path, line, position);
        Assert.Contains(explanation, result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_value_after_the_document_is_INS001()
    {
        var result = InspectionJson.Read(Calderdale + "{}");

        // Calderdale ends with a newline, so the second value starts line 32.
        AssertOnly(result, "INS001", "$", 32, 0);
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_INS001_at_the_first_bad_byte()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Calderdale);
        int at = Encoding.UTF8.GetByteCount(Calderdale[..Calderdale.IndexOf("rdale", StringComparison.Ordinal)]);
        bytes[at] = 0xFF;

        var result = InspectionJson.Read(bytes);

        // "    \"name\": \"Calde" is 18 bytes.
        AssertOnly(result, "INS001", "$", NameLine, 18);
        Assert.Contains("not UTF-8", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_unpaired_surrogate_is_INS003()
    {
        var result = InspectionJson.Read(Calderdale.Replace("\"Calderdale\"", "\"Calder\\ud800dale\"", StringComparison.Ordinal));

        AssertOnly(result, "INS003", "$.subject.name", NameLine, 12);
    }

    [Fact]
    public void Text_with_an_unpaired_surrogate_is_INS001()
    {
        var result = InspectionJson.Read(Calderdale.Replace("Calderdale\"", "Calder\ud800dale\"", StringComparison.Ordinal));

        AssertOnly(result, "INS001", "$", NameLine, 19);
        Assert.Contains("unpaired surrogate", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_counted_in_positions_on_the_first_line()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];

        var valid = InspectionJson.Read([.. bom, .. Encoding.UTF8.GetBytes(Calderdale)]);
        var array = InspectionJson.Read([.. bom, .. "[]"u8]);

        Assert.True(valid.IsValid);
        AssertOnly(array, "INS001", "$", 1, 3);
    }

    [Fact]
    public void Escaped_property_names_are_the_same_names()
    {
        var inspection = InspectionJson.Parse(Calderdale.Replace("\"framework\":", "\"fr\\u0061mework\":", StringComparison.Ordinal));

        Assert.Equal("sif-2013", inspection.FrameworkId);
    }

    [Fact]
    public void Reading_goes_on_after_a_problem_and_reports_every_one_in_document_order()
    {
        var json = Insert(after: SchemaLine, "  \"inspector\": \"Lisa Summers\",")
            .Replace("\"end\": \"2015-02-04\"", "\"end\": \"2015-02-30\"", StringComparison.Ordinal)
            .Replace("\"adoption-performance\": \"inadequate\"", "\"adoption-performance\": 4", StringComparison.Ordinal)
            .Replace("\"la\": 381", "\"la\": null", StringComparison.Ordinal);

        var result = InspectionJson.Read(json);

        AssertDiagnostics(
            result,
            ("INS001", "$.inspector", SchemaLine + 1, 2),
            ("INS001", "$.subject.la", LaLine + 1, 10),
            ("INS003", "$.fieldwork.end", EndLine + 1, 11),
            ("INS003", "$.judgements.adoption-performance", AdoptionLine + 1, 28));
    }

    [Fact]
    public void Reading_stops_after_100_problems()
    {
        string unknown = string.Concat(Enumerable.Range(0, 150).Select(i => $"\"x{i}\": 0, "));
        string json = "{" + unknown + "\"schema\": \"inspections/v1\"}";

        var result = InspectionJson.Read(json);

        Assert.Equal(InspectionDocumentReader.MaxReadingDiagnostics + 1, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal("INS001", d.Code));
        Assert.Contains("Reading stopped after 100 problems", result.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_diagnostics_follow_and_point_at_the_value_concerned()
    {
        var json = Calderdale
            .Replace("\"adoption-performance\": \"inadequate\"", "\"adoption-performance\": \"satisfactory\"", StringComparison.Ordinal)
            .Replace("    \"overall-effectiveness\": \"requires-improvement\",\n", string.Empty, StringComparison.Ordinal);

        var result = InspectionJson.Read(json);

        // With the overall line gone, adoption performance is on line 19; a missing judgement points at "judgements".
        AssertDiagnostics(
            result,
            ("INS013", "$.judgements.adoption-performance", AdoptionLine - 1, 28),
            ("INS014", "$.judgements.overall-effectiveness", JudgementsLine, 16));
        Assert.False(result.IsValid);
        Assert.NotNull(result.Inspection);
    }

    [Fact]
    public void Parse_throws_every_reading_problem_as_one_format_exception_the_first_as_its_diagnostic()
    {
        var json = Insert(after: SchemaLine, "  \"inspector\": \"Lisa Summers\",").Replace("\"la\": 381", "\"la\": null", StringComparison.Ordinal);

        var e = Assert.Throws<InspectionFormatException>(() => InspectionJson.Parse(json));

        Assert.Equal(("INS001", "$.inspector", 3, 2L), (e.Diagnostic.Code, e.Path, e.Line, e.BytePositionInLine));
        Assert.Equal(["$.inspector", "$.subject.la"], e.Problems.Select(p => p.Path));
        Assert.Equal(InspectionJson.Read(json).Diagnostics, e.Problems);
        Assert.StartsWith("The document cannot be read (2 problems):\nINS001 at $.inspector (line 3, byte offset 2): Unknown property 'inspector'", e.Message, StringComparison.Ordinal);
        Assert.Contains("\nINS00", e.Message[e.Message.IndexOf("\nINS001", StringComparison.Ordinal)..][1..], StringComparison.Ordinal);
        Assert.DoesNotContain("(line", e.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_does_not_validate()
    {
        var inspection = InspectionJson.Parse(Calderdale.Replace("\"sif-2013\"", "\"sif-2014\"", StringComparison.Ordinal));

        Assert.Equal("sif-2014", inspection.FrameworkId);
    }

    [Fact]
    public void Null_text_is_refused_with_an_argument_exception()
    {
        Assert.Throws<ArgumentNullException>(() => InspectionJson.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => InspectionJson.Parse((string)null!));
    }

    private static string Insert(int after, string line)
    {
        var lines = Calderdale.Split('\n').ToList();
        lines.Insert(after, line);
        return string.Join('\n', lines);
    }

    private static string RemoveLines(params int[] lineNumbers)
    {
        var lines = Calderdale.Split('\n');
        return string.Join('\n', lines.Where((_, i) => !lineNumbers.Contains(i + 1)));
    }

    private static void AssertOnly(InspectionReadResult result, string code, string path, int line, long position) =>
        AssertDiagnostics(result, (code, path, line, position));

    private static void AssertDiagnostics(InspectionReadResult result, params (string Code, string Path, int Line, long Position)[] expected)
    {
        Assert.Equal(expected, result.Diagnostics.Select(d => (d.Code, d.Path, d.Line ?? -1, d.BytePositionInLine ?? -1)).ToArray());
        Assert.False(result.IsValid);
        foreach (var reading in result.Diagnostics.Where(d => d.Code.StartsWith("INS00", StringComparison.Ordinal)))
        {
            // Where a problem is lives in the diagnostic's own fields, never repeated in its message (spec: diagnostics.md).
            Assert.DoesNotContain("line ", reading.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("byte offset", reading.Message, StringComparison.Ordinal);
        }
    }
}
