using System;

namespace Inspections.Core.Authorities;

/// <summary>
/// An English region: one of the ONS's nine (<see cref="RegionKind.Ons"/>, with its GSS code) or Ofsted's eight
/// (<see cref="RegionKind.Ofsted"/>). Regions come from <see cref="Regions"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; each region is one instance, so reference equality is equality.</remarks>
public sealed class Region
{
    internal Region(RegionKind kind, string name, string? gssCode)
    {
        Kind = kind;
        Name = name;
        GssCode = gssCode;
    }

    /// <summary>Whose region it is.</summary>
    public RegionKind Kind { get; }

    /// <summary>The region's name as its owner writes it, such as "Yorkshire and The Humber" (ONS) or "North East, Yorkshire and the Humber" (Ofsted).</summary>
    public string Name { get; }

    /// <summary>The ONS region's GSS code, such as <c>E12000007</c> for London; null for Ofsted's regions, which have none.</summary>
    public string? GssCode { get; }

    /// <summary>The name with whose region it is, such as <c>London (ONS region)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({(Kind == RegionKind.Ons ? "ONS" : "Ofsted")} region)";
}
