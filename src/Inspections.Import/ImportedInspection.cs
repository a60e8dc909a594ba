using System.Collections.Immutable;
using System.Globalization;
using Inspections.Core;
using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>One row typed as an inspection, with any warnings about it.</summary>
/// <param name="Line">The row's line in the file (the header is line 1).</param>
/// <param name="Inspection">The inspection.</param>
/// <param name="Warnings">What was mapped or left out on the way (empty when nothing).</param>
public sealed record ImportedInspection(int Line, Inspection Inspection, DiagnosticList Warnings)
{
    /// <summary>
    /// The row as a person reads it: its line, the inspection (as <see cref="Inspection.ToString"/> prints it, dates in
    /// ISO 8601) and how many warnings, such as <c>line 12: ilacs-2018 full-inspection of Calderdale, fieldwork 2018-10-01/2018-10-12; 1 warning</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"line {Line.ToString(CultureInfo.InvariantCulture)}: {Inspection}" + (Warnings.IsEmpty ? string.Empty : "; " + Words.Count(Warnings, "warning"));
}
