using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Comparison;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Histories;

/// <summary>
/// One local authority's inspections through the years, its predecessors' included, in date order; each graded
/// inspection compared with the graded one before it, across framework changes and reorganisations, with the caveats.
/// </summary>
/// <remarks>
/// <para>
/// Dates: an inspection is placed by its first day of fieldwork, else by its publication date (Ofsted's tables give
/// only a publication date for the inspections before 2018); one with neither is kept at the end, undated. On the
/// same date, the earlier published comes first.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AuthorityHistory
{
    private AuthorityHistory(
        LocalAuthority authority,
        ImmutableArray<LocalAuthority> lineage,
        ImmutableArray<HistoryEntry> entries,
        ImmutableArray<HistoryChange> changes,
        ImmutableArray<Reorganisation> reorganisations)
    {
        Authority = authority;
        Lineage = lineage;
        Entries = entries;
        Changes = changes;
        Reorganisations = reorganisations;
    }

    /// <summary>The authority whose history this is.</summary>
    public LocalAuthority Authority { get; }

    /// <summary>The authority and its predecessors, whose inspections the history holds.</summary>
    public ImmutableArray<LocalAuthority> Lineage { get; }

    /// <summary>Every inspection of the lineage, graded or not, in date order (undated ones last).</summary>
    public ImmutableArray<HistoryEntry> Entries { get; }

    /// <summary>
    /// Each graded inspection compared with the graded inspection before it, in date order. Reviews of another body
    /// (<see cref="HistoryEntry.JudgesAnotherBody"/>: the LSCB reviews) are compared only with each other, so that a
    /// SIF inspection is compared with the ILACS inspection after it, not with the LSCB review between them.
    /// </summary>
    public ImmutableArray<HistoryChange> Changes { get; }

    /// <summary>The reorganisations of the authority and its predecessors, in date order.</summary>
    public ImmutableArray<Reorganisation> Reorganisations { get; }

    /// <summary>The latest graded inspection of the authority's services with a date (not an LSCB review), or null when there is none.</summary>
    public HistoryEntry? LatestGraded => Entries.LastOrDefault(e => e.IsGraded && e.Date is not null && !e.JudgesAnotherBody);

    /// <summary>
    /// The time from the latest graded inspection's date (its first day of fieldwork, else its publication) to
    /// <paramref name="asOf"/>, in years, months and days; null when there is no dated graded inspection.
    /// </summary>
    /// <param name="asOf">The day to measure to, such as today.</param>
    /// <returns>The period (negative parts when <paramref name="asOf"/> is before the inspection), or null.</returns>
    public Period? TimeSinceLastGraded(LocalDate asOf) =>
        LatestGraded?.Date is { } date ? Period.Between(date, asOf, PeriodUnits.YearMonthDay) : null;

    /// <summary>
    /// <see cref="TimeSinceLastGraded"/> in words, culture-invariant: "2 years, 1 month and 3 days since 2024-10-30"
    /// when the latest graded inspection is on or before <paramref name="asOf"/>, and, when its date is after
    /// <paramref name="asOf"/> (a record that holds a later inspection), "none yet: the latest graded inspection is
    /// 3 months after 2026-12-03" rather than a negative period; null when there is no dated graded inspection.
    /// </summary>
    /// <param name="asOf">The day to measure to, such as today.</param>
    /// <returns>The words, or null.</returns>
    public string? TimeSinceLastGradedInWords(LocalDate asOf)
    {
        if (LatestGraded?.Date is not { } date)
        {
            return null;
        }

        return date <= asOf
            ? DateText.Words(Period.Between(date, asOf, PeriodUnits.YearMonthDay)) + " since " + DateText.Format(date)
            : "none yet: the latest graded inspection is " + DateText.Words(Period.Between(asOf, date, PeriodUnits.YearMonthDay)) + " after " + DateText.Format(asOf);
    }

    /// <summary>Builds the history of <paramref name="authority"/> from any inspections, using the default register and catalog.</summary>
    /// <param name="authority">An authority of <see cref="LocalAuthorityRegister.Default"/>.</param>
    /// <param name="inspections">Any inspections; those not of the authority or its predecessors are left out.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException">An argument, or an inspection in the sequence, is null.</exception>
    public static AuthorityHistory Of(LocalAuthority authority, IEnumerable<Inspection> inspections) =>
        Of(authority, inspections, LocalAuthorityRegister.Default, FrameworkCatalog.Default);

    /// <summary>Builds the history of <paramref name="authority"/> from any inspections.</summary>
    /// <param name="authority">An authority of <paramref name="register"/>.</param>
    /// <param name="inspections">Any inspections; those not of the authority or its predecessors (as <see cref="LocalAuthorityRegister.TryMatch"/> finds them) are left out.</param>
    /// <param name="register">The register that knows the authority's names, codes and predecessors.</param>
    /// <param name="catalog">The catalog whose frameworks, lineage and crosswalks compare the grades.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException">An argument, or an inspection in the sequence, is null.</exception>
    public static AuthorityHistory Of(LocalAuthority authority, IEnumerable<Inspection> inspections, LocalAuthorityRegister register, FrameworkCatalog catalog)
    {
        if (authority is null)
        {
            throw new ArgumentNullException(nameof(authority));
        }

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

        var strands = ReferenceEquals(catalog, FrameworkCatalog.Default) ? JudgementStrands.Default : JudgementStrands.Of(catalog);
        var lineage = register.LineageOf(authority);
        var entries = new List<HistoryEntry>();
        foreach (var inspection in inspections)
        {
            Preconditions.InSequence(inspection, nameof(inspections));
            if (register.TryMatch(inspection.Subject, inspection.Date, out var matched) && lineage.Contains(matched))
            {
                entries.Add(HistoryEntry.Of(inspection, matched, catalog, strands));
            }
        }

        var ordered = Order(entries);
        return new AuthorityHistory(authority, lineage, ordered, Compare(ordered, register, catalog, strands), register.ReorganisationsOf(authority));
    }

    /// <summary>Puts entries in date order: by date (undated last), then publication, then framework and visit ids.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>The ordered entries.</returns>
    internal static ImmutableArray<HistoryEntry> Order(IEnumerable<HistoryEntry> entries) =>
        entries
            .OrderBy(e => e.Date is null ? 1 : 0)
            .ThenBy(e => e.Date ?? default)
            .ThenBy(e => e.Inspection.Published ?? LocalDate.MaxIsoValue)
            .ThenBy(e => e.Inspection.FrameworkId, StringComparer.Ordinal)
            .ThenBy(e => e.Inspection.VisitTypeId, StringComparer.Ordinal)
            .ToImmutableArray();

    private static ImmutableArray<HistoryChange> Compare(ImmutableArray<HistoryEntry> entries, LocalAuthorityRegister register, FrameworkCatalog catalog, JudgementStrands strands)
    {
        var changes = new List<HistoryChange>();
        HistoryEntry? previous = null, previousReview = null;
        foreach (var entry in entries)
        {
            if (!entry.IsGraded || entry.Date is null)
            {
                continue;
            }

            if (entry.JudgesAnotherBody)
            {
                if (previousReview is not null)
                {
                    changes.Add(Change(previousReview, entry, register, catalog, strands));
                }

                previousReview = entry;
                continue;
            }

            if (previous is not null)
            {
                changes.Add(Change(previous, entry, register, catalog, strands));
            }

            previous = entry;
        }

        return changes.OrderBy(c => c.After.Date).ThenBy(c => entries.IndexOf(c.After)).ToImmutableArray();
    }

    private static HistoryChange Change(HistoryEntry before, HistoryEntry after, LocalAuthorityRegister register, FrameworkCatalog catalog, JudgementStrands strands)
    {
        var caveats = ImmutableArray.CreateBuilder<string>();
        Reorganisation? reorganisation = null;
        var earlier = before.Inspection;
        if (!InspectionComparer.IsSameSubject(earlier.Subject, after.Inspection.Subject))
        {
            // The comparer compares one subject's inspections; a predecessor's inspection (or the same authority under
            // an older GSS code) is compared as if of the later subject, and the change says so.
            earlier = earlier with { Subject = after.Inspection.Subject };
        }

        if (before.Authority is { } was && after.Authority is { } now && !ReferenceEquals(was, now))
        {
            reorganisation = register.Reorganisations.FirstOrDefault(r => r.Before.Contains(was.Name) && r.After.Contains(now.Name));
            caveats.Add(reorganisation is null
                ? $"The authority changed: the earlier inspection was of {was.Name}, the later of {now.Name}."
                : $"The authority changed on {DateText.Words(reorganisation.TakesEffect)}: the earlier inspection was of {was.Name}, the later of {now.Name} ({reorganisation.Source}).");
        }

        var comparison = InspectionComparer.Compare(earlier, after.Inspection, catalog);
        if (comparison.FrameworkChanged)
        {
            caveats.Add($"The framework changed ({before.Inspection.FrameworkId} to {after.Inspection.FrameworkId}): the grades were given against different criteria.");
        }

        foreach (var side in new[] { before, after })
        {
            if (side.DateBasis == InspectionDateBasis.Published)
            {
                caveats.Add($"The {(ReferenceEquals(side, before) ? "earlier" : "later")} inspection is dated by its publication ({(side.Date is { } sideDate ? DateText.Format(sideDate) : "undated")}); the record gives no fieldwork date.");
            }
        }

        var strandChanges = strands.All
            .Where(s => before.GradeOf(s) is not null || after.GradeOf(s) is not null)
            .Select(s => StrandChange.Of(s, before, after, comparison))
            .ToImmutableArray();
        return new HistoryChange(before, after, comparison, reorganisation, caveats.ToImmutable(), strandChanges);
    }

    /// <summary>
    /// The history as a person reads it: the authority, how many inspections, and the latest graded one, such as
    /// <c>Calderdale: 7 inspections, latest graded 2018-10-01 ilacs-2018 full-inspection: Good</c> (dates in ISO 8601).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Authority.Name}: {Entries.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} inspection{(Entries.Length == 1 ? string.Empty : "s")}"
        + (LatestGraded is { } latest ? $", latest graded {latest}" : ", none graded");
}
