using System.Collections.Generic;
using System.Linq;
using Inspections.Core.Catalog;
using Inspections.Core;

namespace Inspections.Import.Ofsted;

/// <summary>
/// Maps a row of the ILACS history or of an in-year sheet (one inspection or visit) to an event: the framework from
/// the first day of fieldwork (the ILACS framework in force that day), the visit type from the type column, grades
/// for standard and short inspections, the theme for focused and monitoring visits.
/// </summary>
/// <remarks>Thread-safe: no state.</remarks>
internal static class IlacsRowMapper
{
    private const string Leavers = "care-leavers";

    /// <summary>Maps a row.</summary>
    /// <param name="row">The row.</param>
    /// <param name="catalog">The catalog whose ILACS frameworks apply.</param>
    /// <param name="events">Where the event goes.</param>
    public static void Map(OfstedRow row, FrameworkCatalog catalog, List<OfficialEvent> events)
    {
        var sheet = row.Layout.Sheet;
        bool hasCode = sheet != OfstedSheet.InYear2022To23;
        bool hasPublished = sheet != OfstedSheet.InYear2022To23;
        bool hasTheme = sheet != OfstedSheet.IlacsHistory;
        string dateColumn = sheet == OfstedSheet.IlacsHistory ? "Inspection date" : "Inspection/Visit date";
        string typeColumn = sheet == OfstedSheet.IlacsHistory ? "Inspection type" : "Inspection/Visit type";
        string[] gradeColumns = sheet == OfstedSheet.InYear2022To23
            ? ["Overall effectiveness", "Impact of leaders", "Experiences and progress of children who need help and protection",
               "Experiences and progress of children in care", "Experiences and progress of care leavers"]
            : ["Overall effectiveness", "The impact of leaders on social work practice with children and families",
               "The experiences and progress of children who need help and protection",
               "The experiences and progress of children in care", "The experiences and progress of care leavers"];

        string name = row["Local authority name"];
        if (!InspectionSubject.IsValidName(name))
        {
            row.Report("Local authority name", ImportCodes.SheetNoAuthority, OfstedMessages.NoAuthority(name, "it is not imported"));
            return;
        }

        string? gss = null;
        if (hasCode)
        {
            string code = row["Local authority area code"];
            if (!InspectionSubject.IsValidGss(code))
            {
                row.Report("Local authority area code", ImportCodes.SheetNoAuthority,
                    $"'{OfstedRow.Shorten(code)}' is not the GSS code of an English local authority (E06, E08, E09 or E10 and six digits), so the row is not imported.");
                return;
            }

            gss = code;
        }

        string typeText = row[typeColumn];
        if (!IlacsType.TryRead(typeText, out string visit))
        {
            row.Report(typeColumn, ImportCodes.SheetUnknownType,
                $"'{OfstedRow.Shorten(typeText)}' is not an inspection or visit type of Ofsted's tables (ILACS Standard Inspection, ILACS Short Inspection, ILACS Focused Visit, LA Monitoring visit), so the row is not imported.");
            return;
        }

        string what = $"this {typeText}";
        if (!row.TryDate(dateColumn, what, out var start))
        {
            return;
        }

        if (start is not { } first)
        {
            row.Report(dateColumn, ImportCodes.SheetInvalidDate, $"The row gives no first day of fieldwork, so {what} is not imported.");
            return;
        }

        var published = default(NodaTime.LocalDate?);
        if (hasPublished)
        {
            if (!row.TryDate("Publication date", what, out published))
            {
                return;
            }

            if (published < first)
            {
                row.Report("Publication date", ImportCodes.PublishedBeforeFieldwork,
                    $"Published on {OfstedRow.Iso(published.Value)}, before fieldwork began on {OfstedRow.Iso(first)}, so {what} is not imported.");
                return;
            }
        }

        var framework = catalog.InForceOn(first, SubjectKind.LocalAuthority).FirstOrDefault(f => f.Id.StartsWith("ilacs-", System.StringComparison.Ordinal));
        if (framework is null)
        {
            row.Report(dateColumn, ImportCodes.SheetNotIlacs,
                $"Fieldwork began on {OfstedRow.Iso(first)}, when no ILACS framework was in force, so {what} is not imported.");
            return;
        }

        var e = new OfficialEvent(framework.Id, visit, name, row.Source()) { Gss = gss, FieldworkStart = first, Published = published };
        e.Columns["fieldwork"] = row.Cell(dateColumn);
        e.Columns["name"] = row.Cell("Local authority name");
        e.Columns["visit"] = row.Cell(typeColumn);
        if (hasPublished)
        {
            e.Columns["published"] = row.Cell("Publication date");
        }

        if (!IlacsType.IsGraded(visit))
        {
            foreach (string column in gradeColumns.Where(c => row[c].Length > 0))
            {
                row.Report(column, ImportCodes.SheetCellContradicts,
                    $"A {typeText} is not graded, but the row gives '{OfstedRow.Shorten(row[column])}', so the row is not imported.");
                return;
            }

            string theme = hasTheme ? row["Visit Theme"] : string.Empty;
            if (theme.Length == 0)
            {
                row.Report(hasTheme ? "Visit Theme" : null, ImportCodes.SheetGradeMissing,
                    $"The row gives no theme for {what}; the visit is imported without one.");
            }
            else if (theme.Length > 200 || theme.Trim().Length == 0)
            {
                row.Report("Visit Theme", ImportCodes.SheetCellContradicts,
                    "The theme is blank or longer than 200 characters, so the row is not imported.");
                return;
            }
            else
            {
                e.Theme = theme;
            }

            events.Add(e);
            return;
        }

        if (hasTheme && row["Visit Theme"].Length > 0)
        {
            row.Report("Visit Theme", ImportCodes.SheetCellContradicts,
                $"A {typeText} has no theme, but the row gives '{OfstedRow.Shorten(row["Visit Theme"])}', so the row is not imported.");
            return;
        }

        // The judgements of the framework in force on the first day of fieldwork.
        var columns = new List<(string, string)>();
        string[] ids = framework.Id switch
        {
            "ilacs-2018" => ["overall-effectiveness", "impact-of-leaders", "children-who-need-help-and-protection", "children-in-care-and-care-leavers", string.Empty],
            "ilacs-2026" => [string.Empty, "impact-of-leaders", "children-who-need-help-and-protection", "children-in-care", Leavers],
            _ => ["overall-effectiveness", "impact-of-leaders", "children-who-need-help-and-protection", "children-in-care", Leavers],
        };
        for (int i = 0; i < gradeColumns.Length; i++)
        {
            if (ids[i].Length > 0)
            {
                columns.Add((gradeColumns[i], ids[i]));
            }
            else if (row[gradeColumns[i]].Length > 0)
            {
                row.Report(gradeColumns[i], ImportCodes.SheetCellContradicts,
                    $"Fieldwork began on {OfstedRow.Iso(first)}, under {framework.Id}, which does not grade this, but the row gives '{OfstedRow.Shorten(row[gradeColumns[i]])}', so the row is not imported.");
                return;
            }
        }

        var outcome = JudgementColumns.Read(row, columns, adequateScale: false, what, e);
        if (outcome == JudgementColumns.Outcome.Empty)
        {
            row.Report(gradeColumns[0], ImportCodes.DateWithoutGrades, $"The row gives no grade for {what}, so it is not imported.");
            return;
        }

        if (outcome == JudgementColumns.Outcome.Read)
        {
            events.Add(e);
        }
    }
}
