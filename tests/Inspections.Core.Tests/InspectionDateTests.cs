using NodaTime;

namespace Inspections.Core.Tests;

/// <summary><see cref="Inspection.Date"/>: the one date that places an inspection, and which date it is.</summary>
public sealed class InspectionDateTests
{
    private static readonly InspectionSubject Calderdale = new(SubjectKind.LocalAuthority, "Calderdale", gssCode: "E08000033", laNumber: 381);

    private static Inspection Make(Fieldwork? fieldwork, LocalDate? published) =>
        new(FrameworkIds.Sif2013, VisitTypeIds.FullInspection, Calderdale, fieldwork, JudgementGrades.Empty) { Published = published };

    [Fact]
    public void An_inspection_with_fieldwork_is_placed_on_its_first_day_even_when_published()
    {
        var inspection = Make(new Fieldwork(new LocalDate(2015, 1, 13), new LocalDate(2015, 2, 4)), new LocalDate(2015, 3, 20));

        Assert.Equal(new LocalDate(2015, 1, 13), inspection.Date);
        Assert.Equal(InspectionDateBasis.FieldworkStart, inspection.DateBasis);
    }

    [Fact]
    public void Fieldwork_with_its_end_unknown_still_places_the_inspection_on_its_start()
    {
        var inspection = Make(new Fieldwork(new LocalDate(2022, 2, 28), null), null);

        Assert.Equal(new LocalDate(2022, 2, 28), inspection.Date);
        Assert.Equal(InspectionDateBasis.FieldworkStart, inspection.DateBasis);
    }

    [Fact]
    public void Without_fieldwork_the_publication_date_places_it()
    {
        var inspection = Make(null, new LocalDate(2016, 9, 20));

        Assert.Equal(new LocalDate(2016, 9, 20), inspection.Date);
        Assert.Equal(InspectionDateBasis.Published, inspection.DateBasis);
    }

    [Fact]
    public void With_neither_date_it_has_no_place_in_time()
    {
        var inspection = Make(null, null);

        Assert.Null(inspection.Date);
        Assert.Equal(InspectionDateBasis.None, inspection.DateBasis);
    }

    [Fact]
    public void Every_real_inspection_has_a_date_and_its_basis_names_the_date_it_is()
    {
        Inspection[] real =
        [
            RealInspections.Calderdale2015, RealInspections.BathAndNorthEastSomerset2013, RealInspections.CambridgeshireFocusedVisit2020,
            RealInspections.CafcassBirminghamAndBlackCountry2009, RealInspections.CityOfLondon2016, RealInspections.IslesOfScilly2016,
            RealInspections.CityOfLondonFocusedVisit2022,
        ];
        foreach (var inspection in real)
        {
            LocalDate? expected = inspection.DateBasis switch
            {
                InspectionDateBasis.FieldworkStart => inspection.Fieldwork!.Value.Start,
                InspectionDateBasis.Published => inspection.Published,
                _ => null,
            };
            Assert.NotNull(inspection.Date);
            Assert.Equal(expected, inspection.Date);
        }
    }
}
