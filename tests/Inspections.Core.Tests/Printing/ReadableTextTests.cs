using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Comparison;
using Inspections.Core.Histories;
using NodaTime;
using NodaTime.Text;
using static Inspections.Core.Tests.Histories.Built;

namespace Inspections.Core.Tests.Printing;

/// <summary>
/// What the model prints for people (every <c>ToString</c>): ISO 8601 dates and words, the same whatever the current
/// culture (Thai with its Buddhist calendar, Saudi Arabic with its Hijri one, French), never a record dump; a year
/// before 1 CE keeps its sign and reads back.
/// </summary>
public sealed class ReadableTextTests
{
    public static TheoryData<string> Cultures => new("th-TH", "ar-SA", "fr-FR", "fa-IR", "en-US");

    private static readonly string[] CultureNames = ["th-TH", "ar-SA", "fr-FR", "fa-IR", "en-US"];

    private static Inspection Calderdale => Example("sif-2013-calderdale-2015.json");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void A_date_in_words_is_day_English_month_and_year_whatever_the_culture(string culture)
    {
        Assert.Equal("1 April 2009", In(culture, () => DateText.Words(new LocalDate(2009, 4, 1))));
        Assert.Equal("31 December 2025", In(culture, () => DateText.Words(new LocalDate(2025, 12, 31))));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Fieldwork_prints_as_an_ISO_interval(string culture)
    {
        Assert.Equal("2015-01-13/2015-02-04", In(culture, () => new Fieldwork(new LocalDate(2015, 1, 13), new LocalDate(2015, 2, 4)).ToString()));
        Assert.Equal("2015-01-13/..", In(culture, () => new Fieldwork(new LocalDate(2015, 1, 13)).ToString()));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void An_inspection_prints_its_framework_visit_subject_and_ISO_dates(string culture)
    {
        Assert.Equal("sif-2013 full-inspection of Calderdale, fieldwork 2015-01-13/2015-02-04", In(culture, () => Calderdale.ToString()));
        Assert.Equal("sif-2013 full-inspection of Calderdale, published 2015-03-20", In(culture, () => PublishedOnly(Calderdale).ToString()));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void A_subject_prints_its_name_kind_and_codes_in_words(string culture)
    {
        Assert.Equal("Calderdale (local authority, GSS E08000033, LA 381)", In(culture, () => Calderdale.Subject.ToString()));
        Assert.Equal("Calderdale (local authority)", In(culture, () => new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale").ToString()));
        Assert.Equal("Leeds (Cafcass service area)", In(culture, () => new InspectionSubject(SubjectKind.CafcassServiceArea, "Leeds").ToString()));
    }

    [Fact]
    public void A_recommendation_prints_its_text_and_timescale()
    {
        Assert.Equal("Reduce the time it takes to complete adoptions. (timescale: immediately)", Assert.Single(Calderdale.Recommendations).ToString());
        Assert.Equal("Review every plan.", new Recommendation("Review every plan.").ToString());
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void A_framework_period_prints_as_an_ISO_interval(string culture)
    {
        var sif = FrameworkCatalog.Default[FrameworkIds.Sif2013].InForce;
        string expected = $"{Iso(sif.Start)}/{(sif.End is { } end ? Iso(end) : "..")}";

        Assert.Equal(expected, In(culture, () => sif.ToString()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}/(\d{4}-\d{2}-\d{2}|\.\.)$", In(culture, () => sif.ToString()));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void History_entries_reorganisations_and_histories_print_ISO_dates(string culture)
    {
        var history = AuthorityHistory.Of(LocalAuthorityRegister.Default["Calderdale"], [Calderdale, Example("ilacs-2018-calderdale-2018.json")]);
        var latest = history.LatestGraded!;

        Assert.StartsWith("2015-01-13 sif-2013 full-inspection", In(culture, () => history.Entries[0].ToString()), StringComparison.Ordinal);
        Assert.Equal(
            $"Calderdale: 2 inspections, latest graded {Iso(latest.Date!.Value)} ilacs-2018 {latest.Inspection.VisitTypeId}: {latest.Headline!.Label}",
            In(culture, () => history.ToString()));

        var northamptonshire = LocalAuthorityRegister.Default.Reorganisations.Single(r => r.Before.Contains("Northamptonshire"));
        Assert.StartsWith("2021-04-01: Northamptonshire -> ", In(culture, () => northamptonshire.ToString()), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_state_of_the_nation_prints_its_dates_in_ISO_and_its_counts(string culture)
    {
        var state = StateOfTheNation.At([Calderdale, Example("ilacs-2018-calderdale-2018.json")], new LocalDate(2019, 3, 31), new LocalDate(2019, 8, 31));

        string text = In(culture, () => state.ToString());

        Assert.StartsWith("inspected by 2019-03-31, published by 2019-08-31: 1 authority; ", text, StringComparison.Ordinal);
        Assert.Contains(state.Distributions[0].ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_catalog_and_register_print_what_they_hold()
    {
        var ilacs = Example("ilacs-2018-calderdale-2018.json");
        var comparison = InspectionComparer.Compare(Calderdale, ilacs);
        Assert.Equal($"{Calderdale} → {ilacs}: {comparison.Overall}", comparison.ToString());

        string catalog = FrameworkCatalog.Default.ToString();
        Assert.StartsWith($"{FrameworkCatalog.Default.All.Length} frameworks: ", catalog, StringComparison.Ordinal);
        Assert.All(FrameworkCatalog.Default.All, f => Assert.Contains(f.Id, catalog, StringComparison.Ordinal));

        var register = LocalAuthorityRegister.Default;
        Assert.Equal($"{register.Authorities.Length} local authorities, {register.Reorganisations.Length} reorganisations", register.ToString());
    }

    [Fact]
    public void No_record_prints_as_a_dump_of_its_members()
    {
        string[] texts =
        [
            Calderdale.ToString(),
            Calderdale.Subject.ToString(),
            Calderdale.Recommendations[0].ToString(),
            FrameworkCatalog.Default.ToString(),
            LocalAuthorityRegister.Default.ToString(),
        ];

        Assert.All(texts, t => Assert.DoesNotMatch(@"\w+ = |^\w+ \{|Inspections\.Core", t));
    }

    [Theory]
    [InlineData(0, "0000-01-01")]
    [InlineData(-1, "-0001-01-01")]
    [InlineData(-9998, "-9998-01-01")]
    [InlineData(1, "0001-01-01")]
    public void A_year_before_1_CE_keeps_its_sign_in_astronomical_numbering(int year, string expected)
    {
        var date = new LocalDate(year, 1, 1);

        Assert.Equal(expected + "/..", In("th-TH", () => new Fieldwork(date).ToString()));
        Assert.Equal(date, LocalDatePattern.Iso.Parse(expected).Value);
    }

    [Property(MaxTest = 300)]
    public Property Every_date_prints_the_same_in_every_culture_and_reads_back() =>
        Prop.ForAll(
            Gen.Choose(0, Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)).Select(LocalDate.MinIsoValue.PlusDays).ToArbitrary(),
            Gen.Elements(CultureNames).ToArbitrary(),
            (date, culture) =>
            {
                string text = In(culture, () => new Fieldwork(date, date).ToString());
                string invariant = In("", () => new Fieldwork(date, date).ToString());
                string[] halves = text.Split('/');
                return text == invariant
                    && halves.Length == 2
                    && LocalDatePattern.Iso.Parse(halves[0]).Value == date
                    && LocalDatePattern.Iso.Parse(halves[1]).Value == date;
            });

    private static string Iso(LocalDate date) =>
        FormattableString.Invariant($"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    private static string In(string culture, Func<string> print)
    {
        var (was, wasUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return print();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (was, wasUi);
        }
    }
}
