using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace Inspections.Import.Ofsted;

/// <summary>
/// The header row of one table of an Ofsted sheet: which sheet it belongs to, and its columns, matched after
/// <see cref="Normalize"/> so that an export by Excel or LibreOffice (line breaks in a quoted cell, curly
/// apostrophes, doubled spaces) is recognised alike.
/// </summary>
internal sealed class SheetLayout
{
    private readonly ImmutableArray<string> _normalized;

    private SheetLayout(OfstedSheet sheet, string table, string[] columns)
    {
        Sheet = sheet;
        Table = table;
        Columns = [.. columns];
        _normalized = [.. columns.Select(Normalize)];
    }

    /// <summary>The sheet.</summary>
    public OfstedSheet Sheet { get; }

    /// <summary>The table's name in the sheet ("table 1"), for notes and messages.</summary>
    public string Table { get; }

    /// <summary>The column headings as Ofsted's workbook writes them.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Every layout the importer knows.</summary>
    public static ImmutableArray<SheetLayout> All { get; } =
    [
        new(OfstedSheet.History2009To2023, "table 1", History2009Columns(ilacsPrefix: "First ", second: true)),
        new(OfstedSheet.History2009To2023, "table 11", History2009Columns(ilacsPrefix: string.Empty, second: false)),
        new(OfstedSheet.IlacsHistory, "ILACS inspection history",
        [
            "Web link", "Local authority area code", "Local authority name", "Local authority status", "Ofsted region",
            "Inspection date", "Publication date", "Inspection type", "Overall effectiveness",
            "The impact of leaders on social work practice with children and families",
            "The experiences and progress of children who need help and protection",
            "The experiences and progress of children in care", "The experiences and progress of care leavers",
        ]),
        new(OfstedSheet.InYear2022To23, "in-year 2022-23",
        [
            "Web link", "Local authority name", "Ofsted region", "Inspection/Visit date", "Inspection/Visit type",
            "Overall effectiveness", "Impact of leaders", "Experiences and progress of children who need help and protection",
            "Experiences and progress of children in care", "Experiences and progress of care leavers", "Visit Theme",
        ]),
        new(OfstedSheet.InYear2024To25, "in-year 2024-25",
        [
            "Web link", "Local authority area code", "Local authority name", "Region", "Inspection/Visit date", "Publication date",
            "Inspection/Visit type", "Overall effectiveness",
            "The impact of leaders on social work practice with children and families",
            "The experiences and progress of children who need help and protection",
            "The experiences and progress of children in care", "The experiences and progress of care leavers", "Visit Theme",
        ]),
    ];

    /// <summary>Finds the layout whose header <paramref name="record"/> is.</summary>
    /// <param name="record">A record.</param>
    /// <returns>The layout, or null when the record is no known header.</returns>
    public static SheetLayout? Match(SheetRecord record) =>
        All.FirstOrDefault(layout => layout._normalized.Length == record.Cells.Length
            && layout._normalized.SequenceEqual(record.Cells.Select(Normalize), StringComparer.Ordinal));

    /// <summary>
    /// The known header that a record nearly is (a heading misspelt or holding an invisible character, a column
    /// added or missing), with the zero-based column where it first differs and the difference in words; null when
    /// the record is no near miss of any header (fewer than four in five of its headings agree).
    /// </summary>
    /// <param name="record">A record that is no known header.</param>
    /// <returns>The nearest miss, or null.</returns>
    public static (SheetLayout Layout, int Column, string Difference)? NearestMiss(SheetRecord record)
    {
        var cells = record.Cells.Select(Normalize).ToArray();
        foreach (var layout in All)
        {
            var expected = layout._normalized;
            if (Math.Abs(cells.Length - expected.Length) > 2)
            {
                continue;
            }

            int first = 0;
            while (first < Math.Min(cells.Length, expected.Length) && cells[first] == expected[first])
            {
                first++;
            }

            // Agreement: the headings equal at the same place, or one place on (a column added or missing before them).
            int agree = Enumerable.Range(0, expected.Length).Count(i =>
                (i < cells.Length && cells[i] == expected[i])
                || (i + 1 < cells.Length && cells[i + 1] == expected[i])
                || (i >= 1 && i - 1 < cells.Length && cells[i - 1] == expected[i]));
            if (agree * 5 < expected.Length * 4)
            {
                continue;
            }

            string difference = first >= expected.Length
                ? $"it has {cells.Length - expected.Length} column(s) more, from column {expected.Length + 1} ({ImportIssue.Quote(record[first])})"
                : first >= cells.Length
                    ? $"it lacks the column(s) from column {cells.Length + 1} ({ImportIssue.Quote(layout.Columns[first])})"
                    : cells.Length > expected.Length && first + 1 < cells.Length && cells[first + 1] == expected[first]
                        ? $"column {first + 1} ({ImportIssue.Quote(record[first])}) is a column the header does not have"
                        : cells.Length < expected.Length && first + 1 < expected.Length && cells[first] == expected[first + 1]
                            ? $"it lacks the column {ImportIssue.Quote(layout.Columns[first])} (column {first + 1})"
                            : $"column {first + 1} is {ImportIssue.Quote(record[first])}{Invisible(record[first])} where the header has {ImportIssue.Quote(layout.Columns[first])}";
            return (layout, first, difference);
        }

        return null;
    }

    /// <summary>The table as a message names it: "table 1 of the 2009–2023 sheet".</summary>
    /// <returns>The text.</returns>
    public string Describe() => Sheet switch
    {
        OfstedSheet.History2009To2023 => $"{Table} of the 2009–2023 sheet",
        _ => $"the {Table} sheet",
    };

    // Names the invisible characters of a heading (a byte order mark before it, a zero-width space), which a
    // terminal does not show: ", which holds U+FEFF".
    private static string Invisible(string heading)
    {
        // Format characters only: a line break is in real headings too ("First SIF Overall Judgement\n(OE)").
        var hidden = heading.Where(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            .Distinct().Select(c => $"U+{(int)c:X4}").ToList();
        return hidden.Count == 0 ? string.Empty : $" (which holds the invisible {string.Join(", ", hidden)})";
    }

    /// <summary>The zero-based index of a column.</summary>
    /// <param name="column">The heading, as in <see cref="Columns"/>.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">The layout has no such column (a defect of the importer).</exception>
    public int IndexOf(string column)
    {
        int index = Columns.IndexOf(column);
        return index >= 0 ? index : throw new ArgumentException($"The layout {Table} has no column '{column}'.", nameof(column));
    }

    /// <summary>Whether the layout has a column.</summary>
    /// <param name="column">The heading.</param>
    /// <returns>The result.</returns>
    public bool Has(string column) => Columns.Contains(column);

    /// <summary>
    /// A heading as compared: white space (including the line break in a quoted cell) collapsed to one space and
    /// trimmed, curly apostrophes made straight, and case folded.
    /// </summary>
    /// <param name="heading">The heading.</param>
    /// <returns>The normalised heading.</returns>
    public static string Normalize(string heading)
    {
        var text = new StringBuilder(heading.Length);
        foreach (char c in heading)
        {
            char d = c is '\u2019' or '\u2018' ? '\'' : char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
            if (d == ' ' && (text.Length == 0 || text[^1] == ' '))
            {
                continue;
            }

            text.Append(d);
        }

        return text.ToString().TrimEnd(' ');
    }

    private static string[] History2009Columns(string ilacsPrefix, bool second)
    {
        var columns = new List<string>
        {
            "Web link", "Local authority name", "LA region", "LA Authority Type",
            "Safeguarding & Looked After Children (SLAC) Inspection publication date",
            "SLAC Safeguarding Overall effectiveness (OE)", "SLAC Looked After Children Overall Effectiveness (OE)",
            "SLAC re-inspection of Safeguarding publication date", "SLAC re-inspection Safeguarding OE",
            "SLAC re-inspection of services for Children Looked After publication date", "SLAC re-inspection of services Children Looked After OE",
            "Child Protection Inspections (CPI) publication date", "CPI Overall Effectiveness (OE)",
            "Child Protection Re-Inspection (CPRI) publication date", "CPRI Overall Effectiveness (OE)",
            "Targeted Looked After Children (TLAC) inspection publication date", "TLAC Overall Effectiveness (OE)",
        };
        foreach (string sif in new[] { "First SIF", "SIF Re-inspection" })
        {
            columns.Add($"Single Inspection of LA Children's Services (SIF) {sif} publication date");
            columns.Add($"{sif} Overall Judgement\n(OE)");
            columns.Add($"{sif} children who need help and protection");
            columns.Add($"{sif} children looked after and achieving permanence");
            columns.Add($"{sif} CLA Sub: Adoption Performance");
            columns.Add($"{sif} CLA Sub: Experiences and progress of care leavers");
            columns.Add($"{sif} leadership, management and governance");
            if (sif == "First SIF")
            {
                columns.Add("LSCB Overall Effectiveness");
            }
        }

        columns.AddRange(IlacsColumns(ilacsPrefix, combined: true));
        if (second)
        {
            columns.AddRange(IlacsColumns("Second ", combined: false));
        }

        return [.. columns];
    }

    private static IEnumerable<string> IlacsColumns(string prefix, bool combined)
    {
        yield return $"{prefix}ILACS framework inspection type";
        yield return $"{prefix}ILACS framework publication date";
        yield return $"{prefix}ILACS framework overall effectiveness";
        yield return $"{prefix}ILACS framework impact of leaders";
        yield return $"{prefix}ILACS framework experiences and progress of children who need help and protection";
        if (combined)
        {
            yield return $"{prefix}ILACS framework experiences and progress of children in care and care leavers";
        }
        else
        {
            yield return $"{prefix}ILACS framework experiences and progress of children in care";
            yield return $"{prefix}ILACS framework experiences and progress of care leavers";
        }
    }
}
