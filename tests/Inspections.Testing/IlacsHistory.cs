using System.Globalization;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using NodaTime;

namespace Inspections.Testing;

/// <summary>Reads the real ILACS history CSV (RFC 4180 quoting; dates dd/mm/yyyy).</summary>
public static class IlacsHistory
{
    private static readonly Lazy<IReadOnlyList<IlacsHistoryRow>> s_rows = new(Read);

    public static IReadOnlyList<IlacsHistoryRow> Rows => s_rows.Value;

    public static IEnumerable<IlacsHistoryRow> GradedRows => Rows.Where(r => r.IsGraded);

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
    public static InspectionFramework VersionInForce(IlacsHistoryRow row) =>
        Assert.Single(FrameworkCatalog.Default.InForceOn(row.Start!.Value, SubjectKind.LocalAuthority), f => f.Family == FrameworkFamily.Ilacs);

    private static List<IlacsHistoryRow> Read()
    {
        // One record per line in this file (no quoted line breaks), so record i is line i + 1.
        var lines = SharedCsv.Read(RepositoryPaths.IlacsHistoryCsv);
        var header = lines[0];
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"The CSV has no column '{name}'.");
        int la = Column("local_authority"), published = Column("publication_date"), framework = Column("inspection_framework"),
            start = Column("inspection_start_date"), end = Column("inspection_end_date"), overall = Column("overall_effectiveness_grade"),
            leaders = Column("impact_of_leaders_grade"), hp = Column("help_and_protection_grade"), care = Column("in_care_grade"),
            leavers = Column("care_leavers_grade");

        var rows = new List<IlacsHistoryRow>();
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

            rows.Add(new IlacsHistoryRow(
                i + 1, cells[la], cells[published], cells[framework], Date(cells[start]), Date(cells[end]),
                cells[overall], cells[leaders], cells[hp], cells[care], cells[leavers]));
        }

        return rows;
    }

    private static LocalDate? Date(string cell) =>
        cell.Length == 0 ? null : LocalDate.FromDateTime(DateTime.ParseExact(cell, "dd/MM/yyyy", CultureInfo.InvariantCulture));
}
