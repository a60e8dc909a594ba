using Inspections.Core.Authorities;
using NodaTime;

namespace Inspections.Core.Tests.Authorities;

/// <summary>Who succeeded whom is stated once, in each reorganisation; the register's predecessors and successors agree with it.</summary>
public sealed class SuccessionTests
{
    private static readonly LocalAuthorityRegister Register = LocalAuthorityRegister.Default;

    [Fact]
    public void The_lineage_is_the_reorganisations_successions_less_the_codes_that_only_changed() =>
        Assert.Equal(
            new (string, string)[]
            {
                ("Bournemouth", "Bournemouth, Christchurch and Poole"), ("Poole", "Bournemouth, Christchurch and Poole"), ("Dorset County Council", "Dorset"),
                ("Northamptonshire", "North Northamptonshire"), ("Northamptonshire", "West Northamptonshire"),
                ("Cumbria", "Cumberland"), ("Cumbria", "Westmorland and Furness"),
            },
            RegisterAmendments.Lineage.ToArray());

    [Fact]
    public void A_reorganisations_before_and_after_are_the_two_sides_of_its_successions()
    {
        var bcp = Assert.Single(Register.Reorganisations, r => r.TakesEffect == new LocalDate(2019, 4, 1));
        Assert.Equal(new[] { "Bournemouth", "Poole", "Dorset County Council" }, bcp.Before.ToArray());
        Assert.Equal(new[] { "Bournemouth, Christchurch and Poole", "Dorset" }, bcp.After.ToArray());

        var bucks = Assert.Single(Register.Reorganisations, r => r.TakesEffect == new LocalDate(2020, 4, 1));
        Assert.Equal(bucks.Before.ToArray(), bucks.After.ToArray());
    }

    [Fact]
    public void Every_successor_in_the_register_has_its_predecessor_as_a_reorganisation_says()
    {
        foreach (var (predecessor, successor) in RegisterAmendments.Lineage)
        {
            Assert.Contains(Register.PredecessorsOf(Register[successor]), a => a.Name == predecessor);
            Assert.Contains(Register.SuccessorsOf(Register[predecessor]), a => a.Name == successor);
        }
    }
}
