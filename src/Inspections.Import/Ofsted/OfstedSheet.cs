namespace Inspections.Import.Ofsted;

/// <summary>
/// The sheets of Ofsted's official statistics on local authority children's services inspections that
/// <see cref="OfstedImporter"/> reads, each recognised by its header row (never by its file name).
/// </summary>
public enum OfstedSheet
{
    /// <summary>
    /// <c>LA_inspections_2009-2023</c> of <i>Children's social care data in England 2023</i> (published 6 July 2023):
    /// one row per local authority with publication dates and grades of SLAC, its re-inspections, CPI, CPRI, TLAC,
    /// the first SIF with its LSCB review, the SIF re-inspection and the first and second ILACS inspection; table 1
    /// (current authorities) and table 11 (Bournemouth, Dorset, Poole and Northamptonshire before reorganisation).
    /// </summary>
    History2009To2023 = 0,

    /// <summary>
    /// <c>ILACS_inspection_history</c> of <i>Local authority inspection outcomes as at 31 March 2025</i> (published
    /// 25 September 2025): one row per ILACS standard or short inspection, with GSS code, first day of fieldwork and
    /// publication date.
    /// </summary>
    IlacsHistory = 1,

    /// <summary>
    /// <c>LA_level_in_year_2022-23</c> of <i>Children's social care data in England 2023</i>: every inspection and
    /// visit of 2022–23 by first day of fieldwork, with grades or the visit's theme.
    /// </summary>
    InYear2022To23 = 2,

    /// <summary>
    /// <c>In-year_inspections</c> of <i>Local authority inspection outcomes as at 31 March 2025</i>: every inspection
    /// and visit of 2024–25, with GSS code, first day of fieldwork and publication date.
    /// </summary>
    InYear2024To25 = 3,
}
