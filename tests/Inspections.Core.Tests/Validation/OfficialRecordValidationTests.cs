// Reads ../shared/data/ofsted/la_inspections_2009_2023.csv: Contains public sector information licensed under the
// Open Government Licence v3.0 (SPDX: OGL-UK-3.0).
using System.Text;
using Inspections.Core;
using Inspections.Core.Validation;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Core.Tests.Validation;

/// <summary>
/// Every first SIF inspection in Ofsted's official table (publication date only; "-" for a judgement not judged)
/// is a valid inspection as the model writes it: no INS002 without fieldwork, no INS030 from the six-month window,
/// no INS014 or INS016 for a judgement not judged.
/// </summary>
public sealed class OfficialRecordValidationTests
{
    private static readonly string[] SifJudgements =
    [
        "overall-effectiveness",
        "children-who-need-help-and-protection",
        "children-looked-after-and-achieving-permanence",
        "adoption-performance",
        "experiences-and-progress-of-care-leavers",
        "leadership-management-and-governance",
    ];

    [SharedDataFact]
    public void Every_first_SIF_inspection_of_the_official_table_is_valid_with_its_judgements_not_judged()
    {
        var inspections = FirstSifInspections().ToList();

        // Table 1 has 152 authorities; the four made by reorganisation after 2019 (Bournemouth, Christchurch and Poole;
        // Dorset; North and West Northamptonshire) have no first SIF. Counted independently with Python's csv module.
        Assert.Equal(148, inspections.Count);
        Assert.Equal(2, inspections.Count(i => !i.NotJudgedIds.IsEmpty));
        Assert.All(inspections, inspection => Assert.True(
            InspectionValidator.Validate(inspection).IsValid,
            $"{inspection.Subject.Name}: {string.Join("; ", InspectionValidator.Validate(inspection))}"));
    }

    [SharedDataFact]
    public void The_table_has_the_two_authorities_its_notes_name_with_judgements_not_judged()
    {
        var notJudged = FirstSifInspections().Where(i => !i.NotJudgedIds.IsEmpty).ToDictionary(i => i.Subject.Name, i => i.NotJudgedIds);

        Assert.Equal(["adoption-performance"], notJudged["City of London"].ToArray());
        Assert.Equal(
            ["children-looked-after-and-achieving-permanence", "adoption-performance", "experiences-and-progress-of-care-leavers"],
            notJudged["Isles of Scilly"].ToArray());
    }

    private static IEnumerable<Inspection> FirstSifInspections()
    {
        var path = RepositoryPaths.OfficialSheet("la_inspections_2009_2023.csv");
        var rows = ReadCsv(File.ReadAllText(path));
        int headerRow = rows.FindIndex(r => r.Count > 1 && r[0] == "Web link");
        var header = rows[headerRow];
        int published = header.FindIndex(h => h.Contains("First SIF publication date", StringComparison.Ordinal));

        // Table 1 only: it ends at table 11's title line.
        foreach (var row in rows.Skip(headerRow + 1).TakeWhile(r => r.Count > 1))
        {
            if (row.Count <= published || row[published].Length == 0)
            {
                continue;
            }

            var grades = new List<(string, string)>();
            var notJudged = new List<string>();
            for (int k = 0; k < SifJudgements.Length; k++)
            {
                string cell = row[published + 1 + k];
                if (cell == "-")
                {
                    notJudged.Add(SifJudgements[k]);
                }
                else
                {
                    grades.Add((SifJudgements[k], GradeId(cell)));
                }
            }

            yield return new Inspection(
                "sif-2013",
                "full-inspection",
                new InspectionSubject(SubjectKind.LocalAuthority, row[1]),
                null,
                JudgementGrades.Create([.. grades]))
            {
                Published = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy").Parse(row[published]).Value,
                NotJudgedIds = [.. notJudged],
            };
        }
    }

    private static string GradeId(string cell) => cell switch
    {
        "Outstanding" => "outstanding",
        "Good" => "good",
        "Requires improvement to be good" => "requires-improvement",
        "Inadequate" => "inadequate",
        _ => throw new InvalidDataException($"'{cell}' is not a SIF grade in the official table."),
    };

    /// <summary>RFC 4180: quoted fields may hold commas, doubled quotes and line breaks (the table's headers do).</summary>
    private static List<List<string>> ReadCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
