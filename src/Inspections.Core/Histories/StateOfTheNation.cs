using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Histories;

/// <summary>
/// Where every authority stood on a date: each one's latest graded inspection inspected by that date and published
/// by a cut-off, and how many stood at each headline grade, per grading scale (counts and shares, never an average).
/// </summary>
/// <remarks>
/// <para>
/// The rule (the same as Ofsted's "as at 31 March" tables): an inspection counts when its first day of fieldwork is on
/// or before <see cref="InspectedBy"/> (with no fieldwork date: its publication date is) and it was published on or
/// before <see cref="PublishedBy"/>. An inspection with no publication date is not held back by the cut-off. A review
/// of another body (<see cref="HistoryEntry.JudgesAnotherBody"/>: the LSCB reviews) is never an authority's latest. Only
/// authorities that existed on <see cref="InspectedBy"/> are counted: an abolished authority's inspection is not its
/// successor's (Ofsted counts a new authority as not yet inspected). Subjects the register does not know are counted
/// by their name as written.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class StateOfTheNation
{
    private readonly FrameworkCatalog _catalog;
    private readonly JudgementStrands _strands;
    private readonly IReadOnlyDictionary<string, ImmutableArray<HistoryEntry>> _counted;

    private StateOfTheNation(
        LocalDate inspectedBy,
        LocalDate publishedBy,
        Region? region,
        ImmutableArray<LatestInspection> subjects,
        ImmutableArray<LocalAuthority> notYetInspected,
        IReadOnlyDictionary<string, ImmutableArray<HistoryEntry>> counted,
        FrameworkCatalog catalog,
        JudgementStrands strands)
    {
        InspectedBy = inspectedBy;
        PublishedBy = publishedBy;
        Region = region;
        Subjects = subjects;
        NotYetInspected = notYetInspected;
        _counted = counted;
        _catalog = catalog;
        _strands = strands;
        Distributions = GradingScales.All
            .Select(scale => (scale, grades: subjects.Select(s => s.Entry.Headline).Where(g => g is not null && scale.Contains(g)).Select(g => g!).ToList()))
            .Where(p => p.grades.Count > 0)
            .Select(p => GradeDistribution.Of(p.scale, p.grades))
            .ToImmutableArray();
        Strands = strands.All
            .Where(strand => strands.Ilacs.Contains(strand) || subjects.Any(s => strand.TryGetGrade(s.Entry.Inspection, catalog, out _, out _)))
            .Select(strand => CountStrand(strand, subjects, catalog))
            .ToImmutableArray();
        FrameworkCounts = subjects
            .GroupBy(s => s.Entry.Inspection.FrameworkId, StringComparer.Ordinal)
            .OrderBy(g => catalog.TryGet(g.Key, out var f) ? catalog.All.IndexOf(f) : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .ToImmutableArray();
    }

    /// <summary>The region the state is of, or null for the whole of England.</summary>
    public Region? Region { get; }

    /// <summary>
    /// Each judgement strand (<see cref="JudgementStrands"/>): those ILACS grades always, in the order of
    /// <see cref="JudgementStrands.Ilacs"/>, then every earlier strand that some authority's latest inspection grades.
    /// </summary>
    public ImmutableArray<StateOfTheNationStrand> Strands { get; }

    /// <summary>How many authorities' latest graded inspection was under each framework (framework id, count), in catalog order.</summary>
    public ImmutableArray<KeyValuePair<string, int>> FrameworkCounts { get; }

    /// <summary>One strand of <see cref="Strands"/>.</summary>
    /// <param name="strandId">The strand's id, such as <see cref="JudgementStrands.CareLeaversId"/>.</param>
    /// <param name="strand">The strand's counts, when found.</param>
    /// <returns>True when the state counts the strand.</returns>
    public bool TryGetStrand(string? strandId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StateOfTheNationStrand? strand)
    {
        strand = Strands.FirstOrDefault(s => string.Equals(s.Strand.Id, strandId, StringComparison.Ordinal));
        return strand is not null;
    }

    /// <summary>One strand of <see cref="Strands"/>.</summary>
    /// <param name="strandId">The strand's id, such as <see cref="JudgementStrands.CareLeaversId"/>.</param>
    /// <returns>The strand's counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strandId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The state does not count the strand (the message names the strands it counts).</exception>
    public StateOfTheNationStrand GetStrand(string strandId)
    {
        if (strandId is null)
        {
            throw new ArgumentNullException(nameof(strandId));
        }

        return TryGetStrand(strandId, out var strand)
            ? strand
            : throw new KeyNotFoundException($"The state of the nation counts no strand '{strandId}'; it counts: {string.Join(", ", Strands.Select(s => s.Strand.Id))}.");
    }

    /// <summary>
    /// The state of one region: the authorities of the register in it (subjects the register does not know are in no
    /// region), with the same dates.
    /// </summary>
    /// <param name="region">An ONS or Ofsted region (<see cref="Regions"/>).</param>
    /// <returns>The region's state; its <see cref="Region"/> is <paramref name="region"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public StateOfTheNation InRegion(Region region)
    {
        if (region is null)
        {
            throw new ArgumentNullException(nameof(region));
        }

        bool In(LocalAuthority? authority) => authority is not null && ReferenceEquals(Regions.Of(authority, region.Kind), region);
        return new StateOfTheNation(
            InspectedBy,
            PublishedBy,
            region,
            Subjects.Where(s => In(s.Authority)).ToImmutableArray(),
            NotYetInspected.Where(a => In(a)).ToImmutableArray(),
            _counted.Where(p => Subjects.Any(s => s.Name == p.Key && In(s.Authority))).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase),
            _catalog,
            _strands);
    }

    /// <summary>The state of each region of one kind (<see cref="Regions.All"/>), in that order.</summary>
    /// <param name="kind">ONS or Ofsted regions.</param>
    /// <returns>One state per region.</returns>
    public ImmutableArray<StateOfTheNation> ByRegion(RegionKind kind) =>
        Regions.All(kind).Select(InRegion).ToImmutableArray();

    /// <summary>
    /// How the authorities with more than one graded inspection under <paramref name="frameworkIds"/> that counts
    /// moved in a strand between the first and the latest of them (Ofsted's "compared with their first ILACS inspection").
    /// </summary>
    /// <param name="strandId">The strand, such as <see cref="JudgementStrands.OverallEffectivenessId"/>.</param>
    /// <param name="frameworkIds">The frameworks, such as ILACS's revisions.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No strand has the id.</exception>
    public StateOfTheNationChanges ChangesSinceFirst(string strandId, IEnumerable<string> frameworkIds)
    {
        if (frameworkIds is null)
        {
            throw new ArgumentNullException(nameof(frameworkIds));
        }

        var strand = _strands[strandId ?? throw new ArgumentNullException(nameof(strandId))];
        var ids = frameworkIds.ToImmutableArray();
        int authorities = 0, improved = 0, declined = 0, sameGood = 0, sameBelow = 0, notComparable = 0;
        foreach (var subject in Subjects)
        {
            var under = _counted.TryGetValue(subject.Name, out var entries)
                ? entries.Where(e => ids.Contains(e.Inspection.FrameworkId)).ToList()
                : [];
            if (under.Count < 2)
            {
                continue;
            }

            authorities++;
            if (!strand.TryGetGrade(under[0].Inspection, _catalog, out _, out var first)
                || !strand.TryGetGrade(under[^1].Inspection, _catalog, out _, out var latest)
                || !ReferenceEquals(first.Scale, latest.Scale))
            {
                notComparable++;
            }
            else if (latest.IsBetterThan(first))
            {
                improved++;
            }
            else if (latest.IsWorseThan(first))
            {
                declined++;
            }
            else if (latest.Scale.TryGetGrade(GradeIds.Good, out var good) && latest.CompareTo(good) >= 0)
            {
                sameGood++;
            }
            else
            {
                sameBelow++;
            }
        }

        return new StateOfTheNationChanges(strand, ids, authorities, improved, declined, sameGood, sameBelow, notComparable);
    }

    private static StateOfTheNationStrand CountStrand(JudgementStrand strand, ImmutableArray<LatestInspection> subjects, FrameworkCatalog catalog)
    {
        var graded = new List<(LatestInspection Subject, Grade Grade)>();
        var notGraded = ImmutableArray.CreateBuilder<LatestInspection>();
        int approximate = 0;
        foreach (var subject in subjects)
        {
            if (strand.TryGetGrade(subject.Entry.Inspection, catalog, out var member, out var grade))
            {
                graded.Add((subject, grade));
                approximate += member!.IsApproximate ? 1 : 0;
            }
            else
            {
                notGraded.Add(subject);
            }
        }

        var distributions = GradingScales.All
            .Select(scale => (scale, grades: graded.Where(g => ReferenceEquals(g.Grade.Scale, scale) || scale.Contains(g.Grade)).Select(g => g.Grade).ToList()))
            .Where(p => p.grades.Count > 0)
            .Select(p => GradeDistribution.Of(p.scale, p.grades))
            .ToImmutableArray();
        return new StateOfTheNationStrand(strand, distributions, graded.Select(g => g.Subject).ToImmutableArray(), notGraded.ToImmutable(), approximate);
    }

    /// <summary>The date the state is taken at: inspections whose fieldwork began on or before it.</summary>
    public LocalDate InspectedBy { get; }

    /// <summary>The publication cut-off: inspections published on or before it.</summary>
    public LocalDate PublishedBy { get; }

    /// <summary>Each authority's latest graded inspection, in name order (ordinal, ignoring case).</summary>
    public ImmutableArray<LatestInspection> Subjects { get; }

    /// <summary>
    /// The headline grades of <see cref="Subjects"/>, one distribution per grading scale that occurs, in the order of
    /// <see cref="GradingScales.All"/>; an inspection with no headline grade is in <see cref="Subjects"/> but not here.
    /// </summary>
    public ImmutableArray<GradeDistribution> Distributions { get; }

    /// <summary>The register's authorities that existed on <see cref="InspectedBy"/> and have no graded inspection that counts.</summary>
    public ImmutableArray<LocalAuthority> NotYetInspected { get; }

    /// <summary>The latest graded inspection of <paramref name="authority"/>, or null when it has none that counts.</summary>
    /// <param name="authority">An authority of the register the state was taken with.</param>
    /// <returns>Its entry in <see cref="Subjects"/>, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public LatestInspection? LatestOf(LocalAuthority authority)
    {
        if (authority is null)
        {
            throw new ArgumentNullException(nameof(authority));
        }

        return Subjects.FirstOrDefault(s => ReferenceEquals(s.Authority, authority));
    }

    /// <summary>The state on <paramref name="inspectedBy"/>, using the default register and catalog.</summary>
    /// <param name="inspections">Any inspections.</param>
    /// <param name="inspectedBy">The date the state is taken at.</param>
    /// <param name="publishedBy">The publication cut-off; null for <paramref name="inspectedBy"/>.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inspections"/>, or an inspection in it, is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="publishedBy"/> is before <paramref name="inspectedBy"/>.</exception>
    public static StateOfTheNation At(IEnumerable<Inspection> inspections, LocalDate inspectedBy, LocalDate? publishedBy) =>
        At(inspections, inspectedBy, publishedBy, LocalAuthorityRegister.Default, FrameworkCatalog.Default);

    /// <summary>The state on <paramref name="inspectedBy"/>.</summary>
    /// <param name="inspections">Any inspections.</param>
    /// <param name="inspectedBy">The date the state is taken at.</param>
    /// <param name="publishedBy">The publication cut-off; null for <paramref name="inspectedBy"/>.</param>
    /// <param name="register">The register that groups inspections by authority.</param>
    /// <param name="catalog">The catalog that reads the headline grades.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="publishedBy"/>, or an inspection in the sequence, is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="publishedBy"/> is before <paramref name="inspectedBy"/>.</exception>
    public static StateOfTheNation At(
        IEnumerable<Inspection> inspections, LocalDate inspectedBy, LocalDate? publishedBy, LocalAuthorityRegister register, FrameworkCatalog catalog)
    {
        if (inspections is null)
        {
            throw new ArgumentNullException(nameof(inspections));
        }

        if (register is null)
        {
            throw new ArgumentNullException(nameof(register));
        }

        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var cutOff = publishedBy ?? inspectedBy;
        if (cutOff < inspectedBy)
        {
            throw new ArgumentException(
                $"The publication cut-off ({DateText.Format(cutOff)}) is before the inspected-by date ({DateText.Format(inspectedBy)}); nothing inspected on the last days could count.",
                nameof(publishedBy));
        }

        var latest = new Dictionary<string, (LocalAuthority? Authority, HistoryEntry Entry)>(StringComparer.OrdinalIgnoreCase);
        var counted = new Dictionary<string, List<HistoryEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var inspection in inspections)
        {
            Preconditions.InSequence(inspection, nameof(inspections));
            if (inspection.Judgements.IsEmpty || inspection.Subject.Kind != SubjectKind.LocalAuthority)
            {
                continue;
            }

            var entry = HistoryEntry.Of(inspection, null, catalog);
            if (entry.JudgesAnotherBody)
            {
                continue;
            }

            if (inspection.Date is not { } date || date > inspectedBy || (inspection.Published is { } published && published > cutOff))
            {
                continue;
            }

            LocalAuthority? authority = null;
            if (register.TryMatch(inspection.Subject, date, out var matched))
            {
                if (!matched.ExistsOn(inspectedBy))
                {
                    continue;
                }

                authority = matched;
            }

            string key = authority?.Name ?? inspection.Subject.Name.Trim();
            entry = HistoryEntry.Of(inspection, authority, catalog);
            if (!counted.TryGetValue(key, out var list))
            {
                counted[key] = list = [];
            }

            list.Add(entry);
            if (!latest.TryGetValue(key, out var held) || IsLater(entry, held.Entry))
            {
                latest[key] = (authority, entry);
            }
        }

        var subjects = latest
            .Select(p => new LatestInspection(p.Key, p.Value.Authority, p.Value.Entry))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToImmutableArray();
        var notYet = register.Authorities
            .Where(a => a.ExistsOn(inspectedBy) && !latest.ContainsKey(a.Name))
            .ToImmutableArray();
        var ordered = counted.ToDictionary(
            p => p.Key,
            p => p.Value.OrderBy(e => e.Date!.Value).ThenBy(e => e.Inspection.Published ?? LocalDate.MinIsoValue).ToImmutableArray(),
            StringComparer.OrdinalIgnoreCase);
        var strands = ReferenceEquals(catalog, FrameworkCatalog.Default) ? JudgementStrands.Default : JudgementStrands.Of(catalog);
        return new StateOfTheNation(inspectedBy, cutOff, null, subjects, notYet, ordered, catalog, strands);
    }

    private static bool IsLater(HistoryEntry candidate, HistoryEntry held)
    {
        int byDate = candidate.Date!.Value.CompareTo(held.Date!.Value);
        if (byDate != 0)
        {
            return byDate > 0;
        }

        return (candidate.Inspection.Published ?? LocalDate.MinIsoValue) > (held.Inspection.Published ?? LocalDate.MinIsoValue);
    }

    /// <summary>
    /// The state as a person reads it: the dates (ISO 8601), how many authorities, and each scale's distribution, such as
    /// <c>inspected by 2025-03-31, published by 2025-08-31: 153 authorities; 153 inspections: 20 outstanding, …</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"inspected by {DateText.Format(InspectedBy)}, published by {DateText.Format(PublishedBy)}: "
        + $"{Subjects.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} authorit{(Subjects.Length == 1 ? "y" : "ies")}"
        + (Distributions.IsEmpty ? string.Empty : "; " + string.Join("; ", Distributions));
}
