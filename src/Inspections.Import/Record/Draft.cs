using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Inspections.Core;
using Inspections.Core.Authorities;
using Inspections.Import.Ofsted;

namespace Inspections.Import.Record;

/// <summary>One event of the record while it is built: the table's inspection, the reports and scrape row paired with it, what it is now, and where each value came from.</summary>
/// <remarks>Mutable, and used by one build on one thread only.</remarks>
internal sealed class Draft
{
    public Draft(Inspection table, OfficialEvent? tableEvent)
    {
        Table = table;
        Current = table;
        TableEvent = tableEvent;
    }

    private Draft(Inspection current)
    {
        Current = current;
        Changed = true;
    }

    /// <summary>The inspection the importer of the tables made, or null for an event of no table.</summary>
    public Inspection? Table { get; }

    /// <summary>The table's merged event (its rows), when known.</summary>
    public OfficialEvent? TableEvent { get; }

    /// <summary>The event's inspection as it now is.</summary>
    public Inspection Current { get; set; }

    /// <summary>Whether <see cref="Current"/> is not the table's inspection as the importer made (and validated) it.</summary>
    public bool Changed { get; set; }

    /// <summary>Every source: the tables' rows, then the reports, then the scrape.</summary>
    public List<RecordSource> Sources { get; } = [];

    /// <summary>The reports of the event (the first stands over the others).</summary>
    public List<RecordReport> Reports { get; } = [];

    /// <summary>Fields a report gave (the others are the table's).</summary>
    public Dictionary<(RecordField, string?), RecordSource> FromReport { get; } = [];

    /// <summary>Every disagreement between the event's sources.</summary>
    public List<Pending> Disagreements { get; } = [];

    /// <summary>How many grades both the event's first report and its table's inspection give (compared, agreeing or not).</summary>
    public int GradesCompared { get; set; }

    /// <summary>Records a disagreement.</summary>
    public void Disagree(RecordField field, string? judgementId, RecordSource stood, string stoodValue, RecordSource other, string otherValue, DisagreementReason reason, bool inNotes) =>
        Disagreements.Add(new Pending(field, judgementId, stood, stoodValue, other, otherValue, reason, inNotes));

    /// <summary>The source that gave a field's value: a report's, or the table row that gives such a field.</summary>
    public RecordSource SourceOf(RecordField field, string? judgementId)
    {
        if (FromReport.TryGetValue((field, judgementId), out var report))
        {
            return report;
        }

        return TableSourceOf(field);
    }

    /// <summary>The table row that gave a field's value (the most authoritative row; for a date, the first row whose sheet gives such a date).</summary>
    public RecordSource TableSourceOf(RecordField field)
    {
        if (TableEvent is { } e)
        {
            // The merger keeps the first row's (the most authoritative) grades and type, and the first date given.
            int index = field switch
            {
                RecordField.FieldworkStart => e.Sources.FindIndex(s => s.Sheet != OfstedSheet.History2009To2023),
                RecordField.Published => e.Sources.FindIndex(s => s.Sheet != OfstedSheet.InYear2022To23),
                _ => 0,
            };
            return Sources[index < 0 ? 0 : index];
        }

        return Sources[0];
    }

    /// <summary>Lists where a scrape row of the event disagrees with it; the record's value stands.</summary>
    public void CompareScrape(Inspection scrape, RecordSource source)
    {
        var e = Current;
        void Compare(RecordField field, string? judgement, string? ours, string? theirs)
        {
            if (ours is not null && theirs is not null && ours != theirs)
            {
                Disagree(field, judgement, SourceOf(field, judgement), ours, source, theirs, DisagreementReason.OfficialOverScrape, inNotes: false);
            }
        }

        Compare(RecordField.VisitType, null, e.VisitTypeId, scrape.VisitTypeId);
        Compare(RecordField.Framework, null, e.FrameworkId, scrape.FrameworkId);
        Compare(RecordField.FieldworkStart, null, Date(e.Fieldwork?.Start), Date(scrape.Fieldwork?.Start));
        Compare(RecordField.FieldworkEnd, null, Date(e.Fieldwork?.End), Date(scrape.Fieldwork?.End));
        Compare(RecordField.Published, null, Date(e.Published), Date(scrape.Published));
        foreach (var judgement in e.Judgements)
        {
            Compare(RecordField.Judgement, judgement.JudgementId, judgement.GradeId, scrape.Judgements.TryGetGradeId(judgement.JudgementId, out var grade) ? grade : null);
        }
    }

    /// <summary>An event of no table, from its reports.</summary>
    public static Draft FromReports(List<RecordReport> reports)
    {
        var draft = new Draft(reports[0].Inspection);
        draft.Reports.AddRange(reports);
        return draft;
    }

    /// <summary>An event of neither the tables nor the reports, from a scrape row: named as the register names it, the notes saying where it came from.</summary>
    public static Draft FromScrape(ImportedInspection row, string fileName, RecordSource source)
    {
        var subject = row.Inspection.Subject;
        if (LocalAuthorityRegister.Default.TryResolve(subject.GssCode ?? subject.Name, out var authority))
        {
            subject = new InspectionSubject(SubjectKind.LocalAuthority, authority.Name, subject.GssCode ?? authority.GssCode, subject.LaNumber ?? authority.DfeNumber);
        }

        var draft = new Draft(row.Inspection with
        {
            Subject = subject,
            Notes = RecordNotes.FromScrape(fileName, row.Line, row.Inspection.Notes),
        });
        draft.Sources.Add(source);
        return draft;
    }

    internal static string? Date(NodaTime.LocalDate? date) => date is { } d ? DateText.Format(d) : null;
}

/// <summary>A disagreement found while building, before the event's inspection is final.</summary>
internal sealed record Pending(RecordField Field, string? JudgementId, RecordSource Stood, string StoodValue, RecordSource Other, string OtherValue, DisagreementReason Reason, bool InNotes)
{
    public SourceDisagreement For(Inspection inspection) => new(inspection, Field, JudgementId, Stood, StoodValue, Other, OtherValue, Reason);

    /// <summary>The disagreement as the notes say it.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Other} gives {OtherValue} for {SourceDisagreement.WhatOf(Field, JudgementId)}; {Stood} gives {StoodValue}, which stands ({SourceDisagreement.WhyOf(Reason)}).");
}
