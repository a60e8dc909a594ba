using System;
using System.Collections.Immutable;

namespace Inspections.Core;

/// <summary>The wire ids of <see cref="SubjectKind"/>: <c>local-authority</c> and <c>cafcass-service-area</c>.</summary>
public static class SubjectKinds
{
    /// <summary>Every subject kind, in declaration order.</summary>
    public static ImmutableArray<SubjectKind> All { get; } = [SubjectKind.LocalAuthority, SubjectKind.CafcassServiceArea];

    /// <summary>The wire id of a subject kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ToId(this SubjectKind kind) => kind switch
    {
        SubjectKind.LocalAuthority => "local-authority",
        SubjectKind.CafcassServiceArea => "cafcass-service-area",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined subject kind."),
    };

    /// <summary>Reads a subject kind from its wire id (exact, case-sensitive).</summary>
    /// <param name="id">The id; null reads nothing.</param>
    /// <param name="kind">The kind, when read.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is a subject kind id.</returns>
    public static bool TryParse(string? id, out SubjectKind kind)
    {
        switch (id)
        {
            case "local-authority":
                kind = SubjectKind.LocalAuthority;
                return true;
            case "cafcass-service-area":
                kind = SubjectKind.CafcassServiceArea;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
