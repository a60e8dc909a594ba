using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Inspections.Import.Ofsted;
using Inspections.Import.Record;
using NodaTime;

namespace Inspections.Import.Tests.Ofsted;

/// <summary>
/// Merging the rows of Ofsted's sheets that are one inspection: the same clusters as the pairwise rule (first days
/// of fieldwork within 31 days, publications within 120, a publication within 150 days after a first day), however
/// many rows; and a merge too large to write is reported, the rest written (issue 26).
/// </summary>
public sealed class EventMergingTests
{
    private const string IlacsFile = "ilacs_inspection_history_2018_2025.csv";

    private const string IlacsHeader =
        "ILACS inspection history from 2018-2025\n"
        + "Title line\n"
        + "Web link,Local authority area code,Local authority name,Local authority status,Ofsted region,Inspection date,Publication date,Inspection type,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children who need help and protection,The experiences and progress of children in care,The experiences and progress of care leavers\n";

    private static string Row(string gss, string name, LocalDate start, LocalDate published) =>
        string.Create(CultureInfo.InvariantCulture, $"Ofsted Local Authority Webpage,{gss},{name},Current,London,{start:dd/MM/yyyy},{published:dd/MM/yyyy},ILACS Standard Inspection,Good,Good,Good,Good\n");

    private static OfstedImportResult Import(string text) =>
        OfstedImporter.Import([new KeyValuePair<string, Stream>(IlacsFile, new MemoryStream(Encoding.UTF8.GetBytes(text)))]);

    [Fact]
    public void A_sheet_listing_one_inspection_60000_times_reports_that_inspection_IMP300_and_imports_the_rest()
    {
        var text = new StringBuilder(IlacsHeader);
        var barking = Row("E09000002", "Barking and Dagenham", new LocalDate(2019, 2, 18), new LocalDate(2019, 4, 1));
        for (int n = 0; n < 60_000; n++)
        {
            text.Append(barking);
        }

        text.Append(Row("E09000003", "Barnet", new LocalDate(2019, 5, 13), new LocalDate(2019, 7, 1)));

        var result = Import(text.ToString());

        var barnet = Assert.Single(result.Inspections);
        Assert.Equal("Barnet", barnet.Subject.Name);
        var unwritable = Assert.Single(result.Issues, i => i.Code == "IMP300");
        Assert.True(unwritable.IsError);
        Assert.Equal(4, unwritable.Line);
        Assert.StartsWith(
            "The ilacs-2018 standard-inspection of Barking and Dagenham that this row and 59999 more make cannot be written, so it is not: Written indented, the inspection is ",
            unwritable.Message, StringComparison.Ordinal);
        Assert.Contains("a document may be at most 1 MiB (1,048,576 bytes)", unwritable.Message, StringComparison.Ordinal);
        Assert.Equal(59_999, result.Issues.Count(i => i.Code == ImportCodes.SheetRowRepeated.Code));
        Assert.Same(ImportCodes.MergedDocumentUnwritable, RecordCodes.All.Single(d => d.Code == "IMP300"));
    }

    [Fact]
    public void Many_rows_of_one_authority_merge_into_the_clusters_the_pairwise_rule_makes()
    {
        var random = new Random(2026);
        for (int round = 0; round < 60; round++)
        {
            int count = random.Next(1, 40);
            var rows = new List<(LocalDate Start, LocalDate Published)>();
            var text = new StringBuilder(IlacsHeader);
            for (int n = 0; n < count; n++)
            {
                var start = new LocalDate(2019, 1, 7).PlusDays(random.Next(0, 1200));
                var published = start.PlusDays(random.Next(20, 240));
                rows.Add((start, published));
                text.Append(Row("E09000002", "Barking and Dagenham", start, published));
            }

            var result = Import(text.ToString());

            var expected = PairwiseClusters(rows).Select(c => string.Join(",", c.Select(i => i + 4))).Order(StringComparer.Ordinal).ToList();
            var actual = result.Inspections.Concat(result.Rejected)
                .Select(i => string.Join(",", Regex.Matches(i.Notes!, Regex.Escape(IlacsFile) + @":(\d+)").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()))
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>The rule as docs/data.md states it, pair by pair (quadratic, for the test only).</summary>
    private static List<List<int>> PairwiseClusters(List<(LocalDate Start, LocalDate Published)> rows)
    {
        var parent = Enumerable.Range(0, rows.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        static int Days(LocalDate a, LocalDate b) => Period.DaysBetween(a, b);
        for (int i = 0; i < rows.Count; i++)
        {
            for (int j = i + 1; j < rows.Count; j++)
            {
                var (a, b) = (rows[i], rows[j]);
                bool same = Math.Abs(Days(a.Start, b.Start)) <= 31 || Math.Abs(Days(a.Published, b.Published)) <= 120
                    || Days(a.Start, b.Published) is >= 0 and <= 150 || Days(b.Start, a.Published) is >= 0 and <= 150;
                if (same)
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }

        return [.. Enumerable.Range(0, rows.Count).GroupBy(Find).Select(g => g.ToList())];
    }
}
