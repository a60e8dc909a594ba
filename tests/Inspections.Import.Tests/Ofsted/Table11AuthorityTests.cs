using Inspections.Import.Ofsted;

namespace Inspections.Import.Tests.Ofsted;

/// <summary>
/// Table 11 of the 2009–2023 table names authorities abolished before it was published; their codes come from the
/// register's reorganisations, not from a list of the importer's own.
/// </summary>
public sealed class Table11AuthorityTests
{
    // As Ofsted, the DfE and the ONS give them: the lookup (Poole 836 E06000029, Northamptonshire 928 E10000021),
    // Ofsted's ILACS history (Bournemouth E06000028), DfE numbers (Bournemouth 837, Dorset 835) and ONS county codes
    // (Dorset County Council E10000009).
    [Theory]
    [InlineData("Bournemouth", "E06000028", 837)]
    [InlineData("Poole", "E06000029", 836)]
    [InlineData("Dorset", "E10000009", 835)]
    [InlineData("Northamptonshire", "E10000021", 928)]
    public void A_table_11_name_is_the_abolished_authority_the_register_knows(string name, string gss, int la) =>
        Assert.Equal((gss, la), History2009Mapper.Table11Codes(name));

    [Theory]
    [InlineData("Calderdale")] // current, and no abolished predecessor
    [InlineData("Bournemouth, Christchurch and Poole")] // two abolished predecessors: not one authority
    [InlineData("Nowhere")]
    public void A_name_that_is_not_one_abolished_authority_has_no_table_11_codes(string name) =>
        Assert.Null(History2009Mapper.Table11Codes(name));
}
