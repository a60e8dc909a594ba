using Inspections.Core.Authorities;

namespace Inspections.Core.Histories;

/// <summary>One authority's latest graded inspection as at a date, in a <see cref="StateOfTheNation"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LatestInspection
{
    internal LatestInspection(string name, LocalAuthority? authority, HistoryEntry entry)
    {
        Name = name;
        Authority = authority;
        Entry = entry;
    }

    /// <summary>The authority's name in the register, or the subject's name as written when the register does not know it.</summary>
    public string Name { get; }

    /// <summary>The register's authority, or null when the register does not know the subject.</summary>
    public LocalAuthority? Authority { get; }

    /// <summary>The inspection, its date and headline grade.</summary>
    public HistoryEntry Entry { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Entry}";
}
