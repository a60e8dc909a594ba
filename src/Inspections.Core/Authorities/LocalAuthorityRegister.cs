using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Authorities;

/// <summary>
/// The English local authorities with children's services duties since 1 April 2009, and every reorganisation
/// of them: resolves a name (in any of its forms), a GSS code (old or new) or a DfE number to the authority.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Default"/> is built from the DfE/ONS lookup of the JT-39 ILACS scrape
/// (MIT licence) and the facts in <c>RegisterAmendments</c>, each with its source.
/// </remarks>
public sealed class LocalAuthorityRegister
{
    private readonly ImmutableDictionary<string, LocalAuthority> _byName;
    private readonly ImmutableDictionary<string, LocalAuthority> _byNormalisedName;
    private readonly ImmutableDictionary<string, LocalAuthority> _byGss;
    private readonly ImmutableDictionary<int, LocalAuthority> _byDfe;

    private LocalAuthorityRegister(ImmutableArray<LocalAuthority> authorities, ImmutableArray<Reorganisation> reorganisations)
    {
        Authorities = authorities;
        Reorganisations = reorganisations;
        _byName = authorities.ToImmutableDictionary(a => a.Name, StringComparer.Ordinal);
        var byNormalised = new Dictionary<string, LocalAuthority>(StringComparer.Ordinal);
        var byGss = new Dictionary<string, LocalAuthority>(StringComparer.Ordinal);
        var byDfe = new Dictionary<int, LocalAuthority>();
        foreach (var authority in authorities)
        {
            foreach (string name in NamesOf(authority))
            {
                Add(byNormalised, AuthorityNames.Normalise(name), authority, "name");
            }

            foreach (string code in authority.GssCodes)
            {
                Add(byGss, code, authority, "GSS code");
            }

            if (authority.DfeNumber is { } number)
            {
                Add(byDfe, number, authority, "DfE number");
            }
        }

        _byNormalisedName = byNormalised.ToImmutableDictionary(StringComparer.Ordinal);
        _byGss = byGss.ToImmutableDictionary(StringComparer.Ordinal);
        _byDfe = byDfe.ToImmutableDictionary();

        static void Add<TKey>(Dictionary<TKey, LocalAuthority> index, TKey key, LocalAuthority authority, string what)
            where TKey : notnull
        {
            if (index.TryGetValue(key, out var other) && !ReferenceEquals(other, authority))
            {
                throw new InvalidOperationException($"The {what} '{key}' would name both {other.Name} and {authority.Name}.");
            }

            index[key] = authority;
        }
    }

    /// <summary>
    /// Every children's services authority in England since 1 April 2009 (158: the 153 of today and Bournemouth,
    /// Poole, Dorset County Council, Northamptonshire and Cumbria), with the reorganisations of 2013–2025.
    /// </summary>
    public static LocalAuthorityRegister Default { get; } = Build();

    /// <summary>Every authority, in name order (ordinal, ignoring case).</summary>
    public ImmutableArray<LocalAuthority> Authorities { get; }

    /// <summary>Every reorganisation since 1 April 2009, in date order.</summary>
    public ImmutableArray<Reorganisation> Reorganisations { get; }

    /// <summary>The authority that <paramref name="nameOrCode"/> names.</summary>
    /// <param name="nameOrCode">A name, GSS code or DfE number, as for <see cref="Resolve"/>.</param>
    /// <returns>The authority.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">Nothing in the register has that name, code or number; the message names the nearest names.</exception>
    public LocalAuthority this[string nameOrCode] => Resolve(nameOrCode);

    /// <summary>
    /// Finds an authority by any of its names (case, punctuation, "&amp;"/"and", "St"/"Saint", "City of" and a
    /// trailing "Council" make no difference), any GSS code it has had (in either case), or its DfE number.
    /// </summary>
    /// <param name="nameOrCode">"Bristol", "Bristol, City of", "E06000023", "801"; null finds nothing.</param>
    /// <param name="authority">The authority, when found.</param>
    /// <returns><see langword="true"/> when the register has it.</returns>
    public bool TryResolve(string? nameOrCode, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LocalAuthority? authority)
    {
        authority = null;
        if (nameOrCode is null)
        {
            return false;
        }

        string text = nameOrCode.Trim();
        if (text.Length is > 0 and <= 3 && text.All(c => c is >= '0' and <= '9'))
        {
            return _byDfe.TryGetValue(int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture), out authority);
        }

        string upper = text.ToUpperInvariant();
        if (InspectionSubject.IsValidGss(upper))
        {
            return _byGss.TryGetValue(upper, out authority);
        }

        return _byName.TryGetValue(text, out authority)
            || _byNormalisedName.TryGetValue(AuthorityNames.Normalise(text), out authority);
    }

    /// <summary>The authority that <paramref name="nameOrCode"/> names, as <see cref="TryResolve(string?, out LocalAuthority?)"/> finds it.</summary>
    /// <param name="nameOrCode">A name, GSS code or DfE number.</param>
    /// <returns>The authority.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">Nothing in the register has that name, code or number; the message names the nearest names.</exception>
    public LocalAuthority Resolve(string nameOrCode)
    {
        if (nameOrCode is null)
        {
            throw new ArgumentNullException(nameof(nameOrCode));
        }

        if (TryResolve(nameOrCode, out var authority))
        {
            return authority;
        }

        var nearest = NearestNames(nameOrCode);
        throw new KeyNotFoundException(
            $"No local authority is named or numbered '{nameOrCode}'." +
            (nearest.IsEmpty ? string.Empty : $" The nearest names: {string.Join(", ", nearest)}."));
    }

    /// <summary>The authorities' names nearest to <paramref name="text"/> (fewest edits, after the register's comparison of names).</summary>
    /// <param name="text">Any text.</param>
    /// <param name="count">How many names at most (1 or more).</param>
    /// <returns>Up to <paramref name="count"/> register names, nearest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public ImmutableArray<string> NearestNames(string text, int count = 3)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Ask for one name or more.");
        }

        string wanted = AuthorityNames.Normalise(text);
        return _byNormalisedName
            .Select(entry => (entry.Value.Name, Distance: AuthorityNames.Distance(wanted, entry.Key)))
            .GroupBy(c => c.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Distance: g.Min(c => c.Distance)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)
            .ToImmutableArray();
    }

    /// <summary>
    /// The authority an inspection's subject is, on the day of the inspection: by GSS code, else DfE number, else
    /// name; when that authority did not exist on <paramref name="on"/> and exactly one of its predecessors did
    /// (a "Dorset" inspected in 2016 was Dorset County Council's), the predecessor.
    /// </summary>
    /// <param name="subject">The subject.</param>
    /// <param name="on">The day of the inspection (fieldwork start, or publication), or null for no date.</param>
    /// <param name="authority">The authority, when found.</param>
    /// <returns><see langword="true"/> when the subject is a local authority the register knows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public bool TryMatch(InspectionSubject subject, LocalDate? on, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LocalAuthority? authority)
    {
        if (subject is null)
        {
            throw new ArgumentNullException(nameof(subject));
        }

        authority = null;
        if (subject.Kind != SubjectKind.LocalAuthority)
        {
            return false;
        }

        bool found = (subject.GssCode is { } gss && _byGss.TryGetValue(gss, out authority))
            || (subject.LaNumber is { } number && _byDfe.TryGetValue(number, out authority))
            || TryResolve(subject.Name, out authority);
        if (!found || authority is null)
        {
            return false;
        }

        if (on is { } date && !authority.ExistsOn(date))
        {
            var then = PredecessorsOf(authority).Where(p => p.ExistsOn(date)).ToList();
            if (then.Count == 1)
            {
                authority = then[0];
            }
        }

        return true;
    }

    /// <summary>Every authority that <paramref name="authority"/> took over from, directly or through others, nearest first.</summary>
    /// <param name="authority">An authority of this register.</param>
    /// <returns>The predecessors (empty for most).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public ImmutableArray<LocalAuthority> PredecessorsOf(LocalAuthority authority) => Walk(authority, a => a.Predecessors);

    /// <summary>Every authority that took over from <paramref name="authority"/>, directly or through others, nearest first.</summary>
    /// <param name="authority">An authority of this register.</param>
    /// <returns>The successors (empty while it exists).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public ImmutableArray<LocalAuthority> SuccessorsOf(LocalAuthority authority) => Walk(authority, a => a.Successors);

    /// <summary>The authority and all its predecessors: whose inspections make up its history.</summary>
    /// <param name="authority">An authority of this register.</param>
    /// <returns><paramref name="authority"/> first, then its predecessors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public ImmutableArray<LocalAuthority> LineageOf(LocalAuthority authority) => [authority, .. PredecessorsOf(authority)];

    /// <summary>The reorganisations that involve the authority or any of its predecessors, in date order.</summary>
    /// <param name="authority">An authority of this register.</param>
    /// <returns>The reorganisations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public ImmutableArray<Reorganisation> ReorganisationsOf(LocalAuthority authority)
    {
        var lineage = LineageOf(authority);
        return Reorganisations.Where(r => lineage.Any(a => r.Involves(a.Name))).ToImmutableArray();
    }

    /// <summary>The DfE's ten statistical neighbours of the authority, closest first, as authorities of this register.</summary>
    /// <param name="authority">An authority of this register.</param>
    /// <returns>The neighbours (empty for an authority abolished before the list was made).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public ImmutableArray<LocalAuthority> StatisticalNeighboursOf(LocalAuthority authority)
    {
        if (authority is null)
        {
            throw new ArgumentNullException(nameof(authority));
        }

        return authority.StatisticalNeighbours
            .Select(n => _byDfe.TryGetValue(n, out var neighbour) ? neighbour : null)
            .OfType<LocalAuthority>()
            .ToImmutableArray();
    }

    private ImmutableArray<LocalAuthority> Walk(LocalAuthority authority, Func<LocalAuthority, ImmutableArray<string>> next)
    {
        if (authority is null)
        {
            throw new ArgumentNullException(nameof(authority));
        }

        var seen = new List<LocalAuthority>();
        var queue = new Queue<LocalAuthority>();
        queue.Enqueue(authority);
        while (queue.Count > 0)
        {
            foreach (string name in next(queue.Dequeue()))
            {
                if (_byName.TryGetValue(name, out var found) && !seen.Contains(found) && !ReferenceEquals(found, authority))
                {
                    seen.Add(found);
                    queue.Enqueue(found);
                }
            }
        }

        return seen.ToImmutableArray();
    }

    private static IEnumerable<string> NamesOf(LocalAuthority authority) => [authority.Name, .. authority.OtherNames];

    private static LocalAuthorityRegister Build()
    {
        var rows = LookupRows.All.Concat(RegisterAmendments.Abolished);
        var built = new List<LocalAuthority>();
        foreach (var row in rows)
        {
            string name = RegisterAmendments.OfstedNames.TryGetValue(row.GssCode, out string? ofsted) ? ofsted : row.OnsName;
            var others = new List<string>();
            if (!string.Equals(row.OnsName, name, StringComparison.Ordinal))
            {
                others.Add(row.OnsName);
            }

            if (!RegisterAmendments.AlsoKnownAsByHand.Contains(row.GssCode))
            {
                others.AddRange(row.AlsoKnownAs.Trim('[', ']').Split([", "], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
            }

            if (RegisterAmendments.OtherNames.TryGetValue(row.GssCode, out var extra) || RegisterAmendments.AbolishedOtherNames.TryGetValue(row.GssCode, out extra))
            {
                others.AddRange(extra);
            }

            var codes = RegisterAmendments.EarlierCodes.TryGetValue(row.GssCode, out var earlier)
                ? [.. earlier, row.GssCode]
                : ImmutableArray.Create(row.GssCode);

            var predecessors = RegisterAmendments.Lineage.Where(l => l.Successor == name).Select(l => l.Predecessor).ToImmutableArray();
            var successors = RegisterAmendments.Lineage.Where(l => l.Predecessor == name).Select(l => l.Successor).ToImmutableArray();
            LocalDate? from = RegisterAmendments.CreatedWhenRegisterStarts.Contains(row.GssCode) ? RegisterAmendments.RegisterStarts : null;
            LocalDate? until = null;
            foreach (var change in RegisterAmendments.Reorganisations)
            {
                bool before = change.Before.Contains(name), after = change.After.Contains(name);
                if (after && !before)
                {
                    from = change.TakesEffect;
                }
                else if (before && !after)
                {
                    until = change.TakesEffect.PlusDays(-1);
                }
            }

            built.Add(new LocalAuthority(
                name,
                others.Where(o => !string.Equals(o, name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                codes,
                row.DfeNumber,
                row.Urn.Length == 0 ? null : row.Urn,
                row.Region,
                from,
                until,
                predecessors,
                successors,
                row.StatisticalNeighbours));
        }

        return new LocalAuthorityRegister(
            built.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToImmutableArray(),
            RegisterAmendments.Reorganisations.OrderBy(r => r.TakesEffect).ToImmutableArray());
    }

    /// <summary>The register as a person reads it, such as <c>165 local authorities, 12 reorganisations</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Authorities.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} local authorit{(Authorities.Length == 1 ? "y" : "ies")}, "
        + $"{Reorganisations.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} reorganisation{(Reorganisations.Length == 1 ? string.Empty : "s")}";
}
