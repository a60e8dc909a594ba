using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inspections.Cli.Output;

namespace Inspections.Cli.Tests.Cli;

/// <summary>The one CSV writer of the command: RFC 4180, a header row, no forged formula or record, reversible.</summary>
public sealed class CsvWriterTests
{
    private static readonly char[] Awkward =
        ['=', '+', '-', '@', '\'', ',', '"', '\r', '\n', '\t', '\\', '\u001b', '\0', '\u007f', '\u0085', '\u2028', '\u202e', '\uFEFF', '\uD800', '\uDC80', '\uDFFF', '.', '0', '7', ' ', 'a', 'é', '中'];

    private static readonly Gen<string> Values =
        Gen.Frequency(
                (3, Gen.Elements(Awkward)),
                (1, Gen.Choose(0, 0xFFFF).Select(c => (char)c)))
            .ArrayOf()
            .Select(cs => new string(cs));

    private static readonly Arbitrary<string[]> Rows = Values.NonEmptyListOf().Select(l => l.ToArray()).ToArbitrary();

    private static List<string> ReadBack(string record)
    {
        var records = SharedCsv.Records(record).ToList();
        Assert.Single(records);
        return records[0].Cells;
    }

    [Property(MaxTest = 2000)]
    public Property Every_record_reads_back_as_one_record_whose_fields_restore_to_the_values() =>
        Prop.ForAll(Rows, values =>
        {
            string record = Csv.Record(values);
            var cells = ReadBack(record);
            return record.EndsWith("\r\n", StringComparison.Ordinal)
                && cells.Count == values.Length
                && cells.Select(Csv.Restore).SequenceEqual(values);
        });

    [Property(MaxTest = 2000)]
    public Property No_field_starts_a_formula_and_no_control_character_is_written_raw() =>
        Prop.ForAll(Rows, values =>
        {
            string record = Csv.Record(values);
            string body = record[..^2];
            bool noControls = body.All(c => !char.IsControl(c) && c is not ('\u2028' or '\u2029' or '\u202e' or '\uFEFF')) && !HasLoneSurrogate(body);
            bool noFormula = ReadBack(record).All(cell =>
                cell.Length == 0 || cell[0] is not ('=' or '+' or '@' or '\t' or '\r') && (cell[0] != '-' || IsPlainNumber(cell)));
            return (noControls && noFormula).Label($"{string.Join(" | ", values.Select(v => string.Concat(v.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " "))))} -> {record}");
        });

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlainNumber(string cell) =>
        System.Text.RegularExpressions.Regex.IsMatch(cell, @"\A-?[0-9]+(\.[0-9]+)?\z");

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("'quoted", "''quoted")]
    [InlineData("\t=1", "\\t=1")]
    [InlineData("\r=1", "\\r=1")]
    [InlineData("line\nforged,row", "\"line\\nforged,row\"")]
    [InlineData("\u001b[31mred", "\\u001B[31mred")]
    [InlineData("-12", "-12")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("-", "'-")]
    [InlineData("Bristol, City of", "\"Bristol, City of\"")]
    [InlineData("C:\\path", "C:\\\\path")]
    [InlineData("", "")]
    public void A_value_is_written_as_this_field(string value, string field)
    {
        Assert.Equal(field, Csv.Field(value));
        Assert.Equal(value, Csv.Restore(ReadBack(field + "\r\n").Single()));
    }

    [Fact]
    public void A_table_is_a_header_row_then_one_record_per_row_ended_by_crlf()
    {
        var writer = new StringWriter();

        Csv.Write(writer, ["name", "grade"], [["Calderdale", "good"], ["=cmd", null]]);

        Assert.Equal("name,grade\r\nCalderdale,good\r\n'=cmd,\r\n", writer.ToString());
    }

    [Fact]
    public void A_row_with_another_number_of_cells_than_the_header_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Csv.Write(new StringWriter(), ["a", "b"], [["1"]]));

        Assert.StartsWith("A CSV row has 1 cells; the header has 2.", error.Message);
    }

    [Theory]
    [InlineData("a\\")]
    [InlineData("\\q")]
    [InlineData("\\u12")]
    public void Restoring_a_field_the_writer_never_writes_is_refused(string field)
    {
        Assert.Throws<FormatException>(() => Csv.Restore(field));
    }
}
