using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Scales;

/// <summary>The seeds' Calderdale case: inadequate under slac-2009 (2010), requires improvement under sif-2013 (2015).</summary>
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
    public void Ordering_grades_of_the_two_scales_directly_throws()
    {
        Assert.Throws<ScaleMismatchException>(() => Slac2010 < Sif2015);
    }
}
