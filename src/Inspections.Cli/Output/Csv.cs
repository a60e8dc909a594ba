using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Inspections.Cli.Output;

/// <summary>
/// The one CSV writer of the command (<c>--format csv</c>): RFC 4180 with a header row, fields separated by commas,
/// records ended by CRLF, written as text to the command's output (UTF-8, no byte order mark).
/// </summary>
/// <remarks>
/// <para>
/// Every value goes through <see cref="Field"/>, in three steps, so that no value can forge a formula or a record:
/// </para>
/// <list type="number">
/// <item>Control characters are never written raw: the value is escaped as <see cref="Printable.Escape"/> escapes
/// text output (<c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\uXXXX</c>, <c>\UXXXXXXXX</c>, <c>\xNN</c>), so a
/// field never holds a line break and no record can be forged.</item>
/// <item>A cell a spreadsheet would read as a formula is neutralised by one leading apostrophe (<c>'</c>): one that
/// starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (a tab or carriage return cannot start a cell: step 1 has
/// escaped them). A number (<c>-12</c>, <c>3.5</c>: digits with an optional leading minus and one decimal point)
/// is not a formula and is written as it is. So that the apostrophe is never ambiguous, a value that itself starts
/// with an apostrophe gets one more.</item>
/// <item>A field holding a comma or a double quote is enclosed in double quotes, each double quote doubled
/// (RFC 4180, section 2).</item>
/// </list>
/// <para>
/// Reversible: read the record with any RFC 4180 reader, then for each field drop one leading apostrophe if there is
/// one and undo the escapes of step 1 (<see cref="Restore"/> does both for one field). Thread-safe.
/// </para>
/// </remarks>
internal static class Csv
{
    /// <summary>The end of each record (RFC 4180: CRLF).</summary>
    public const string RecordEnd = "\r\n";

    /// <summary>One value as a CSV field: escaped, neutralised and quoted as the type's remarks say; null is an empty field.</summary>
    public static string Field(string? value)
    {
        string text = Printable.Escape(value);
        if (text.Length > 0 && (text[0] is '=' or '+' or '@' or '\'' || (text[0] == '-' && !IsNumber(text))))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(',', '"') >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>One record: the fields separated by commas, ended by <see cref="RecordEnd"/>.</summary>
    public static string Record(IEnumerable<string?> values) => string.Join(",", values.Select(Field)) + RecordEnd;

    /// <summary>Writes the header row and then each row.</summary>
    /// <exception cref="ArgumentException">A row has another number of cells than the header (a bug of the caller).</exception>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        writer.Write(Record(header));
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException(
                    $"A CSV row has {row.Count.ToString(CultureInfo.InvariantCulture)} cells; the header has {header.Count.ToString(CultureInfo.InvariantCulture)}.",
                    nameof(rows));
            }

            writer.Write(Record(row));
        }
    }

    /// <summary>
    /// The value a field was written from, given the field as an RFC 4180 reader returns it (its quotes removed): one
    /// leading apostrophe dropped, then the escapes of <see cref="Printable.Escape"/> undone.
    /// </summary>
    /// <exception cref="FormatException">The field holds an escape <see cref="Field"/> never writes.</exception>
    public static string Restore(string field)
    {
        string text = field.StartsWith('\'') ? field[1..] : field;
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                builder.Append(text[i]);
                continue;
            }

            char kind = i + 1 < text.Length ? text[i + 1] : throw new FormatException("A field ends in a lone backslash.");
            switch (kind)
            {
                case '\\': builder.Append('\\'); i++; break;
                case 'n': builder.Append('\n'); i++; break;
                case 'r': builder.Append('\r'); i++; break;
                case 't': builder.Append('\t'); i++; break;
                case 'x': builder.Append((char)(0xDC00 + Hex(text, i + 2, 2))); i += 3; break;
                case 'u': builder.Append((char)Hex(text, i + 2, 4)); i += 5; break;
                case 'U': builder.Append(char.ConvertFromUtf32(Hex(text, i + 2, 8))); i += 9; break;
                default: throw new FormatException($"A field holds the unknown escape '\\{kind}'.");
            }
        }

        return builder.ToString();
    }

    private static int Hex(string text, int start, int length) =>
        start + length <= text.Length && int.TryParse(text.AsSpan(start, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new FormatException("A field holds a short or malformed \\x, \\u or \\U escape.");

    private static bool IsNumber(string text)
    {
        int digits = 0;
        bool point = false;
        for (int i = text[0] == '-' ? 1 : 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c == '.' && !point && digits > 0)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && text[^1] != '.';
    }
}
