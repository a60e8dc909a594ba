using System.Reflection;
using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Scales;

/// <summary>
/// Grades are ordinal: no public API turns them into numbers to average, so nothing can produce a councillor's
/// "1.8 point improvement" from inadequate to requires improvement. The one documented exception is
/// <see cref="GradeDistribution.ProportionOf"/>, a share of inspections rather than a property of a grade.
/// </summary>
public sealed class NoArithmeticOnGradesTests
{
    private static readonly Type[] Fractional = [typeof(float), typeof(double), typeof(decimal), typeof(Half)];

    private static readonly string[] ArithmeticOperators =
    [
        "op_Addition", "op_Subtraction", "op_Multiply", "op_Division", "op_Modulus", "op_UnaryNegation", "op_UnaryPlus",
        "op_Increment", "op_Decrement", "op_Implicit", "op_Explicit",
    ];

    public static TheoryData<Type> ScaleTypes() =>
    [
        typeof(Grade), typeof(GradingScale), typeof(GradeComparison), typeof(GradeComparer), typeof(ScaleCrosswalk),
        typeof(CrosswalkPair), typeof(GradingScales), typeof(ScaleCrosswalks), typeof(GradeDistribution),
    ];

    private static bool MentionsFractional(Type type) =>
        Fractional.Contains(type)
        || (type.HasElementType && MentionsFractional(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(MentionsFractional));

    /// <summary>Every type a public member hands out: return types, property types, field types and out parameters.</summary>
    private static IEnumerable<(string Member, Type Type)> PublicOutputs(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
        foreach (var method in type.GetMethods(flags))
        {
            yield return (method.Name, method.ReturnType);
            foreach (var parameter in method.GetParameters().Where(p => p.ParameterType.IsByRef))
            {
                yield return ($"{method.Name}({parameter.Name})", parameter.ParameterType);
            }
        }

        foreach (var property in type.GetProperties(flags))
        {
            yield return (property.Name, property.PropertyType);
        }

        foreach (var field in type.GetFields(flags))
        {
            yield return (field.Name, field.FieldType);
        }
    }

    [Theory]
    [MemberData(nameof(ScaleTypes))]
    public void No_public_member_hands_out_a_fractional_number(Type type)
    {
        var offenders = PublicOutputs(type)
            .Where(o => MentionsFractional(o.Type))
            .Select(o => o.Member)
            .Distinct()
            .ToArray();

        // ProportionOf is the documented exception: the share of counted inspections that got a grade.
        string[] allowed = type == typeof(GradeDistribution) ? [nameof(GradeDistribution.ProportionOf)] : [];
        Assert.Equal(allowed, offenders);
    }

    [Theory]
    [MemberData(nameof(ScaleTypes))]
    public void No_scale_type_has_arithmetic_or_conversion_operators(Type type)
    {
        var operators = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.IsSpecialName && ArithmeticOperators.Contains(m.Name))
            .Select(m => m.Name);

        Assert.Empty(operators);
    }

    [Fact]
    public void A_grade_is_not_convertible_and_not_a_generic_math_number()
    {
        var interfaces = typeof(Grade).GetInterfaces();

        Assert.DoesNotContain(typeof(IConvertible), interfaces);
        Assert.DoesNotContain(typeof(IFormattable), interfaces);
        Assert.DoesNotContain(interfaces, i => i.Namespace == "System.Numerics");
        Assert.Throws<InvalidCastException>(() => Convert.ToDouble(GradingScales.FourPointRequiresImprovement["good"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_only_way_to_compare_is_by_whole_bands()
    {
        // GradeComparison.Steps is a whole number of bands or nothing.
        Assert.Equal(typeof(int?), typeof(GradeComparison).GetProperty(nameof(GradeComparison.Steps))!.PropertyType);
    }
}
