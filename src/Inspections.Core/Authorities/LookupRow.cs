using System.Collections.Immutable;

namespace Inspections.Core.Authorities;

/// <summary>One row of the local authority lookup (see <see cref="LookupRows"/>).</summary>
/// <param name="Urn">Ofsted's URN for the authority's children's services.</param>
/// <param name="DfeNumber">The three-digit DfE local authority number (<c>la_code</c>).</param>
/// <param name="GssCode">The ONS GSS code (<c>la_code_new</c>).</param>
/// <param name="OnsName">The ONS name (<c>local_authority_ons_name</c>).</param>
/// <param name="AlsoKnownAs">Other names (<c>also_known_as</c>) as the file writes them: "[Kingston Upon Hull, Hull]", or empty.</param>
/// <param name="Region">The region (<c>region_name</c>); empty for none.</param>
/// <param name="StatisticalNeighbours">The DfE's ten statistical neighbours, by DfE number, closest first.</param>
internal sealed record LookupRow(
    string Urn,
    int DfeNumber,
    string GssCode,
    string OnsName,
    string AlsoKnownAs,
    string Region,
    ImmutableArray<int> StatisticalNeighbours);
