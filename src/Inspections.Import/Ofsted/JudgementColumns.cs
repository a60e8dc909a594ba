using System.Collections.Generic;

namespace Inspections.Import.Ofsted;

/// <summary>
/// Reads a group of grade cells (one inspection's judgements) into an <see cref="OfficialEvent"/>, reporting each
/// cell it cannot type.
/// </summary>
internal static class JudgementColumns
{
    /// <summary>What a group of grade cells held.</summary>
    public enum Outcome
    {
        /// <summary>Every cell empty: no such inspection.</summary>
        Empty,

        /// <summary>Read (cells left empty among given ones are reported as warnings and left out).</summary>
        Read,

        /// <summary>A cell holds no grade word (reported): the inspection is not imported.</summary>
        Failed,
    }

    /// <summary>Reads the cells into <paramref name="target"/>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="columns">Heading and judgement id, in order.</param>
    /// <param name="adequateScale">Whether the framework grades adequate (before the SIF): the current word is then recoded.</param>
    /// <param name="what">The inspection, for messages ("the first SIF inspection").</param>
    /// <param name="target">The event to fill.</param>
    /// <returns>The outcome.</returns>
    public static Outcome Read(OfstedRow row, IReadOnlyList<(string Column, string Judgement)> columns, bool adequateScale, string what, OfficialEvent target)
    {
        if (!AnyGiven(row, columns))
        {
            return Outcome.Empty;
        }

        bool failed = false;

        var judgements = new List<KeyValuePair<string, string>>();
        var notJudged = new List<string>();
        bool recoded = false;
        foreach (var (column, judgement) in columns)
        {
            string text = row[column];
            target.Columns[judgement] = row.Cell(column);
            if (text.Length == 0)
            {
                row.Report(column, ImportCodes.SheetGradeMissing, what, judgement);
            }
            else if (text == GradeWord.NotJudged)
            {
                notJudged.Add(judgement);
            }
            else if (GradeWord.TryRead(text, adequateScale, out string grade, out bool wasRecoded))
            {
                judgements.Add(new(judgement, grade));
                recoded |= wasRecoded;
            }
            else
            {
                row.Report(column, ImportCodes.SheetNotAGrade, ImportIssue.Quote(text), what);
                failed = true;
            }
        }

        if (failed)
        {
            return Outcome.Failed;
        }

        target.Judgements.AddRange(judgements);
        target.NotJudged.AddRange(notJudged);
        if (recoded)
        {
            target.Recoded = true;
            target.Remark(
                "Ofsted's table writes the grades in the current framework's wording; 'Requires improvement to be good' there is the grade given at the time, 'adequate'.");
        }

        if (notJudged.Count > 0)
        {
            target.Remark($"Ofsted's table writes '-' (not judged) for {string.Join(", ", notJudged)}.");
        }

        return Outcome.Read;
    }

    /// <summary>Whether any of the cells is not empty.</summary>
    /// <param name="row">The row.</param>
    /// <param name="columns">The columns.</param>
    /// <returns>The result.</returns>
    public static bool AnyGiven(OfstedRow row, IReadOnlyList<(string Column, string Judgement)> columns)
    {
        foreach (var (column, _) in columns)
        {
            if (row[column].Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
