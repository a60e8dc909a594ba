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
    private StateOfTheNation(
        LocalDate inspectedBy,
        LocalDate publishedBy,
        ImmutableArray<LatestInspection> subjects,
        ImmutableArray<GradeDistribution> distributions,
        ImmutableArray<LocalAuthority> notYetInspected)
    {
        InspectedBy = inspectedBy;
        PublishedBy = publishedBy;
        Subjects = subjects;
        Distributions = distributions;
        NotYetInspected = notYetInspected;
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
        foreach (var inspection in inspections)
        {
            if (inspection is null)
            {
                throw new ArgumentNullException(nameof(inspections), "An inspection in the sequence is null.");
            }

            if (inspection.Judgements.IsEmpty || inspection.Subject.Kind != SubjectKind.LocalAuthority)
            {
                continue;
            }

            var entry = HistoryEntry.Of(inspection, null, catalog);
            if (entry.JudgesAnotherBody)
            {
                continue;
            }

            var on = inspection.Fieldwork?.Start ?? inspection.Published;
            if (on is not { } date || date > inspectedBy || (inspection.Published is { } published && published > cutOff))
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
            if (!latest.TryGetValue(key, out var held) || IsLater(entry, held.Entry))
            {
                latest[key] = (authority, entry);
            }
        }

        var subjects = latest
            .Select(p => new LatestInspection(p.Key, p.Value.Authority, p.Value.Entry))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToImmutableArray();
        var distributions = GradingScales.All
            .Select(scale => (scale, grades: subjects.Select(s => s.Entry.Headline).Where(g => g is not null && scale.Contains(g)).Select(g => g!).ToList()))
            .Where(p => p.grades.Count > 0)
            .Select(p => GradeDistribution.Of(p.scale, p.grades))
            .ToImmutableArray();
        var notYet = register.Authorities
            .Where(a => a.ExistsOn(inspectedBy) && !latest.ContainsKey(a.Name))
            .ToImmutableArray();
        return new StateOfTheNation(inspectedBy, cutOff, subjects, distributions, notYet);
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
