using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using Inspections.Core.Documents;

namespace Inspections.Core.Validation;

/// <summary>
/// The diagnostics found by reading, validating or importing, in the order found: the one shape every operation
/// that reports problems returns. Valid when there is no error; it says how many errors and warnings there are,
/// whether a code is among them, and how many more problems were found than listed.
/// </summary>
/// <remarks>
/// The default value is an empty, valid list. Immutable and thread-safe; equal by value (the same diagnostics in the
/// same order and the same count not listed). Enumerating it does not allocate.
/// </remarks>
public readonly struct DiagnosticList : IReadOnlyList<Diagnostic>, IEquatable<DiagnosticList>
{
    private readonly ImmutableArray<Diagnostic> _diagnostics;
    private readonly ImmutableArray<DocumentTarget> _targets;

    /// <summary>An empty list: no diagnostics, valid.</summary>
    public static DiagnosticList Empty => default;

    /// <summary>Creates a list.</summary>
    /// <param name="diagnostics">The diagnostics; default or empty for none.</param>
    /// <exception cref="ArgumentException">A diagnostic in the list is null.</exception>
    public DiagnosticList(ImmutableArray<Diagnostic> diagnostics)
        : this(diagnostics, 0)
    {
    }

    /// <summary>Creates a list that says how many more problems were found than it lists.</summary>
    /// <param name="diagnostics">The diagnostics listed; default or empty for none.</param>
    /// <param name="notListedCount">How many more problems were found and counted but not listed (0 or more).</param>
    /// <exception cref="ArgumentException">A diagnostic in the list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="notListedCount"/> is negative.</exception>
    public DiagnosticList(ImmutableArray<Diagnostic> diagnostics, int notListedCount)
    {
        NotListedCount = notListedCount >= 0
            ? notListedCount
            : throw new ArgumentOutOfRangeException(nameof(notListedCount), notListedCount, "A count cannot be negative.");
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
    /// <param name="notListedCount">How many more problems were counted but not listed.</param>
    internal DiagnosticList(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<DocumentTarget> targets, int notListedCount = 0)
        : this(diagnostics, notListedCount)
    {
        _targets = targets;
    }

    /// <summary>Where each diagnostic is, as structure: the validator's own results have them, others have none (empty).</summary>
    internal ImmutableArray<DocumentTarget> Targets => _targets.IsDefault ? ImmutableArray<DocumentTarget>.Empty : _targets;

    private ImmutableArray<Diagnostic> Items => _diagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : _diagnostics;

    /// <summary>How many diagnostics are listed.</summary>
    public int Count => Items.Length;

    /// <summary>Whether no diagnostic is listed.</summary>
    public bool IsEmpty => Items.IsEmpty;

    /// <summary>
    /// How many more problems were found than are listed: reading lists at most
    /// <see cref="Serialization.InspectionJson.MaxDiagnostics"/> per document and counts the rest (the last diagnostic
    /// listed then says how many of each code there were). 0 when everything found is listed.
    /// </summary>
    public int NotListedCount { get; }

    /// <summary>The diagnostic at <paramref name="index"/>.</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The diagnostic.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public Diagnostic this[int index] => Items[index];

    /// <summary>The diagnostics as an immutable array (no copy is made).</summary>
    /// <returns>The array.</returns>
    public ImmutableArray<Diagnostic> ToImmutableArray() => Items;

    /// <summary>An enumerator over the diagnostics, in order; it does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<Diagnostic>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<Diagnostic> IEnumerable<Diagnostic>.GetEnumerator() => ((IEnumerable<Diagnostic>)Items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

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
        foreach (var diagnostic in Items)
        {
            if (string.Equals(diagnostic.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(DiagnosticList other)
    {
        var mine = Items;
        var theirs = other.Items;
        if (mine.Length != theirs.Length || NotListedCount != other.NotListedCount)
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
    public override bool Equals(object? obj) => obj is DiagnosticList other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ErrorCount, WarningCount, Items.Length, NotListedCount);

    /// <summary>
    /// "valid" or "invalid", with the counts in words: "invalid, 2 errors, 1 warning", the same words as
    /// <see cref="Serialization.InspectionReadResult"/>'s summary of a document that could be read.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{(IsValid ? "valid" : "invalid")}, {DescribeCounts()}";

    /// <summary>The counts in words: "1 error, 0 warnings", and how many more were not listed when some were not.</summary>
    internal string DescribeCounts() =>
        $"{Counted(ErrorCount, "error")}, {Counted(WarningCount, "warning")}"
        + (NotListedCount == 0 ? string.Empty : $" ({Counted(NotListedCount, "more problem")} not listed)");

    /// <summary>Whether two lists hold equal diagnostics in the same order (and the same count not listed).</summary>
    /// <param name="left">A list.</param>
    /// <param name="right">A list.</param>
    /// <returns>The result.</returns>
    public static bool operator ==(DiagnosticList left, DiagnosticList right) => left.Equals(right);

    /// <summary>Whether two lists differ.</summary>
    /// <param name="left">A list.</param>
    /// <param name="right">A list.</param>
    /// <returns>The result.</returns>
    public static bool operator !=(DiagnosticList left, DiagnosticList right) => !left.Equals(right);

    private static string Counted(int count, string noun) =>
        FormattableString.Invariant($"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");
}
