using System;
using System.Globalization;

namespace Inspections.Import.Record;

/// <summary>What kind of source a fact of the record came from.</summary>
public enum RecordSourceKind
{
    /// <summary>A row (or group of columns) of one of Ofsted's official tables.</summary>
    OfficialTable = 0,

    /// <summary>One of Ofsted's published reports (a document the report reader made of it).</summary>
    Report = 1,

    /// <summary>A row of the ILACS scrape (JT-39/ofsted-ilacs-scrape-tool), used only for what neither the tables nor the reports have.</summary>
    Scrape = 2,
}

/// <summary>
/// One source of an event of the record: a table's row (<c>la_inspections_2009_2023.csv:45 (SIF)</c>), a report
/// (its file, below the reports folder) or a scrape row (<c>ofsted_csc_ilacs_history.csv:338</c>).
/// </summary>
/// <param name="Kind">What kind of source.</param>
/// <param name="File">The file's name (a table or the scrape: without its folder; a report: its path below the reports folder).</param>
/// <param name="Line">The row's line, for a table or the scrape; null for a report.</param>
/// <param name="Part">Which group of a table row's columns (such as <c>SIF</c>), or null.</param>
public sealed record RecordSource(RecordSourceKind Kind, string File, int? Line = null, string? Part = null)
{
    /// <summary>The file.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    /// <exception cref="ArgumentException">On init: the value is empty.</exception>
    public string File
    {
        get;
        init => field = value is null ? throw new ArgumentNullException(nameof(File))
            : value.Length == 0 ? throw new ArgumentException("A source's file must not be empty.", nameof(File))
            : value;
    } = File;

    /// <summary>The source as the notes and docs/data.md name it: <c>file:line (part)</c>, or for a report <c>report 'file'</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        RecordSourceKind.Report => $"report '{File}'",
        _ => (Line is { } line ? $"{File}:{line.ToString(CultureInfo.InvariantCulture)}" : File) + (Part is null ? string.Empty : $" ({Part})"),
    };
}
