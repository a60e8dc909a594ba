using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Inspections.Core.Authorities;

/// <summary>
/// England's regions as the ONS and Ofsted draw them, and the region of each local authority in each.
/// </summary>
/// <remarks>
/// <para>
/// The ONS regions and their codes: ONS, "Regions (December 2022) Names and Codes in England"
/// (geoportal.statistics.gov.uk), the <c>rgn22cd</c>/<c>rgn22nm</c> columns of the JT-39 lookup
/// (../shared/data/Provider_data_lookup.csv). An authority's ONS region is the lookup's <c>region_name</c>
/// (<see cref="LocalAuthority.Region"/>); the lookup's <c>rgn22cd</c> is wrong for two rows (Buckinghamshire E12000004,
/// Gloucestershire E12000003, which are the East Midlands' and Yorkshire's codes), so the code is taken from the name.
/// </para>
/// <para>
/// Ofsted's regions: Ofsted's official tables name each authority's region ("LA region" in "Children's social care
/// data in England 2023 - LA inspections 2009-2023", "Ofsted region" in "ILACS inspection history from 2018-2025");
/// every row of both agrees with the ONS region, except that the North East and Yorkshire and the Humber are one
/// Ofsted region, "North East, Yorkshire and the Humber" (the 2023 sheet writes "The Humber"). That one difference is
/// the only fact said here; a test checks it against every row of Ofsted's tables.
/// </para>
/// <para>Thread-safe.</para>
/// </remarks>
public static class Regions
{
    private const string NorthEastYorkshireAndTheHumber = "North East, Yorkshire and the Humber";

    /// <summary>The ONS's nine regions, in the order of their codes.</summary>
    public static ImmutableArray<Region> Ons { get; } =
    [
        new(RegionKind.Ons, "North East", "E12000001"),
        new(RegionKind.Ons, "North West", "E12000002"),
        new(RegionKind.Ons, "Yorkshire and The Humber", "E12000003"),
        new(RegionKind.Ons, "East Midlands", "E12000004"),
        new(RegionKind.Ons, "West Midlands", "E12000005"),
        new(RegionKind.Ons, "East of England", "E12000006"),
        new(RegionKind.Ons, "London", "E12000007"),
        new(RegionKind.Ons, "South East", "E12000008"),
        new(RegionKind.Ons, "South West", "E12000009"),
    ];

    /// <summary>Ofsted's eight regions, in the order of the ONS regions they cover.</summary>
    public static ImmutableArray<Region> Ofsted { get; } = Ons
        .Select(r => OfstedName(r.Name))
        .Distinct(StringComparer.Ordinal)
        .Select(name => new Region(RegionKind.Ofsted, name, null))
        .ToImmutableArray();

    /// <summary>The regions of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see cref="Ons"/> or <see cref="Ofsted"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static ImmutableArray<Region> All(RegionKind kind) => kind switch
    {
        RegionKind.Ons => Ons,
        RegionKind.Ofsted => Ofsted,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The region kind must be Ons or Ofsted."),
    };

    /// <summary>Finds a region of one kind by name (case and "the"/"The" make no difference), or an ONS region by code.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="nameOrCode">A name or, for ONS regions, a GSS code; null finds nothing.</param>
    /// <param name="region">The region, when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(RegionKind kind, string? nameOrCode, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Region? region)
    {
        region = nameOrCode is null
            ? null
            : All(kind).FirstOrDefault(r =>
                string.Equals(r.Name, nameOrCode.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(r.GssCode, nameOrCode.Trim(), StringComparison.OrdinalIgnoreCase));
        return region is not null;
    }

    /// <summary>A region of one kind by name or code.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="nameOrCode">A name or, for ONS regions, a GSS code.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No region of that kind has the name or code (the message names those there are).</exception>
    public static Region Get(RegionKind kind, string nameOrCode)
    {
        if (nameOrCode is null)
        {
            throw new ArgumentNullException(nameof(nameOrCode));
        }

        return TryGet(kind, nameOrCode, out var region)
            ? region
            : throw new KeyNotFoundException(
                $"There is no {(kind == RegionKind.Ons ? "ONS" : "Ofsted")} region '{nameOrCode}'; the regions are: {string.Join(", ", All(kind).Select(r => r.Name))}.");
    }

    /// <summary>An authority's region of one kind.</summary>
    /// <param name="authority">The authority.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The authority's <see cref="LocalAuthority.Region"/> is not an ONS region (a register built from another lookup).</exception>
    public static Region Of(LocalAuthority authority, RegionKind kind)
    {
        if (authority is null)
        {
            throw new ArgumentNullException(nameof(authority));
        }

        var ons = Get(RegionKind.Ons, authority.Region);
        return kind == RegionKind.Ons ? ons : Get(RegionKind.Ofsted, OfstedName(ons.Name));
    }

    /// <summary>The ONS regions an Ofsted region covers (the North East and Yorkshire and The Humber for "North East, Yorkshire and the Humber").</summary>
    /// <param name="ofstedRegion">One of <see cref="Ofsted"/>.</param>
    /// <returns>The ONS regions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ofstedRegion"/> is null.</exception>
    public static ImmutableArray<Region> OnsRegionsOf(Region ofstedRegion)
    {
        if (ofstedRegion is null)
        {
            throw new ArgumentNullException(nameof(ofstedRegion));
        }

        return Ons.Where(r => string.Equals(OfstedName(r.Name), ofstedRegion.Name, StringComparison.Ordinal)).ToImmutableArray();
    }

    // The one difference between Ofsted's regions and the ONS's (see the remarks).
    private static string OfstedName(string onsName) =>
        onsName is "North East" or "Yorkshire and The Humber" ? NorthEastYorkshireAndTheHumber : onsName;
}
