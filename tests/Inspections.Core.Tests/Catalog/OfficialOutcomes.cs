// Reads Ofsted's official statistics (Open Government Licence v3.0): "Contains public sector information licensed
// under the Open Government Licence v3.0."
using Inspections.Core.Catalog;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Tests.Catalog;

/// <summary>
/// One published outcome of Ofsted's official tables, typed against the catalog: which framework and visit type it
/// was, its dates, and each judgement's cell ("-" for not judged) by judgement id.
/// </summary>
internal sealed record OfficialOutcome(
    OfficialRow Row,
    string Kind,
    string Framework,
    string Visit,
    LocalDate? Published,
    LocalDate? FieldworkStart,
    IReadOnlyList<(string Judgement, string Cell)> Cells)
{
    /// <summary>The judgements graded, with the grade ids as given at the time.</summary>
    public JudgementGrades Grades
    {
        get
        {
            var scale = FrameworkCatalog.Default.Get(Framework).Scale;
            return JudgementGrades.Create(Cells
                .Select(c => (c.Judgement, Grade: OfficialRows.Grade(c.Cell, scale)))
                .Where(c => c.Grade is not null)
                .Select(c => (c.Judgement, c.Grade!))
                .ToArray());
        }
    }

    /// <summary>The judgements the table marks "-" (not judged).</summary>
    public IEnumerable<string> NotJudged => Cells.Where(c => c.Cell == "-").Select(c => c.Judgement);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Row.Authority} ({Row.File}:{Row.Line})";
}

/// <summary>
/// Every published outcome of the four official tables, one per inspection cell group: the 2009–2023 history's
/// SLAC, SLAC re-inspection, CPI, CPRI, TLAC, first SIF, LSCB review, SIF re-inspection and ILACS columns; the
/// ILACS history's rows; the in-year tables' graded inspections.
/// </summary>
internal static class OfficialOutcomes
{
    public const string SlacPublished = "Safeguarding & Looked After Children (SLAC) Inspection publication date";
    public const string SlacSafeguardingReinspectionPublished = "SLAC re-inspection of Safeguarding publication date";
    public const string SlacLookedAfterReinspectionPublished = "SLAC re-inspection of services for Children Looked After publication date";
    public const string CpiPublished = "Child Protection Inspections (CPI) publication date";
    public const string CpriPublished = "Child Protection Re-Inspection (CPRI) publication date";
    public const string TlacPublished = "Targeted Looked After Children (TLAC) inspection publication date";
    public const string FirstSifPublished = "Single Inspection of LA Children's Services (SIF) First SIF publication date";
    public const string SifReinspectionPublished = "Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date";

    private static readonly Lazy<IReadOnlyList<OfficialOutcome>> s_all = new(ReadAll);

    /// <summary>Every outcome, in file and row order.</summary>
    public static IReadOnlyList<OfficialOutcome> All => s_all.Value;

    /// <summary>The outcomes of one kind, such as "first SIF".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The outcomes.</returns>
    public static IEnumerable<OfficialOutcome> OfKind(string kind) => All.Where(o => o.Kind == kind);

    private static List<OfficialOutcome> ReadAll()
    {
        var all = new List<OfficialOutcome>();
        foreach (var row in OfficialRows.Read(OfficialRows.History2009To2023))
        {
            AddIfPublished(all, row, "SLAC", "slac-2009", "full-inspection", SlacPublished,
                ("safeguarding-overall-effectiveness", "SLAC Safeguarding Overall effectiveness (OE)"),
                ("looked-after-overall-effectiveness", "SLAC Looked After Children Overall Effectiveness (OE)"));
            AddIfPublished(all, row, "SLAC safeguarding re-inspection", "slac-2009", "safeguarding-reinspection", SlacSafeguardingReinspectionPublished,
                ("safeguarding-overall-effectiveness", "SLAC re-inspection Safeguarding OE"));
            AddIfPublished(all, row, "SLAC looked after re-inspection", "slac-2009", "looked-after-reinspection", SlacLookedAfterReinspectionPublished,
                ("looked-after-overall-effectiveness", "SLAC re-inspection of services Children Looked After OE"));
            AddIfPublished(all, row, "CPI", "protection-of-children-2012", "full-inspection", CpiPublished,
                ("overall-effectiveness", "CPI Overall Effectiveness (OE)"));
            AddIfPublished(all, row, "CPRI", "protection-of-children-2012", "re-inspection", CpriPublished,
                ("overall-effectiveness", "CPRI Overall Effectiveness (OE)"));
            AddIfPublished(all, row, "TLAC", "looked-after-children-2013", "targeted-inspection", TlacPublished,
                ("overall-effectiveness", "TLAC Overall Effectiveness (OE)"));
            AddIfPublished(all, row, "first SIF", "sif-2013", "full-inspection", FirstSifPublished, Sif("First SIF"));
            AddIfPublished(all, row, "LSCB review", "sif-2013", "lscb-review", FirstSifPublished,
                ("lscb-effectiveness", "LSCB Overall Effectiveness"));
            AddIfPublished(all, row, "SIF re-inspection", "sif-2013", "re-inspection", SifReinspectionPublished, Sif("SIF Re-inspection"));
            foreach (string prefix in new[] { "First ILACS framework", "Second ILACS framework", "ILACS framework" })
            {
                AddIlacs(all, row, prefix);
            }
        }

        foreach (var row in OfficialRows.Read(OfficialRows.IlacsHistory))
        {
            AddDated(all, row, "ILACS history", row.Cell("Inspection type"), row.Date("Inspection date"), row.Date("Publication date"),
                "Overall effectiveness", "The impact of leaders on social work practice with children and families",
                "The experiences and progress of children who need help and protection", "The experiences and progress of children in care",
                "The experiences and progress of care leavers");
        }

        foreach (var row in OfficialRows.Read(OfficialRows.InYear2022To23))
        {
            AddDated(all, row, "in-year 2022-23", row.Cell("Inspection/Visit type"), row.Date("Inspection/Visit date"), null,
                "Overall effectiveness", "Impact of leaders", "Experiences and progress of children who need help and protection",
                "Experiences and progress of children in care", "Experiences and progress of care leavers");
        }

        foreach (var row in OfficialRows.Read(OfficialRows.InYear2024To25))
        {
            AddDated(all, row, "in-year 2024-25", row.Cell("Inspection/Visit type"), row.Date("Inspection/Visit date"), row.Date("Publication date"),
                "Overall effectiveness", "The impact of leaders on social work practice with children and families",
                "The experiences and progress of children who need help and protection", "The experiences and progress of children in care",
                "The experiences and progress of care leavers");
        }

        return all;
    }

    private static (string, string)[] Sif(string prefix) =>
    [
        ("overall-effectiveness", $"{prefix} Overall Judgement (OE)"),
        ("children-who-need-help-and-protection", $"{prefix} children who need help and protection"),
        ("children-looked-after-and-achieving-permanence", $"{prefix} children looked after and achieving permanence"),
        ("adoption-performance", $"{prefix} CLA Sub: Adoption Performance"),
        ("experiences-and-progress-of-care-leavers", $"{prefix} CLA Sub: Experiences and progress of care leavers"),
        ("leadership-management-and-governance", $"{prefix} leadership, management and governance"),
    ];

    private static void AddIfPublished(
        List<OfficialOutcome> all, OfficialRow row, string kind, string framework, string visit, string publishedHeader, params (string Judgement, string Header)[] columns)
    {
        if (row.Date(publishedHeader) is not { } published)
        {
            return;
        }

        all.Add(new OfficialOutcome(row, kind, framework, visit, published, null, columns.Select(c => (c.Judgement, row.Cell(c.Header))).ToArray()));
    }

    private static void AddIlacs(List<OfficialOutcome> all, OfficialRow row, string prefix)
    {
        if (row.Date($"{prefix} publication date") is not { } published)
        {
            return;
        }

        // The first ILACS columns (and table 11's) are the 2018 framework's four judgements; the second ILACS
        // columns split care leavers out, which is the 2023 framework where that cell is filled.
        string careLeavers = row.Cell($"{prefix} experiences and progress of care leavers");
        string inCare = row.HasColumn($"{prefix} experiences and progress of children in care and care leavers")
            ? row.Cell($"{prefix} experiences and progress of children in care and care leavers")
            : row.Cell($"{prefix} experiences and progress of children in care");
        var cells = new List<(string, string)>
        {
            ("overall-effectiveness", row.Cell($"{prefix} overall effectiveness")),
            ("impact-of-leaders", row.Cell($"{prefix} impact of leaders")),
            ("children-who-need-help-and-protection", row.Cell($"{prefix} experiences and progress of children who need help and protection")),
        };
        string framework;
        if (careLeavers.Length > 0)
        {
            framework = "ilacs-2023";
            cells.Add(("children-in-care", inCare));
            cells.Add(("care-leavers", careLeavers));
        }
        else
        {
            framework = "ilacs-2018";
            cells.Add(("children-in-care-and-care-leavers", inCare));
        }

        all.Add(new OfficialOutcome(row, $"{prefix} (2009–2023 table)", framework, Visit(row.Cell($"{prefix} inspection type"), row), published, null, cells));
    }

    private static void AddDated(
        List<OfficialOutcome> all, OfficialRow row, string kind, string type, LocalDate? start, LocalDate? published,
        string overall, string leaders, string helpAndProtection, string inCare, string careLeavers)
    {
        if (type is not ("ILACS Standard Inspection" or "ILACS Short Inspection"))
        {
            return; // Focused and monitoring visits are ungraded.
        }

        var first = start ?? throw new FormatException($"{row}: a graded inspection without its date.");
        var cells = new List<(string, string)>
        {
            ("overall-effectiveness", row.Cell(overall)),
            ("impact-of-leaders", row.Cell(leaders)),
            ("children-who-need-help-and-protection", row.Cell(helpAndProtection)),
        };
        string framework;
        if (first >= new LocalDate(2023, 1, 1))
        {
            framework = "ilacs-2023";
            cells.Add(("children-in-care", row.Cell(inCare)));
            cells.Add(("care-leavers", row.Cell(careLeavers)));
        }
        else
        {
            framework = "ilacs-2018";
            cells.Add(("children-in-care-and-care-leavers", row.Cell(inCare)));
            if (row.Cell(careLeavers).Length > 0)
            {
                throw new FormatException($"{row}: a care leavers grade on an inspection that began before 1 January 2023.");
            }
        }

        all.Add(new OfficialOutcome(row, kind, framework, Visit(type, row), published, first, cells));
    }

    private static string Visit(string type, OfficialRow row) => type switch
    {
        "ILACS Standard Inspection" => "standard-inspection",
        "ILACS Short Inspection" => "short-inspection",
        _ => throw new FormatException($"{row}: '{type}' is not an ILACS inspection type."),
    };
}
