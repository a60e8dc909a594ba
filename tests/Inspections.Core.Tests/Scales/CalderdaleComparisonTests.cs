using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Scales;

/// <summary>
/// The seeds' Calderdale case: inadequate under slac-2009 (January 2010, scale four-point-adequate), requires
/// improvement under sif-2013 (inspected January 2015, scale four-point-requires-improvement). A councillor called
/// it a "1.8 point improvement" from "bottom of inadequate" to "top of requires improvement"; the honest answer is
/// one band better, through an approximate crosswalk, and the framework changed.
/// </summary>
public sealed class CalderdaleComparisonTests
{
    private static readonly Grade Slac2010 = GradingScales.FourPointAdequate["inadequate"];
    private static readonly Grade Sif2015 = GradingScales.FourPointRequiresImprovement["requires-improvement"];

    [Fact]
    public void Inadequate_in_2010_to_requires_improvement_in_2015_is_one_band_better_approximately_with_the_caveat()
    {
        var comparison = GradeComparer.Default.Compare(Slac2010, Sif2015, frameworkChanged: true);

        Assert.Equal(ComparisonDirection.Better, comparison.Direction);
        Assert.Equal(1, comparison.Steps);
        Assert.Equal(ComparisonBasis.CrosswalkApproximate, comparison.Basis);
        Assert.True(comparison.FrameworkChanged);
        Assert.Contains("framework changed", comparison.Caveat!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_caveat_is_there_even_when_the_caller_forgets_to_say_the_framework_changed()
    {
        var comparison = GradeComparer.Default.Compare(Slac2010, Sif2015);

        Assert.True(comparison.FrameworkChanged);
        Assert.Equal(GradeComparer.Default.Compare(Slac2010, Sif2015, frameworkChanged: true), comparison);
    }

    [Fact]
    public void The_reason_and_caveat_say_what_was_compared_why_it_is_approximate_and_that_the_bar_was_raised()
    {
        var comparison = GradeComparer.Default.Compare(Slac2010, Sif2015);

        Assert.Same(ScaleCrosswalks.FourPointAdequateToRequiresImprovement, comparison.Crosswalk);
        Assert.Equal(
            "Through the crosswalk four-point-adequate ↔ four-point-requires-improvement, 'requires-improvement' (four-point-requires-improvement) "
            + "is one band better than 'inadequate' (four-point-adequate); the match is approximate, because the pair adequate ≈ requires-improvement "
            + "is only approximate.",
            comparison.Reason);
        Assert.StartsWith("The framework changed between the two inspections", comparison.Caveat, StringComparison.Ordinal);
        Assert.EndsWith(ScaleCrosswalks.FourPointAdequateToRequiresImprovement.Note!, comparison.Caveat, StringComparison.Ordinal);
        Assert.Equal(comparison.Reason + " " + comparison.Caveat, comparison.ToString());
    }

    [Fact]
    public void Read_backwards_2015_to_2010_is_one_band_worse_with_the_same_reason()
    {
        var forward = GradeComparer.Default.Compare(Slac2010, Sif2015);
        var backward = GradeComparer.Default.Compare(Sif2015, Slac2010);

        Assert.Equal(ComparisonDirection.Worse, backward.Direction);
        Assert.Equal(-1, backward.Steps);
        Assert.Equal(forward, backward.Inverse());
    }

    [Fact]
    public void Ordering_grades_of_the_two_scales_directly_throws()
    {
        Assert.Throws<ScaleMismatchException>(() => Slac2010 < Sif2015);
    }

    [Fact]
    public void The_printed_codes_4_and_3_are_labels_on_two_scales_and_the_answer_is_one_whole_band()
    {
        var comparison = GradeComparer.Default.Compare(Slac2010, Sif2015);

        // Codes are labels printed on each scale, not points on one ruler; the library offers no arithmetic on them
        // or on grades (see NoArithmeticOnGradesTests), only whole bands counted along the crosswalk.
        Assert.Equal(4, Slac2010.OfficialCode);
        Assert.Equal(3, Sif2015.OfficialCode);
        Assert.Equal(1, comparison.Steps);
        Assert.Contains("one band better", comparison.Reason, StringComparison.Ordinal);
    }
}
