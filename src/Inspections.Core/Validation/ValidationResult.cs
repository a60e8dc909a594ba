using System;
using System.Collections.Immutable;
using Inspections.Core.Documents;

namespace Inspections.Core.Validation;

/// <summary>
/// The outcome of validating a document: every diagnostic found, in the order found. Valid when there is no error.
/// </summary>
/// <remarks>The default value is a valid result with no diagnostics. Immutable.</remarks>
public readonly struct ValidationResult : IEquatable<ValidationResult>
{
    private readonly ImmutableArray<Diagnostic> _diagnostics;
    private readonly ImmutableArray<DocumentTarget> _targets;

    /// <summary>Creates a result.</summary>
    /// <param name="diagnostics">The diagnostics; default or empty for none.</param>
    /// <exception cref="ArgumentException">A diagnostic in the list is null.</exception>
    public ValidationResult(ImmutableArray<Diagnostic> diagnostics)
    {
        _diagnostics = diagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : diagnostics;
        int errors = 0, warnings = 0;
        foreach (var diagnostic in _diagnostics)
        {
            if (diagnostic is null)
            {
                throw new ArgumentException("A diagnostic in the list is null.", nameof(diagnostics));
            }

            if (diagnostic.IsError)
            {
                errors++;
            }
            else
            {
                warnings++;
            }
        }

        ErrorCount = errors;
        WarningCount = warnings;
        _targets = default;
    }

    /// <summary>Creates a result with the place of each diagnostic in the document, for the reader's source map.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="targets">Where each is, in the same order.</param>
    internal ValidationResult(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<DocumentTarget> targets)
        : this(diagnostics)
    {
        _targets = targets;
    }

    /// <summary>Where each diagnostic is, as structure: the validator's own results have them, others have none (empty).</summary>
    internal ImmutableArray<DocumentTarget> Targets => _targets.IsDefault ? ImmutableArray<DocumentTarget>.Empty : _targets;

    /// <summary>Every diagnostic, in the order found.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : _diagnostics;

    /// <summary>Whether the document is valid: it has no error (warnings are allowed).</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>How many errors were found.</summary>
    public int ErrorCount { get; }

    /// <summary>How many warnings were found.</summary>
    public int WarningCount { get; }

    /// <summary>Whether any diagnostic has <paramref name="code"/>.</summary>
    /// <param name="code">The code, such as <c>INS014</c>.</param>
    /// <returns>The result.</returns>
    public bool Contains(string code)
    {
        foreach (var diagnostic in Diagnostics)
        {
            if (string.Equals(diagnostic.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(ValidationResult other)
    {
        var mine = Diagnostics;
        var theirs = other.Diagnostics;
        if (mine.Length != theirs.Length)
        {
            return false;
        }

        for (int i = 0; i < mine.Length; i++)
        {
            if (!mine[i].Equals(theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValidationResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ErrorCount, WarningCount, Diagnostics.Length);

    /// <summary>"valid" or "invalid", with the counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{(IsValid ? "valid" : "invalid")}: {ErrorCount} errors, {WarningCount} warnings";

    /// <summary>Whether two results hold equal diagnostics in the same order.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">A result.</param>
    /// <returns>The result.</returns>
    public static bool operator ==(ValidationResult left, ValidationResult right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">A result.</param>
    /// <returns>The result.</returns>
    public static bool operator !=(ValidationResult left, ValidationResult right) => !left.Equals(right);
}
