namespace Inspections.Core.Authorities;

/// <summary>Which set of English regions a <see cref="Region"/> belongs to.</summary>
public enum RegionKind
{
    /// <summary>The nine regions of the Office for National Statistics (GSS codes E12000001 to E12000009).</summary>
    Ons = 0,

    /// <summary>Ofsted's eight regions: the ONS's, with the North East and Yorkshire and the Humber as one.</summary>
    Ofsted = 1,
}
