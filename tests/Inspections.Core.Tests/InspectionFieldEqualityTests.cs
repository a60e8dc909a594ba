using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Inspections.Core.Tests;

/// <summary>
/// Inspection's equality is the record's own, field by field: these check that every field is of a type compared by
/// value, so that a property added later takes part in equality correctly with no line of its own.
/// </summary>
public sealed class InspectionFieldEqualityTests
{
    [Fact]
    public void Every_field_of_an_inspection_is_of_a_type_compared_by_value()
    {
        var fields = typeof(Inspection).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        Assert.NotEmpty(fields);
        var wrong = fields
            .Where(f => !ComparedByValue(f.FieldType))
            .Select(f => $"{f.Name}: {f.FieldType}")
            .ToList();
        Assert.True(wrong.Count == 0, "Fields compared by reference (wrap them as NotJudgedIds, Recommendations and Source are): " + string.Join(", ", wrong));
    }

    [Fact]
    public void Inspections_differing_only_in_one_optional_property_are_not_equal()
    {
        var a = new Inspection("sif-2013", "full-inspection", new InspectionSubject(SubjectKind.LocalAuthority, "Calderdale", null, null), new Fieldwork(new NodaTime.LocalDate(2015, 1, 13), null), JudgementGrades.Empty);
        Assert.NotEqual(a, a with { Theme = "Children in care" });
        Assert.NotEqual(a, a with { Notes = "x" });
        Assert.NotEqual(a, a with { Published = new NodaTime.LocalDate(2015, 3, 20) });
        Assert.NotEqual(a, a with { Source = new Uri("https://files.ofsted.gov.uk/v1/file/1") });
        Assert.NotEqual(a, a with { NotJudgedIds = ["adoption-performance"] });
        Assert.NotEqual(a, a with { Recommendations = [new Recommendation("Do better.", null)] });
        Assert.Equal(a with { NotJudgedIds = ["x", "y"] }, a with { NotJudgedIds = ["y", "x"] });
        Assert.Equal((a with { NotJudgedIds = ["x", "y"] }).GetHashCode(), (a with { NotJudgedIds = ["y", "x"] }).GetHashCode());
        Assert.Equal(a with { Source = new Uri("https://a.example/x") }, a with { Source = new Uri("https://a.example/x") });
        Assert.NotEqual(a with { Source = new Uri("https://a.example/x") }, a with { Source = new Uri("HTTPS://a.example/x") });
    }

    private static bool ComparedByValue(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum)
        {
            return true;
        }

        if (type == typeof(Uri) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)))
        {
            return false; // reference or array identity
        }

        return type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GenericTypeArguments[0] == type)
            || type.GetMethod(nameof(Equals), [typeof(object)])?.DeclaringType == type;
    }
}
