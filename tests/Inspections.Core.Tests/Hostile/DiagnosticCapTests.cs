using System.Globalization;
using System.Text;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Hostile;

/// <summary>
/// A hostile document cannot make reading produce output out of proportion to it: reading lists at most 100
/// diagnostics per document and counts the rest in one more; validating in code still lists every problem.
/// </summary>
public sealed class DiagnosticCapTests
{
    /// <summary>An LSCB review (one required judgement) with <paramref name="unknown"/> judgements sif-2013 does not have.</summary>
    internal static byte[] WithUnknownJudgements(int unknown)
    {
        var json = new StringBuilder(
            "{\"schema\":\"inspections/v1\",\"framework\":\"sif-2013\",\"visit\":\"lscb-review\",\"subject\":{\"kind\":\"local-authority\",\"name\":\"X\"},"
            + "\"fieldwork\":{\"start\":\"2015-01-05\",\"end\":\"2015-01-09\"},\"judgements\":{\"lscb-effectiveness\":\"good\"");
        for (int i = 0; i < unknown; i++)
        {
            json.Append(",\"j").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\":\"good\"");
        }

        return Encoding.UTF8.GetBytes(json.Append("}}").ToString());
    }

    [Fact]
    public void Sixty_thousand_unknown_judgements_give_100_diagnostics_and_a_count_of_the_rest()
    {
        byte[] document = WithUnknownJudgements(60_000);

        var result = InspectionJson.Read(document);

        Assert.True(document.Length <= InspectionJson.MaxDocumentBytes);
        Assert.Equal(101, result.Diagnostics.Count);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"$.judgements.j{i}"), result.Diagnostics.Take(100).Select(d => d.Path));
        var summary = result.Diagnostics[100];
        Assert.Equal(("INS012", DiagnosticSeverity.Error, "$", 1, 0L), (summary.Code, summary.Severity, summary.Path, summary.Line!.Value, summary.BytePositionInLine!.Value));
        Assert.Equal("59,900 more problems are not listed (59,900 INS012): only the first 100 diagnostics of a document are.", summary.Message);
        Assert.Equal(59_900, result.Diagnostics.NotListedCount);
        Assert.Equal(101, result.Diagnostics.ErrorCount);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void The_messages_of_a_hostile_document_are_a_small_fraction_of_its_size()
    {
        byte[] document = WithUnknownJudgements(60_000);

        long messageBytes = InspectionJson.Read(document).Diagnostics.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Message) + d.Path.Length);

        // 100 messages of about 400 bytes; before the cap, 60,000 of them were about 25 MB.
        Assert.InRange(messageBytes, 1, document.Length / 10);
    }

    [Fact]
    public void The_count_names_each_code_that_was_not_listed()
    {
        // Fieldwork that ends before it starts comes first (INS031), then the judgements (INS012).
        string json = Encoding.UTF8.GetString(WithUnknownJudgements(150)).Replace(
            "\"start\":\"2015-01-05\",\"end\":\"2015-01-09\"", "\"start\":\"2015-01-09\",\"end\":\"2015-01-05\"", StringComparison.Ordinal);

        var result = InspectionJson.Read(json);

        // INS031 and 99 INS012 are listed; 51 INS012 are counted.
        Assert.Equal("INS031", result.Diagnostics[0].Code);
        Assert.Equal(101, result.Diagnostics.Count);
        Assert.Equal("51 more problems are not listed (51 INS012): only the first 100 diagnostics of a document are.", result.Diagnostics[100].Message);
    }

    [Fact]
    public void Exactly_100_problems_are_all_listed_with_no_count()
    {
        var result = InspectionJson.Read(WithUnknownJudgements(100));

        Assert.Equal(100, result.Diagnostics.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("not listed", StringComparison.Ordinal));
    }

    [Fact]
    public void One_problem_too_many_is_counted_in_the_singular()
    {
        var result = InspectionJson.Read(WithUnknownJudgements(101));

        Assert.Equal("1 more problem is not listed (1 INS012): only the first 100 diagnostics of a document are.", result.Diagnostics[^1].Message);
    }

    [Fact]
    public void Validating_in_code_lists_every_problem()
    {
        var inspection = InspectionJson.Parse(WithUnknownJudgements(5_000));

        var result = InspectionValidator.Validate(inspection);

        Assert.Equal(5_000, result.ErrorCount);
        Assert.All(result, d => Assert.Equal("INS012", d.Code));
    }

    [Fact]
    public void A_document_is_valid_when_read_exactly_when_it_is_valid_when_validated()
    {
        foreach (int count in new[] { 0, 99, 100, 101, 1_000 })
        {
            byte[] document = WithUnknownJudgements(count);

            Assert.Equal(InspectionValidator.Validate(InspectionJson.Parse(document)).IsValid, InspectionJson.Read(document).IsValid);
        }
    }

    [Fact]
    public void An_id_of_half_a_megabyte_is_quoted_shortened_in_messages_and_whole_in_paths()
    {
        string id = new('x', 500_000);
        string json = Encoding.UTF8.GetString(WithUnknownJudgements(0))
            .Replace("\"sif-2013\"", "\"" + id + "\"", StringComparison.Ordinal);
        string judgement = Encoding.UTF8.GetString(WithUnknownJudgements(0))
            .Replace("\"lscb-effectiveness\":\"good\"", "\"lscb-effectiveness\":\"good\",\"" + id + "\":\"" + id + "\"", StringComparison.Ordinal);

        var framework = Assert.Single(InspectionJson.Read(json).Diagnostics);
        var unknown = Assert.Single(InspectionJson.Read(judgement).Diagnostics);

        Assert.Equal("INS010", framework.Code);
        Assert.StartsWith("'" + new string('x', 60) + "…' is not a framework id", framework.Message, StringComparison.Ordinal);
        Assert.Equal("INS012", unknown.Code);
        Assert.Equal("$.judgements." + id, unknown.Path);
        Assert.InRange(unknown.Message.Length, 1, 1_000);
    }

    [Fact]
    public void Bad_json_right_after_the_100th_reading_problem_adds_nothing_past_the_101st()
    {
        // Found by the random fuzzing run: the 100th problem stopped reading, but the JSON reader's error on the value
        // after it was still added, and a second "reading stopped" after that (103 diagnostics).
        string json = "{\"notes\":\"a\"" + string.Concat(Enumerable.Repeat(",\"notes\":\"b\"", 99)) + ",\"notes\":e}";

        var result = InspectionJson.Read(json);

        Assert.Equal(101, result.Diagnostics.Count);
        Assert.All(result.Diagnostics.Take(100), d => Assert.Contains("given twice", d.Message, StringComparison.Ordinal));
        Assert.StartsWith("Reading stopped after 100 problems", result.Diagnostics[100].Message, StringComparison.Ordinal);
    }
}
