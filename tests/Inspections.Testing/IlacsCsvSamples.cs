namespace Inspections.Testing;

/// <summary>
/// Rows in the shape of the real ILACS history CSV (../shared/data/ofsted_csc_ilacs_history.csv), for the importer's
/// tests and the import command's: its header and two real rows (Calderdale 2018, Dorset 2025) to damage.
/// </summary>
public static class IlacsCsvSamples
{
    /// <summary>The CSV's header line.</summary>
    public const string Header =
        "urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version";

    /// <summary>Calderdale's ILACS 2018 standard inspection (fieldwork 12–23 November 2018, published 19 December 2018).</summary>
    public const string Calderdale2018 =
        "80444,calderdale,https://files.ofsted.gov.uk/v1/file/50045306,r.pdf,19/12/18,standard,A Inspector,12/11/2018,23/11/2018,good,good,requires improvement,good,inspection_pre_dates_judgement,1";

    /// <summary>Dorset's ILACS short inspection (fieldwork 17–21 March 2025, published 9 May 2025).</summary>
    public const string Dorset2025 =
        "2532283,dorset,https://files.ofsted.gov.uk/v1/file/50276411,r.pdf,09/05/25,short,Sarah Canto,17/03/2025,21/03/2025,outstanding,outstanding,outstanding,outstanding,good,1";
}
