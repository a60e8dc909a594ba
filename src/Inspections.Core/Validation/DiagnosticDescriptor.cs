namespace Inspections.Core.Validation;

/// <summary>What a diagnostic code means: its code, its severity and when it is raised.</summary>
/// <param name="Code">The code, such as <c>INS014</c>.</param>
/// <param name="Severity">The severity diagnostics of this code always have.</param>
/// <param name="Title">When the code is raised, in plain English.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title);
