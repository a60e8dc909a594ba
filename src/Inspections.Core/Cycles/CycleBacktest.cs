using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core.Histories;
using NodaTime;

namespace Inspections.Core.Cycles;

/// <summary>
/// The cycle rules tested on a record: every pair of consecutive graded inspections of one authority (both dated by
/// their fieldwork, the earlier under a framework whose cycle has a window), measured against the earlier one's rule
/// and window as moved by the suspensions of routine inspection.
/// </summary>
/// <remarks>
/// An authority's pairs are its own: a predecessor's last inspection and its successor's first are not a pair (Ofsted
/// counts a new authority as not yet inspected). Immutable and thread-safe.
/// </remarks>
public sealed class CycleBacktest
{
    private CycleBacktest(
        ImmutableArray<CycleObservation> observations, ImmutableArray<CycleSuspension> suspensions, ImmutableArray<Inspection> inspections, LocalAuthorityRegister register, FrameworkCatalog catalog)
    {
        Observations = observations;
        Suspensions = suspensions;
        Inspections = inspections;
        Register = register;
        Catalog = catalog;
    }

    /// <summary>Every pair, in order of the later inspection's date, then authority.</summary>
    public ImmutableArray<CycleObservation> Observations { get; }

    /// <summary>The suspensions of routine inspection the windows allow for (every framework's in the catalog).</summary>
    public ImmutableArray<CycleSuspension> Suspensions { get; }

    /// <summary>The inspections tested (for <see cref="NextInspections.At(CycleBacktest, LocalDate)"/>, which asks of the same record).</summary>
    internal ImmutableArray<Inspection> Inspections { get; }

    /// <summary>The register that grouped them by authority.</summary>
    internal LocalAuthorityRegister Register { get; }

    /// <summary>The catalog whose cycles were tested.</summary>
    internal FrameworkCatalog Catalog { get; }

    /// <summary>Tests the catalog's cycles on <paramref name="inspections"/>.</summary>
    /// <param name="inspections">Any inspections, such as the shipped official record.</param>
    /// <param name="register">The register that groups them by authority.</param>
    /// <param name="catalog">The catalog whose frameworks give the cycles.</param>
    /// <returns>The backtest.</returns>
    /// <exception cref="ArgumentNullException">An argument, or an inspection in the sequence, is null.</exception>
    public static CycleBacktest Of(IEnumerable<Inspection> inspections, LocalAuthorityRegister register, FrameworkCatalog catalog)
    {
        Preconditions.NotNull(inspections, nameof(inspections));
        Preconditions.NotNull(register, nameof(register));
        Preconditions.NotNull(catalog, nameof(catalog));
        var list = inspections.ToImmutableArray();
        var suspensions = SuspensionsOf(catalog);
        var observations = new List<CycleObservation>();
        foreach (var authority in register.Authorities)
        {
            var graded = AuthorityHistory.Of(authority, list, register, catalog).Entries
                .Where(e => e.IsGraded && !e.JudgesAnotherBody && e.DateBasis == InspectionDateBasis.FieldworkStart && ReferenceEquals(e.Authority, authority))
                .ToList();
            for (int i = 1; i < graded.Count; i++)
            {
                var previous = graded[i - 1];
                if (!catalog.TryGet(previous.Inspection.FrameworkId, out var framework)
                    || framework.Cycle is not { } cycle
                    || !cycle.TryGetRule(previous.Inspection.Judgements, out var rule)
                    || cycle.WindowAfter(previous.Date!.Value, suspensions) is not { } window)
                {
                    continue;
                }

                observations.Add(new CycleObservation(authority, previous, graded[i], rule, window));
            }
        }

        return new CycleBacktest(
            observations.OrderBy(o => o.Next.Date).ThenBy(o => o.Authority.Name, StringComparer.Ordinal).ToImmutableArray(),
            suspensions,
            list,
            register,
            catalog);
    }

    /// <summary>The suspensions of every framework of <paramref name="catalog"/> that has a cycle, in date order, each once.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The suspensions.</returns>
    internal static ImmutableArray<CycleSuspension> SuspensionsOf(FrameworkCatalog catalog) =>
        catalog.All.Where(f => f.Cycle is not null).SelectMany(f => f.Cycle!.Suspensions).Distinct().OrderBy(s => s.LastFieldworkBefore).ToImmutableArray();

    /// <summary>The record of one rule: the pairs it applied to whose later inspection began on or before <paramref name="nextBy"/>.</summary>
    /// <param name="ruleId">The rule's id (the same id across versions of a framework).</param>
    /// <param name="nextBy">The last day a later inspection may have begun, such as the date asked about; null for all.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public CycleRecord RecordOf(string ruleId, LocalDate? nextBy = null)
    {
        Preconditions.NotNull(ruleId, nameof(ruleId));
        return new CycleRecord(
            ruleId,
            Observations.Where(o => string.Equals(o.Rule.Id, ruleId, StringComparison.Ordinal) && (nextBy is not { } by || o.Next.Date <= by)).ToList());
    }

    /// <summary>The record of the pairs that <paramref name="select"/> keeps, under any rule.</summary>
    /// <param name="name">What the pairs are, such as a rule id or "all".</param>
    /// <param name="select">Which pairs to keep.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CycleRecord RecordWhere(string name, Func<CycleObservation, bool> select)
    {
        Preconditions.NotNull(name, nameof(name));
        Preconditions.NotNull(select, nameof(select));
        return new CycleRecord(name, Observations.Where(select).ToList());
    }
}
