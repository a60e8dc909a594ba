namespace Inspections.Import;

/// <summary>A local authority as the lookup file knows it.</summary>
/// <param name="Urn">Ofsted's unique reference number for the authority's children's services (the 80xxx series, and later ones).</param>
/// <param name="Name">The ONS name, such as "Bath and North East Somerset".</param>
/// <param name="LaNumber">The three-digit DfE local authority number, or null when the file has none.</param>
/// <param name="Gss">The ONS GSS code, or null when the file has none that fits the pattern.</param>
public sealed record LocalAuthority(string Urn, string Name, int? LaNumber, string? Gss)
{
    /// <summary>The authority as a person reads it, such as <c>Calderdale (URN 80447, LA 381, GSS E08000033)</c>; a code the file lacks is left out.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Name} (URN {Urn}"
        + (LaNumber is { } la ? ", LA " + la.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + (Gss is { } gss ? ", GSS " + gss : string.Empty)
        + ")";
}
