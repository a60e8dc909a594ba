using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core;
using Inspections.Core.Authorities;

namespace Inspections.Import.Ofsted;

/// <summary>
/// Maps a row of the 2009–2023 table (one local authority, a group of columns per kind of inspection) to one event
/// per group that has a date: SLAC (<c>slac-2009</c> <c>full-inspection</c>), the SLAC re-inspection of one strand
/// (<c>safeguarding-reinspection</c>, <c>looked-after-reinspection</c>), CPI and CPRI
/// (<c>protection-of-children-2012</c> <c>full-inspection</c>, <c>re-inspection</c>), TLAC
/// (<c>looked-after-children-2013</c> <c>targeted-inspection</c>), the first SIF (<c>sif-2013</c>
/// <c>full-inspection</c>) and its LSCB review (<c>lscb-review</c>, its own document), the SIF re-inspection, and
/// the first and second ILACS inspections. The table gives publication dates only.
/// </summary>
/// <remarks>Thread-safe: no state.</remarks>
internal static class History2009Mapper
{
    private const string Slac = FrameworkIds.Slac2009, Cpi = FrameworkIds.ProtectionOfChildren2012, Tlac = FrameworkIds.LookedAfterChildren2013, Sif = FrameworkIds.Sif2013;

    /// <summary>
    /// The GSS code and DfE number of an authority of table 11, abolished before the 2009–2023 table was published
    /// (Bournemouth, Poole and Dorset county on 1 April 2019; Northamptonshire on 1 April 2021), from the register,
    /// which states who succeeded whom once (<see cref="Reorganisation"/>). A name there may also be a current
    /// authority's (Dorset Council), so table 11 is not matched by name alone: a name of an abolished authority is
    /// that authority; a current authority's name is its one abolished predecessor (Dorset County Council for Dorset).
    /// </summary>
    /// <param name="name">The table's name.</param>
    /// <returns>The codes, or null when the register knows no abolished authority by the name.</returns>
    public static (string Gss, int La)? Table11Codes(string name)
    {
        var register = LocalAuthorityRegister.Default;
        if (!register.TryResolve(name, out var named))
        {
            return null;
        }

        var abolished = named.IsCurrent ? register.PredecessorsOf(named).Where(p => !p.IsCurrent).ToList() : [named];
        return abolished.Count == 1 && abolished[0].DfeNumber is { } la ? (abolished[0].GssCode, la) : null;
    }

    private static readonly ImmutableArray<ColumnGroup> Fixed =
    [
        new("SLAC", Slac, "full-inspection", "Safeguarding & Looked After Children (SLAC) Inspection publication date", null,
        [
            ("SLAC Safeguarding Overall effectiveness (OE)", "safeguarding-overall-effectiveness"),
            ("SLAC Looked After Children Overall Effectiveness (OE)", "looked-after-overall-effectiveness"),
        ], AdequateScale: true),
        new("SLAC re-inspection of safeguarding", Slac, "safeguarding-reinspection", "SLAC re-inspection of Safeguarding publication date", null,
            [("SLAC re-inspection Safeguarding OE", "safeguarding-overall-effectiveness")], AdequateScale: true),
        new("SLAC re-inspection of services for children looked after", Slac, "looked-after-reinspection",
            "SLAC re-inspection of services for Children Looked After publication date", null,
            [("SLAC re-inspection of services Children Looked After OE", "looked-after-overall-effectiveness")], AdequateScale: true),
        new("CPI", Cpi, "full-inspection", "Child Protection Inspections (CPI) publication date", null,
            [("CPI Overall Effectiveness (OE)", "overall-effectiveness")], AdequateScale: true),
        new("CPRI", Cpi, "re-inspection", "Child Protection Re-Inspection (CPRI) publication date", null,
            [("CPRI Overall Effectiveness (OE)", "overall-effectiveness")], AdequateScale: true),
        new("TLAC", Tlac, "targeted-inspection", "Targeted Looked After Children (TLAC) inspection publication date", null,
            [("TLAC Overall Effectiveness (OE)", "overall-effectiveness")], AdequateScale: true),
        SifGroup("first SIF", "First SIF", "full-inspection"),
        new("LSCB review", Sif, "lscb-review", "Single Inspection of LA Children's Services (SIF) First SIF publication date", null,
            [("LSCB Overall Effectiveness", "lscb-effectiveness")], AdequateScale: false),
        SifGroup("SIF re-inspection", "SIF Re-inspection", "re-inspection"),
    ];

    /// <summary>Maps a row.</summary>
    /// <param name="row">The row.</param>
    /// <param name="events">Where the events go.</param>
    public static void Map(OfstedRow row, List<OfficialEvent> events)
    {
        string name = row["Local authority name"];
        if (!InspectionSubject.IsValidName(name))
        {
            OfstedRow.ReportNoAuthority(row, name, "none of its inspections is imported");
            return;
        }

        (string Gss, int La)? old = row.Layout.Table == "table 11" ? Table11Codes(name) : null;
        var groups = Fixed.ToList();
        string prefix = row.Layout.Table == "table 11" ? string.Empty : "First ";
        groups.Add(IlacsGroup("first ILACS", prefix, combined: true, framework: FrameworkIds.Ilacs2018));
        if (row.Layout.Has("Second ILACS framework publication date"))
        {
            bool careLeavers = row["Second ILACS framework experiences and progress of care leavers"].Length > 0;
            groups.Add(IlacsGroup("second ILACS", "Second ", combined: !careLeavers, framework: careLeavers ? FrameworkIds.Ilacs2023 : FrameworkIds.Ilacs2018));
        }

        foreach (var group in groups)
        {
            var e = MapGroup(row, name, group);
            if (e is not null)
            {
                if (old is { } o)
                {
                    e.Gss = o.Gss;
                    e.La = o.La;
                    e.Remark($"Ofsted's table 11 lists {name} as it was before reorganisation.");
                }

                events.Add(e);
            }
        }
    }

    private static OfficialEvent? MapGroup(OfstedRow row, string name, ColumnGroup group)
    {
        string what = $"the {group.Name} inspection";
        if (!row.TryDate(group.DateColumn, what, out var published))
        {
            return null;
        }

        string visit = group.Visit;
        string typeText = group.TypeColumn is null ? string.Empty : row[group.TypeColumn];
        bool graded = JudgementColumns.AnyGiven(row, group.Judgements);
        if (published is null)
        {
            if (graded || typeText.Length > 0)
            {
                row.Report(group.DateColumn, ImportCodes.GradesWithoutDate, group.Name, what);
            }

            return null;
        }

        if (!graded)
        {
            row.Report(group.DateColumn, ImportCodes.DateWithoutGrades, group.Name, what);
            return null;
        }

        if (group.TypeColumn is not null)
        {
            if (!IlacsType.TryRead(typeText, out visit) || !IlacsType.IsGraded(visit))
            {
                row.Report(group.TypeColumn, ImportCodes.SheetNotIlacsType, ImportIssue.Quote(typeText), what);
                return null;
            }
        }

        var e = new OfficialEvent(group.Framework, visit, name, row.Source(group.Name)) { Published = published };
        e.Columns["published"] = row.Cell(group.DateColumn);
        e.Columns["name"] = row.Cell("Local authority name");
        e.Columns["visit"] = row.Cell(group.TypeColumn ?? group.DateColumn);
        return JudgementColumns.Read(row, group.Judgements, group.AdequateScale, what, e) == JudgementColumns.Outcome.Read ? e : null;
    }

    private static ColumnGroup SifGroup(string name, string prefix, string visit) => new(
        name, Sif, visit, $"Single Inspection of LA Children's Services (SIF) {prefix} publication date", null,
        [
            ($"{prefix} Overall Judgement\n(OE)", "overall-effectiveness"),
            ($"{prefix} children who need help and protection", "children-who-need-help-and-protection"),
            ($"{prefix} children looked after and achieving permanence", "children-looked-after-and-achieving-permanence"),
            ($"{prefix} CLA Sub: Adoption Performance", "adoption-performance"),
            ($"{prefix} CLA Sub: Experiences and progress of care leavers", "experiences-and-progress-of-care-leavers"),
            ($"{prefix} leadership, management and governance", "leadership-management-and-governance"),
        ], AdequateScale: false);

    private static ColumnGroup IlacsGroup(string name, string prefix, bool combined, string framework)
    {
        var judgements = new List<(string, string)>
        {
            ($"{prefix}ILACS framework overall effectiveness", "overall-effectiveness"),
            ($"{prefix}ILACS framework impact of leaders", "impact-of-leaders"),
            ($"{prefix}ILACS framework experiences and progress of children who need help and protection", "children-who-need-help-and-protection"),
        };
        if (prefix == "Second ")
        {
            judgements.Add(($"{prefix}ILACS framework experiences and progress of children in care", combined ? "children-in-care-and-care-leavers" : "children-in-care"));
            if (!combined)
            {
                judgements.Add(($"{prefix}ILACS framework experiences and progress of care leavers", "care-leavers"));
            }
        }
        else
        {
            judgements.Add(($"{prefix}ILACS framework experiences and progress of children in care and care leavers", "children-in-care-and-care-leavers"));
        }

        return new ColumnGroup(name, framework, "standard-inspection", $"{prefix}ILACS framework publication date",
            $"{prefix}ILACS framework inspection type", [.. judgements], AdequateScale: false);
    }
}
