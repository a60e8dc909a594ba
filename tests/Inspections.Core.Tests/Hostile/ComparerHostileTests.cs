using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Comparison;
using Inspections.Core;
using Inspections.Core.Scales;
using Inspections.Core.Tests.Serialization;

namespace Inspections.Core.Tests.Hostile;

/// <summary>
/// Comparing any two inspections of one subject, whatever their frameworks, ids and grades (unknown frameworks,
/// judgements no framework has, grades off the scale, ungraded visits), gives a comparison and never throws.
/// </summary>
public sealed class ComparerHostileTests
{
    [Fact]
    public void Any_two_inspections_of_one_subject_compare_without_an_exception()
    {
        var pairs =
            from first in InspectionArbitraries.InspectionGen
            from second in InspectionArbitraries.InspectionGen
            select (First: first, Second: second with { Subject = first.Subject });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var comparison = InspectionComparer.Compare(pair.First, pair.Second);

            // Each line is well formed: steps null exactly when not comparable, their sign the direction's, and a reason.
            return comparison.Judgements.Prepend(comparison.Overall).All(line =>
                line.Comparison.Reason.Length > 0
                && line.Comparison.Direction switch
                {
                    ComparisonDirection.NotComparable => line.Comparison.Steps is null,
                    ComparisonDirection.Better => line.Comparison.Steps > 0,
                    ComparisonDirection.Worse => line.Comparison.Steps < 0,
                    _ => line.Comparison.Steps == 0,
                })
                && (ReferenceEquals(comparison.Before, pair.First) || ReferenceEquals(comparison.Before, pair.Second));
        }));
    }

    [Fact]
    public void An_inspection_compared_with_itself_is_the_same_or_not_comparable_on_every_line()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(InspectionArbitraries.InspectionGen.ToArbitrary(), (Inspection inspection) =>
            InspectionComparer.Compare(inspection, inspection).Judgements.All(line =>
                line.Comparison.Direction is ComparisonDirection.Same or ComparisonDirection.NotComparable)));
    }
}
