using System;
using Inspections.Core;

namespace Inspections.Import.Reports;

/// <summary>
/// One document a report gives, with how it was read, so that a merge can weigh the report against other sources
/// (the report stands for what it prints; Ofsted's table's word for short or standard stands over an inference).
/// </summary>
public sealed record ReportedInspection
{
    /// <summary>Creates a reported inspection.</summary>
    /// <param name="inspection">The document.</param>
    /// <param name="layout">The report's layout.</param>
    /// <param name="visitTypeBasis">How the visit type was told.</param>
    /// <param name="publishedBasis">Where the publication date came from.</param>
    /// <param name="firstPage">The 1-based page on which the document's judgements begin.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inspection"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstPage"/> is less than 1.</exception>
    public ReportedInspection(Inspection inspection, ReportLayout layout, VisitTypeBasis visitTypeBasis, PublishedBasis publishedBasis, int firstPage)
    {
        Inspection = inspection ?? throw new ArgumentNullException(nameof(inspection));
        Layout = layout;
        VisitTypeBasis = visitTypeBasis;
        PublishedBasis = publishedBasis;
        FirstPage = firstPage >= 1 ? firstPage : throw new ArgumentOutOfRangeException(nameof(firstPage), firstPage, "Pages count from 1.");
    }

    /// <summary>The document (valid under the catalog it was read with).</summary>
    public Inspection Inspection { get; }

    /// <summary>The report's layout.</summary>
    public ReportLayout Layout { get; }

    /// <summary>How the visit type was told.</summary>
    public VisitTypeBasis VisitTypeBasis { get; }

    /// <summary>Where the publication date came from.</summary>
    public PublishedBasis PublishedBasis { get; }

    /// <summary>The 1-based page on which the document's judgements begin.</summary>
    public int FirstPage { get; }
}
