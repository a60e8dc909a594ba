using System.Globalization;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Tests.Authorities;
using NodaTime;

namespace Inspections.Core.Tests.Catalog;

/// <summary>
/// One row of the real ILACS history (JT-39/ofsted-ilacs-scrape-tool, ofsted_csc_ilacs_history.csv), as written,
/// with the grade columns read into the library's ids. Only what the catalog tests need.
/// </summary>
internal sealed record IlacsRow(
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

/// <summary>Reads the real ILACS history CSV (RFC 4180 quoting; dates dd/mm/yyyy).</summary>
internal static class IlacsHistory
{
    private static readonly Lazy<IReadOnlyList<IlacsRow>> s_rows = new(Read);

    public static IReadOnlyList<IlacsRow> Rows => s_rows.Value;

    public static IEnumerable<IlacsRow> GradedRows => Rows.Where(r => r.IsGraded);

    /// <summary>
    /// Reads a grade cell into a grade id of the four-point-requires-improvement scale. The CSV's one known
    /// misspelling, "to requires improvement", is read as requires improvement.
    /// </summary>
    public static bool TryGrade(string cell, out string gradeId)
    {
        gradeId = cell switch
        {
            "outstanding" => "outstanding",
            "good" => "good",
            "requires improvement" or "to requires improvement" => "requires-improvement",
            "inadequate" => "inadequate",
            _ => "",
        };
        return gradeId.Length > 0;
    }

    /// <summary>The ILACS framework in force on the row's first day of fieldwork, by the catalog (SIF re-inspections overlap ILACS 2018 in 2018).</summary>
    public static InspectionFramework VersionInForce(IlacsRow row) =>
        Assert.Single(FrameworkCatalog.Default.InForceOn(row.Start!.Value, SubjectKind.LocalAuthority), f => f.Id.StartsWith("ilacs-", StringComparison.Ordinal));

    private static List<IlacsRow> Read()
    {
        // One record per line in this file (no quoted line breaks), so record i is line i + 1.
        var lines = SharedCsv.Read(RepositoryFiles.IlacsHistoryCsv);
        var header = lines[0];
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"The CSV has no column '{name}'.");
        int la = Column("local_authority"), published = Column("publication_date"), framework = Column("inspection_framework"),
            start = Column("inspection_start_date"), end = Column("inspection_end_date"), overall = Column("overall_effectiveness_grade"),
            leaders = Column("impact_of_leaders_grade"), hp = Column("help_and_protection_grade"), care = Column("in_care_grade"),
            leavers = Column("care_leavers_grade");

        var rows = new List<IlacsRow>();
        for (int i = 1; i < lines.Count; i++)
        {
            var cells = lines[i];
            if (cells is [""])
            {
                continue;
            }

            if (cells.Length != header.Length)
            {
                throw new InvalidDataException($"Line {i + 1} has {cells.Length} cells; the header has {header.Length}.");
            }

            rows.Add(new IlacsRow(
                i + 1, cells[la], cells[published], cells[framework], Date(cells[start]), Date(cells[end]),
                cells[overall], cells[leaders], cells[hp], cells[care], cells[leavers]));
        }

        return rows;
    }

    private static LocalDate? Date(string cell) =>
        cell.Length == 0 ? null : LocalDate.FromDateTime(DateTime.ParseExact(cell, "dd/MM/yyyy", CultureInfo.InvariantCulture));
}
