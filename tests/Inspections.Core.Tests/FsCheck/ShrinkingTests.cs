using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Catalog;
using Inspections.Core.FsCheck;
using Inspections.Core;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.FsCheck;

/// <summary>Shrinking stays in the valid space: every candidate of a valid value is valid, two levels deep.</summary>
public sealed class ShrinkingTests
{
    [Fact]
    public void Every_shrink_candidate_of_a_valid_inspection_is_valid()
    {
        Prop.ForAll(
                InspectionGenerators.ValidInspection().ToArbitrary(),
                inspection => TwoLevels(inspection, i => InspectionShrinker.Shrink(i)).All(c => InspectionValidator.Validate(c).IsValid))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Every_shrink_candidate_of_an_inspection_without_warnings_has_no_diagnostic()
    {
        Prop.ForAll(
                InspectionGenerators.ValidInspectionWithoutWarnings().ToArbitrary(),
                inspection => TwoLevels(inspection, i => InspectionShrinker.Shrink(i)).All(c => InspectionValidator.Validate(c).IsEmpty))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Every_shrink_candidate_of_a_valid_inspection_of_a_synthetic_framework_is_valid()
    {
        var gen =
            from catalog in FrameworkGenerators.SyntheticCatalog()
            from inspection in InspectionGenerators.ValidInspection(catalog)
            select (catalog, inspection);

        Prop.ForAll(
                gen.ToArbitrary(),
                x => TwoLevels(x.inspection, i => InspectionShrinker.Shrink(i, x.catalog)).All(c => InspectionValidator.Validate(c, x.catalog).IsValid))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Every_shrink_candidate_of_a_defective_inspection_raises_the_same_code_and_no_other_error()
    {
        Prop.ForAll(
                InspectionGenerators.InspectionWithOneDefect().ToArbitrary(),
                defective => TwoLevels(defective, InspectionShrinker.Shrink)
                    .All(c => c.ExpectedCode == defective.ExpectedCode && InspectionGeneratorTests.RaisesExactly(c, FrameworkCatalog.Default)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Shrinking_makes_progress_and_ends()
    {
        Prop.ForAll(
                InspectionGenerators.ValidInspection().ToArbitrary(),
                inspection =>
                {
                    // Greedy shrinking, as FsCheck does when every candidate fails: it must reach a value with no candidates.
                    var current = inspection;
                    for (int step = 0; step < 200; step++)
                    {
                        var next = InspectionShrinker.Shrink(current).FirstOrDefault();
                        if (next is null)
                        {
                            return true;
                        }

                        current = next;
                    }

                    return false;
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_shrunk_inspection_is_simpler_than_the_original()
    {
        var inspection = RealInspections.BathAndNorthEastSomerset2013 with { Notes = "Transcribed." };

        var candidates = InspectionShrinker.Shrink(inspection).ToArray();

        Assert.NotEmpty(candidates);
        Assert.DoesNotContain(inspection, candidates);
        Assert.Contains(candidates, c => c.Notes is null);
        Assert.Contains(candidates, c => c.Recommendations.IsEmpty);
        Assert.Contains(candidates, c => c.Fieldwork?.LengthInDays == 1);
    }

    [Fact]
    public void A_failing_property_over_valid_inspections_shrinks_to_a_small_valid_counterexample()
    {
        // Fails for inspections with recommendations; FsCheck shrinks the counterexample with InspectionShrinker.
        Inspection? smallest = null;
        var property = Prop.ForAll(
            Arbitraries.Inspection(),
            inspection =>
            {
                bool holds = inspection.Recommendations.IsEmpty;
                if (!holds)
                {
                    smallest = inspection;
                }

                return holds;
            });

        Assert.ThrowsAny<Exception>(() => property.Check(Config.QuickThrowOnFailure.WithMaxTest(500)));
        Assert.NotNull(smallest);
        Assert.True(InspectionValidator.Validate(smallest).IsValid);
        Assert.Single(smallest.Recommendations);
        Assert.Null(smallest.Recommendations[0].TimescaleId);
        Assert.Null(smallest.Notes);
        Assert.Null(smallest.Source);
        // A record keeps at least one date: a publication-only record its publication; any other, fieldwork of one day
        // (or with no end) and no publication.
        if (smallest.Fieldwork is { } fieldwork)
        {
            Assert.Null(smallest.Published);
            Assert.True(fieldwork.End is null || fieldwork.LengthInDays == 1, $"fieldwork {fieldwork}");
        }
        else
        {
            Assert.NotNull(smallest.Published);
        }
    }

    private static IEnumerable<T> TwoLevels<T>(T value, Func<T, IEnumerable<T>> shrink) =>
        shrink(value).SelectMany(first => shrink(first).Take(10).Prepend(first));

    [Fact]
    public void Moving_fieldwork_to_the_start_of_the_framework_does_not_make_it_longer_than_usual()
    {
        // Found by the property above: three months from 21 June is 92 days, from 1 January only 91, so moving a
        // 92-day APA assessment to 1 January 2008 would raise INS032.
        string[] ids = ["overall-effectiveness", "capacity-to-improve", "being-healthy", "staying-safe", "enjoying-and-achieving", "making-a-positive-contribution", "achieving-economic-wellbeing"];
        var inspection = new Inspection(
            "apa-2008",
            "annual-performance-assessment",
            new InspectionSubject(SubjectKind.LocalAuthority, "Bath and North East Somerset"),
            new Fieldwork(new NodaTime.LocalDate(2008, 6, 21), new NodaTime.LocalDate(2008, 9, 20)),
            JudgementGrades.Create(ids.Select(id => new JudgementGrade(id, "good"))));
        Assert.Empty(InspectionValidator.Validate(inspection));

        Assert.All(InspectionShrinker.Shrink(inspection), candidate => Assert.Empty(InspectionValidator.Validate(candidate)));
    }
}
