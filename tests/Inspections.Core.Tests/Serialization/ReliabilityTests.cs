using System.Text;
using Inspections.Core.Serialization;

namespace Inspections.Core.Tests.Serialization;

/// <summary>Documents at the limits: they are read or refused with diagnostics, never with a crash.</summary>
public sealed class ReliabilityTests
{
    [Fact]
    public void A_document_of_nearly_1_MiB_of_unknown_judgements_reads_and_counts_each_one()
    {
        const int count = 65_000;
        var json = new StringBuilder(
            """{"schema":"inspections/v1","framework":"sif-2013","visit":"lscb-review","subject":{"kind":"local-authority","name":"X"},"fieldwork":{"start":"2015-01-05","end":"2015-01-09"},"judgements":{"lscb-effectiveness":"good",""");
        for (int i = 0; i < count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("\"j").Append(i).Append("\":\"good\"");
        }

        byte[] bytes = Encoding.UTF8.GetBytes(json.Append("}}").ToString());

        var result = InspectionJson.Read(bytes);

        Assert.True(bytes.Length <= InspectionJson.MaxDocumentBytes);
        Assert.Equal(count + 1, result.Inspection!.Judgements.Count);
        // The first 100 are listed; the 101st counts the rest (see docs/validation.md, "How many diagnostics").
        Assert.Equal(InspectionJson.MaxDiagnostics + 1, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal("INS012", d.Code));
        Assert.Contains($"{count - InspectionJson.MaxDiagnostics:N0} more problems are not listed", result.Diagnostics[^1].Message, StringComparison.Ordinal);
        Assert.All(result.Diagnostics, d => Assert.Equal(1, d.Line));
    }

    [Fact]
    public void A_line_of_a_million_open_brackets_is_refused_at_the_nesting_limit()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("{\"x\":" + new string('[', 1_000_000));

        var result = InspectionJson.Read(bytes);

        Assert.Equal(["INS001", "INS001"], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("deeper than 16 levels", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_cut_short_anywhere_is_INS001()
    {
        byte[] whole = Encoding.UTF8.GetBytes(ReadingRuleTests.Calderdale.TrimEnd('\n'));

        for (int length = 0; length < whole.Length; length++)
        {
            var result = InspectionJson.Read(whole.AsSpan(0, length));

            Assert.Null(result.Inspection);
            Assert.Equal("INS001", result.Diagnostics[^1].Code);
        }
    }

    [Fact]
    public void Random_bytes_are_refused_with_a_diagnostic()
    {
        var random = new Random(20150320);
        for (int i = 0; i < 200; i++)
        {
            byte[] bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);

            var result = InspectionJson.Read(bytes);

            Assert.Null(result.Inspection);
            Assert.Contains(result.Diagnostics, d => d.Code == "INS001");
        }
    }
}
