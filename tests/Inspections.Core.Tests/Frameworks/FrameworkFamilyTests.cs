using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Tests.Frameworks;

/// <summary>Framework families and the visit type that judges another body: facts declared once, with the framework.</summary>
public sealed class FrameworkFamilyTests
{
    [Fact]
    public void The_ilacs_family_is_the_three_editions_of_ilacs()
    {
        var ilacs = FrameworkCatalog.Default.All.Where(f => f.Family == FrameworkFamily.Ilacs).Select(f => f.Id);

        Assert.Equal([FrameworkIds.Ilacs2018, FrameworkIds.Ilacs2023, FrameworkIds.Ilacs2026], ilacs.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(FrameworkIds.Apa2008, FrameworkFamily.AnnualPerformanceAssessment)]
    [InlineData(FrameworkIds.Cafcass2009, FrameworkFamily.Cafcass)]
    [InlineData(FrameworkIds.Slac2009, FrameworkFamily.SafeguardingAndLookedAfterChildren)]
    [InlineData(FrameworkIds.ProtectionOfChildren2012, FrameworkFamily.ProtectionOfChildren)]
    [InlineData(FrameworkIds.LookedAfterChildren2013, FrameworkFamily.LookedAfterChildren)]
    [InlineData(FrameworkIds.Sif2013, FrameworkFamily.SingleInspectionFramework)]
    [InlineData(FrameworkIds.Ilacs2023, FrameworkFamily.Ilacs)]
    public void Each_built_in_framework_declares_its_family(string frameworkId, FrameworkFamily family) =>
        Assert.Equal(family, FrameworkCatalog.Default[frameworkId].Family);

    [Fact]
    public void A_framework_built_without_a_family_is_of_no_built_in_family_and_an_undefined_family_is_refused()
    {
        var builder = new FrameworkBuilder("my-review-2027", "My review")
            .Regulator("Example inspectorate")
            .InForce(new LocalDate(2027, 1, 1), null)
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointRequiresImprovement)
            .Judgement(JudgementIds.OverallEffectiveness, "Overall effectiveness")
            .VisitType(new VisitType(VisitTypeIds.FullInspection, "Full inspection", [JudgementIds.OverallEffectiveness], [JudgementIds.OverallEffectiveness],
                Period.FromWeeks(2), "Five working days", JudgementIds.OverallEffectiveness));

        Assert.Equal(FrameworkFamily.Other, builder.Build().Family);
        Assert.Equal(FrameworkFamily.Ilacs, builder.Family(FrameworkFamily.Ilacs).Build().Family);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Family((FrameworkFamily)99));
    }

    [Fact]
    public void Only_the_sifs_lscb_review_judges_another_body()
    {
        var others = FrameworkCatalog.Default.All.SelectMany(f => f.VisitTypes.Where(v => v.JudgesAnotherBody).Select(v => (f.Id, v.Id)));

        Assert.Equal([(FrameworkIds.Sif2013, VisitTypeIds.LscbReview)], others);
    }
}
