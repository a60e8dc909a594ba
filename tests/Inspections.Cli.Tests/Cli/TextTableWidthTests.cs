using Inspections.Cli.Output;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Issue 26, item 6: a text table measures what a terminal shows, so a wide character (a CJK ideograph, an emoji:
/// two columns each) does not push the columns after it out of line.
/// </summary>
public sealed class TextTableWidthTests
{
    /// <summary>The column a terminal shows a character at: wide characters take two, combining marks none.</summary>
    private static int Columns(string text) => text.EnumerateRunes().Sum(r =>
        r.Value is 0x301 or 0xFE0F or 0x200D ? 0
        : r.Value is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFF60) or (>= 0x1F300 and <= 0x1FAFF) or (>= 0x20000 and <= 0x3FFFD) ? 2
        : 1);

    [Theory]
    [InlineData("東京都")]
    [InlineData("Calderdale 🏫")]
    [InlineData("한국")]
    [InlineData("Ｆｕｌｌ")]
    [InlineData("Cafe\u0301")]
    public void A_column_after_wide_characters_starts_where_it_starts_on_the_other_lines(string wide)
    {
        var table = new TextTable("name", "grade");
        table.Add(wide, "good");
        table.Add("Calderdale", "inadequate");
        using var output = new StringWriter();
        table.WriteTo(output);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        int heading = Columns(lines[0][..lines[0].IndexOf("grade", StringComparison.Ordinal)]);
        Assert.Equal(heading, Columns(lines[1][..lines[1].IndexOf("good", StringComparison.Ordinal)]));
        Assert.Equal(heading, Columns(lines[2][..lines[2].IndexOf("inadequate", StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("東京", 4)]
    [InlineData("🏫", 2)]
    [InlineData("👩‍👧", 2)]
    [InlineData("❤️", 2)]
    [InlineData("e\u0301", 1)]
    [InlineData("", 0)]
    public void A_cells_width_is_the_columns_a_terminal_gives_it(string cell, int width) =>
        Assert.Equal(width, TextTable.Width(cell));
}
