using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core.Histories;
using NodaTime;

namespace Inspections.Core.Cycles;

/// <summary>
/// When the next inspection is due: for every authority as of a date, what its framework's cycle expects next from
/// its last graded inspection, and how Ofsted has kept to the same rule in the record.
/// </summary>
/// <remarks>
/// <para>
/// An authority's last graded inspection is the one <see cref="StateOfTheNation"/> counts on the date (fieldwork begun
/// by it and published by it). The framework in force is the catalog's for local authorities on the date (the most
/// recent to come into force, where two overlap); its cycle's first rule that applies to the last inspection's grades
/// is the authority's, else the first of the last inspection's own framework's cycle. The window counts from the last
/// inspection's date, moved by the suspensions of routine inspection the catalog records.
/// </para>
/// <para>
/// The record of a rule counts only pairs whose later inspection began by the date: it never looks ahead. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class NextInspections
{
    private NextInspections(LocalDate asOf, ImmutableArray<NextInspection> authorities, CycleBacktest backtest)
    {
        AsOf = asOf;
        Authorities = authorities;
        Backtest = backtest;
    }

    /// <summary>The date asked about.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Every authority that existed on the date (and any subject the register does not know), in name order.</summary>
    public ImmutableArray<NextInspection> Authorities { get; }

    /// <summary>The cycle rules tested on the inspections given.</summary>
    public CycleBacktest Backtest { get; }

    /// <summary>The answer for <paramref name="authority"/>, or null when it did not exist on <see cref="AsOf"/>.</summary>
    /// <param name="authority">An authority of the register the answer was built with.</param>
    /// <returns>Its entry in <see cref="Authorities"/>, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public NextInspection? Of(LocalAuthority authority)
    {
        Preconditions.NotNull(authority, nameof(authority));
        return Authorities.FirstOrDefault(a => ReferenceEquals(a.Authority, authority));
    }

    /// <summary>What is due next for every authority on <paramref name="asOf"/>.</summary>
    /// <param name="inspections">Any inspections, such as the shipped official record.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="register">The register that groups inspections by authority.</param>
    /// <param name="catalog">The catalog whose frameworks give the cycles.</param>
    /// <returns>The answer for every authority.</returns>
    /// <exception cref="ArgumentNullException">An argument, or an inspection in the sequence, is null.</exception>
    public static NextInspections At(IEnumerable<Inspection> inspections, LocalDate asOf, LocalAuthorityRegister register, FrameworkCatalog catalog) =>
        At(CycleBacktest.Of(inspections, register, catalog), asOf);

    /// <summary>
    /// What is due next for every authority on <paramref name="asOf"/>, from the inspections, register and catalog
    /// <paramref name="backtest"/> was made of: the backtest is computed once, however many dates are asked about.
    /// </summary>
    /// <param name="backtest">The cycle rules tested on a record (<see cref="CycleBacktest.Of"/>).</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The answer for every authority; the same as <see cref="At(IEnumerable{Inspection}, LocalDate, LocalAuthorityRegister, FrameworkCatalog)"/> with the backtest's inputs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="backtest"/> is null.</exception>
    public static NextInspections At(CycleBacktest backtest, LocalDate asOf)
    {
        Preconditions.NotNull(backtest, nameof(backtest));
        var (list, register, catalog) = (backtest.Inspections, backtest.Register, backtest.Catalog);
        var state = StateOfTheNation.At(list, asOf, asOf, register, catalog);
        var framework = catalog.InForceOn(asOf, SubjectKind.LocalAuthority).OrderByDescending(f => f.InForce.Start).FirstOrDefault();
        var visits = UngradedVisits(list, asOf, register);

        var result = new List<NextInspection>();
        foreach (var subject in state.Subjects)
        {
            var since = subject.Authority is { } a && visits.TryGetValue(a.Name, out var held)
                ? held.Where(v => v.Date > subject.Entry.Date).ToImmutableArray()
                : ImmutableArray<Inspection>.Empty;
            result.Add(Of(subject.Name, subject.Authority, subject.Entry, asOf, framework, catalog, backtest, since));
        }

        foreach (var authority in state.NotYetInspected)
        {
            result.Add(new NextInspection(
                authority.Name, authority, null, framework, null, null, NextInspectionStatus.NotYetInspected,
                visits.TryGetValue(authority.Name, out var held) ? held.ToImmutableArray() : ImmutableArray<Inspection>.Empty,
                null,
                [$"{authority.Name} has no graded inspection that counts by {DateText.Format(asOf)}; the sources give no cycle rule for an authority not yet inspected."]));
        }

        return new NextInspections(
            asOf,
            result.OrderBy(n => n.Name, StringComparer.OrdinalIgnoreCase).ToImmutableArray(),
            backtest);
    }

    private static Dictionary<string, List<Inspection>> UngradedVisits(ImmutableArray<Inspection> inspections, LocalDate asOf, LocalAuthorityRegister register)
    {
        var visits = new Dictionary<string, List<Inspection>>(StringComparer.Ordinal);
        foreach (var inspection in inspections)
        {
            Preconditions.InSequence(inspection, nameof(inspections));
            if (!inspection.Judgements.IsEmpty || inspection.Date is not { } date || date > asOf || !register.TryMatch(inspection.Subject, date, out var authority))
            {
                continue;
            }

            if (!visits.TryGetValue(authority.Name, out var list))
            {
                visits[authority.Name] = list = [];
            }

            list.Add(inspection);
        }

        foreach (var list in visits.Values)
        {
            list.Sort((x, y) => (x.Date ?? default).CompareTo(y.Date ?? default));
        }

        return visits;
    }

    private static NextInspection Of(
        string name, LocalAuthority? authority, HistoryEntry last, LocalDate asOf, InspectionFramework? framework, FrameworkCatalog catalog, CycleBacktest backtest, ImmutableArray<Inspection> since)
    {
        var departures = ImmutableArray.CreateBuilder<string>();
        InspectionCycle? cycle = framework?.Cycle;
        CycleRule? rule = null;
        if (cycle is null || !cycle.TryGetRule(last.Inspection.Judgements, out rule))
        {
            if (catalog.TryGet(last.Inspection.FrameworkId, out var own) && own.Cycle is { } ownCycle && ownCycle.TryGetRule(last.Inspection.Judgements, out rule))
            {
                cycle = ownCycle;
                if (framework is not null && !ReferenceEquals(own, framework))
                {
                    departures.Add($"No rule of {framework.Id} reads the grades of the last inspection ({own.Id}); the rule is {own.Id}'s.");
                }
            }
        }

        var suspension = backtest.Suspensions.FirstOrDefault(s => s.Covers(asOf));
        if (suspension is not null)
        {
            departures.Add($"Routine inspection was suspended on {DateText.Format(asOf)}: the record has no fieldwork from {DateText.Format(suspension.LastFieldworkBefore)} to {DateText.Format(suspension.FirstFieldworkAfter)}. {suspension.Description}");
        }

        if (rule is null)
        {
            departures.Add(framework is null
                ? $"No framework for local authorities was in force on {DateText.Format(asOf)}."
                : $"{framework.Id} states no next inspection for an authority whose last graded inspection ({last.Inspection.FrameworkId} {last.Inspection.VisitTypeId}) graded it so.");
            return new NextInspection(name, authority, last, framework, null, null, suspension is null ? NextInspectionStatus.NoRule : NextInspectionStatus.Suspended, since, null, departures.ToImmutable());
        }

        var record = backtest.RecordOf(rule.Id, asOf);
        var previous = last.Date!.Value;
        if (last.DateBasis == InspectionDateBasis.Published)
        {
            departures.Add($"The last inspection is dated by its publication ({DateText.Format(previous)}): the record gives no fieldwork date, so the window counts from it.");
        }

        InspectionWindow? window = rule.InWindow ? cycle!.WindowAfter(previous, backtest.Suspensions) : null;
        NextInspectionStatus status;
        if (window is null)
        {
            status = NextInspectionStatus.Monitoring;
            departures.Add(record.Total == 0
                ? "The rule sets no date for the re-inspection, and the record has no earlier re-inspection to go by."
                : Invariant($"The rule sets no date for the re-inspection; in the record, the next inspection after one this rule applied to came {record.MonthsAfter[0]}–{record.MonthsAfter[record.MonthsAfter.Length - 1]} months after (median {record.MonthsAt(0.5)}, of {record.Total})."));
        }
        else
        {
            status = asOf < window.Opens ? NextInspectionStatus.BeforeWindow : asOf <= window.Closes ? NextInspectionStatus.InWindow : NextInspectionStatus.WindowPassed;
            foreach (var moved in window.MovedBy)
            {
                departures.Add($"The window is moved by the suspension of routine inspection ({DateText.Format(moved.LastFieldworkBefore)} to {DateText.Format(moved.FirstFieldworkAfter)}, {moved.Length.Days} days); as stated it was {DateText.Interval(window.AsStated.Start, window.AsStated.End)}. Ofsted published no moved windows: the move is the library's.");
            }

            if (status == NextInspectionStatus.WindowPassed)
            {
                int overdue = Period.Between(window.Closes, asOf, PeriodUnits.Days).Days;
                departures.Add(Invariant($"The window closed on {DateText.Format(window.Closes)}, {overdue} days before {DateText.Format(asOf)}, with no graded inspection since: the rule gives no later date, and the record has Ofsted late against this rule {record.Late} times of {record.Total}."));
            }
            else if (record.Total > 0 && record.Within * 2 < record.Total)
            {
                departures.Add(Invariant($"In the record, fewer than half of the next inspections after one this rule applied to came within the window ({record.Within} of {record.Total})."));
            }
        }

        if (suspension is not null)
        {
            status = NextInspectionStatus.Suspended;
        }

        return new NextInspection(name, authority, last, framework, rule, window, status, since, record, departures.ToImmutable());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The date and how many authorities, such as <c>as of 2024-03-31: 153 authorities, 40 in their window</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Invariant($"as of {DateText.Format(AsOf)}: {Authorities.Length} authorities, {Authorities.Count(a => a.Status == NextInspectionStatus.InWindow)} in their window");
}
