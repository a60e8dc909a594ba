namespace Inspections.Testing;

/// <summary>
/// The comparison laws, checked the way NodaTime's TestHelper checks them: CompareTo is antisymmetric and transitive,
/// zero exactly when Equals, the non-generic <see cref="IComparable.CompareTo(object)"/> agrees, and the type's own
/// <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>==</c> and <c>!=</c> (when it declares them) agree with
/// CompareTo. Each check fails with an xUnit assertion naming the law and the values. The ordering operators are never
/// called with null (a type may refuse it, as <c>Grade</c> does).
/// </summary>
public static class ComparisonLaws
{
    /// <summary>All the comparison laws for a value, a value equal to it and a greater value.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">A value equal to <paramref name="value"/> (ideally another instance).</param>
    /// <param name="greaterValue">A value greater than <paramref name="value"/>.</param>
    public static void Hold<T>(T value, T equalValue, T greaterValue)
        where T : IComparable<T>, IEquatable<T>
    {
        Assert.True(value.CompareTo(equalValue) == 0, $"Expected {Show(value)} to compare equal to {Show(equalValue)}.");
        Assert.True(value.CompareTo(greaterValue) < 0, $"Expected {Show(value)} to be less than {Show(greaterValue)}.");
        HoldOver(value, equalValue, greaterValue);
        if (!typeof(T).IsValueType)
        {
            Assert.True(value.CompareTo(default) > 0, $"Expected {Show(value)} to be greater than null.");
        }
    }

    /// <summary>The comparison laws over every pair and triple of <paramref name="values"/>, for generated samples.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="values">The values (mutually comparable).</param>
    public static void HoldOver<T>(params T[] values)
        where T : IComparable<T>, IEquatable<T>
    {
        foreach (var a in values)
        {
            Assert.True(a.CompareTo(a) == 0, $"CompareTo is not reflexive for {Show(a)}.");
            foreach (var b in values)
            {
                Antisymmetric(a, b);
                ConsistentWithEquals(a, b);
                OperatorsAgree(a, b);
                foreach (var c in values)
                {
                    Transitive(a, b, c);
                }
            }
        }
    }

    /// <summary>Trichotomy: exactly one of less, equal and greater holds (by CompareTo, and by the operators when declared).</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    public static void Trichotomy<T>(T a, T b)
        where T : IComparable<T>
    {
        int sign = Math.Sign(a.CompareTo(b));
        Assert.True(sign is -1 or 0 or 1);
        if (Operator<T>("op_LessThan") is { } less && Operator<T>("op_GreaterThan") is { } greater && Operator<T>("op_Equality") is { } equal)
        {
            int holding = (Invoke(less, a, b) ? 1 : 0) + (Invoke(equal, a, b) ? 1 : 0) + (Invoke(greater, a, b) ? 1 : 0);
            Assert.True(holding == 1, $"{holding} of <, == and > hold for {Show(a)} and {Show(b)}.");
        }
    }

    /// <summary>Antisymmetric: a.CompareTo(b) has the opposite sign of b.CompareTo(a); if a &lt;= b and b &lt;= a then a == b.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    public static void Antisymmetric<T>(T a, T b)
        where T : IComparable<T>
    {
        Assert.True(Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)), $"CompareTo is not antisymmetric for {Show(a)} and {Show(b)}.");
        if (Operator<T>("op_LessThanOrEqual") is { } atMost && Operator<T>("op_Equality") is { } equal
            && Invoke(atMost, a, b) && Invoke(atMost, b, a))
        {
            Assert.True(Invoke(equal, a, b), $"{Show(a)} <= {Show(b)} and {Show(b)} <= {Show(a)}, but not ==.");
        }
    }

    /// <summary>
    /// Transitive, for the three in every order: a &lt;= b and b &lt;= c give a &lt;= c, and a &lt; b and b &lt; c
    /// give a &lt; c (by CompareTo, and by the operators when declared).
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="a">The first value.</param>
    /// <param name="b">The second.</param>
    /// <param name="c">The third.</param>
    public static void Transitive<T>(T a, T b, T c)
        where T : IComparable<T>
    {
        foreach (var (x, y, z) in new[] { (a, b, c), (a, c, b), (b, a, c), (b, c, a), (c, a, b), (c, b, a) })
        {
            if (x.CompareTo(y) <= 0 && y.CompareTo(z) <= 0)
            {
                Assert.True(x.CompareTo(z) <= 0, $"CompareTo is not transitive: {Show(x)} <= {Show(y)} <= {Show(z)} but not {Show(x)} <= {Show(z)}.");
            }

            if (x.CompareTo(y) < 0 && y.CompareTo(z) < 0)
            {
                Assert.True(x.CompareTo(z) < 0, $"CompareTo is not transitive: {Show(x)} < {Show(y)} < {Show(z)} but not {Show(x)} < {Show(z)}.");
            }

            if (Operator<T>("op_LessThanOrEqual") is { } atMost && Invoke(atMost, x, y) && Invoke(atMost, y, z))
            {
                Assert.True(Invoke(atMost, x, z), $"<= is not transitive for {Show(x)}, {Show(y)}, {Show(z)}.");
            }

            if (Operator<T>("op_GreaterThan") is { } greater && Invoke(greater, x, y) && Invoke(greater, y, z))
            {
                Assert.True(Invoke(greater, x, z), $"> is not transitive for {Show(x)}, {Show(y)}, {Show(z)}.");
            }
        }
    }

    /// <summary>Consistent with equality: CompareTo is zero exactly when Equals (and Equals(object)) is true; equal values hash alike.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    public static void ConsistentWithEquals<T>(T a, T b)
        where T : IComparable<T>, IEquatable<T>
    {
        bool equal = a.Equals(b);
        Assert.True(equal == (a.CompareTo(b) == 0), $"CompareTo is {a.CompareTo(b)} but Equals is {equal} for {Show(a)} and {Show(b)}.");
        Assert.True(equal == a.Equals((object?)b), $"Equals(object) disagrees with Equals for {Show(a)} and {Show(b)}.");
        if (equal)
        {
            Assert.True(a.GetHashCode() == b.GetHashCode(), $"Equal values {Show(a)} and {Show(b)} have different hash codes.");
        }
    }

    /// <summary>
    /// The operators the type declares (<c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>==</c>, <c>!=</c>)
    /// agree with the sign of CompareTo, and so does the non-generic <see cref="IComparable.CompareTo(object)"/> when
    /// the type implements it.
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    public static void OperatorsAgree<T>(T a, T b)
        where T : IComparable<T>
    {
        int sign = Math.Sign(a.CompareTo(b));
        Check("op_LessThan", sign < 0, "<");
        Check("op_GreaterThan", sign > 0, ">");
        Check("op_LessThanOrEqual", sign <= 0, "<=");
        Check("op_GreaterThanOrEqual", sign >= 0, ">=");
        Check("op_Equality", sign == 0, "==");
        Check("op_Inequality", sign != 0, "!=");
        if (a is IComparable untyped)
        {
            Assert.True(sign == Math.Sign(untyped.CompareTo(b)), $"CompareTo(object) disagrees with CompareTo for {Show(a)} and {Show(b)}.");
        }

        void Check(string name, bool expected, string written)
        {
            if (Operator<T>(name) is { } op)
            {
                Assert.True(expected == Invoke(op, a, b), $"{Show(a)} {written} {Show(b)} is {!expected}, but CompareTo gives {sign}.");
            }
        }
    }

    private static System.Reflection.MethodInfo? Operator<T>(string name) => EqualityLaws.Operator<T>(name);

    private static bool Invoke<T>(System.Reflection.MethodInfo op, T left, T right) => EqualityLaws.Invoke(op, left, right);

    private static string Show<T>(T? value) => EqualityLaws.Show(value);
}
