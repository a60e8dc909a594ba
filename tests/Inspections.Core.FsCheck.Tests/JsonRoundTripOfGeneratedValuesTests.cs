using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.FsCheck;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.FsCheck.Tests;

/// <summary>Generated values round-trip through the inspections/v1 JSON format, with their diagnostics.</summary>
public sealed class JsonRoundTripOfGeneratedValuesTests
{
    [Fact]
    public void Every_generated_valid_inspection_round_trips_and_reads_as_valid()
    {
        // widen when the reader reads theme/notJudged/partial fieldwork
        Prop.ForAll(InspectionGenerators.ValidInspection().Where(OldShape.Holds).ToArbitrary(), inspection =>
        {
            var result = InspectionJson.Read(InspectionJson.WriteToUtf8Bytes(inspection));

            Assert.Equal(inspection, result.Inspection);
            Assert.True(result.IsValid, string.Join("; ", result.Diagnostics));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_generated_defective_inspection_round_trips_and_still_raises_exactly_its_code()
    {
        // widen when the reader reads theme/notJudged/partial fieldwork
        Prop.ForAll(InspectionGenerators.InspectionWithOneDefect().Where(d => OldShape.Holds(d.Inspection)).ToArbitrary(), defective =>
        {
            var result = InspectionJson.Read(InspectionJson.WriteToUtf8Bytes(defective.Inspection));

            Assert.Equal(defective.Inspection, result.Inspection);
            Assert.Equal(
                [defective.ExpectedCode],
                result.Diagnostics.Where(d => d.Severity == defective.ExpectedSeverity).Select(d => d.Code).Distinct());
            Assert.Equal(defective.ExpectedSeverity == DiagnosticSeverity.Warning, result.IsValid);
        }).QuickCheckThrowOnFailure();
    }
}
