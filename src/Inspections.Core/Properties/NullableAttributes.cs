#if NETSTANDARD2_0
// netstandard2.0 lacks the nullable flow attributes of .NET 5 and later; the compiler recognises them by name, so
// internal copies give callers on every target the same flow analysis. (.NET's own definitions are used on net10.0.)
namespace System.Diagnostics.CodeAnalysis;

/// <summary>The member named is not null when the method or property returns <see cref="ReturnValue"/>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
internal sealed class MemberNotNullWhenAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="returnValue">The return value that guarantees the members are not null.</param>
    /// <param name="member">The member.</param>
    public MemberNotNullWhenAttribute(bool returnValue, string member)
    {
        ReturnValue = returnValue;
        Members = [member];
    }

    /// <summary>The return value that guarantees the members are not null.</summary>
    public bool ReturnValue { get; }

    /// <summary>The members.</summary>
    public string[] Members { get; }
}
#endif
