using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core;

namespace Inspections.Import.Record;

/// <summary>
/// Makes one inspection of an event's reports and its table's inspection: the report stands for what it prints
/// (the fieldwork, the grades, its publication line), the table for the type of inspection, its theme, its
/// subject as the register names it, a grade the report does not give, and the publication date of a report that
/// prints none. Each disagreement is recorded, and said in the notes.
/// </summary>
internal static class ReportMerge
{
    public static void Apply(Draft draft)
    {
        var first = draft.Reports[0];
        var r = first.Inspection;
        var here = new RecordSource(RecordSourceKind.Report, first.File);
        foreach (var report in draft.Reports)
        {
            draft.Sources.Add(new RecordSource(RecordSourceKind.Report, report.File));
        }

        foreach (var other in draft.Reports.Skip(1))
        {
            CompareReports(draft, here, r, new RecordSource(RecordSourceKind.Report, other.File), other.Inspection);
        }

        var merged = r;
        if (draft.Table is { } t)
        {
            var table = draft.TableSourceOf(RecordField.VisitType);
            if (t.FrameworkId != r.FrameworkId)
            {
                draft.Disagree(RecordField.Framework, null, table, t.FrameworkId, here, r.FrameworkId, DisagreementReason.TableNamesTheType, inNotes: true);
            }

            if (t.VisitTypeId != r.VisitTypeId)
            {
                draft.Disagree(RecordField.VisitType, null, table, t.VisitTypeId, here, r.VisitTypeId, DisagreementReason.TableNamesTheType, inNotes: true);
            }

            var fieldwork = r.Fieldwork ?? t.Fieldwork;
            if (r.Fieldwork is { } rf)
            {
                draft.FromReport[(RecordField.FieldworkStart, null)] = here;
                draft.FromReport[(RecordField.FieldworkEnd, null)] = here;
                if (t.Fieldwork is { } tf && tf.Start != rf.Start)
                {
                    draft.Disagree(RecordField.FieldworkStart, null, here, Draft.Date(rf.Start)!, draft.TableSourceOf(RecordField.FieldworkStart), Draft.Date(tf.Start)!, DisagreementReason.ReportPrintsIt, inNotes: true);
                }
            }

            var published = t.Published ?? r.Published;
            if (first.PublishedFrom == ReportPublication.Printed && r.Published is { } printed)
            {
                published = printed;
                draft.FromReport[(RecordField.Published, null)] = here;
                if (t.Published is { } tp && tp != printed)
                {
                    draft.Disagree(RecordField.Published, null, here, Draft.Date(printed)!, draft.TableSourceOf(RecordField.Published), Draft.Date(tp)!, DisagreementReason.ReportPrintsIt, inNotes: true);
                }
            }
            else if (t.Published is { } early && r.Fieldwork is { } onSite && early < onSite.Start && r.Published is { } own)
            {
                published = own;
                draft.FromReport[(RecordField.Published, null)] = here;
                draft.Disagree(RecordField.Published, null, here, Draft.Date(own)!, draft.TableSourceOf(RecordField.Published), Draft.Date(early)!, DisagreementReason.TableDateBeforeFieldwork, inNotes: true);
            }
            else if (t.Published is { } tp && r.Published is { } rp && tp != rp)
            {
                draft.Disagree(RecordField.Published, null, draft.TableSourceOf(RecordField.Published), Draft.Date(tp)!, here, Draft.Date(rp)!, DisagreementReason.ReportDoesNotPrintThePublicationDate, inNotes: true);
            }
            else if (t.Published is null && r.Published is not null)
            {
                draft.FromReport[(RecordField.Published, null)] = here;
            }

            var grades = new List<JudgementGrade>();
            foreach (var g in r.Judgements)
            {
                grades.Add(g);
                draft.FromReport[(RecordField.Judgement, g.JudgementId)] = here;
            }

            foreach (var g in t.Judgements)
            {
                if (r.Judgements.TryGetGradeId(g.JudgementId, out var printedGrade))
                {
                    draft.GradesCompared++;
                    if (printedGrade != g.GradeId)
                    {
                        draft.Disagree(RecordField.Judgement, g.JudgementId, here, printedGrade, draft.TableSourceOf(RecordField.Judgement), g.GradeId, DisagreementReason.ReportPrintsIt, inNotes: true);
                    }
                }
                else if (!r.NotJudgedIds.Contains(g.JudgementId))
                {
                    grades.Add(g);
                }
            }

            var notJudged = r.NotJudgedIds.Concat(t.NotJudgedIds).Distinct().Where(id => !grades.Any(g => g.JudgementId == id)).ToImmutableArray();
            merged = r with
            {
                FrameworkId = t.FrameworkId,
                VisitTypeId = t.VisitTypeId,
                Subject = t.Subject,
                Fieldwork = fieldwork,
                Published = published,
                Theme = t.Theme ?? r.Theme,
                Judgements = JudgementGrades.Create(grades),
                NotJudgedIds = notJudged,
            };
        }
        else
        {
            foreach (var g in r.Judgements)
            {
                draft.FromReport[(RecordField.Judgement, g.JudgementId)] = here;
            }

            draft.FromReport[(RecordField.FieldworkStart, null)] = here;
            draft.FromReport[(RecordField.FieldworkEnd, null)] = here;
            draft.FromReport[(RecordField.Published, null)] = here;
            draft.FromReport[(RecordField.VisitType, null)] = here;
            draft.FromReport[(RecordField.Framework, null)] = here;
        }

        draft.Current = merged with { Notes = RecordNotes.WithReports(draft) };
        draft.Changed = true;
    }

    /// <summary>Two reports of one event: the first stands where they disagree.</summary>
    private static void CompareReports(Draft draft, RecordSource firstSource, Inspection first, RecordSource otherSource, Inspection other)
    {
        void Compare(RecordField field, string? judgement, string? ours, string? theirs)
        {
            if (ours is not null && theirs is not null && ours != theirs)
            {
                draft.Disagree(field, judgement, firstSource, ours, otherSource, theirs, DisagreementReason.FirstReport, inNotes: true);
            }
        }

        Compare(RecordField.Published, null, Draft.Date(first.Published), Draft.Date(other.Published));
        foreach (var g in first.Judgements)
        {
            Compare(RecordField.Judgement, g.JudgementId, g.GradeId, other.Judgements.TryGetGradeId(g.JudgementId, out var grade) ? grade : null);
        }
    }
}
