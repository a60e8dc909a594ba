using System;
using Inspections.Core;

namespace Inspections.Import.Record;

/// <summary>Where a report's publication date came from.</summary>
public enum ReportPublication
{
    /// <summary>The report gives none.</summary>
    None = 0,

    /// <summary>The report's own line ("Report published: 13 May 2015"): the report stands for it.</summary>
    Printed = 1,

    /// <summary>The manifest's date (Ofsted's site's), the report printing none.</summary>
    Manifest = 2,

    /// <summary>A trailing <c>- D month YYYY</c> in the file name, the report printing none.</summary>
    FileName = 3,
}

/// <summary>
/// One document the report reader made of one of Ofsted's published reports, as the record build takes it: the
/// inspection as the report prints it, and how what it does not print was established.
/// </summary>
/// <param name="File">The report's path below the reports folder, as the notes name it.</param>
/// <param name="Inspection">The inspection the report gives (a combined SIF and LSCB report gives two documents).</param>
public sealed record RecordReport(string File, Inspection Inspection)
{
    /// <summary>The file.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    /// <exception cref="ArgumentException">On init: the value is empty.</exception>
    public string File
    {
        get;
        init => field = value is null ? throw new ArgumentNullException(nameof(File))
            : value.Length == 0 ? throw new ArgumentException("A report's file must not be empty.", nameof(File))
            : value;
    } = File;

    /// <summary>The inspection.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public Inspection Inspection
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Inspection));
    } = Inspection;

    /// <summary>Where <see cref="Core.Inspection.Published"/> came from.</summary>
    public ReportPublication PublishedFrom { get; init; }

    /// <summary>Whether the visit type was inferred rather than printed (an ILACS report's short or standard, from its days on site).</summary>
    public bool VisitTypeInferred { get; init; }

    /// <summary>The report's layout, as the reader names it (for counts), or null.</summary>
    public string? Layout { get; init; }
}
