namespace Inspections.Core.Validation;

/// <summary>How serious a diagnostic is. A document is valid when it has no <see cref="Error"/>.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Allowed, but worth a look (for example a rule the handbook says normally holds).</summary>
    Warning = 0,

    /// <summary>The document is invalid.</summary>
    Error = 1,
}
