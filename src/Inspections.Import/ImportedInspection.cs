using System.Collections.Immutable;
using Inspections.Core;
using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>One row typed as an inspection, with any warnings about it.</summary>
/// <param name="Line">The row's line in the file (the header is line 1).</param>
/// <param name="Inspection">The inspection.</param>
/// <param name="Warnings">What was mapped or left out on the way (empty when nothing).</param>
public sealed record ImportedInspection(int Line, Inspection Inspection, DiagnosticList Warnings);
