namespace Inspections.Testing;

/// <summary>
/// Sheets in the shape of Ofsted's official tables (../shared/data/ofsted), small enough to write in a test and
/// needing no shared corpus: the 2009–2023 sheet with its two tables' titles and headers as the workbook writes
/// them (each header three lines, two headings holding a line break) and one real row under each, and the ILACS
/// history sheet with Calderdale's 2018 row. A test damages them as it damages the real sheets. The headings and rows
/// are Ofsted's (official statistics, Crown copyright): contains public sector information licensed under the Open
/// Government Licence v3.0.
/// </summary>
public static class OfstedSheetSamples
{
    /// <summary>The 2009–2023 sheet's file name.</summary>
    public const string History2009Name = "la_inspections_2009_2023.csv";

    /// <summary>The ILACS history sheet's file name.</summary>
    public const string IlacsHistoryName = "ilacs_inspection_history_2018_2025.csv";

    /// <summary>Table 1's header (lines 5 to 7 of <see cref="History2009"/>).</summary>
    public const string History2009Header =
        "Web link,Local authority name,LA region,LA Authority Type,Safeguarding & Looked After Children (SLAC) Inspection publication date,SLAC Safeguarding Overall effectiveness (OE),SLAC Looked After Children Overall Effectiveness (OE),SLAC re-inspection of Safeguarding publication date,SLAC re-inspection Safeguarding OE,SLAC re-inspection of services for Children Looked After publication date,SLAC re-inspection of services Children Looked After OE,Child Protection Inspections (CPI) publication date,CPI Overall Effectiveness (OE),Child Protection Re-Inspection (CPRI) publication date,CPRI Overall Effectiveness (OE),Targeted Looked After Children (TLAC) inspection publication date,TLAC Overall Effectiveness (OE),Single Inspection of LA Children's Services (SIF) First SIF publication date,\"First SIF Overall Judgement\n"
        + "(OE)\",First SIF children who need help and protection,First SIF children looked after and achieving permanence,First SIF CLA Sub: Adoption Performance,First SIF CLA Sub: Experiences and progress of care leavers,\"First SIF leadership, management and governance\",LSCB Overall Effectiveness,Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date,\"SIF Re-inspection Overall Judgement\n"
        + "(OE)\",SIF Re-inspection children who need help and protection,SIF Re-inspection children looked after and achieving permanence,SIF Re-inspection CLA Sub: Adoption Performance,SIF Re-inspection CLA Sub: Experiences and progress of care leavers,\"SIF Re-inspection leadership, management and governance\",First ILACS framework inspection type,First ILACS framework publication date,First ILACS framework overall effectiveness,First ILACS framework impact of leaders,First ILACS framework experiences and progress of children who need help and protection,First ILACS framework experiences and progress of children in care and care leavers,Second ILACS framework inspection type,Second ILACS framework publication date,Second ILACS framework overall effectiveness,Second ILACS framework impact of leaders,Second ILACS framework experiences and progress of children who need help and protection,Second ILACS framework experiences and progress of children in care,Second ILACS framework experiences and progress of care leavers\n";

    /// <summary>Calderdale's row of table 1 (line 8 of <see cref="History2009"/>: 38 cells, its ILACS 2018 inspection published 19 December 2018).</summary>
    public const string History2009Calderdale =
        "Ofsted Local Authority Webpage,Calderdale,\"North East, Yorkshire and The Humber\",Metropolitan District,26/02/2010,Inadequate,Requires improvement to be good,,,,,21/01/2013,Inadequate,26/07/2013,Inadequate,,,20/03/2015,Requires improvement to be good,Requires improvement to be good,Requires improvement to be good,Inadequate,Requires improvement to be good,Requires improvement to be good,Requires improvement to be good,,,,,,,,ILACS Standard Inspection,19/12/2018,Good,Good,Requires improvement to be good,Outstanding\n";

    /// <summary>
    /// The 2009–2023 sheet cut to one row a table: four title lines, table 1's header (lines 5 to 7), Calderdale
    /// (line 8), table 11's title (line 9) and header (lines 10 to 12), Bournemouth (line 13), as the real sheet has
    /// them; every line ends in \n.
    /// </summary>
    public const string History2009 =
        "Children's social care data in England 2023 - LA inspections 2009-2023\n"
        + "\"An excerpt for tests: the real sheet's titles and headers and two of its rows.\"\n"
        + "\"Column A includes a link to the Local Authority Webpage for each local authority, links will open in a new window.\"\n"
        + "Some cells in this table are empty because data was not provided to Ofsted.\n"
        + History2009Header
        + History2009Calderdale
        + "Table 11:History of inspections of local authorities that existed before the restructure\n"
        + "Web link,Local authority name,LA region,LA Authority Type,Safeguarding & Looked After Children (SLAC) Inspection publication date,SLAC Safeguarding Overall effectiveness (OE),SLAC Looked After Children Overall Effectiveness (OE),SLAC re-inspection of Safeguarding publication date,SLAC re-inspection Safeguarding OE,SLAC re-inspection of services for Children Looked After publication date,SLAC re-inspection of services Children Looked After OE,Child Protection Inspections (CPI) publication date,CPI Overall Effectiveness (OE),Child Protection Re-Inspection (CPRI) publication date,CPRI Overall Effectiveness (OE),Targeted Looked After Children (TLAC) inspection publication date,TLAC Overall Effectiveness (OE),Single Inspection of LA Children's Services (SIF) First SIF publication date,\"First SIF Overall Judgement\n"
        + "(OE)\",First SIF children who need help and protection,First SIF children looked after and achieving permanence,First SIF CLA Sub: Adoption Performance,First SIF CLA Sub: Experiences and progress of care leavers,\"First SIF leadership, management and governance\",LSCB Overall Effectiveness,Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date,\"SIF Re-inspection Overall Judgement\n"
        + "(OE)\",SIF Re-inspection children who need help and protection,SIF Re-inspection children looked after and achieving permanence,SIF Re-inspection CLA Sub: Adoption Performance,SIF Re-inspection CLA Sub: Experiences and progress of care leavers,\"SIF Re-inspection leadership, management and governance\",ILACS framework inspection type,ILACS framework publication date,ILACS framework overall effectiveness,ILACS framework impact of leaders,ILACS framework experiences and progress of children who need help and protection,ILACS framework experiences and progress of children in care and care leavers\n"
        + "Ofsted Local Authority Webpage,Bournemouth,South West,Unitary,08/04/2011,Good,Good,,,,,,,,,,,30/06/2014,Requires improvement to be good,Requires improvement to be good,Requires improvement to be good,Good,Requires improvement to be good,Requires improvement to be good,Requires improvement to be good,,,,,,,,ILACS Standard Inspection,24/08/2018,Requires improvement to be good,Inadequate,Requires improvement to be good,Requires improvement to be good\n";

    /// <summary>The ILACS history sheet's header line.</summary>
    public const string IlacsHistoryHeader =
        "Web link,Local authority area code,Local authority name,Local authority status,Ofsted region,Inspection date,Publication date,Inspection type,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children who need help and protection,The experiences and progress of children in care,The experiences and progress of care leavers\n";

    /// <summary>The ILACS history sheet cut to its titles, header (line 3) and Calderdale's 2018 row (line 4).</summary>
    public const string IlacsHistory =
        "ILACS inspection history from 2018-2025\n"
        + "An excerpt for tests: the real sheet's title and header and one of its rows.\n"
        + IlacsHistoryHeader
        + "Ofsted Local Authority Webpage,E08000033,Calderdale,Current,\"North East, Yorkshire and the Humber\",12/11/2018,19/12/2018,ILACS Standard Inspection,Good,Good,Requires improvement to be good,Outstanding\n";
}
