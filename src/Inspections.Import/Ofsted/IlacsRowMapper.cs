using System.Collections.Generic;
using System.Linq;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
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

    /// <summary>The most characters a visit's theme may have (no real one is near it).</summary>
    private const int MaxThemeLength = 200;

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
            OfstedRow.ReportNoAuthority(row, name, "it is not imported");
            return;
        }

        string? gss = null;
        if (hasCode)
        {
            string code = row["Local authority area code"];
            if (!InspectionSubject.IsValidGss(code))
            {
                row.Report("Local authority area code", ImportCodes.SheetInvalidGss, ImportIssue.Quote(code));
                return;
            }

            gss = code;
        }

        string typeText = row[typeColumn];
        if (!IlacsType.TryRead(typeText, out string visit))
        {
            row.Report(typeColumn, ImportCodes.SheetUnknownType, ImportIssue.Quote(typeText));
            return;
        }

        string what = $"this {typeText}";
        if (!row.TryDate(dateColumn, what, out var start))
        {
            return;
        }

        if (start is not { } first)
        {
            row.Report(dateColumn, ImportCodes.NoFieldworkStart, what);
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
                row.Report("Publication date", ImportCodes.PublishedBeforeFieldwork, published.Value, first, what);
                return;
            }
        }

        var framework = catalog.InForceOn(first, SubjectKind.LocalAuthority).FirstOrDefault(f => f.Family == FrameworkFamily.Ilacs);
        if (framework is null)
        {
            row.Report(dateColumn, ImportCodes.SheetNotIlacs, first, what);
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
                row.Report(column, ImportCodes.GradedVisit, typeText, ImportIssue.Quote(row[column]));
                return;
            }

            string theme = hasTheme ? row["Visit Theme"] : string.Empty;
            if (theme.Length == 0)
            {
                row.Report(hasTheme ? "Visit Theme" : null, ImportCodes.NoThemeGiven, what);
            }
            else if (theme.Length > MaxThemeLength || theme.Trim().Length == 0)
            {
                row.Report("Visit Theme", ImportCodes.ThemeInvalid, MaxThemeLength);
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
            row.Report("Visit Theme", ImportCodes.ThemeOnGradedInspection, typeText, ImportIssue.Quote(row["Visit Theme"]));
            return;
        }

        // The judgements of the framework in force on the first day of fieldwork.
        var columns = new List<(string, string)>();
        string[] ids = framework.Id switch
        {
            FrameworkIds.Ilacs2018 => ["overall-effectiveness", "impact-of-leaders", "children-who-need-help-and-protection", "children-in-care-and-care-leavers", string.Empty],
            FrameworkIds.Ilacs2026 => [string.Empty, "impact-of-leaders", "children-who-need-help-and-protection", "children-in-care", Leavers],
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
                row.Report(gradeColumns[i], ImportCodes.GradeNotOfFramework, first, framework.Id, ImportIssue.Quote(row[gradeColumns[i]]));
                return;
            }
        }

        var outcome = JudgementColumns.Read(row, columns, adequateScale: false, what, e);
        if (outcome == JudgementColumns.Outcome.Empty)
        {
            row.Report(gradeColumns[0], ImportCodes.NoGradeInRow, what);
            return;
        }

        if (outcome == JudgementColumns.Outcome.Read)
        {
            events.Add(e);
        }
    }
}
