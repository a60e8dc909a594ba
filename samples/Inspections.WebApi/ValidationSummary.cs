using System;
using System.Collections.Immutable;
using Inspections.Core;
using Inspections.Core.Serialization;

namespace Inspections.WebApi;

/// <summary>The 200 answer for a valid document.</summary>
/// <param name="Valid">Always true (an invalid document is a 422 problem).</param>
/// <param name="Framework">The framework id, such as <c>sif-2013</c>.</param>
/// <param name="VisitType">The visit type id.</param>
/// <param name="Subject">Who was inspected.</param>
/// <param name="Warnings">The warnings, or null (left out) when there are none.</param>
internal sealed record ValidationSummary(bool Valid, string Framework, string VisitType, SubjectSummary Subject, ImmutableArray<DiagnosticResponse>? Warnings)
{
    /// <summary>The summary of a valid reading.</summary>
    /// <param name="result">A reading whose <see cref="InspectionReadResult.IsValid"/> is true.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">The reading is not valid.</exception>
    public static ValidationSummary Of(InspectionReadResult result)
    {
        if (!result.IsValid)
        {
            throw new ArgumentException("The reading is not valid.", nameof(result));
        }

        Inspection inspection = result.Inspection;
        InspectionSubject subject = inspection.Subject;
        var warnings = DiagnosticResponse.Of(result, errors: false);
        return new ValidationSummary(
            Valid: true,
            inspection.FrameworkId,
            inspection.VisitTypeId,
            new SubjectSummary(subject.Kind.ToId(), subject.Name, subject.GssCode, subject.LaNumber),
            warnings.IsEmpty ? null : warnings);
    }
}
