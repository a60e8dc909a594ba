using Inspections.Core.Authorities;

namespace Inspections.Core.Tests.Authorities;

/// <summary>England's regions, ONS's and Ofsted's, and each authority's region in each, checked against the sources.</summary>
public sealed class RegionsTests
{
    private static readonly LocalAuthorityRegister Register = LocalAuthorityRegister.Default;

    [Fact]
    public void The_ons_has_nine_regions_and_ofsted_eight_named_as_such()
    {
        Assert.Equal(9, Regions.Ons.Length);
        Assert.Equal(
            ["North East, Yorkshire and the Humber", "North West", "East Midlands", "West Midlands", "East of England", "London", "South East", "South West"],
            Regions.Ofsted.Select(r => r.Name));
        Assert.Equal("London (ONS region)", Regions.Get(RegionKind.Ons, "E12000007").ToString());
        Assert.Equal("North West (Ofsted region)", Regions.Get(RegionKind.Ofsted, "north west").ToString());
        Assert.All(Regions.Ofsted, r => Assert.Null(r.GssCode));
    }

    [Fact]
    public void Every_authority_of_the_register_has_a_region_of_each_kind()
    {
        foreach (var authority in Register.Authorities)
        {
            Assert.Equal(RegionKind.Ons, Regions.Of(authority, RegionKind.Ons).Kind);
            Assert.Contains(Regions.Of(authority, RegionKind.Ofsted), Regions.Ofsted);
            Assert.Contains(Regions.Of(authority, RegionKind.Ons), Regions.OnsRegionsOf(Regions.Of(authority, RegionKind.Ofsted)));
        }

        Assert.Equal("North East, Yorkshire and the Humber", Regions.Of(Register["Calderdale"], RegionKind.Ofsted).Name);
        Assert.Equal("Yorkshire and The Humber", Regions.Of(Register["Calderdale"], RegionKind.Ons).Name);
    }

    [SharedDataFact]
    public void Every_row_of_ofsteds_tables_names_the_ofsted_region_the_library_gives_its_authority()
    {
        int checkedRows = 0;
        foreach (var (sheet, nameColumn, regionColumn) in new[]
        {
            ("la_inspections_2009_2023.csv", 1, 2),
            ("ilacs_inspection_history_2018_2025.csv", 2, 4),
        })
        {
            foreach (var row in SharedCsv.Read(RepositoryPaths.OfficialSheet(sheet)).Where(r => r.Length > regionColumn && r[0].StartsWith("Ofsted Local Authority", StringComparison.Ordinal)))
            {
                var authority = Register[row[nameColumn]];
                Assert.True(
                    string.Equals(Regions.Of(authority, RegionKind.Ofsted).Name, row[regionColumn], StringComparison.OrdinalIgnoreCase),
                    $"{sheet}: {row[nameColumn]} is in '{row[regionColumn]}', not '{Regions.Of(authority, RegionKind.Ofsted).Name}'");
                checkedRows++;
            }
        }

        Assert.True(checkedRows > 300, $"{checkedRows} rows");
    }

    [SharedDataFact]
    public void The_lookups_region_codes_agree_with_its_region_names_except_two_rows()
    {
        var rows = SharedCsv.Read(RepositoryPaths.LookupCsv);
        var header = rows[0].Select(h => h.TrimStart('\uFEFF')).ToList();
        int name = header.IndexOf("local_authority_ons_name"), region = header.IndexOf("region_name"), code = header.IndexOf("rgn22cd");
        var disagreeing = rows.Skip(1)
            .Where(r => Regions.Get(RegionKind.Ons, r[region]).GssCode != r[code])
            .Select(r => $"{r[name]} {r[code]}")
            .ToList();

        Assert.Equal(["Buckinghamshire E12000004", "Gloucestershire E12000003"], disagreeing);
    }

    [Fact]
    public void An_unknown_region_is_refused_naming_the_regions()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Regions.Get(RegionKind.Ofsted, "Yorkshire"));

        Assert.Equal(
            "There is no Ofsted region 'Yorkshire'; the regions are: North East, Yorkshire and the Humber, North West, East Midlands, West Midlands, East of England, London, South East, South West.",
            error.Message);
        Assert.False(Regions.TryGet(RegionKind.Ons, null, out _));
    }
}
