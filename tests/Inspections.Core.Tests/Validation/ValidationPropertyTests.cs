using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core.FsCheck;
using Inspections.Core;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Validation;

/// <summary>The laws of validation, over the generators of Inspections.Core.FsCheck.</summary>
public sealed class ValidationPropertyTests
{
    /// <summary>Graded (framework, visit type) pairs of the catalog that require at least one judgement.</summary>
    private static readonly (InspectionFramework Framework, VisitType Visit)[] GradedVisits =
        FrameworkCatalog.Default.All
            .SelectMany(f => f.VisitTypes.Where(v => !v.RequiredJudgementIds.IsEmpty).Select(v => (f, v)))
            .ToArray();

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool A_generated_valid_inspection_validates_with_no_error(Inspection inspection) =>
        InspectionValidator.Validate(inspection).IsValid;

    [Fact]
    public void An_inspection_grading_exactly_the_required_judgements_on_the_scale_and_keeping_the_must_rules_is_valid()
    {
        // Built here from the framework's own definition, not by the package's generator of valid inspections:
        // required judgements only, any grades of the scale; the property is conditional on the must rules holding.
        var gen =
            from pair in Gen.Elements(GradedVisits)
            from dated in InspectionGenerators.ValidInspection(pair.Framework, pair.Visit)
            from grades in Gen.CollectToArray(pair.Visit.RequiredJudgementIds, _ => GradeGenerators.GradeOf(pair.Framework.Scale))
            select (pair.Framework, Inspection: dated with
            {
                Judgements = JudgementGrades.Create(pair.Visit.RequiredJudgementIds.Select((id, i) => new JudgementGrade(id, grades[i].Id))),
                NotJudgedIds = [],
            });

        Prop.ForAll(
                gen.ToArbitrary(),
                x =>
                {
                    bool keepsMustRules = x.Framework.Rules.Where(r => r.Strength == RuleStrength.Must).All(r => !r.IsBrokenBy(x.Inspection.Judgements, x.Framework.Scale));
                    return Prop.When(keepsMustRules, () => InspectionValidator.Validate(x.Inspection).IsValid);
                })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithMaxRejected(3000));
    }

    [Fact]
    public void Removing_a_required_judgement_always_gives_INS014_at_its_path()
    {
        var gen =
            from pair in Gen.Elements(GradedVisits)
            from inspection in InspectionGenerators.ValidInspection(pair.Framework, pair.Visit)
            from required in Gen.Elements(pair.Visit.RequiredJudgementIds.AsEnumerable())
            select (Inspection: inspection with { Judgements = inspection.Judgements.Remove(required), NotJudgedIds = inspection.NotJudgedIds.RemoveAll(id => id == required) }, Required: required);

        Prop.ForAll(
                gen.ToArbitrary(),
                x => InspectionValidator.Validate(x.Inspection)
                    .Any(d => d.Code == DiagnosticCodes.MissingRequiredJudgement && d.Path == "$.judgements." + x.Required))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Validation_never_throws_for_any_inspection_the_types_allow()
    {
        Prop.ForAll(InspectionGenerators.AnyInspection().ToArbitrary(), inspection => { InspectionValidator.Validate(inspection); })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void Validation_never_throws_against_a_synthetic_framework_either()
    {
        var gen =
            from catalog in FrameworkGenerators.SyntheticCatalog()
            from inspection in InspectionGenerators.AnyInspection()
            from framework in Gen.Elements(catalog.All.AsEnumerable())
            select (catalog, inspection: inspection with { FrameworkId = framework.Id });

        Prop.ForAll(gen.ToArbitrary(), x => { InspectionValidator.Validate(x.inspection, x.catalog); })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Validation_is_deterministic()
    {
        var gen = Gen.OneOf(
            InspectionGenerators.AnyInspection(),
            InspectionGenerators.ValidInspection(),
            InspectionGenerators.InspectionWithOneDefect().Select(d => d.Inspection));

        Prop.ForAll(
                gen.ToArbitrary(),
                inspection =>
                {
                    var first = InspectionValidator.Validate(inspection);
                    var again = InspectionValidator.Validate(inspection);
                    var ofCopy = InspectionValidator.Validate(inspection with { });
                    return first == again && first == ofCopy
                        && first.Select(d => d.ToString()).SequenceEqual(again.Select(d => d.ToString()));
                })
            .QuickCheckThrowOnFailure();
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Validity_is_exactly_the_absence_of_errors(DefectiveInspection defective)
    {
        var result = InspectionValidator.Validate(defective.Inspection);
        return result.IsValid == result.All(d => d.Severity == DiagnosticSeverity.Warning)
            && result.ErrorCount + result.WarningCount == result.Count;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Every_diagnostic_has_a_defined_code_its_codes_severity_and_a_json_path(DefectiveInspection defective) =>
        InspectionValidator.Validate(defective.Inspection).All(d =>
            DiagnosticDescriptors.TryGet(d.Code, out var descriptor)
            && descriptor.Severity == d.Severity
            && d.Path.StartsWith('$')
            && d.Message.Length > 0);

    [Fact]
    public void Validating_a_generated_valid_inspection_against_a_synthetic_framework_gives_no_error()
    {
        var gen =
            from catalog in FrameworkGenerators.SyntheticCatalog()
            from inspection in InspectionGenerators.ValidInspection(catalog)
            select (catalog, inspection);

        Prop.ForAll(gen.ToArbitrary(), x => InspectionValidator.Validate(x.inspection, x.catalog).IsValid)
            .QuickCheckThrowOnFailure();
    }
}
