using System.Text;
using Inspections.Core.Catalog;
using Inspections.Core.Serialization;

namespace Inspections.Core.Tests.Serialization;

/// <summary>Byte order marks are named for what they are (issue 19, item 9); line counting does not overflow (item 7).</summary>
public sealed class EncodingAndLineCountTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, (byte)'{', 0, 0, 0, (byte)'}', 0, 0, 0 }, "UTF-32")]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, (byte)'{', 0, 0, 0, (byte)'}' }, "UTF-32")]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'{', 0, (byte)'}', 0 }, "UTF-16")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'{', 0, (byte)'}' }, "UTF-16")]
    public void A_document_with_a_UTF_16_or_UTF_32_byte_order_mark_is_named_for_its_encoding(byte[] bytes, string encoding)
    {
        var diagnostic = Assert.Single(InspectionJson.Read(bytes).Diagnostics);

        Assert.Equal("INS001", diagnostic.Code);
        Assert.Contains(encoding + " text", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(encoding == "UTF-32" ? "UTF-16" : "UTF-32", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_past_int_MaxValue_are_read_without_an_exception_and_numbered_int_MaxValue()
    {
        // A counter that starts two lines short of int.MaxValue stands for a file of over two billion lines.
        byte[] bytes = Encoding.UTF8.GetBytes("{}\n{}\n{}\n{}\n");

        var results = JsonLinesReader.Read(new MemoryStream(bytes), FrameworkCatalog.Default, firstLineNumber: int.MaxValue - 1L).ToList();

        Assert.Equal([int.MaxValue - 1, int.MaxValue, int.MaxValue, int.MaxValue], results.Select(r => r.LineNumber!.Value));
        Assert.All(results, r => Assert.All(r.Diagnostics, d => Assert.Equal(r.LineNumber, d.Line)));
    }
}
