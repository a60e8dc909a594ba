using System.Reflection;

namespace Inspections.Testing;

/// <summary>
/// The equality laws, checked the way NodaTime's TestHelper checks them: reflexive, symmetric, the hash code agrees,
/// <see cref="object.Equals(object)"/> agrees with <see cref="IEquatable{T}.Equals(T)"/>, the type's own <c>==</c> and
/// <c>!=</c> (when it declares them) agree with Equals, and null is handled (never equal to a value; for the
/// operators, null equals null). Each check fails with an xUnit assertion naming the law and the values; use them in
/// example tests and, with generated values, in FsCheck properties.
/// </summary>
public static class EqualityLaws
{
    /// <summary>All the equality laws for one value, a value equal to it (ideally another instance) and values unequal to it.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">A value equal to <paramref name="value"/>.</param>
    /// <param name="unequalValues">Values not equal to <paramref name="value"/>.</param>
    public static void Hold<T>(T value, T equalValue, params T[] unequalValues)
        where T : IEquatable<T>
    {
        Reflexive(value);
        Reflexive(equalValue);
        Assert.True(value.Equals(equalValue), $"Expected {Show(value)} to equal {Show(equalValue)}.");
        Pair(value, equalValue);
        NullHandling(value);
        foreach (var unequal in unequalValues)
        {
            Assert.False(value.Equals(unequal), $"Expected {Show(value)} not to equal {Show(unequal)}.");
            Reflexive(unequal);
            Pair(value, unequal);
        }
    }

    /// <summary>The equality laws over every pair of <paramref name="values"/> (equal or not), for generated samples.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="values">The values.</param>
    public static void HoldOver<T>(params T[] values)
        where T : IEquatable<T>
    {
        foreach (var a in values)
        {
            Reflexive(a);
            NullHandling(a);
            foreach (var b in values)
            {
                Pair(a, b);
            }
        }
    }

    /// <summary>Reflexive: a value equals itself, by every route.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">The value.</param>
    public static void Reflexive<T>(T value)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(value), $"Equals is not reflexive for {Show(value)}.");
        Assert.True(value.Equals((object)value), $"Equals(object) is not reflexive for {Show(value)}.");
        if (Operator<T>("op_Equality") is { } equality)
        {
            Assert.True(Invoke(equality, value, value), $"== is not reflexive for {Show(value)}.");
        }

        if (Operator<T>("op_Inequality") is { } inequality)
        {
            Assert.False(Invoke(inequality, value, value), $"!= is true of {Show(value)} and itself.");
        }
    }

    /// <summary>
    /// The laws for two values, equal or not: Equals is symmetric, Equals(object) agrees, equal values have equal
    /// hash codes, and <c>==</c> and <c>!=</c> (when declared) agree with Equals.
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    public static void Pair<T>(T a, T b)
        where T : IEquatable<T>
    {
        bool equal = a.Equals(b);
        Assert.True(equal == b.Equals(a), $"Equals is not symmetric for {Show(a)} and {Show(b)}.");
        Assert.True(equal == a.Equals((object?)b), $"Equals(object) disagrees with Equals({typeof(T).Name}) for {Show(a)} and {Show(b)}.");
        Assert.True(equal == b.Equals((object?)a), $"Equals(object) disagrees with Equals({typeof(T).Name}) for {Show(b)} and {Show(a)}.");
        if (equal)
        {
            Assert.True(a.GetHashCode() == b.GetHashCode(), $"Equal values {Show(a)} and {Show(b)} have different hash codes.");
        }

        OperatorsAgree(a, b);
    }

    /// <summary><c>==</c> and <c>!=</c>, when the type declares them, agree with Equals both ways round.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    public static void OperatorsAgree<T>(T a, T b)
        where T : IEquatable<T>
    {
        bool equal = a.Equals(b);
        if (Operator<T>("op_Equality") is { } equality)
        {
            Assert.True(equal == Invoke(equality, a, b), $"== disagrees with Equals for {Show(a)} and {Show(b)}.");
            Assert.True(equal == Invoke(equality, b, a), $"== disagrees with Equals for {Show(b)} and {Show(a)}.");
        }

        if (Operator<T>("op_Inequality") is { } inequality)
        {
            Assert.True(equal != Invoke(inequality, a, b), $"!= disagrees with Equals for {Show(a)} and {Show(b)}.");
            Assert.True(equal != Invoke(inequality, b, a), $"!= disagrees with Equals for {Show(b)} and {Show(a)}.");
        }
    }

    /// <summary>
    /// Null handling: a value never equals null (Equals(object), and Equals(T) for a reference type); for a reference
    /// type's operators, a value is not <c>==</c> null either way round, is <c>!=</c> null, and null <c>==</c> null.
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">A value (not null).</param>
    public static void NullHandling<T>(T value)
        where T : IEquatable<T>
    {
        Assert.False(value.Equals((object?)null), $"{Show(value)}.Equals((object)null) is true.");
        if (typeof(T).IsValueType)
        {
            return;
        }

        Assert.False(value.Equals(default(T)!), $"{Show(value)}.Equals(null) is true.");
        if (Operator<T>("op_Equality") is { } equality)
        {
            Assert.False(Invoke(equality, value, default), $"{Show(value)} == null is true.");
            Assert.False(Invoke(equality, default, value), $"null == {Show(value)} is true.");
            Assert.True(Invoke<T>(equality, default, default), "null == null is false.");
        }

        if (Operator<T>("op_Inequality") is { } inequality)
        {
            Assert.True(Invoke(inequality, value, default), $"{Show(value)} != null is false.");
            Assert.True(Invoke(inequality, default, value), $"null != {Show(value)} is false.");
            Assert.False(Invoke<T>(inequality, default, default), "null != null is true.");
        }
    }

    /// <summary>The type's own binary operator on two <typeparamref name="T"/> values, or null when it declares none.</summary>
    internal static MethodInfo? Operator<T>(string name) =>
        typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, binder: null, [typeof(T), typeof(T)], modifiers: null);

    /// <summary>Calls an operator found by <see cref="Operator{T}"/>, rethrowing what it throws.</summary>
    internal static bool Invoke<T>(MethodInfo op, T? left, T? right)
    {
        try
        {
            return (bool)op.Invoke(null, [left, right])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    /// <summary>A value for a failure message.</summary>
    internal static string Show<T>(T? value) => value is null ? "null" : $"'{value}'";
}
