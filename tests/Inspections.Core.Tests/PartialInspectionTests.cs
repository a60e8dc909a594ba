using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.FsCheck;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Tests;

/// <summary>Issue 15 (theme, notJudged, partial fieldwork) and issue 19 (invisible text is not blank) in the model.</summary>
public sealed class PartialInspectionTests
{
    private static readonly Inspection Calderdale = RealInspections.Calderdale2015;
    private static readonly Inspection CityOfLondon = RealInspections.CityOfLondon2016;

    [Fact]
    public void Fieldwork_with_its_end_unknown_has_no_length_and_no_interval()
    {
        var open = new Fieldwork(new LocalDate(2022, 11, 8));

        Assert.Null(open.End);
        Assert.Null(open.LengthInDays);
        Assert.True(open.IsWellOrdered);
        Assert.Equal("2022-11-08/..", open.ToString());
        Assert.Equal("2022-11-08/2022-11-09", new Fieldwork(new LocalDate(2022, 11, 8), new LocalDate(2022, 11, 9)).ToString());
        Assert.Throws<InvalidOperationException>(() => open.ToDateInterval());
        EqualityLaws.Hold(open, new Fieldwork(new LocalDate(2022, 11, 8), null), new Fieldwork(open.Start, open.Start));
    }

    [Fact]
    public void An_end_in_another_calendar_is_refused()
    {
        var julian = new LocalDate(2022, 11, 8, CalendarSystem.Julian);

        var thrown = Assert.Throws<ArgumentException>(() => new Fieldwork(new LocalDate(2022, 11, 8), julian));
        Assert.Equal("end", thrown.ParamName);
    }

    [Fact]
    public void Due_dates_count_from_publication_else_the_end_of_fieldwork_else_there_are_none()
    {
        var bath = RealInspections.BathAndNorthEastSomerset2013;
        var framework = Core.Catalog.FrameworkCatalog.Default.Get(bath.FrameworkId);
        var inThreeMonths = bath.Recommendations[1];

        Assert.Equal(bath.Published, bath.DueDateBasis);
        Assert.Equal(bath.Fieldwork!.Value.End, (bath with { Published = null }).DueDateBasis);

        var openUnpublished = bath with { Published = null, Fieldwork = new Fieldwork(bath.Fieldwork!.Value.Start) };
        Assert.Null(openUnpublished.DueDateBasis);
        Assert.Null(framework.DueDateOf(openUnpublished, inThreeMonths));

        var publishedOnly = bath with { Fieldwork = null };
        Assert.Equal(framework.DueDateOf(bath, inThreeMonths), framework.DueDateOf(publishedOnly, inThreeMonths));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200b")]
    [InlineData("\ufeff")]
    public void A_blank_theme_is_refused(string theme)
    {
        var thrown = Assert.Throws<ArgumentException>(() => Calderdale with { Theme = theme });
        Assert.Equal("Theme", thrown.ParamName);
    }

    [Fact]
    public void A_theme_of_201_characters_is_refused_and_one_of_200_accepted()
    {
        Assert.Throws<ArgumentException>(() => Calderdale with { Theme = new string('a', 201) });
        Assert.Equal(200, (Calderdale with { Theme = new string('a', 200) }).Theme!.Length);
    }

    [Fact]
    public void NotJudged_refuses_null_and_empty_ids_and_reads_default_as_empty()
    {
        Assert.Equal("NotJudgedIds", Assert.Throws<ArgumentException>(() => Calderdale with { NotJudgedIds = [""] }).ParamName);
        Assert.Throws<ArgumentException>(() => Calderdale with { NotJudgedIds = [null!] });
        Assert.True((Calderdale with { NotJudgedIds = default }).NotJudgedIds.IsEmpty);
    }

    [Fact]
    public void Theme_and_notJudged_take_part_in_equality()
    {
        var scilly = RealInspections.IslesOfScilly2016;
        var reordered = scilly with { NotJudgedIds = [.. scilly.NotJudgedIds.Reverse()] };

        EqualityLaws.Hold(
            scilly,
            reordered,
            scilly with { NotJudgedIds = scilly.NotJudgedIds.RemoveAt(0) },
            scilly with { NotJudgedIds = scilly.NotJudgedIds.Add(scilly.NotJudgedIds[0]) });
        EqualityLaws.Hold(
            CityOfLondon,
            CityOfLondon with { },
            CityOfLondon with { Theme = "Children in care" },
            CityOfLondon with { Fieldwork = new Fieldwork(new LocalDate(2016, 7, 4)) });
    }

    [Fact]
    public void A_generated_inspection_with_its_notJudged_shuffled_is_equal_and_hashes_alike()
    {
        Prop.ForAll(
                InspectionGenerators.AnyInspection().ToArbitrary(),
                inspection =>
                {
                    var shuffled = inspection with { NotJudgedIds = [.. inspection.NotJudgedIds.Reverse()] };
                    return shuffled.Equals(inspection) && shuffled.GetHashCode() == inspection.GetHashCode();
                })
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("\u200b")]
    [InlineData("\ufeff")]
    [InlineData("\u0000")]
    [InlineData("\u0301")]
    [InlineData("\u0001\u0002\u001f")]
    [InlineData(" \t\r\n\u00a0\u3000")]
    [InlineData("\u200b\u200c\u200d\u2060")]
    [InlineData("\U000E0041")]
    public void Text_made_only_of_invisible_or_control_characters_is_blank(string text)
    {
        Assert.True(Text.IsBlank(text));
        Assert.Equal("Name", Assert.Throws<ArgumentException>(() => new InspectionSubject(SubjectKind.LocalAuthority, text)).ParamName);
        Assert.False(InspectionSubject.IsValidName(text));
        Assert.Equal("Text", Assert.Throws<ArgumentException>(() => new Recommendation(text)).ParamName);
        Assert.Equal("Theme", Assert.Throws<ArgumentException>(() => Calderdale with { Theme = text }).ParamName);
    }

    [Theory]
    [InlineData("e\u0301")]
    [InlineData("\u200bCalderdale")]
    [InlineData("Calderdale\ufeff")]
    [InlineData("中")]
    [InlineData("😀")]
    [InlineData("\ue000")]
    public void Text_with_anything_visible_is_not_blank(string text)
    {
        Assert.False(Text.IsBlank(text));
        Assert.Equal(text, new InspectionSubject(SubjectKind.LocalAuthority, text).Name);
        Assert.Equal(text, new Recommendation(text).Text);
        Assert.Equal(text, (Calderdale with { Theme = text }).Theme);
    }
}
