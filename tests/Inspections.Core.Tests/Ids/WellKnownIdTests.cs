using System.Reflection;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Ids;

/// <summary>
/// The id constants (<see cref="FrameworkIds"/>, <see cref="VisitTypeIds"/>, <see cref="JudgementIds"/>,
/// <see cref="GradeIds"/>, <see cref="TimescaleIds"/>, <see cref="ScaleIds"/>) against the catalog, both ways: every
/// constant names something the catalog has, and everything the catalog has has a constant named after it.
/// </summary>
public sealed class WellKnownIdTests
{
    private static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    public static TheoryData<string> ConstantClasses => new()
    {
        nameof(FrameworkIds), nameof(VisitTypeIds), nameof(JudgementIds), nameof(GradeIds), nameof(TimescaleIds), nameof(ScaleIds),
    };

    [Fact]
    public void Framework_ids_are_exactly_the_catalogs_frameworks() =>
        Assert.Equal(Sorted(Catalog.All.Select(f => f.Id)), Sorted(Values(typeof(FrameworkIds))));

    [Fact]
    public void Visit_type_ids_are_exactly_the_visit_types_of_the_catalog() =>
        Assert.Equal(Sorted(Catalog.All.SelectMany(f => f.VisitTypes).Select(v => v.Id)), Sorted(Values(typeof(VisitTypeIds))));

    [Fact]
    public void Judgement_ids_are_exactly_the_judgements_of_the_catalog() =>
        Assert.Equal(Sorted(Catalog.All.SelectMany(f => f.Judgements).Select(j => j.Id)), Sorted(Values(typeof(JudgementIds))));

    [Fact]
    public void Grade_ids_are_exactly_the_grades_of_the_well_known_scales() =>
        Assert.Equal(Sorted(GradingScales.All.SelectMany(s => s.Grades).Select(g => g.Id)), Sorted(Values(typeof(GradeIds))));

    [Fact]
    public void Timescale_ids_are_exactly_the_timescales_of_the_catalog() =>
        Assert.Equal(Sorted(Catalog.All.SelectMany(f => f.Timescales).Select(t => t.Id)), Sorted(Values(typeof(TimescaleIds))));

    [Fact]
    public void Scale_ids_are_exactly_the_well_known_scales() =>
        Assert.Equal(Sorted(GradingScales.All.Select(s => s.Id)), Sorted(Values(typeof(ScaleIds))));

    [Theory]
    [MemberData(nameof(ConstantClasses))]
    public void Each_constant_is_its_id_in_PascalCase(string className)
    {
        var type = typeof(FrameworkIds).Assembly.GetType("Inspections.Core." + className, throwOnError: true)!;

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var id = (string)field.GetRawConstantValue()!;
            Assert.True(Identifier.IsValid(id), $"{className}.{field.Name} = '{id}' is not a well-formed id");
            Assert.Equal(PascalCase(id), field.Name);
        }
    }

    [Fact]
    public void The_constants_read_as_the_new_user_guessed()
    {
        Assert.Equal("requires-improvement", GradeIds.RequiresImprovement);
        Assert.Equal("sif-2013", FrameworkIds.Sif2013);
        Assert.Equal("overall-effectiveness", JudgementIds.OverallEffectiveness);
    }

    private static string[] Values(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    private static string[] Sorted(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static string PascalCase(string id) =>
        string.Concat(id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
