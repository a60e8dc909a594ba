using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Inspections.Core.Catalog;
using Inspections.Core;
using Inspections.Core.Serialization;
using NodaTime;

namespace Inspections.Core.Tests.Serialization;

public sealed class WritingTests
{
    private static readonly string[] s_sifOrder =
    [
        "overall-effectiveness", "children-who-need-help-and-protection", "children-looked-after-and-achieving-permanence",
        "adoption-performance", "experiences-and-progress-of-care-leavers", "leadership-management-and-governance",
    ];

    [Fact]
    public void Calderdale_2015_is_written_in_the_canonical_form()
    {
        // Judgements given out of order; the writer puts them in the framework's order.
        var judgements = JudgementGrades.Create(
            ("leadership-management-and-governance", "requires-improvement"),
            ("adoption-performance", "inadequate"),
            ("overall-effectiveness", "requires-improvement"),
            ("experiences-and-progress-of-care-leavers", "requires-improvement"),
            ("children-looked-after-and-achieving-permanence", "requires-improvement"),
            ("children-who-need-help-and-protection", "requires-improvement"));

        string written = InspectionJson.Write(Calderdale2015(judgements));

        Assert.Equal(ReadingRuleTests.Calderdale, written);
    }

    [Fact]
    public void An_ungraded_visit_with_no_optional_properties_is_written_with_only_the_required_ones()
    {
        var visit = new Inspection(
            "ilacs-2018",
            "focused-visit",
            new InspectionSubject(SubjectKind.LocalAuthority, "Cambridgeshire"),
            new Fieldwork(new LocalDate(2020, 2, 11), new LocalDate(2020, 2, 12)),
            JudgementGrades.Empty);

        string written = InspectionJson.Write(visit);

        Assert.Equal(
            """
            {
              "schema": "inspections/v1",
              "framework": "ilacs-2018",
              "visit": "focused-visit",
              "subject": {
                "kind": "local-authority",
                "name": "Cambridgeshire"
              },
              "fieldwork": {
                "start": "2020-02-11",
                "end": "2020-02-12"
              },
              "judgements": {}
            }

            """,
            written);
    }

    [Fact]
    public void The_compact_form_is_one_line_without_spaces()
    {
        var visit = new Inspection(
            "ilacs-2018",
            "focused-visit",
            new InspectionSubject(SubjectKind.LocalAuthority, "Cambridgeshire", laNumber: 873),
            new Fieldwork(new LocalDate(2020, 2, 11), new LocalDate(2020, 2, 12)),
            JudgementGrades.Empty) { Published = new LocalDate(2020, 3, 5) };

        string written = InspectionJson.Write(visit, indented: false);

        Assert.Equal(
            """{"schema":"inspections/v1","framework":"ilacs-2018","visit":"focused-visit","subject":{"kind":"local-authority","name":"Cambridgeshire","la":873},"fieldwork":{"start":"2020-02-11","end":"2020-02-12"},"published":"2020-03-05","judgements":{}}""",
            written);
    }

    [Fact]
    public void Judgements_the_framework_does_not_define_follow_its_own_in_the_order_given()
    {
        var judgements = JudgementGrades.Create(
            ("zeta", "good"),
            ("adoption-performance", "good"),
            ("alpha", "good"),
            ("overall-effectiveness", "good"));

        string written = InspectionJson.Write(Calderdale2015(judgements));

        Assert.Equal(["overall-effectiveness", "adoption-performance", "zeta", "alpha"], JudgementNames(written));
    }

    [Fact]
    public void An_unknown_framework_keeps_the_judgements_in_the_order_given()
    {
        var judgements = JudgementGrades.Create(("zeta", "good"), ("overall-effectiveness", "good"), ("alpha", "good"));

        string written = InspectionJson.Write(Calderdale2015(judgements) with { FrameworkId = "sif-2099" });

        Assert.Equal(["zeta", "overall-effectiveness", "alpha"], JudgementNames(written));
    }

    [Fact]
    public void Judgement_order_comes_from_the_catalog_given()
    {
        var reversed = JudgementGrades.Create(s_sifOrder.Reverse().Select(id => (id, "good")).ToArray());

        string written = InspectionJson.Write(Calderdale2015(reversed), FrameworkCatalog.Default);

        Assert.Equal(s_sifOrder, JudgementNames(written));
    }

    [Fact]
    public void Text_outside_ASCII_is_written_as_itself()
    {
        const string notes = "Café & ‘quotes’ – £5 <b>né</b> 中文 'single'";

        string written = InspectionJson.Write(Calderdale2015(AllGood()) with { Notes = notes });
        byte[] bytes = InspectionJson.WriteToUtf8Bytes(Calderdale2015(AllGood()) with { Notes = notes });

        Assert.Contains($"\"notes\": \"{notes}\"", written, StringComparison.Ordinal);
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(notes)) >= 0);
    }

    [Fact]
    public void Characters_JSON_cannot_hold_as_themselves_are_escaped_and_read_back()
    {
        const string notes = "a \"quote\", a back\\slash, a tab\t, a newline\n, a bell\u0007 and an emoji 😀";

        string written = InspectionJson.Write(Calderdale2015(AllGood()) with { Notes = notes });

        Assert.Contains("\"notes\": \"a \\\"quote\\\", a back\\\\slash, a tab\\t, a newline\\n, a bell\\u0007 and an emoji \\uD83D\\uDE00\"", written, StringComparison.Ordinal);
        Assert.Equal(notes, InspectionJson.Parse(written).Notes);
    }

    [Fact]
    public void Empty_notes_are_kept_apart_from_no_notes()
    {
        string empty = InspectionJson.Write(Calderdale2015(AllGood()) with { Notes = string.Empty });
        string none = InspectionJson.Write(Calderdale2015(AllGood()));

        Assert.Contains("\"notes\": \"\"", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("notes", none, StringComparison.Ordinal);
        Assert.Equal(string.Empty, InspectionJson.Parse(empty).Notes);
    }

    [Fact]
    public void Text_with_an_unpaired_surrogate_is_refused_rather_than_replaced()
    {
        var inspection = Calderdale2015(AllGood()) with { Notes = "before \ud800 after" };

        var e = Assert.Throws<ArgumentException>(() => InspectionJson.WriteToUtf8Bytes(inspection));

        Assert.Contains("Notes holds an unpaired surrogate (U+D800 at index 7)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-44)]
    public void A_date_before_year_1_is_refused(int year)
    {
        var inspection = Calderdale2015(AllGood()) with { Published = new LocalDate(year, 3, 20) };

        var e = Assert.Throws<ArgumentException>(() => InspectionJson.Write(inspection));

        Assert.Contains("Published", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_whose_text_would_not_read_back_is_refused()
    {
        var inspection = Calderdale2015(AllGood()) with { Source = new Uri(" https://example.org/report.pdf ") };

        var e = Assert.Throws<ArgumentException>(() => InspectionJson.Write(inspection));

        Assert.Contains("white space", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_to_a_writer_puts_the_object_where_the_writer_is()
    {
        var first = Calderdale2015(AllGood());
        var second = first with { Notes = "second" };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            InspectionJson.Write(writer, first);
            InspectionJson.Write(writer, second);
            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        var items = document.RootElement.EnumerateArray().Select(e => InspectionJson.Parse(e.GetRawText())).ToArray();

        Assert.Equal([first, second], items);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        using var writer = new Utf8JsonWriter(new MemoryStream());

        Assert.Throws<ArgumentNullException>(() => InspectionJson.Write((Inspection)null!));
        Assert.Throws<ArgumentNullException>(() => InspectionJson.WriteToUtf8Bytes(null!));
        Assert.Throws<ArgumentNullException>(() => InspectionJson.Write((System.Text.Json.Utf8JsonWriter)null!, Calderdale2015(AllGood())));
        Assert.Throws<ArgumentNullException>(() => InspectionJson.Write(writer, null!));
    }

    internal static Inspection Calderdale2015(JudgementGrades judgements) =>
        new("sif-2013", "full-inspection", new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale", "E08000033", 381),
            new Fieldwork(new LocalDate(2015, 1, 13), new LocalDate(2015, 2, 4)), judgements)
        {
            Published = new LocalDate(2015, 3, 20),
            Recommendations = ImmutableArray.Create(new Recommendation("Reduce the time it takes to complete adoptions.", "immediately")),
            Source = new Uri("https://files.ofsted.gov.uk/v1/file/50004288"),
        };

    private static JudgementGrades AllGood() => JudgementGrades.Create(s_sifOrder.Select(id => (id, "good")).ToArray());

    private static string[] JudgementNames(string written)
    {
        using var document = JsonDocument.Parse(written);
        return document.RootElement.GetProperty("judgements").EnumerateObject().Select(p => p.Name).ToArray();
    }
}
