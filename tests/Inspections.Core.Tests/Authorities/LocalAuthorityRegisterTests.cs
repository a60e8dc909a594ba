using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inspections.Core.Authorities;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Tests.Authorities;

/// <summary>The register of local authorities: real names, codes and numbers, and every reorganisation since 2009.</summary>
public sealed class LocalAuthorityRegisterTests
{
    private static readonly LocalAuthorityRegister Register = LocalAuthorityRegister.Default;

    private static string OfstedData(string file) => Path.Combine(RepositoryPaths.SharedData, "ofsted", file);

    [Theory]
    [InlineData("Bristol")]
    [InlineData("Bristol, City of")]
    [InlineData("bristol city of")]
    [InlineData("City of Bristol")]
    [InlineData("E06000023")]
    [InlineData("e06000023")]
    [InlineData("801")]
    [InlineData("Bristol City Council")]
    public void Bristol_resolves_by_every_name_code_and_number(string text)
    {
        var bristol = Register.Resolve(text);
        Assert.Equal("Bristol", bristol.Name);
        Assert.Equal("E06000023", bristol.GssCode);
        Assert.Equal(801, bristol.DfeNumber);
        Assert.Contains("Bristol, City of", bristol.OtherNames);
        Assert.Equal("South West", bristol.Region);
    }

    [Theory]
    [InlineData("Kingston upon Hull")]
    [InlineData("Kingston Upon Hull, City of")]
    [InlineData("KINGSTON-UPON-HULL")]
    [InlineData("Hull")]
    [InlineData("Kingston upon Hull City Council")]
    [InlineData("E06000010")]
    [InlineData("810")]
    public void Hull_resolves_by_its_variants(string text) =>
        Assert.Equal("Kingston upon Hull", Register[text].Name);

    [Theory]
    [InlineData("St Helens")]
    [InlineData("St. Helens")]
    [InlineData("Saint Helens")]
    [InlineData("st helens")]
    public void St_Helens_resolves_with_or_without_the_full_stop(string text)
    {
        var authority = Register[text];
        Assert.Equal("St Helens", authority.Name);
        Assert.Equal(342, authority.DfeNumber);
    }

    [Theory]
    [InlineData("Telford & Wrekin")]
    [InlineData("Telford and Wrekin")]
    [InlineData("telford&wrekin")]
    public void Telford_and_Wrekin_resolves_with_ampersand_or_and(string text) =>
        Assert.Equal("E06000020", Register[text].GssCode);

    [Theory]
    [InlineData("Herefordshire")]
    [InlineData("Herefordshire, County of")]
    [InlineData("E06000019")]
    [InlineData("884")]
    public void Herefordshire_resolves(string text) => Assert.Equal("Herefordshire", Register[text].Name);

    [Fact]
    public void The_register_holds_153_current_authorities_and_5_abolished_ones()
    {
        Assert.Equal(153, Register.Authorities.Count(a => a.IsCurrent));
        Assert.Equal(
            ["Bournemouth", "Cumbria", "Dorset County Council", "Northamptonshire", "Poole"],
            Register.Authorities.Where(a => !a.IsCurrent).Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bournemouth_Poole_and_Dorset_county_are_reorganised_on_1_April_2019()
    {
        var bcp = Register["Bournemouth, Christchurch & Poole"];
        Assert.Same(bcp, Register["BCP"]);
        Assert.Equal("E06000058", bcp.GssCode);
        Assert.Equal(839, bcp.DfeNumber);
        Assert.Equal(new LocalDate(2019, 4, 1), bcp.ExistsFrom);
        Assert.Equal(["Bournemouth", "Poole"], Register.PredecessorsOf(bcp).Select(a => a.Name).Order(StringComparer.Ordinal));

        var bournemouth = Register["E06000028"];
        Assert.Equal("Bournemouth", bournemouth.Name);
        Assert.Equal(837, bournemouth.DfeNumber);
        Assert.Equal(new LocalDate(2019, 3, 31), bournemouth.ExistsUntil);
        Assert.Equal(836, Register["Poole"].DfeNumber);
        Assert.Equal("E06000029", Register["836"].GssCode);

        var dorset = Register["Dorset"];
        Assert.Equal("E06000059", dorset.GssCode);
        Assert.Equal(838, dorset.DfeNumber);
        var county = Assert.Single(Register.PredecessorsOf(dorset));
        Assert.Equal("Dorset County Council", county.Name);
        Assert.Same(county, Register["E10000009"]);
        Assert.Same(county, Register["835"]);
        Assert.Equal(new LocalDate(2019, 3, 31), county.ExistsUntil);

        var change = Assert.Single(Register.Reorganisations, r => r.TakesEffect == new LocalDate(2019, 4, 1));
        Assert.Contains("2018/648", change.Source, StringComparison.Ordinal);
        Assert.Contains("Christchurch", change.Description, StringComparison.Ordinal);
        Assert.False(Register.TryResolve("Christchurch", out _), "Christchurch was a district, not a children's services authority.");
    }

    [Fact]
    public void Buckinghamshire_kept_its_DfE_number_and_changed_its_code_in_2020()
    {
        var bucks = Register["Buckinghamshire"];
        Assert.Equal(["E10000002", "E06000060"], bucks.GssCodes.ToArray());
        Assert.Equal("E06000060", bucks.GssCode);
        Assert.Equal(825, bucks.DfeNumber);
        Assert.Same(bucks, Register["E10000002"]);
        Assert.Same(bucks, Register["825"]);
        Assert.True(bucks.IsCurrent);
        Assert.Empty(bucks.Predecessors);
        Assert.Contains(Register.ReorganisationsOf(bucks), r => r.TakesEffect == new LocalDate(2020, 4, 1) && r.Source.Contains("2019/957", StringComparison.Ordinal));
    }

    [Fact]
    public void Northamptonshire_became_North_and_West_Northamptonshire_in_2021()
    {
        var county = Register["Northamptonshire"];
        Assert.Equal("E10000021", county.GssCode);
        Assert.Equal(928, county.DfeNumber);
        Assert.Equal(new LocalDate(2021, 3, 31), county.ExistsUntil);
        Assert.Equal(["North Northamptonshire", "West Northamptonshire"], county.Successors.Order(StringComparer.Ordinal));

        foreach (var (name, gss, dfe) in new[] { ("North Northamptonshire", "E06000061", 940), ("West Northamptonshire", "E06000062", 941) })
        {
            var successor = Register[name];
            Assert.Equal(gss, successor.GssCode);
            Assert.Equal(dfe, successor.DfeNumber);
            Assert.Equal(new LocalDate(2021, 4, 1), successor.ExistsFrom);
            Assert.Same(county, Assert.Single(Register.PredecessorsOf(successor)));
            Assert.Equal([successor, county], Register.LineageOf(successor).ToArray());
        }
    }

    [Fact]
    public void Cumbria_split_and_North_Yorkshire_and_Somerset_were_recoded_in_2023()
    {
        var cumbria = Register["Cumbria"];
        Assert.Equal(909, cumbria.DfeNumber);
        Assert.Equal(new LocalDate(2023, 3, 31), cumbria.ExistsUntil);
        Assert.Equal(("E06000063", 942), (Register["Cumberland"].GssCode, Register["Cumberland"].DfeNumber));
        Assert.Equal(("E06000064", 943), (Register["Westmorland and Furness"].GssCode, Register["Westmorland & Furness"].DfeNumber));
        Assert.Same(cumbria, Assert.Single(Register.PredecessorsOf(Register["Cumberland"])));

        Assert.Equal(["E10000023", "E06000065"], Register["North Yorkshire"].GssCodes.ToArray());
        Assert.Equal(815, Register["E10000023"].DfeNumber);
        Assert.Equal(["E10000027", "E06000066"], Register["Somerset"].GssCodes.ToArray());
        Assert.Equal(933, Register["E10000027"].DfeNumber);
        Assert.Equal(3, Register.Reorganisations.Count(r => r.TakesEffect == new LocalDate(2023, 4, 1)));
    }

    [Fact]
    public void Boundary_recodings_keep_the_authority()
    {
        Assert.Equal(["E06000048", "E06000057"], Register["Northumberland"].GssCodes.ToArray());
        Assert.Equal(["E08000020", "E08000037"], Register["Gateshead"].GssCodes.ToArray());
        Assert.Equal(["E08000016", "E08000038"], Register["Barnsley"].GssCodes.ToArray());
        Assert.Equal(["E08000019", "E08000039"], Register["Sheffield"].GssCodes.ToArray());
    }

    [Fact]
    public void Reorganisations_are_in_date_order_and_name_only_register_authorities()
    {
        Assert.Equal(Register.Reorganisations.OrderBy(r => r.TakesEffect), Register.Reorganisations);
        foreach (var change in Register.Reorganisations)
        {
            Assert.NotEmpty(change.Source);
            Assert.All(change.Before.Concat(change.After), name => Assert.Equal(name, Register[name].Name));
        }
    }

    [Fact]
    public void An_unknown_name_is_refused_with_the_nearest_names()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Register.Resolve("Calderdal"));
        Assert.Contains("'Calderdal'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Calderdale", e.Message, StringComparison.Ordinal);
        Assert.Equal("Northamptonshire", Register.NearestNames("Northamptonshir")[0]);
        Assert.False(Register.TryResolve("999", out _));
        Assert.False(Register.TryResolve("E06000999", out _));
        Assert.False(Register.TryResolve(null, out _));
        Assert.Throws<ArgumentNullException>(() => Register.Resolve(null!));
    }

    [Fact]
    public void Matching_a_subject_uses_the_authority_that_existed_on_the_day()
    {
        var oldDorset = new InspectionSubject(SubjectKind.LocalAuthority, "Dorset");
        Assert.True(Register.TryMatch(oldDorset, new LocalDate(2016, 6, 1), out var then));
        Assert.Equal("Dorset County Council", then.Name);
        Assert.True(Register.TryMatch(oldDorset, new LocalDate(2022, 6, 1), out var now));
        Assert.Equal("Dorset", now.Name);
        Assert.True(Register.TryMatch(new InspectionSubject(SubjectKind.LocalAuthority, "Bucks?", "E06000060"), new LocalDate(2014, 1, 1), out var bucks));
        Assert.Equal("Buckinghamshire", bucks.Name);
        Assert.False(Register.TryMatch(new InspectionSubject(SubjectKind.CafcassServiceArea, "Bristol"), null, out _));
    }

    [SharedDataFact]
    public void Every_row_of_the_lookup_file_is_in_the_register_as_written()
    {
        var rows = SharedCsv.Table(Path.Combine(RepositoryPaths.SharedData, "Provider_data_lookup.csv"), "urn");
        Assert.Equal(156, rows.Count);
        foreach (var row in rows)
        {
            var authority = Register[row["la_code"]];
            Assert.Contains(row["la_code_new"], authority.GssCodes.ToArray());
            Assert.Same(authority, Register[row["local_authority_ons_name"]]);
            Assert.Equal(row["urn"], authority.OfstedUrn);
            Assert.Equal(row["stat_neighbours"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(int.Parse), authority.StatisticalNeighbours);
        }
    }

    [SharedDataFact]
    public void Every_authority_named_in_Ofsteds_tables_resolves_and_agrees_with_its_code()
    {
        int checkedNames = 0;
        foreach (var row in SharedCsv.Table(OfstedData("ilacs_inspection_history_2018_2025.csv"), "Web link"))
        {
            var authority = Register[row["Local authority name"]];
            Assert.Same(authority, Register[row["Local authority area code"]]);
            checkedNames++;
        }

        foreach (var row in SharedCsv.Table(OfstedData("la_in_year_inspections_2024_25.csv"), "Web link"))
        {
            Assert.Same(Register[row["Local authority name"]], Register[row["Local authority area code"]]);
            checkedNames++;
        }

        foreach (string file in new[] { "la_inspections_2009_2023.csv", "la_in_year_inspections_2022_23.csv" })
        {
            foreach (var row in SharedCsv.Table(OfstedData(file), "Web link"))
            {
                Assert.True(Register.TryResolve(row["Local authority name"], out _), $"{file}: '{row["Local authority name"]}'");
                checkedNames++;
            }
        }

        Assert.True(checkedNames > 600, $"Only {checkedNames} names were checked.");
    }

    [Fact]
    public void Every_statistical_neighbour_is_an_authority_of_the_register_and_not_itself()
    {
        foreach (var authority in Register.Authorities.Where(a => a.IsCurrent))
        {
            var neighbours = Register.StatisticalNeighboursOf(authority);
            Assert.Equal(authority.StatisticalNeighbours.Length, neighbours.Length);
            Assert.DoesNotContain(authority, neighbours);
        }

        Assert.Equal(10, Register["Calderdale"].StatisticalNeighbours.Length);
    }

    [Property(MaxTest = 500)]
    public Property Every_authority_resolves_to_itself_by_each_name_code_and_number() =>
        Prop.ForAll(Gen.Elements(Register.Authorities.ToArray()).ToArbitrary(), authority =>
            new[] { authority.Name }.Concat(authority.OtherNames).Concat(authority.GssCodes)
                .Concat(authority.DfeNumber is { } n ? [n.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [])
                .All(key => ReferenceEquals(Register[key], authority)));

    [Property(MaxTest = 500)]
    public Property Case_punctuation_and_ampersands_make_no_difference() =>
        Prop.ForAll(
            Gen.Elements(Register.Authorities.SelectMany(a => new[] { a.Name }.Concat(a.OtherNames).Select(n => (a, n))).ToArray()).ToArbitrary(),
            Gen.Elements(0, 1, 2, 3, 4).ToArbitrary(),
            (pair, how) =>
            {
                string variant = how switch
                {
                    0 => pair.n.ToUpperInvariant(),
                    1 => pair.n.ToLowerInvariant(),
                    2 => pair.n.Replace(" and ", " & ", StringComparison.Ordinal),
                    3 => "  " + pair.n.Replace(' ', '-') + ".",
                    _ => pair.n.Replace(",", string.Empty, StringComparison.Ordinal),
                };
                return ReferenceEquals(Register[variant], pair.a);
            });
}
