using System;

namespace Inspections.Core.Frameworks;

/// <summary>
/// A judgement a framework defines, such as the SIF's "Children who need help and protection". A judgement
/// with a <see cref="ParentId"/> is a graded sub-judgement of that parent (the SIF's adoption performance
/// under children looked after).
/// </summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record Judgement
{
    /// <summary>Creates a judgement.</summary>
    /// <param name="id">The id, lower-case kebab-case.</param>
    /// <param name="name">The framework's own words for it.</param>
    /// <param name="parentId">The id of the parent judgement, or null for a top-level judgement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, the name blank, or the judgement its own parent.</exception>
    public Judgement(string id, string name, string? parentId = null)
    {
        Id = Identifier.Require(id, nameof(id));
        Name = Preconditions.Label(name, nameof(name));
        if (parentId is not null)
        {
            Identifier.Require(parentId, nameof(parentId));
            if (string.Equals(parentId, id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Judgement '{id}' cannot be its own parent.", nameof(parentId));
            }
        }

        ParentId = parentId;
    }

    /// <summary>The id, such as <c>children-who-need-help-and-protection</c>.</summary>
    public string Id { get; }

    /// <summary>The framework's own words for the judgement.</summary>
    public string Name { get; }

    /// <summary>The parent judgement's id, or null for a top-level judgement.</summary>
    public string? ParentId { get; }

    /// <summary>Whether this is a sub-judgement of another.</summary>
    public bool IsSubJudgement => ParentId is not null;

    /// <summary>The id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
