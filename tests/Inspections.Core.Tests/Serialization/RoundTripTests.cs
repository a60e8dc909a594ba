using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Serialization;

public sealed class RoundTripTests
{
    [Property(Arbitrary = [typeof(InspectionArbitraries)], MaxTest = 300)]
    public void Reading_what_was_written_gives_back_an_equal_inspection(Inspection inspection)
    {
        foreach (bool indented in new[] { true, false })
        {
            byte[] written = InspectionJson.WriteToUtf8Bytes(inspection, indented: indented);

            var read = InspectionJson.Parse(written);

            Assert.Equal(inspection, read);
        }
    }

    [Property(Arbitrary = [typeof(InspectionArbitraries)], MaxTest = 300)]
    public void Writing_what_was_read_gives_back_the_same_bytes(Inspection inspection)
    {
        foreach (bool indented in new[] { true, false })
        {
            byte[] written = InspectionJson.WriteToUtf8Bytes(inspection, indented: indented);

            byte[] rewritten = InspectionJson.WriteToUtf8Bytes(InspectionJson.Parse(written), indented: indented);

            Assert.Equal(written, rewritten);
        }
    }

    [Property(Arbitrary = [typeof(InspectionArbitraries)], MaxTest = 200)]
    public void The_text_and_byte_forms_agree(Inspection inspection)
    {
        string text = InspectionJson.Write(inspection);

        Assert.Equal(InspectionJson.WriteToUtf8Bytes(inspection), System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(inspection, InspectionJson.Parse(text));
    }

    [Property(Arbitrary = [typeof(InspectionArbitraries)], MaxTest = 200)]
    public void A_written_document_reads_without_reading_problems_and_validates_as_the_inspection_does(Inspection inspection)
    {
        var result = InspectionJson.Read(InspectionJson.WriteToUtf8Bytes(inspection));

        Assert.Equal(inspection, result.Inspection);
        // The same problems (the document lists judgements in the framework's order, so they may come in another order).
        var expected = InspectionValidator.Validate(inspection);
        // notJudged is written in the framework's order too, so an item's index may differ: compared without it.
        static string Unindexed(string path) => path.StartsWith("$.notJudged[", StringComparison.Ordinal) ? "$.notJudged[]" : path;
        Assert.Equal(
            expected.Select(d => (d.Code, Unindexed(d.Path), d.Message)).Order(),
            result.Diagnostics.Select(d => (d.Code, Unindexed(d.Path), d.Message)).Order());
        Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.BytePositionInLine >= 0, d.ToString()));
        Assert.Equal(expected.All(d => !d.IsError), result.IsValid);
    }

    [Property(Arbitrary = [typeof(InspectionArbitraries)], MaxTest = 200)]
    public void The_compact_form_is_one_line_without_a_final_newline(Inspection inspection)
    {
        byte[] compact = InspectionJson.WriteToUtf8Bytes(inspection, indented: false);

        Assert.DoesNotContain((byte)'\n', compact);
        Assert.Equal((byte)'}', compact[^1]);
    }

    [Property(Arbitrary = [typeof(InspectionArbitraries)], MaxTest = 200)]
    public void The_indented_form_uses_two_spaces_newlines_and_ends_with_one_newline(Inspection inspection)
    {
        string text = InspectionJson.Write(inspection);

        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\t", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n')[1..^2], line => Assert.True(line.Length - line.TrimStart(' ').Length is 2 or 4 or 6 or 8, line));
    }

    [Property(Arbitrary = [typeof(InspectionArbitraries)], MaxTest = 200)]
    public void Damaged_documents_never_throw_anything_but_the_format_exception(Inspection inspection, int seed)
    {
        byte[] written = InspectionJson.WriteToUtf8Bytes(inspection);
        var random = new Random(seed);
        byte[] damaged = Damage(written, random);

        var result = InspectionJson.Read(damaged);
        Assert.True(result.Inspection is not null || result.Diagnostics.Any(d => d.IsError));
        Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.BytePositionInLine >= 0, d.ToString()));
        try
        {
            InspectionJson.Parse(damaged);
        }
        catch (InspectionFormatException e)
        {
            Assert.StartsWith("INS00", e.Diagnostic.Code, StringComparison.Ordinal);
        }
    }

    private static byte[] Damage(byte[] bytes, Random random)
    {
        var list = bytes.ToList();
        int edits = random.Next(1, 4);
        byte[] interesting = "{}[]\",:0-9 nulltruefalse\\\u00ff"u8.ToArray();
        for (int i = 0; i < edits && list.Count > 0; i++)
        {
            int at = random.Next(list.Count);
            switch (random.Next(3))
            {
                case 0:
                    list.RemoveAt(at);
                    break;
                case 1:
                    list.Insert(at, random.Next(4) == 0 ? (byte)random.Next(256) : interesting[random.Next(interesting.Length)]);
                    break;
                default:
                    list[at] = random.Next(4) == 0 ? (byte)random.Next(256) : interesting[random.Next(interesting.Length)];
                    break;
            }
        }

        return list.ToArray();
    }
}
