namespace Inspections.Import;

/// <summary>
/// One entry of the local authority lookup file (<see cref="LocalAuthorityLookup"/>): what that file says of a URN. It is
/// not a second model of a local authority: the one public <c>LocalAuthority</c> is the register's
/// (<see cref="Inspections.Core.Authorities.LocalAuthority"/>, from <see cref="Inspections.Core.Authorities.LocalAuthorityRegister"/>,
/// which is built from the same file), found from an entry by its GSS code or name.
/// </summary>
/// <param name="Urn">Ofsted's unique reference number for the authority's children's services (the 80xxx series, and later ones).</param>
/// <param name="Name">The ONS name, such as "Bath and North East Somerset".</param>
/// <param name="LaNumber">The three-digit DfE local authority number, or null when the file has none.</param>
/// <param name="Gss">The ONS GSS code, or null when the file has none that fits the pattern.</param>
public sealed record LookupEntry(string Urn, string Name, int? LaNumber, string? Gss)
{
    /// <summary>The authority as a person reads it, such as <c>Calderdale (URN 80447, LA 381, GSS E08000033)</c>; a code the file lacks is left out.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Name} (URN {Urn}"
        + (LaNumber is { } la ? ", LA " + la.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + (Gss is { } gss ? ", GSS " + gss : string.Empty)
        + ")";
}
