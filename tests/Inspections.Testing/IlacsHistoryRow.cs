using Inspections.Core;
using NodaTime;

namespace Inspections.Testing;

/// <summary>
/// One row of the real ILACS history (JT-39/ofsted-ilacs-scrape-tool, ofsted_csc_ilacs_history.csv), as written,
/// with the grade columns read into the library's ids. Only what the catalog tests need.
/// </summary>
public sealed record IlacsHistoryRow(
    int Line,
    string LocalAuthority,
    string PublicationDate,
    string InspectionFramework,
    LocalDate? Start,
    LocalDate? End,
    string Overall,
    string Leaders,
    string HelpAndProtection,
    string InCare,
    string CareLeavers)
{
    public const string PreDatesJudgement = "inspection_pre_dates_judgement";
    public const string NotReportedPostReform = "not_reported_post_reform";

    /// <summary>Whether the row carries grades: the scraper read the report (its leaders column is a grade).</summary>
    public bool IsGraded => IlacsHistory.TryGrade(Leaders, out _);

    /// <summary>The ILACS version the row's columns fit: no overall → 2026; a care-leavers grade → 2023; else 2018.</summary>
    public string VersionByShape =>
        Overall == NotReportedPostReform ? "ilacs-2026"
        : IlacsHistory.TryGrade(CareLeavers, out _) ? "ilacs-2023"
        : "ilacs-2018";

    /// <summary>The visit type: the CSV's "standard" or "short"; its one "longer than standard" row is a standard inspection.</summary>
    public string VisitType => InspectionFramework == "short" ? "short-inspection" : "standard-inspection";

    /// <summary>The judgements under <paramref name="frameworkId"/>; columns that are not grades are left out.</summary>
    public JudgementGrades JudgementsUnder(string frameworkId)
    {
        var pairs = new List<(string, string)>();
        Add("overall-effectiveness", Overall);
        Add("impact-of-leaders", Leaders);
        Add("children-who-need-help-and-protection", HelpAndProtection);
        if (frameworkId == "ilacs-2018")
        {
            Add("children-in-care-and-care-leavers", InCare);
        }
        else
        {
            Add("children-in-care", InCare);
            Add("care-leavers", CareLeavers);
        }

        return JudgementGrades.Create(pairs.ToArray());

        void Add(string judgement, string cell)
        {
            if (IlacsHistory.TryGrade(cell, out var grade))
            {
                pairs.Add((judgement, grade));
            }
        }
    }

    public override string ToString() =>
        $"line {Line}: {LocalAuthority} {InspectionFramework} {Start:yyyy-MM-dd}–{End:yyyy-MM-dd} published {PublicationDate}: "
        + $"{Overall} / {Leaders} / {HelpAndProtection} / {InCare} / {CareLeavers}";
}
