using System;

namespace Inspections.Core.Validation;

/// <summary>What a diagnostic code means: its code, its severity and when it is raised.</summary>
/// <remarks>Immutable; equal by value. The codes of the contract are in <see cref="DiagnosticCodes.All"/>.</remarks>
public sealed record DiagnosticDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="code">The code, such as <c>INS014</c>.</param>
    /// <param name="severity">The severity diagnostics of this code always have.</param>
    /// <param name="title">When the code is raised, in plain English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="title"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined severity.</exception>
    public DiagnosticDescriptor(string code, DiagnosticSeverity severity, string title)
    {
        Code = code;
        Severity = severity;
        Title = title;
    }

    /// <summary>The code, such as <c>INS014</c>.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    /// <exception cref="ArgumentException">On init: the value is empty.</exception>
    public string Code
    {
        get;
        init => field = value is null ? throw new ArgumentNullException(nameof(Code))
            : value.Length == 0 ? throw new ArgumentException("A code must not be empty.", nameof(Code))
            : value;
    }

    /// <summary>The severity diagnostics of this code always have.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not a defined severity.</exception>
    public DiagnosticSeverity Severity
    {
        get;
        init => field = value is DiagnosticSeverity.Error or DiagnosticSeverity.Warning
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Severity), value, "Not a defined severity.");
    }

    /// <summary>When the code is raised, in plain English.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    /// <exception cref="ArgumentException">On init: the value is empty.</exception>
    public string Title
    {
        get;
        init => field = value is null ? throw new ArgumentNullException(nameof(Title))
            : value.Length == 0 ? throw new ArgumentException("A title must not be empty.", nameof(Title))
            : value;
    }
}
