using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inspections.Core.Catalog;
using Inspections.Core.FsCheck;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.FsCheck.Tests;

public sealed class DocsExampleTests
{
    // 1. Take valid inspections by type: register the package's arbitraries.
    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool A_generated_inspection_is_valid(Inspection inspection) =>
        InspectionValidator.Validate(inspection).IsValid;

    // 2. Inspections with exactly one defect, and the code the defect must raise.
    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool A_defect_raises_its_code_and_no_other_error(DefectiveInspection defective)
    {
        var result = InspectionValidator.Validate(defective.Inspection);
        return result.Contains(defective.ExpectedCode)
            && result.Where(d => d.IsError).All(d => d.Code == defective.ExpectedCode);
    }

    // 3. One framework and visit type, with shrinking that stays valid.
    [Property]
    public Property No_recommendation_falls_due_before_the_report_is_published()
    {
        var framework = FrameworkCatalog.Default.Get("protection-of-children-2012");
        var inspections = InspectionGenerators.ValidInspection(framework, "full-inspection");

        return Prop.ForAll(
            Arb.From(inspections, InspectionShrinker.Shrink),
            inspection => inspection.Recommendations.All(r =>
                framework.DueDateOf(inspection, r) is not { } due || due >= inspection.DueDateBasis));
    }

    // 4. A round trip through JSON: a valid inspection (dates while a framework was in force) is always writable.
    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool A_valid_inspection_reads_back_equal_from_its_JSON(Inspection inspection) =>
        InspectionJson.Read(InspectionJson.WriteToUtf8Bytes(inspection)).Inspection == inspection;

    // 5. Anything the types allow: the writer refuses, with an ArgumentException, what the format cannot hold
    //    (a year before 0001, say); everything it writes reads back equal.
    [Property]
    public Property Any_inspection_reads_back_equal_or_is_refused_by_the_writer() =>
        Prop.ForAll(InspectionGenerators.AnyInspection().ToArbitrary(), inspection =>
        {
            byte[] json;
            try
            {
                json = InspectionJson.WriteToUtf8Bytes(inspection);
            }
            catch (ArgumentException)
            {
                return true;
            }

            return InspectionJson.Read(json).Inspection == inspection;
        });

    // 6. A required judgement may be listed as not judged (as Ofsted's tables write "-"), so look a grade up with
    //    TryGetGradeId: Judgements["overall-effectiveness"] throws when it is not graded.
    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Every_required_judgement_is_graded_or_listed_as_not_judged(Inspection inspection)
    {
        var visit = FrameworkCatalog.Default[inspection.FrameworkId].GetVisitType(inspection.VisitTypeId);
        return visit.RequiredJudgementIds.All(id =>
            inspection.Judgements.TryGetGradeId(id, out _) || inspection.NotJudgedIds.Contains(id));
    }
}
