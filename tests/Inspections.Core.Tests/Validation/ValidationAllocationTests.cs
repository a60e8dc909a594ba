using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Catalog;
using Inspections.Core.FsCheck;
using Inspections.Core;
using Inspections.Core.Tests;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Validation;

/// <summary>Validating a valid inspection with no warnings allocates nothing (GC.GetAllocatedBytesForCurrentThread; not a timing test).</summary>
public sealed class ValidationAllocationTests
{
    [Fact]
    public void Validating_Calderdale_2015_allocates_nothing_after_warm_up()
    {
        Assert.Equal(0, AllocatedBytesToValidate(RealInspections.Calderdale2015));
    }

    [Fact]
    public void Validating_Bath_and_North_East_Somerset_2013_with_its_recommendations_allocates_nothing_after_warm_up()
    {
        Assert.Equal(0, AllocatedBytesToValidate(RealInspections.BathAndNorthEastSomerset2013));
    }

    [Fact]
    public void Validating_any_generated_warning_free_inspection_allocates_nothing_after_warm_up()
    {
        Prop.ForAll(
                InspectionGenerators.ValidInspectionWithoutWarnings().ToArbitrary(),
                inspection => AllocatedBytesToValidate(inspection) == 0)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_measure_sees_allocation_when_there_is_a_diagnostic()
    {
        var invalid = RealInspections.Calderdale2015 with { FrameworkId = "sif-2014" };

        Assert.True(AllocatedBytesToValidate(invalid) > 0);
    }

    private static long AllocatedBytesToValidate(Inspection inspection)
    {
        var catalog = FrameworkCatalog.Default;
        for (int i = 0; i < 3; i++)
        {
            InspectionValidator.Validate(inspection, catalog);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = InspectionValidator.Validate(inspection, catalog);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, result.WarningCount);
        return allocated;
    }
}
