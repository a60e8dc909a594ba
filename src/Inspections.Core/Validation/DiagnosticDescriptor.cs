using System;
using System.Globalization;
using Inspections.Core.Documents;

namespace Inspections.Core.Validation;

/// <summary>
/// What a diagnostic code means, as in Roslyn: its code, its severity, when it is raised and the format of its
/// message. A <see cref="Diagnostic"/> is made from a descriptor, a place and the message's arguments
/// (<see cref="Create(string, object[])"/>), so that its code and severity always agree.
/// </summary>
/// <remarks>
/// <para>
/// Immutable; equal by value; thread-safe. The codes of the contract are in <see cref="DiagnosticDescriptors.All"/>. One
/// code may have several descriptors, one per kind of message (<c>with { MessageFormat = ... }</c>), all with the
/// code's severity. Importers declare their own codes (<c>IMP…</c>) the same way.
/// </para>
/// <para>
/// A message says what is wrong, never where: the place is carried by the diagnostic's own fields (path, line,
/// byte position) and printed once.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var unknownColumn = new DiagnosticDescriptor("IMP001", DiagnosticSeverity.Error,
///     "A column is not one the importer knows.", "Column '{0}' is not one of {1}.");
/// Diagnostic diagnostic = unknownColumn.Create("$", "urn", "la_code and inspection_date");
/// </code>
/// </example>
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
        MessageFormat = "{0}";
    }

    /// <summary>Creates a descriptor with a message format.</summary>
    /// <param name="code">The code, such as <c>IMP001</c>.</param>
    /// <param name="severity">The severity diagnostics of this code always have.</param>
    /// <param name="title">When the code is raised, in plain English.</param>
    /// <param name="messageFormat">
    /// The message, a composite format string (<c>"Column '{0}' is not one of {1}."</c>) formatted with the invariant
    /// culture; it says what is wrong, not where.
    /// </param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentException">A text argument is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined severity.</exception>
    public DiagnosticDescriptor(string code, DiagnosticSeverity severity, string title, string messageFormat)
        : this(code, severity, title)
    {
        MessageFormat = messageFormat;
    }

    /// <summary>
    /// The message as a composite format string, formatted with the invariant culture by <see cref="FormatMessage"/>;
    /// <c>{0}</c> (the whole message given as the one argument) when the descriptor was made without one.
    /// </summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    /// <exception cref="ArgumentException">On init: the value is empty.</exception>
    public string MessageFormat
    {
        get;
        init => field = value is null ? throw new ArgumentNullException(nameof(MessageFormat))
            : value.Length == 0 ? throw new ArgumentException("A message format must not be empty.", nameof(MessageFormat))
            : value;
    }

    /// <summary>The message for some arguments: <see cref="MessageFormat"/> formatted with the invariant culture.</summary>
    /// <param name="arguments">The arguments; none for a message without placeholders.</param>
    /// <returns>The message.</returns>
    /// <exception cref="FormatException">The format needs more arguments than are given.</exception>
    public string FormatMessage(params object?[] arguments) =>
        arguments is null || arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    /// <summary>Makes a diagnostic of this descriptor's code and severity.</summary>
    /// <param name="path">Where the problem is: a JSON path such as <c>$.subject.gss</c>, or an importer's own place name.</param>
    /// <param name="arguments">The message's arguments.</param>
    /// <returns>The diagnostic, with no line; set one with <c>with { Line = ..., BytePositionInLine = ... }</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FormatException">The format needs more arguments than are given.</exception>
    public Diagnostic Create(string path, params object?[] arguments) => new(this, path, FormatMessage(arguments));

    /// <summary>Makes a diagnostic pointing at a place in an inspection document.</summary>
    /// <param name="target">The place.</param>
    /// <param name="arguments">The message's arguments.</param>
    /// <returns>The diagnostic.</returns>
    internal Diagnostic Create(DocumentTarget target, params object?[] arguments) => Create(target.Path, arguments);

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
