using System.Text.RegularExpressions;
using Inspections.Core;

namespace Inspections.Import.Reports;

/// <summary>The grade words of the reports, in the words of the time, and the grade ids they stand for.</summary>
internal static class GradeWords
{
    /// <summary>A grade phrase as the reports print it (folded text, any case).</summary>
    public const string Pattern = @"requires? improvement(?: to be good)?|outstanding|good|inadequate|adequate";

    /// <summary>"Not judged", as the SIF tables print it for a judgement that was not made.</summary>
    public const string NotJudged = "not judged";

    public static readonly Regex Phrase = new("^(?:" + Pattern + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The grade id of a grade phrase; null for anything else.</summary>
    public static string? GradeId(string phrase)
    {
        string p = phrase.ToLowerInvariant();
        if (p.StartsWith("require", System.StringComparison.Ordinal))
        {
            return GradeIds.RequiresImprovement;
        }

        return p switch
        {
            "outstanding" => GradeIds.Outstanding,
            "good" => GradeIds.Good,
            "inadequate" => GradeIds.Inadequate,
            "adequate" => GradeIds.Adequate,
            _ => null,
        };
    }

    /// <summary>Whether a word can be part of a grade cell ("Requires", "improvement", "to", "be", "good", "Grade", "4", "Not", "Judged").</summary>
    public static bool IsCellWord(string word) =>
        word.ToLowerInvariant() is "outstanding" or "good" or "requires" or "require" or "improvement" or "to" or "be"
            or "inadequate" or "adequate" or "not" or "judged" or "grade" or "1" or "2" or "3" or "4";
}
