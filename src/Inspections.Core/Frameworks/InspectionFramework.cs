using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Frameworks;

/// <summary>
/// An inspection framework: its judgements (a tree of key judgements and graded sub-judgements), its grading
/// scale, its visit types, its rules, its recommendation timescales and the dates it was in force. The eight
/// frameworks of 2008 onwards are in <see cref="Catalog.FrameworkCatalog.Default"/>; build your own with
/// <see cref="FrameworkBuilder"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; lookups allocate nothing.</remarks>
public sealed class InspectionFramework
{
    private readonly Dictionary<string, int> _judgementIndex;
    private readonly Dictionary<string, VisitType> _visitTypes;
    private readonly Dictionary<string, Timescale> _timescales;
    private readonly Dictionary<string, ImmutableArray<Judgement>> _children;

    internal InspectionFramework(
        string id,
        string name,
        string regulator,
        FrameworkFamily family,
        FrameworkPeriod inForce,
        ImmutableArray<SubjectKind> subjectKinds,
        GradingScale scale,
        ImmutableArray<Judgement> judgements,
        ImmutableArray<VisitType> visitTypes,
        ImmutableArray<FrameworkRule> rules,
        ImmutableArray<Timescale> timescales,
        ImmutableArray<string> sources,
        ImmutableArray<string> notes,
        InspectionCycle? cycle = null)
    {
        Id = id;
        Name = name;
        Regulator = regulator;
        Family = family;
        InForce = inForce;
        SubjectKinds = subjectKinds;
        Scale = scale;
        Judgements = judgements;
        VisitTypes = visitTypes;
        Rules = rules;
        Timescales = timescales;
        Sources = sources;
        Notes = notes;
        Cycle = cycle;

        _judgementIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < judgements.Length; i++)
        {
            _judgementIndex.Add(judgements[i].Id, i);
        }

        _visitTypes = new Dictionary<string, VisitType>(StringComparer.Ordinal);
        foreach (var visit in visitTypes)
        {
            _visitTypes.Add(visit.Id, visit);
        }

        _timescales = new Dictionary<string, Timescale>(StringComparer.Ordinal);
        foreach (var timescale in timescales)
        {
            _timescales.Add(timescale.Id, timescale);
        }

        _children = new Dictionary<string, ImmutableArray<Judgement>>(StringComparer.Ordinal);
        foreach (var judgement in judgements)
        {
            var children = ImmutableArray.CreateBuilder<Judgement>();
            foreach (var candidate in judgements)
            {
                if (string.Equals(candidate.ParentId, judgement.Id, StringComparison.Ordinal))
                {
                    children.Add(candidate);
                }
            }

            _children.Add(judgement.Id, children.ToImmutable());
        }
    }

    /// <summary>The family the framework belongs to, such as <see cref="FrameworkFamily.Ilacs"/> for every edition of ILACS.</summary>
    public FrameworkFamily Family { get; }

    /// <summary>The id, such as <c>sif-2013</c>.</summary>
    public string Id { get; }

    /// <summary>The framework's name.</summary>
    public string Name { get; }

    /// <summary>Who inspects under it, such as "Ofsted".</summary>
    public string Regulator { get; }

    /// <summary>The dates the framework was in force, open ended for a current framework.</summary>
    public FrameworkPeriod InForce { get; }

    /// <summary>The kinds of body the framework inspects.</summary>
    public ImmutableArray<SubjectKind> SubjectKinds { get; }

    /// <summary>The scale every judgement of the framework is graded on.</summary>
    public GradingScale Scale { get; }

    /// <summary>Every judgement, in the framework's own order (parents before their sub-judgements).</summary>
    public ImmutableArray<Judgement> Judgements { get; }

    /// <summary>The visit types, graded first.</summary>
    public ImmutableArray<VisitType> VisitTypes { get; }

    /// <summary>The rules on how judgements relate.</summary>
    public ImmutableArray<FrameworkRule> Rules { get; }

    /// <summary>The timescales recommendations may carry (empty when the framework's reports give none).</summary>
    public ImmutableArray<Timescale> Timescales { get; }

    /// <summary>Where the facts of this definition come from: handbooks, reports, statistics.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>
    /// Notes on the definition: facts the sources leave unconfirmed and modelling choices made where they are
    /// silent (each built-in note starts <c>UNCONFIRMED:</c> or <c>Modelling choice:</c>). Empty when there are none.
    /// </summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>
    /// The framework's inspection cycle: when the next graded inspection comes and which kind, with the suspensions of
    /// routine inspection the record shows; null when the framework states none.
    /// </summary>
    public InspectionCycle? Cycle { get; }

    /// <summary>Whether the framework was in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The result.</returns>
    public bool IsInForceOn(LocalDate date) => InForce.Contains(date);

    /// <summary>Whether the framework inspects bodies of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The result.</returns>
    public bool Inspects(SubjectKind kind)
    {
        foreach (var candidate in SubjectKinds)
        {
            if (candidate == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds a judgement by id.</summary>
    /// <param name="judgementId">The id; null finds nothing.</param>
    /// <param name="judgement">The judgement, when found.</param>
    /// <returns><see langword="true"/> when the framework defines it.</returns>
    public bool TryGetJudgement(string? judgementId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Judgement? judgement)
    {
        int index = IndexOfJudgement(judgementId);
        judgement = index < 0 ? null : Judgements[index];
        return index >= 0;
    }

    /// <summary>The position of a judgement in the framework's order, or -1.</summary>
    /// <param name="judgementId">The id; null is not found.</param>
    /// <returns>The position, or -1.</returns>
    public int IndexOfJudgement(string? judgementId) =>
        judgementId is not null && _judgementIndex.TryGetValue(judgementId, out int index) ? index : -1;

    /// <summary>The graded sub-judgements of a judgement (empty for a leaf).</summary>
    /// <param name="judgementId">The parent's id.</param>
    /// <returns>The sub-judgements in the framework's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="judgementId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The framework does not define the judgement.</exception>
    public ImmutableArray<Judgement> GetSubJudgements(string judgementId) =>
        _children.TryGetValue(judgementId ?? throw new ArgumentNullException(nameof(judgementId)), out var children)
            ? children
            : throw new KeyNotFoundException($"Framework '{Id}' defines no judgement '{judgementId}'.");

    /// <summary>Finds a visit type by id.</summary>
    /// <param name="visitTypeId">The id; null finds nothing.</param>
    /// <param name="visitType">The visit type, when found.</param>
    /// <returns><see langword="true"/> when the framework has it.</returns>
    public bool TryGetVisitType(string? visitTypeId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out VisitType? visitType)
    {
        visitType = null;
        return visitTypeId is not null && _visitTypes.TryGetValue(visitTypeId, out visitType);
    }

    /// <summary>The visit type with id <paramref name="visitTypeId"/>.</summary>
    /// <param name="visitTypeId">The id.</param>
    /// <returns>The visit type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visitTypeId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The framework has no such visit type.</exception>
    public VisitType GetVisitType(string visitTypeId) =>
        TryGetVisitType(visitTypeId ?? throw new ArgumentNullException(nameof(visitTypeId)), out var visit)
            ? visit
            : throw new KeyNotFoundException($"Framework '{Id}' has no visit type '{visitTypeId}'.");

    /// <summary>Finds a timescale by id.</summary>
    /// <param name="timescaleId">The id; null finds nothing.</param>
    /// <param name="timescale">The timescale, when found.</param>
    /// <returns><see langword="true"/> when the framework uses it.</returns>
    public bool TryGetTimescale(string? timescaleId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Timescale? timescale)
    {
        timescale = null;
        return timescaleId is not null && _timescales.TryGetValue(timescaleId, out timescale);
    }

    /// <summary>The id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Reads the grade an inspection gives a judgement, on this framework's scale.</summary>
    /// <param name="inspection">The inspection (normally one whose <see cref="Inspection.FrameworkId"/> is this framework's id).</param>
    /// <param name="judgementId">The judgement id.</param>
    /// <param name="grade">The grade, when the judgement is graded with a grade of this framework's scale.</param>
    /// <returns><see langword="true"/> when a grade was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inspection"/> is null.</exception>
    public bool TryGetGrade(Inspection inspection, string? judgementId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Grade? grade)
    {
        if (inspection is null)
        {
            throw new ArgumentNullException(nameof(inspection));
        }

        grade = null;
        return judgementId is not null && inspection.Judgements.TryGetGradeId(judgementId, out var gradeId) && Scale.TryGetGrade(gradeId, out grade);
    }

    /// <summary>
    /// The due date of one of an inspection's recommendations: <see cref="Inspection.DueDateBasis"/> plus the
    /// calendar period of this framework's timescale (31 August + 6 months = 29 February in a leap year).
    /// </summary>
    /// <param name="inspection">The inspection the recommendation belongs to; its dates give the basis.</param>
    /// <param name="recommendation">The recommendation.</param>
    /// <returns>
    /// The due date, or null when the recommendation has no timescale, this framework does not know it, or there is
    /// no <see cref="Inspection.DueDateBasis"/> (neither publication nor fieldwork end is known).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OverflowException">The due date would fall after 31 December 9999, the last date NodaTime supports.</exception>
    /// <example>
    /// A recommendation due "within six months" of a report published on 31 August 2023 is due on
    /// 29 February 2024; of one published on 31 August 2024, on 28 February 2025.
    /// </example>
    public LocalDate? DueDateOf(Inspection inspection, Recommendation recommendation)
    {
        if (inspection is null)
        {
            throw new ArgumentNullException(nameof(inspection));
        }

        if (recommendation is null)
        {
            throw new ArgumentNullException(nameof(recommendation));
        }

        return inspection.DueDateBasis is { } basis && TryGetTimescale(recommendation.TimescaleId, out var timescale) ? timescale.DueDate(basis) : null;
    }
}
