using System;

namespace Inspections.Core.Documents;

/// <summary>
/// Where in a document a diagnostic points, as structure rather than text: a property (with the index of the array
/// item it is in, if any) and, for a member of an object whose names are data, that member's name (a judgement id,
/// or a property name the format does not know). The JSON path is rendered from it; the reader's
/// <c>SourceMap</c> turns it into a line and byte position.
/// </summary>
internal readonly struct DocumentTarget : IEquatable<DocumentTarget>
{
    /// <summary>Creates a target.</summary>
    /// <param name="property">The property.</param>
    /// <param name="index">The 0-based index of the array item it is in (or is), or -1.</param>
    /// <param name="member">A member of the property's object, by name, or null.</param>
    public DocumentTarget(DocumentProperty property, int index = -1, string? member = null)
    {
        Property = property;
        Index = index;
        Member = member;
    }

    /// <summary>The document itself.</summary>
    public static DocumentTarget Root => new(DocumentShape.Root);

    /// <summary>The property.</summary>
    public DocumentProperty Property { get; }

    /// <summary>The 0-based index of the array item, or -1.</summary>
    public int Index { get; }

    /// <summary>The member's name (a judgement id, an unknown property's name), or null.</summary>
    public string? Member { get; }

    /// <summary>The JSON path, rendered on each call.</summary>
    public string Path => Member is null ? Property.PathAt(Index) : DocumentPath.Property(Property.PathAt(Index), Member);

    /// <summary>A judgement, by id: <c>$.judgements.id</c>.</summary>
    /// <param name="judgementId">The judgement id.</param>
    /// <returns>The target.</returns>
    public static DocumentTarget Judgement(string judgementId) => new(DocumentShape.Judgements, member: judgementId);

    /// <summary>An item of an array property, or a property of such an item.</summary>
    /// <param name="property">The property.</param>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The target.</returns>
    public static DocumentTarget At(DocumentProperty property, int index) => new(property, index);

    /// <summary>A member of this target's object, by name.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The target.</returns>
    public DocumentTarget WithMember(string name) => new(Property, Index, name);

    /// <summary>A property of this target's object (or of the array item it is).</summary>
    /// <param name="property">The property, whose parent is this target's property.</param>
    /// <returns>The target.</returns>
    public DocumentTarget Child(DocumentProperty property) => new(property, Index);

    /// <inheritdoc/>
    public bool Equals(DocumentTarget other) =>
        ReferenceEquals(Property, other.Property) && Index == other.Index && string.Equals(Member, other.Member, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DocumentTarget other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Property?.Ordinal, Index, Member);

    /// <inheritdoc/>
    public override string ToString() => Path;
}
