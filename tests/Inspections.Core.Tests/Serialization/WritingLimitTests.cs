using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.FsCheck;
using Inspections.Core;
using Inspections.Core.Serialization;

namespace Inspections.Core.Tests.Serialization;

/// <summary>
/// The writer never writes what the reader would refuse (issue 19, item 1): a document over 1 MiB as written, escapes
/// and indentation included, is refused with the documented <see cref="ArgumentException"/>.
/// </summary>
public sealed class WritingLimitTests
{
    private static readonly string s_calderdale = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "sif-2013-calderdale-2015.json"));

    [Fact]
    public void Notes_of_90000_emoji_are_refused_rather_than_written_as_a_document_over_1_MiB()
    {
        // 90,000 emoji are 360,000 bytes of UTF-8 but 1,080,000 bytes of \uD83D\uDE00 escapes.
        var inspection = InspectionJson.Parse(s_calderdale) with { Notes = string.Concat(Enumerable.Repeat("\U0001F600", 90_000)) };

        foreach (bool indented in new[] { true, false })
        {
            var e = Assert.Throws<ArgumentException>(() => InspectionJson.WriteToUtf8Bytes(inspection, indented: indented));
            Assert.Contains("1 MiB", e.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => InspectionJson.Write(inspection, indented: indented));
        }
    }

    [Fact]
    public void Many_recommendations_that_are_too_large_only_when_indented_are_refused_indented_and_read_back_on_one_line()
    {
        var recommendation = new Recommendation("Act.", "immediately");
        var inspection = InspectionJson.Parse(s_calderdale) with { Recommendations = [.. Enumerable.Repeat(recommendation, 20_000)] };

        Assert.Throws<ArgumentException>(() => InspectionJson.WriteToUtf8Bytes(inspection, indented: true));
        byte[] compact = InspectionJson.WriteToUtf8Bytes(inspection, indented: false);
        Assert.True(compact.Length <= InspectionJson.MaxDocumentBytes);
        Assert.Equal(inspection, InspectionJson.Parse(compact));
    }

    [Fact]
    public void Writing_to_a_caller_s_writer_refuses_before_writing_anything()
    {
        var inspection = InspectionJson.Parse(s_calderdale) with { Notes = new string('"', 600_000) }; // each written as \" (2 bytes)
        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer);

        Assert.Throws<ArgumentException>(() => InspectionJson.Write(writer, inspection));

        Assert.Equal(0, writer.BytesCommitted + writer.BytesPending);
    }

    [Fact]
    public void Write_then_read_gives_an_equal_inspection_or_writing_refuses_with_the_documented_exception()
    {
        // Any inspection the generators make, some with notes near and over the limit in the costliest characters to escape.
        var filler = Gen.Elements("a", "\U0001F600", "\"", "\u0001", "é", "\u2028");
        var notes = from unit in filler
                    from count in Gen.Choose(0, 400_000)
                    select string.Concat(Enumerable.Repeat(unit, count));
        var inspections = from inspection in InspectionGenerators.AnyInspection()
                          from big in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
                          from text in notes
                          select big ? inspection with { Notes = text } : inspection;

        Prop.ForAll(inspections.ToArbitrary(), inspection =>
        {
            foreach (bool indented in new[] { true, false })
            {
                byte[] written;
                try
                {
                    written = InspectionJson.WriteToUtf8Bytes(inspection, indented: indented);
                }
                catch (ArgumentException)
                {
                    continue; // refused, as documented
                }

                var read = InspectionJson.Read(written);
                Assert.DoesNotContain(read.Diagnostics, d => d.Code is "INS001" or "INS002" or "INS003");
                Assert.Equal(inspection, read.Inspection);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }
}
