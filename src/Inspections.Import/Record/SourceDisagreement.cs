using System;
using Inspections.Core;

namespace Inspections.Import.Record;

/// <summary>Which field of an event two sources disagree about.</summary>
public enum RecordField
{
    /// <summary>The framework.</summary>
    Framework = 0,

    /// <summary>The visit type (for ILACS: short or standard).</summary>
    VisitType = 1,

    /// <summary>The first day of fieldwork.</summary>
    FieldworkStart = 2,

    /// <summary>The last day of fieldwork.</summary>
    FieldworkEnd = 3,

    /// <summary>The publication date.</summary>
    Published = 4,

    /// <summary>A visit's theme.</summary>
    Theme = 5,

    /// <summary>A judgement's grade (<see cref="SourceDisagreement.JudgementId"/> says which).</summary>
    Judgement = 6,
}

/// <summary>Why the value that stood over another did.</summary>
public enum DisagreementReason
{
    /// <summary>Two tables: the 2025 workbook corrects the 2023 one.</summary>
    LaterWorkbook = 0,

    /// <summary>Two tables: the ILACS history is the record of every ILACS inspection.</summary>
    IlacsHistory = 1,

    /// <summary>Two tables: the in-year sheet gives the first day of fieldwork, the 2009–2023 table does not.</summary>
    InYearFieldwork = 2,

    /// <summary>Two rows of equal standing: the first stands.</summary>
    FirstRow = 3,

    /// <summary>A report and a table: the report is the primary source of what it prints (fieldwork, grades, its publication line).</summary>
    ReportPrintsIt = 4,

    /// <summary>A report and a table: the table names the type of inspection, which the report does not print (short or standard is inferred from the days on site).</summary>
    TableNamesTheType = 5,

    /// <summary>A report and a table: the report does not print its publication date; the table's stands over the date the report reader took from the manifest or the file name.</summary>
    ReportDoesNotPrintThePublicationDate = 6,

    /// <summary>The scrape and the record: Ofsted's tables and reports stand over a third party's scrape of the reports (which has wrong grades).</summary>
    OfficialOverScrape = 7,

    /// <summary>Two reports of one inspection: the first stands.</summary>
    FirstReport = 8,

    /// <summary>A report and a table: the table's publication date is before the report's fieldwork began, so it cannot be this report's (Surrey's separate LSCB review of 2015, dated by the table as the SIF published two months before it).</summary>
    TableDateBeforeFieldwork = 9,
}

/// <summary>
/// Two sources of one event of the record that disagree about one field: which sources, which field, which value
/// stood and why. docs/data.md lists every one.
/// </summary>
/// <param name="Inspection">The record's inspection (as written).</param>
/// <param name="Field">The field.</param>
/// <param name="JudgementId">The judgement, when <paramref name="Field"/> is <see cref="RecordField.Judgement"/>; else null.</param>
/// <param name="Stood">The source whose value stood.</param>
/// <param name="StoodValue">Its value, as the document writes it (an id, or an ISO date).</param>
/// <param name="Other">The source that disagrees.</param>
/// <param name="OtherValue">Its value.</param>
/// <param name="Reason">Why the one stood.</param>
public sealed record SourceDisagreement(
    Inspection Inspection,
    RecordField Field,
    string? JudgementId,
    RecordSource Stood,
    string StoodValue,
    RecordSource Other,
    string OtherValue,
    DisagreementReason Reason)
{
    /// <summary>The field in words: <c>the publication date</c>, or the judgement's id.</summary>
    public string What => WhatOf(Field, JudgementId);

    /// <summary>Why the value stood, in words (the text of <see cref="Reason"/>).</summary>
    public string Why => WhyOf(Reason);

    /// <summary>
    /// The disagreement as the notes say it, such as <c>la_inspections_2009_2023.csv:99 (ILACS 1) gives 2022-11-05 for the
    /// publication date; ilacs_inspection_history_2018_2025.csv:172 gives 2022-09-05, which stands (the 2025 workbook
    /// corrects the 2023 one).</c>
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Other} gives {OtherValue} for {What}; {Stood} gives {StoodValue}, which stands ({Why}).";

    /// <summary>A field in words.</summary>
    internal static string WhatOf(RecordField field, string? judgementId) => field switch
    {
        RecordField.Framework => "the framework",
        RecordField.VisitType => "the inspection type",
        RecordField.FieldworkStart => "the first day of fieldwork",
        RecordField.FieldworkEnd => "the last day of fieldwork",
        RecordField.Published => "the publication date",
        RecordField.Theme => "the theme",
        _ => judgementId ?? "a judgement",
    };

    /// <summary>The one table of why a value stood.</summary>
    internal static string WhyOf(DisagreementReason reason) => reason switch
    {
        DisagreementReason.LaterWorkbook => "the 2025 workbook corrects the 2023 one",
        DisagreementReason.IlacsHistory => "the ILACS history is the record of every ILACS inspection",
        DisagreementReason.InYearFieldwork => "the in-year sheet gives the first day of fieldwork",
        DisagreementReason.FirstRow => "the first of the rows",
        DisagreementReason.ReportPrintsIt => "the report is the primary source of what it prints",
        DisagreementReason.TableNamesTheType => "Ofsted's table names the type of inspection; the report does not print it",
        DisagreementReason.ReportDoesNotPrintThePublicationDate => "the report does not print its publication date; the table's stands over the manifest's or the file name's",
        DisagreementReason.OfficialOverScrape => "Ofsted's tables and reports stand over the scrape",
        DisagreementReason.FirstReport => "the first of two reports of one inspection",
        DisagreementReason.TableDateBeforeFieldwork => "the table's date is before the report's fieldwork, so it is not this report's",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a defined reason."),
    };
}
