using System.Globalization;
using System.Text;
using Inspections.Import;
using Inspections.Import.Ofsted;

namespace Inspections.Import.Tests;

/// <summary>The importers' results print as sentences with ISO dates and invariant numbers, whatever the current culture, never as record dumps.</summary>
public sealed class ImportResultTextTests
{
    private static IlacsImportResult Import(params string[] rows) =>
        IlacsCsvImporter.Import(new StringReader(IlacsCsvSamples.Header + "\n" + string.Join("\n", rows) + "\n"));

    public static TheoryData<string> Cultures => new("th-TH", "ar-SA", "fr-FR");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void An_ILACS_import_prints_its_counts_and_each_row_its_line_inspection_and_warnings(string culture)
    {
        var result = Import(
            "80444,calderdale,https://example.org/r.pdf,r.pdf,19/12/18,standard,A Inspector,12/11/2018,23/11/2018,good,good,to requires improvement,outstanding,inspection_pre_dates_judgement,1",
            "80444,calderdale,,r.pdf,15/05/2024,short,A Inspector,19/02/2024,23/02/2024,good,good,good,good,good,1",
            "not,a,row");

        Assert.Equal(3, result.RowCount);
        Assert.Equal(2, result.Inspections.Length);
        Assert.Single(result.Skipped);
        Assert.Equal("3 rows: 2 inspections imported (1 with warnings), 1 row skipped", In(culture, () => result.ToString()));

        var first = result.Inspections[0];
        Assert.Equal(
            $"line 2: {first.Inspection.FrameworkId} {first.Inspection.VisitTypeId} of calderdale, fieldwork 2018-11-12/2018-11-23; {CountOf(first.Warnings)} warning{(CountOf(first.Warnings) == 1 ? "" : "s")}",
            In(culture, () => first.ToString()));
        Assert.Equal("line 3: ", In(culture, () => result.Inspections[1].ToString())[..8]);
        Assert.DoesNotContain("warning", In(culture, () => result.Inspections[1].ToString()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lookup_authority_prints_its_name_and_codes()
    {
        Assert.Equal("Calderdale (URN 80444, LA 381, GSS E08000033)", new LookupEntry("80444", "Calderdale", 381, "E08000033").ToString());
        Assert.Equal("Somewhere (URN 1)", new LookupEntry("1", "Somewhere", null, null).ToString());
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void An_Ofsted_import_prints_its_files_rows_and_outcomes(string culture)
    {
        var result = OfstedImporter.Import([new KeyValuePair<string, Stream>("a.csv", new MemoryStream(Encoding.UTF8.GetBytes("not,a,sheet\n1,2,3\n")))]);

        string text = In(culture, () => result.ToString());

        Assert.False(result.AllRecognised);
        Assert.Equal(
            $"1 file (0 recognised), {result.RowCount} row{(result.RowCount == 1 ? "" : "s")}: 0 inspections, 0 rejected; {CountOf(result.Skipped)} skipped, {CountOf(result.Warnings)} warning{(CountOf(result.Warnings) == 1 ? "" : "s")}",
            text);
        Assert.DoesNotContain(" = ", text, StringComparison.Ordinal);
    }

    // Counts whatever shape the issues come in (an array, a list of diagnostics).
    private static int CountOf<T>(IReadOnlyCollection<T> items) => items.Count;

    private static string In(string culture, Func<string> print)
    {
        var was = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return print();
        }
        finally
        {
            CultureInfo.CurrentCulture = was;
        }
    }
}
