namespace Inspections.Import.Reports;

/// <summary>The layouts of Ofsted's published reports that the reader knows, each with the framework it reports on.</summary>
public enum ReportLayout
{
    /// <summary>A 2013 targeted inspection of looked after children services: "Record of main findings", five judgements (looked-after-children-2013).</summary>
    LookedAfterChildren2013 = 0,

    /// <summary>A SIF report (2013–2018) without an LSCB review: the numbered judgement table and the headline sentence.</summary>
    Sif = 1,

    /// <summary>A SIF report combined with the review of the Local Safeguarding Children Board: two documents.</summary>
    SifWithLscbReview = 2,

    /// <summary>A review of the Local Safeguarding Children Board published on its own (sif-2013 lscb-review).</summary>
    LscbReview = 3,

    /// <summary>An ILACS report with four judgements, children in care and care leavers together (ilacs-2018).</summary>
    Ilacs2018 = 4,

    /// <summary>An ILACS report with five judgements, care leavers judged on their own (ilacs-2023).</summary>
    Ilacs2023 = 5,

    /// <summary>An ILACS report with four judgements and no overall effectiveness (ilacs-2026, in force from 1 April 2026; the reader tells it by the table, not the date).</summary>
    Ilacs2026 = 6,
}

/// <summary>How a document's visit type was told.</summary>
public enum VisitTypeBasis
{
    /// <summary>The report prints it (its title says "Re-inspection", "Review of the effectiveness of the LSCB", or the layout has one visit type).</summary>
    Printed = 0,

    /// <summary>Inferred from the days on site (an ILACS report: 5 short, 12 standard); the notes say so, and Ofsted's table's word should stand over it.</summary>
    InferredFromDaysOnSite = 1,

    /// <summary>Told from the report's text (a SIF report titled "Inspection of services" that describes its previous SIF inspection: a re-inspection).</summary>
    FromText = 2,
}

/// <summary>Where a document's publication date came from.</summary>
public enum PublishedBasis
{
    /// <summary>The report's own "Report published" (or "Published") line.</summary>
    Report = 0,

    /// <summary>The manifest's <c>published</c> column.</summary>
    Manifest = 1,

    /// <summary>A trailing "- D month YYYY" in the file name.</summary>
    FileName = 2,

    /// <summary>Nowhere: the document has no publication date (IMP220).</summary>
    None = 3,
}
