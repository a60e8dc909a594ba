using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Inspections.Core.Authorities;

/// <summary>
/// A change to the children's services authorities of England since 2009: authorities abolished and created,
/// or an authority given a new ONS GSS code, on one date, by one instrument.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Reorganisation
{
    internal Reorganisation(LocalDate takesEffect, ImmutableArray<(string Predecessor, string Successor)> successions, string description, string source)
    {
        TakesEffect = takesEffect;
        Successions = successions;
        Before = [.. successions.Select(s => s.Predecessor).Distinct(StringComparer.Ordinal)];
        After = [.. successions.Select(s => s.Successor).Distinct(StringComparer.Ordinal)];
        Description = description;
        Source = source;
    }

    /// <summary>The first day of the new arrangement (1 April in every case so far).</summary>
    public LocalDate TakesEffect { get; }

    /// <summary>
    /// Who took over from whom in this change, the one statement of succession (the register's predecessors and
    /// successors are read from it): (predecessor, successor) by name as in the register; an authority that only had
    /// its code changed succeeds itself.
    /// </summary>
    internal ImmutableArray<(string Predecessor, string Successor)> Successions { get; }

    /// <summary>The names (as in the register) of the authorities before the change.</summary>
    public ImmutableArray<string> Before { get; }

    /// <summary>The names (as in the register) of the authorities after it; the same as <see cref="Before"/> when only a code changed.</summary>
    public ImmutableArray<string> After { get; }

    /// <summary>What changed, in a sentence.</summary>
    public string Description { get; }

    /// <summary>Where the change is defined (the statutory instrument, or the ONS record of codes).</summary>
    public string Source { get; }

    /// <summary>Whether <paramref name="authorityName"/> is on either side of the change.</summary>
    /// <param name="authorityName">A name as in the register.</param>
    /// <returns><see langword="true"/> when it is named before or after.</returns>
    public bool Involves(string authorityName) =>
        Before.IndexOf(authorityName, StringComparer.Ordinal) >= 0 || After.IndexOf(authorityName, StringComparer.Ordinal) >= 0;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{DateText.Format(TakesEffect)}: {string.Join(", ", Before)} -> {string.Join(", ", After)}";
}
