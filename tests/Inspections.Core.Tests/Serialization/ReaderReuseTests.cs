using System.Text;
using Inspections.Core.Serialization;
using Inspections.Core.Catalog;

namespace Inspections.Core.Tests.Serialization;

/// <summary>
/// The reader keeps its working state (the draft, the source map, their lists) for the thread's next document. Nothing
/// of one document may reach the next: every document reads as it does on a thread that has read nothing before.
/// </summary>
public sealed class ReaderReuseTests
{
    private static readonly string Calderdale = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "sif-2013-calderdale-2015.json"));

    // Everything a reader records: judgements, notJudged, recommendations (with a timescale), every optional property.
    private const string Full = """
        {
          "schema": "inspections/v1",
          "framework": "sif-2013",
          "visit": "full-inspection",
          "theme": "Children in care",
          "subject": { "kind": "local-authority", "name": "Isles of Scilly", "gss": "E06000053", "la": 420 },
          "fieldwork": { "start": "2016-01-11", "end": "2016-02-03" },
          "published": "2016-04-15",
          "judgements": {
            "overall-effectiveness": "good",
            "children-who-need-help-and-protection": "good",
            "leadership-management-and-governance": "good"
          },
          "notJudged": ["experiences-and-progress-of-care-leavers", "children-looked-after-and-achieving-permanence", "adoption-performance"],
          "recommendations": [ { "text": "One.", "timescale": "immediately" }, { "text": "Two." } ],
          "source": "https://files.ofsted.gov.uk/v1/file/1",
          "notes": "n"
        }
        """;

    // Lacks what the documents before it give: judgements, fieldwork, published; one recommendation without a timescale.
    private const string Sparse = """
        {
          "schema": "inspections/v1",
          "framework": "sif-2013",
          "visit": "full-inspection",
          "subject": { "kind": "local-authority", "name": "Nowhere" },
          "recommendations": [ { "text": "Only." } ]
        }
        """;

    // Breaks a validation rule (leadership inadequate, overall not), so its diagnostic is located through the source map.
    private static string RuleBroken => File.ReadAllText(Path.Combine(RepositoryPaths.InvalidExamples, "INS020-rule-broken.json"));

    private static string Broken => """
        { "schema": "inspections/v2", "framework": "", "visit": 3, "subject": { "kind": "council", "name": " " },
          "fieldwork": { "start": "2015-02-30" }, "judgements": { "a": "", "a": "b", "c": 1 }, "notJudged": [""],
          "recommendations": [ { "text": " " }, null ], "extra": true }
        """;

    private static string ManyJudgements
    {
        get
        {
            var judgements = string.Join(",\n    ", Enumerable.Range(0, 300).Select(i => $"\"judgement-{i}\": \"good\""));
            var notJudged = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"\"other-{i}\""));
            var recommendations = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"{{ \"text\": \"R{i}\", \"timescale\": \"t{i}\" }}"));
            return $$"""
                {
                  "schema": "inspections/v1", "framework": "sif-2013", "visit": "full-inspection",
                  "subject": { "kind": "local-authority", "name": "Many" },
                  "fieldwork": { "start": "2016-01-11", "end": "2016-02-03" },
                  "judgements": {
                    {{judgements}}
                  },
                  "notJudged": [{{notJudged}}],
                  "recommendations": [{{recommendations}}]
                }
                """;
        }
    }

    private static readonly string[] Names = ["Calderdale", "Full", "Sparse", "RuleBroken", "Broken", "ManyJudgements"];

    public static TheoryData<string> Documents => new(Names);

    private static string Document(string name) => name switch
    {
        "Calderdale" => Calderdale,
        "Full" => Full,
        "Sparse" => Sparse,
        "RuleBroken" => RuleBroken,
        "Broken" => Broken,
        _ => ManyJudgements,
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_reads_the_same_after_any_other_document_as_on_a_thread_that_read_nothing(string name)
    {
        string document = Document(name);
        var fresh = OnNewThread(() => Describe(InspectionJson.Read(document, FrameworkCatalog.Default)));
        Assert.NotEmpty(fresh);

        foreach (string before in Names)
        {
            var after = OnNewThread(() =>
            {
                InspectionJson.Read(Document(before), FrameworkCatalog.Default);
                InspectionJson.Read(Encoding.UTF8.GetBytes(Document(before)));
                return Describe(InspectionJson.Read(document, FrameworkCatalog.Default));
            });
            Assert.Equal(fresh, after);
        }
    }

    [Fact]
    public void The_inspection_read_keeps_its_values_when_the_thread_reads_the_next_document()
    {
        var first = InspectionJson.Parse(Full);
        string written = InspectionJson.Write(first);

        InspectionJson.Read(Sparse);
        InspectionJson.Read(Broken);
        InspectionJson.Parse(ManyJudgements);

        Assert.Equal(3, first.Judgements.Count);
        Assert.Equal(3, first.NotJudgedIds.Length);
        Assert.Equal(2, first.Recommendations.Length);
        Assert.Equal(written, InspectionJson.Write(first));
    }

    [Fact]
    public void Threads_reading_at_once_read_what_one_thread_reads()
    {
        string[] names = Names;
        var expected = names.ToDictionary(n => n, n => OnNewThread(() => Describe(InspectionJson.Read(Document(n), FrameworkCatalog.Default))));

        var results = new System.Collections.Concurrent.ConcurrentBag<(string Name, string Description)>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            string n = names[i % names.Length];
            results.Add((n, Describe(InspectionJson.Read(Document(n), FrameworkCatalog.Default))));
        });

        Assert.Equal(400, results.Count);
        Assert.All(results, r => Assert.Equal(expected[r.Name], r.Description));
    }

    [Theory]
    [InlineData("\"schema\": \"inspections\\/v1\"")]
    [InlineData("\"schema\": \"inspections\\u002fv1\"")]
    [InlineData("\"kind\": \"local\\u002dauthority\"")]
    [InlineData("\"start\": \"2015\\u002d01-13\"")]
    [InlineData("\"end\": \"2015-02-0\\u0034\"")]
    [InlineData("\"published\": \"\\u0032015-03-20\"")]
    [InlineData("\"framework\": \"sif\\u002d2013\"")]
    [InlineData("\"visit\": \"full-inspectio\\u006e\"")]
    [InlineData("\"adoption-performance\": \"inadequat\\u0065\"")]
    [InlineData("\"timescale\": \"immediatel\\u0079\"")]
    public void An_escaped_schema_kind_date_or_id_reads_as_the_same_value_unescaped(string escaped)
    {
        string property = escaped[..(escaped.IndexOf(':') + 1)];
        int at = Calderdale.IndexOf(property, StringComparison.Ordinal);
        int end = Calderdale.IndexOf('"', Calderdale.IndexOf('"', at + property.Length) + 1) + 1;
        string document = Calderdale[..at] + escaped + Calderdale[end..];
        Assert.NotEqual(Calderdale, document);

        var read = InspectionJson.Read(document, FrameworkCatalog.Default);

        Assert.True(read.IsValid, string.Join("; ", read.Diagnostics));
        Assert.Equal(InspectionJson.Write(InspectionJson.Parse(Calderdale)), InspectionJson.Write(read.Inspection!));
    }

    [Theory]
    [InlineData("2015-02-29", "February 2015 has 28 days")]
    [InlineData("2016-02-30", "February 2016 has 29 days")]
    [InlineData("0000-01-01", "years run from 0001 to 9999")]
    [InlineData("2015-13-01", "there is no month 13")]
    [InlineData("2015-1-013", "form yyyy-MM-dd")]
    [InlineData("2015-01-1a", "form yyyy-MM-dd")]
    [InlineData("+015-01-13", "form yyyy-MM-dd")]
    public void A_date_the_quick_path_refuses_is_reported_as_before(string date, string expected)
    {
        string document = Calderdale.Replace("\"2015-01-13\"", $"\"{date}\"", StringComparison.Ordinal);

        var read = InspectionJson.Read(document);

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal("$.fieldwork.start", diagnostic.Path);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_id_reads_as_the_catalogs_own_string_and_an_unknown_one_as_written()
    {
        var inspection = InspectionJson.Read(Calderdale.Replace("\"leadership-management-and-governance\"", "\"leadership\"", StringComparison.Ordinal)).Inspection!;
        var sif = FrameworkCatalog.Default[FrameworkIds.Sif2013];

        Assert.Same(sif.Id, inspection.FrameworkId);
        Assert.Same(sif.Judgements.Single(j => j.Id == JudgementIds.OverallEffectiveness).Id, inspection.Judgements[0].JudgementId);
        Assert.Equal("leadership", inspection.Judgements[^1].JudgementId);
        Assert.Equal("requires-improvement", inspection.Judgements[^1].GradeId);
    }

    [Fact]
    public void The_leap_day_of_a_leap_year_reads()
    {
        var inspection = InspectionJson.Parse(Calderdale.Replace("\"2015-01-13\"", "\"2012-02-29\"", StringComparison.Ordinal));

        Assert.Equal(new NodaTime.LocalDate(2012, 2, 29), inspection.Fieldwork!.Value.Start);
    }

    private static string Describe(InspectionReadResult result) => string.Join("\n", (string[])
        [
            result.Inspection is null ? "no inspection" : InspectionJson.Write(result.Inspection),
            .. result.Diagnostics.Select(d => $"{d.Code} {d.Severity} {d.Path} {d.Line}:{d.BytePositionInLine} {d.Message}"),
        ]);

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The work on the new thread failed.", failure);
        }

        return result;
    }
}
