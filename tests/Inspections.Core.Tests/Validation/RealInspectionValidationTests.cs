using Inspections.Core;
using Inspections.Core.Tests;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Validation;

public sealed class RealInspectionValidationTests
{
    [Fact]
    public void Calderdale_2015_is_valid_with_no_diagnostics()
    {
        var result = InspectionValidator.Validate(RealInspections.Calderdale2015);

        Assert.True(result.IsValid);
        Assert.Empty(result);
    }

    [Fact]
    public void Bath_and_North_East_Somerset_2013_is_valid_with_no_diagnostics()
    {
        // Publication date ASSUMED (26 April 2013); see RealInspections.
        var result = InspectionValidator.Validate(RealInspections.BathAndNorthEastSomerset2013);

        Assert.True(result.IsValid);
        Assert.Empty(result);
    }

    [Fact]
    public void Bath_and_North_East_Somerset_2013_is_valid_without_a_publication_date_too()
    {
        var result = InspectionValidator.Validate(RealInspections.BathAndNorthEastSomerset2013 with { Published = null });

        Assert.Empty(result);
    }

    [Fact]
    public void Cambridgeshire_focused_visit_2020_is_valid_with_no_judgements()
    {
        var result = InspectionValidator.Validate(RealInspections.CambridgeshireFocusedVisit2020);

        Assert.True(result.IsValid);
        Assert.Empty(result);
    }

    [Fact]
    public void Cambridgeshire_focused_visit_2020_with_one_judgement_is_invalid_with_INS015()
    {
        var graded = RealInspections.CambridgeshireFocusedVisit2020 with
        {
            Judgements = JudgementGrades.Create(("children-who-need-help-and-protection", "requires-improvement")),
        };

        var result = InspectionValidator.Validate(graded);

        Assert.False(result.IsValid);
        var diagnostic = Assert.Single(result);
        Assert.Equal(DiagnosticCodes.UngradedVisitWithJudgements, diagnostic.Code);
        Assert.Equal("$.judgements", diagnostic.Path);
    }

    [Fact]
    public void Cafcass_Birmingham_and_Black_Country_2009_is_valid_on_the_scale_with_satisfactory()
    {
        var result = InspectionValidator.Validate(RealInspections.CafcassBirminghamAndBlackCountry2009);

        Assert.Empty(result);
    }
}
