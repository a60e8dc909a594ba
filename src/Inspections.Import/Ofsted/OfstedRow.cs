using System.Collections.Generic;
using System.Globalization;
using Inspections.Core;
using Inspections.Core.Validation;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Import.Ofsted;

/// <summary>
/// One data row of a recognised table, with the means to read its cells by heading and to report, at
/// file:line:column, each cell that cannot be typed.
/// </summary>
/// <remarks>Used by one import on one thread only.</remarks>
internal sealed class OfstedRow
{
    private static readonly LocalDatePattern DayMonthYear = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");
    private static readonly LocalDatePattern ShortDayMonthYear = LocalDatePattern.CreateWithInvariantCulture("d/M/yyyy");
    private readonly List<Diagnostic> _issues;

    public OfstedRow(string file, SheetLayout layout, SheetRecord record, List<Diagnostic> issues)
    {
        File = file;
        Layout = layout;
        Record = record;
        _issues = issues;
    }

    /// <summary>The file's name.</summary>
    public string File { get; }

    /// <summary>The table's layout.</summary>
    public SheetLayout Layout { get; }

    /// <summary>The record.</summary>
    public SheetRecord Record { get; }

    /// <summary>The line the row starts on.</summary>
    public int Line => Record.Line;

    /// <summary>The text of the cell under a heading (empty when the row stops before it).</summary>
    /// <param name="column">The heading.</param>
    public string this[string column] => Record[Layout.IndexOf(column)];

    /// <summary>The 1-based column number of a heading.</summary>
    /// <param name="column">The heading.</param>
    /// <returns>The number.</returns>
    public int ColumnOf(string column) => Layout.IndexOf(column) + 1;

    /// <summary>The 1-based column number and heading of a heading.</summary>
    /// <param name="column">The heading.</param>
    /// <returns>The number and the heading.</returns>
    public (int Number, string Name) Cell(string column) => (ColumnOf(column), column);

    /// <summary>An issue at a cell of a file, its message the descriptor's format with these arguments.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The line.</param>
    /// <param name="cell">The cell's column number and heading, or null for the row or the file as a whole.</param>
    /// <param name="descriptor">The code and message format.</param>
    /// <param name="arguments">The message's arguments (a cell's text quoted by <see cref="ImportIssue.Quote"/>).</param>
    /// <returns>The issue.</returns>
    public static Diagnostic At(string file, int line, (int Number, string Name)? cell, DiagnosticDescriptor descriptor, params object?[] arguments) =>
        ImportIssue.Create(descriptor, line, cell?.Name, file, cell?.Number, arguments);

    /// <summary>
    /// An issue whose message is already written (EventMerger's IMP111 and IMP113, which it writes as the
    /// descriptor's format filled in: a test checks every message against its code's formats).
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The line.</param>
    /// <param name="cell">The cell's column number and heading, or null.</param>
    /// <param name="descriptor">The code.</param>
    /// <param name="message">The message.</param>
    /// <returns>The issue.</returns>
    public static Diagnostic Issue(string file, int line, (int Number, string Name)? cell, DiagnosticDescriptor descriptor, string message) =>
        new Diagnostic(descriptor, cell?.Name ?? ImportCodes.WholeRow, message, line) { File = file, Column = cell?.Number };

    /// <summary>A source row for an event read from this row.</summary>
    /// <param name="group">The group of columns, or null for the whole row.</param>
    /// <returns>The source.</returns>
    public SourceRow Source(string? group = null) => new(File, Line, Layout.Sheet, group);

    /// <summary>Reports an issue at a column.</summary>
    /// <param name="column">The heading, or null for the row as a whole (column 1).</param>
    /// <param name="descriptor">The IMP code and message format.</param>
    /// <param name="arguments">The message's arguments.</param>
    public void Report(string? column, DiagnosticDescriptor descriptor, params object?[] arguments) =>
        _issues.Add(At(File, Line, column is null ? null : Cell(column), descriptor, arguments));

    /// <summary>
    /// Reports IMP103 for a name cell that cannot be a subject's name: blank (white space, control or invisible
    /// characters only), or longer than <see cref="Core.InspectionSubject.MaxNameLength"/>. The name itself is not
    /// quoted: it is either invisible or too long to print.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="name">The cell.</param>
    /// <param name="consequence">What follows for the row, such as "it is not imported".</param>
    public static void ReportNoAuthority(OfstedRow row, string name, string consequence)
    {
        if (name.Length > Core.InspectionSubject.MaxNameLength)
        {
            row.Report("Local authority name", ImportCodes.SheetNameTooLong, name.Length, Core.InspectionSubject.MaxNameLength, consequence);
        }
        else
        {
            row.Report("Local authority name", ImportCodes.SheetNoName, consequence);
        }
    }

    /// <summary>Reads a date cell: dd/mm/yyyy (as the sheets write it; d/m/yyyy as a re-export may).</summary>
    /// <param name="column">The heading.</param>
    /// <param name="what">What the date is of, for the message ("the SLAC inspection").</param>
    /// <param name="date">The date, when the cell holds one.</param>
    /// <returns>False when the cell is not empty and is no date (reported, IMP104); true otherwise.</returns>
    public bool TryDate(string column, string what, out LocalDate? date)
    {
        date = null;
        string text = this[column];
        if (text.Length == 0)
        {
            return true;
        }

        var result = DayMonthYear.Parse(text);
        if (!result.Success)
        {
            result = ShortDayMonthYear.Parse(text);
        }

        if (result.Success && result.Value.Year >= 2000)
        {
            date = result.Value;
            return true;
        }

        Report(column, ImportCodes.SheetInvalidDate, ImportIssue.Quote(text), what);
        return false;
    }
}
