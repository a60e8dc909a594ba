using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inspections.Core.Catalog;
using Inspections.Core.FsCheck;
using Inspections.Core;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.FsCheck;

// Round trip through JSON: the JSON engineer adds "every generated valid (and defective) inspection writes and
// reads back equal" here, over InspectionGenerators.ValidInspection() and InspectionWithOneDefect().
public sealed class InspectionGeneratorTests
{
    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void Every_generated_valid_inspection_validates_with_no_error()
    {
        Prop.ForAll(
                InspectionGenerators.ValidInspection().ToArbitrary(),
                inspection => Errors(InspectionValidator.Validate(inspection)).Length == 0)
            .Check(Thorough);
    }

    [Fact]
    public void Every_generated_inspection_without_warnings_has_no_diagnostic_at_all()
    {
        Prop.ForAll(
                InspectionGenerators.ValidInspectionWithoutWarnings().ToArbitrary(),
                inspection => InspectionValidator.Validate(inspection).IsEmpty)
            .Check(Thorough);
    }

    [Fact]
    public void Valid_inspections_sometimes_break_a_likely_rule_and_only_ever_warn_with_INS021()
    {
        var inspections = InspectionGenerators.ValidInspection().Sample(2000);

        var warnings = inspections.SelectMany(i => InspectionValidator.Validate(i)).ToArray();

        Assert.Contains(warnings, d => d.Code == DiagnosticCodes.LikelyRuleBroken);
        Assert.All(warnings, d => Assert.Equal(DiagnosticCodes.LikelyRuleBroken, d.Code));
    }

    [Fact]
    public void Valid_inspections_of_one_framework_and_visit_type_belong_to_them()
    {
        var sif = FrameworkCatalog.Default.Get("sif-2013");

        Prop.ForAll(
                InspectionGenerators.ValidInspection(sif, "full-inspection").ToArbitrary(),
                inspection => inspection.FrameworkId == "sif-2013" && inspection.VisitTypeId == "full-inspection"
                    && (inspection.Fieldwork is { } fieldwork
                        ? sif.IsInForceOn(fieldwork.Start)
                        : Enumerable.Range(0, 184).Any(d => sif.IsInForceOn(inspection.Published!.Value.PlusDays(-d)))))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_generated_defective_inspection_raises_exactly_its_stated_code_and_no_other_error()
    {
        Prop.ForAll(
                InspectionGenerators.InspectionWithOneDefect().ToArbitrary(),
                defective => RaisesExactly(defective, FrameworkCatalog.Default).Label(defective.ToString()))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1500));
    }

    [Fact]
    public void Every_validation_code_the_default_catalog_allows_has_a_defect_and_each_raises_its_code()
    {
        var codes = InspectionGenerators.DefectCodes();

        foreach (var code in codes)
        {
            Prop.ForAll(
                    InspectionGenerators.InspectionWithDefect(code).ToArbitrary(),
                    defective => defective.ExpectedCode == code && RaisesExactly(defective, FrameworkCatalog.Default))
                .Check(Config.QuickThrowOnFailure.WithMaxTest(100).WithName(code));
        }
    }

    [Fact]
    public void The_default_catalog_allows_a_defect_for_every_validation_code_but_INS016()
    {
        // INS016 on its own needs a sub-judgement whose parent a visit may leave out; in the default catalog every
        // parent of a graded sub-judgement is required, so leaving it out is INS014 as well. See the synthetic test below.
        var validationCodes = DiagnosticDescriptors.All.Select(d => d.Code).Where(c => string.CompareOrdinal(c, "INS010") >= 0);
        var unreachable = FrameworkCatalog.Default.All
            .SelectMany(f => f.VisitTypes.SelectMany(v => v.JudgementIds.Where(j => f.TryGetJudgement(j, out var judgement) && judgement.ParentId is { } p && !v.RequiredJudgementIds.Contains(p))))
            .Any() ? [] : new[] { DiagnosticCodes.SubJudgementWithoutParent };

        Assert.Equal(validationCodes.Except(unreachable), InspectionGenerators.DefectCodes());
    }

    [Fact]
    public void Defective_inspections_of_synthetic_frameworks_raise_exactly_their_stated_code()
    {
        var gen =
            from catalog in FrameworkGenerators.SyntheticCatalog()
            from defective in InspectionGenerators.InspectionWithOneDefect(catalog)
            select (catalog, defective);

        Prop.ForAll(gen.ToArbitrary(), x => RaisesExactly(x.defective, x.catalog).Label(x.defective.ToString()))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void Synthetic_frameworks_let_every_validation_code_be_generated_somewhere()
    {
        var reached = FrameworkGenerators.SyntheticCatalog().Sample(400)
            .SelectMany(c => InspectionGenerators.DefectCodes(c))
            .ToHashSet();

        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Code).Where(c => string.CompareOrdinal(c, "INS010") >= 0), reached.Order());
    }

    [Fact]
    public void A_code_no_defect_can_raise_is_refused_with_the_codes_that_can()
    {
        var error = Assert.Throws<ArgumentException>(() => InspectionGenerators.InspectionWithDefect("INS001"));

        Assert.Contains("INS010", error.Message);
    }

    [Fact]
    public void A_visit_type_of_another_framework_is_refused()
    {
        var sif = FrameworkCatalog.Default.Get("sif-2013");
        var ilacs = FrameworkCatalog.Default.Get("ilacs-2018");

        Assert.Throws<ArgumentException>(() => InspectionGenerators.ValidInspection(sif, ilacs.GetVisitType("focused-visit")));
        Assert.Throws<KeyNotFoundException>(() => InspectionGenerators.ValidInspection(sif, "focused-visit"));
    }

    [Fact]
    public void Generated_inspections_cover_every_framework_and_visit_type_of_the_catalog()
    {
        var seen = InspectionGenerators.ValidInspection().Sample(3000).Select(i => (i.FrameworkId, i.VisitTypeId)).ToHashSet();

        var all = FrameworkCatalog.Default.All.SelectMany(f => f.VisitTypes.Select(v => (f.Id, v.Id)));
        Assert.All(all, pair => Assert.Contains(pair, seen));
    }

    internal static bool RaisesExactly(DefectiveInspection defective, FrameworkCatalog catalog)
    {
        var result = InspectionValidator.Validate(defective.Inspection, catalog);
        bool raised = result.Contains(defective.ExpectedCode);
        var otherErrors = Errors(result).Where(d => d.Code != defective.ExpectedCode);
        bool severityRight = defective.ExpectedSeverity == DiagnosticSeverity.Error ? !result.IsValid : result.IsValid;
        return raised && !otherErrors.Any() && severityRight;
    }

    private static Diagnostic[] Errors(DiagnosticList result) => result.Where(d => d.IsError).ToArray();
}
