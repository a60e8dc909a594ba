using System.Collections.Immutable;
using NodaTime;

namespace Inspections.Core.Authorities;

/// <summary>
/// An English local authority with children's services duties, as the <see cref="LocalAuthorityRegister"/>
/// knows it: the name Ofsted uses, the other names in use, every ONS GSS code it has had, its DfE number,
/// region, when it existed, and which authorities came before and after it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Two instances are the same authority when they are the same object: the register
/// makes one instance per authority. Predecessors and successors are given by name; the register resolves them.
/// </remarks>
public sealed class LocalAuthority
{
    internal LocalAuthority(
        string name,
        ImmutableArray<string> otherNames,
        ImmutableArray<string> gssCodes,
        int? dfeNumber,
        string? ofstedUrn,
        string region,
        LocalDate? existsFrom,
        LocalDate? existsUntil,
        ImmutableArray<string> predecessors,
        ImmutableArray<string> successors,
        ImmutableArray<int> statisticalNeighbours)
    {
        Name = name;
        OtherNames = otherNames;
        GssCodes = gssCodes;
        DfeNumber = dfeNumber;
        OfstedUrn = ofstedUrn;
        Region = region;
        ExistsFrom = existsFrom;
        ExistsUntil = existsUntil;
        Predecessors = predecessors;
        Successors = successors;
        StatisticalNeighbours = statisticalNeighbours;
    }

    /// <summary>The name Ofsted uses ("Bristol", "Kingston upon Hull", "St Helens"), unique in the register.</summary>
    public string Name { get; }

    /// <summary>Other names in use for it: the ONS name ("Bristol, City of"), short and long forms ("Hull", "BCP").</summary>
    public ImmutableArray<string> OtherNames { get; }

    /// <summary>The current GSS code, or the last one for an authority that no longer exists.</summary>
    public string GssCode => GssCodes[GssCodes.Length - 1];

    /// <summary>Every GSS code it has had since 2009, oldest first (most have had one).</summary>
    public ImmutableArray<string> GssCodes { get; }

    /// <summary>The three-digit DfE local authority number, such as 381 for Calderdale, or null where none is known.</summary>
    public int? DfeNumber { get; }

    /// <summary>Ofsted's unique reference number for its children's services, where the lookup has one.</summary>
    public string? OfstedUrn { get; }

    /// <summary>The English region, such as "Yorkshire and the Humber".</summary>
    public string Region { get; }

    /// <summary>The first day it existed, or null when it existed before 1 April 2009 (where the register starts).</summary>
    public LocalDate? ExistsFrom { get; }

    /// <summary>The last day it existed, or null when it exists today.</summary>
    public LocalDate? ExistsUntil { get; }

    /// <summary>Whether it exists today (as far as the register knows).</summary>
    public bool IsCurrent => ExistsUntil is null;

    /// <summary>The names of the authorities it took over from (empty for most).</summary>
    public ImmutableArray<string> Predecessors { get; }

    /// <summary>The names of the authorities that took over from it (empty while it exists).</summary>
    public ImmutableArray<string> Successors { get; }

    /// <summary>
    /// The DfE's ten statistical neighbours, by DfE number, closest first, as the lookup gives them
    /// (empty for authorities abolished before the list was made).
    /// </summary>
    public ImmutableArray<int> StatisticalNeighbours { get; }

    /// <summary>Whether it existed on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is within its existence (an authority that existed before 2009 counts as existing on any earlier day).</returns>
    public bool ExistsOn(LocalDate date) =>
        (ExistsFrom is not { } from || date >= from) && (ExistsUntil is not { } until || date <= until);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
