// One file because it is one builder: a method per fact of a framework (regulator, family, dates, scale, judgements,
// visit types, rules, timescales, cycle, sources, notes), then Build, which checks them together and lists every
// problem at once. The checks need every fact, so they stay beside the fields they read.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Frameworks;

/// <summary>
/// Builds an <see cref="InspectionFramework"/> and checks that the definition holds together: unique ids,
/// parents and rules that name judgements the framework defines, no cycle of parents or of limiting rules,
/// visit types that grade only its own judgements and never a sub-judgement without its parent.
/// <see cref="Build"/> reports every problem at once, each as a sentence that names the ids involved.
/// </summary>
/// <remarks>A builder is mutable and not thread-safe; the framework it builds is immutable.</remarks>
/// <example>
/// <code>
/// var framework = new FrameworkBuilder("my-review-2027", "My review")
///     .Regulator("Example inspectorate")
///     .InForce(new LocalDate(2027, 1, 1), null)
///     .Inspects(SubjectKind.LocalAuthority)
///     .Scale(GradingScales.FourPointRequiresImprovement)
///     .Judgement("overall-effectiveness", "Overall effectiveness")
///     .VisitType(new VisitType("full-inspection", "Full inspection", ["overall-effectiveness"], ["overall-effectiveness"],
///         Period.FromWeeks(2), "Five working days", "overall-effectiveness"))
///     .Build();
/// </code>
/// </example>
public sealed class FrameworkBuilder
{
    private readonly string _id;
    private readonly string _name;
    private readonly List<Judgement> _judgements = [];
    private readonly List<VisitType> _visitTypes = [];
    private readonly List<FrameworkRule> _rules = [];
    private readonly List<Timescale> _timescales = [];
    private readonly List<SubjectKind> _subjectKinds = [];
    private readonly List<string> _sources = [];
    private readonly List<string> _notes = [];
    private string? _regulator;
    private FrameworkPeriod? _inForce;
    private GradingScale? _scale;
    private InspectionCycle? _cycle;
    private FrameworkFamily _family;

    /// <summary>Starts a framework definition.</summary>
    /// <param name="id">The framework's id, lower-case kebab-case.</param>
    /// <param name="name">The framework's name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed or the name blank.</exception>
    public FrameworkBuilder(string id, string name)
    {
        _id = Identifier.Require(id, nameof(id));
        _name = Preconditions.Label(name, nameof(name));
    }

    /// <summary>Sets who inspects under the framework.</summary>
    /// <param name="regulator">The regulator's name, such as "Ofsted".</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is null or blank.</exception>
    public FrameworkBuilder Regulator(string regulator)
    {
        _regulator = Preconditions.Label(regulator, nameof(regulator));
        return this;
    }

    /// <summary>Sets the family the framework belongs to (<see cref="FrameworkFamily.Other"/> unless set).</summary>
    /// <param name="family">The family.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="family"/> is not a defined value.</exception>
    public FrameworkBuilder Family(FrameworkFamily family)
    {
        _family = family is >= FrameworkFamily.Other and <= FrameworkFamily.Ilacs ? family : throw new ArgumentOutOfRangeException(nameof(family), family, "Not a defined framework family.");
        return this;
    }

    /// <summary>Sets the dates the framework was in force.</summary>
    /// <param name="start">The first day in force.</param>
    /// <param name="end">The last day in force (inclusive), or null while still in force.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public FrameworkBuilder InForce(LocalDate start, LocalDate? end)
    {
        _inForce = new FrameworkPeriod(start, end);
        return this;
    }

    /// <summary>Adds a kind of body the framework inspects.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public FrameworkBuilder Inspects(SubjectKind kind)
    {
        if (!SubjectKinds.All.Contains(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined subject kind.");
        }

        _subjectKinds.Add(kind);
        return this;
    }

    /// <summary>Sets the grading scale.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public FrameworkBuilder Scale(GradingScale scale)
    {
        _scale = scale ?? throw new ArgumentNullException(nameof(scale));
        return this;
    }

    /// <summary>Adds a judgement, after those already added (the framework's order).</summary>
    /// <param name="id">The judgement's id.</param>
    /// <param name="name">The framework's words for it.</param>
    /// <param name="parentId">The parent judgement's id for a sub-judgement, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An id is malformed or the name blank.</exception>
    public FrameworkBuilder Judgement(string id, string name, string? parentId = null)
    {
        _judgements.Add(new Judgement(id, name, parentId));
        return this;
    }

    /// <summary>Adds a visit type.</summary>
    /// <param name="visitType">The visit type.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visitType"/> is null.</exception>
    public FrameworkBuilder VisitType(VisitType visitType)
    {
        _visitTypes.Add(visitType ?? throw new ArgumentNullException(nameof(visitType)));
        return this;
    }

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public FrameworkBuilder Rule(FrameworkRule rule)
    {
        _rules.Add(rule ?? throw new ArgumentNullException(nameof(rule)));
        return this;
    }

    /// <summary>Adds a recommendation timescale.</summary>
    /// <param name="timescale">The timescale.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timescale"/> is null.</exception>
    public FrameworkBuilder Timescale(Timescale timescale)
    {
        _timescales.Add(timescale ?? throw new ArgumentNullException(nameof(timescale)));
        return this;
    }

    /// <summary>Sets the framework's inspection cycle: when its next graded inspection comes, and which kind.</summary>
    /// <param name="cycle">The cycle.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cycle"/> is null.</exception>
    public FrameworkBuilder Cycle(InspectionCycle cycle)
    {
        _cycle = cycle ?? throw new ArgumentNullException(nameof(cycle));
        return this;
    }

    /// <summary>Adds a source for the definition's facts (a handbook, a report, a statistics release).</summary>
    /// <param name="source">A citation or URL.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The source is null or blank.</exception>
    public FrameworkBuilder Source(string source)
    {
        _sources.Add(Preconditions.Label(source, nameof(source)));
        return this;
    }

    /// <summary>
    /// Adds a note on the definition: a fact the sources leave unconfirmed, or a modelling choice the definition
    /// makes where the sources are silent. The built-in frameworks start each note with <c>UNCONFIRMED:</c> or
    /// <c>Modelling choice:</c>.
    /// </summary>
    /// <param name="note">The note, in plain English, naming its evidence.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The note is null or blank.</exception>
    public FrameworkBuilder Note(string note)
    {
        _notes.Add(Preconditions.Label(note, nameof(note)));
        return this;
    }

    /// <summary>Checks the definition and builds the framework.</summary>
    /// <returns>The framework.</returns>
    /// <exception cref="FrameworkDefinitionException">The definition does not hold together; every problem is listed.</exception>
    public InspectionFramework Build()
    {
        var problems = new List<string>();
        if (_regulator is null)
        {
            problems.Add("It has no regulator.");
        }

        if (_inForce is null)
        {
            problems.Add("It has no dates in force.");
        }

        if (_scale is null)
        {
            problems.Add("It has no grading scale.");
        }

        if (_subjectKinds.Count == 0)
        {
            problems.Add("It inspects no kind of subject.");
        }

        if (_visitTypes.Count == 0)
        {
            problems.Add("It has no visit type.");
        }

        CheckUnique(_judgements.Select(j => j.Id), "judgement", problems);
        CheckUnique(_visitTypes.Select(v => v.Id), "visit type", problems);
        CheckUnique(_rules.Select(r => r.Id), "rule", problems);
        CheckUnique(_timescales.Select(t => t.Id), "timescale", problems);
        foreach (var kind in _subjectKinds.GroupBy(k => k).Where(g => g.Count() > 1))
        {
            problems.Add($"The subject kind '{kind.Key.ToId()}' is given twice.");
        }

        var defined = new HashSet<string>(_judgements.Select(j => j.Id), StringComparer.Ordinal);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _judgements.Count; i++)
        {
            position[_judgements[i].Id] = i;
        }

        foreach (var judgement in _judgements)
        {
            if (judgement.ParentId is { } parent)
            {
                if (!defined.Contains(parent))
                {
                    problems.Add($"Judgement '{judgement.Id}' has parent '{parent}', which the framework does not define.");
                }
                else if (position[parent] > position[judgement.Id])
                {
                    problems.Add($"Judgement '{judgement.Id}' comes before its parent '{parent}'; list parents first.");
                }
            }
        }

        CheckCycles(problems);

        foreach (var visit in _visitTypes)
        {
            foreach (var id in visit.JudgementIds)
            {
                if (!defined.Contains(id))
                {
                    problems.Add($"Visit type '{visit.Id}' grades judgement '{id}', which the framework does not define.");
                }
            }

            for (int i = 1; i < visit.JudgementIds.Length; i++)
            {
                if (defined.Contains(visit.JudgementIds[i]) && defined.Contains(visit.JudgementIds[i - 1])
                    && position[visit.JudgementIds[i]] < position[visit.JudgementIds[i - 1]])
                {
                    problems.Add($"Visit type '{visit.Id}' lists judgement '{visit.JudgementIds[i]}' out of the framework's order.");
                }
            }

            // A graded sub-judgement needs its parent graded (INS016), so a visit type must offer, and where it
            // requires the sub-judgement also require, the parent.
            foreach (var judgement in _judgements)
            {
                if (judgement.ParentId is not { } parent || !defined.Contains(parent))
                {
                    continue;
                }

                if (visit.JudgementIds.Contains(judgement.Id, StringComparer.Ordinal) && !visit.JudgementIds.Contains(parent, StringComparer.Ordinal))
                {
                    problems.Add($"Visit type '{visit.Id}' grades sub-judgement '{judgement.Id}' but not its parent '{parent}'.");
                }
                else if (visit.RequiredJudgementIds.Contains(judgement.Id, StringComparer.Ordinal) && !visit.RequiredJudgementIds.Contains(parent, StringComparer.Ordinal))
                {
                    problems.Add($"Visit type '{visit.Id}' requires sub-judgement '{judgement.Id}' but not its parent '{parent}'.");
                }
            }
        }

        foreach (var rule in _rules)
        {
            foreach (var id in rule.ConditionJudgementIds.Add(rule.TargetJudgementId))
            {
                if (!defined.Contains(id))
                {
                    problems.Add($"Rule '{rule.Id}' names judgement '{id}', which the framework does not define.");
                }
            }

            if (rule is ForcedGradeRule forced && _scale is not null && !_scale.TryGetGrade(forced.GradeId, out _))
            {
                problems.Add($"Rule '{rule.Id}' names grade '{forced.GradeId}', which is not on scale '{_scale.Id}'.");
            }
        }

        CheckLimitCycles(problems);

        if (_cycle is not null)
        {
            foreach (var rule in _cycle.Rules)
            {
                if (!_visitTypes.Any(v => string.Equals(v.Id, rule.NextVisitTypeId, StringComparison.Ordinal) && v.IsGraded))
                {
                    problems.Add($"Cycle rule '{rule.Id}' names next visit type '{rule.NextVisitTypeId}', which is not a graded visit type of the framework.");
                }

                foreach (var gradeId in rule.Conditions.SelectMany(c => c.GradeIds))
                {
                    if (_scale is not null && !_scale.TryGetGrade(gradeId, out _))
                    {
                        problems.Add($"Cycle rule '{rule.Id}' names grade '{gradeId}', which is not on scale '{_scale.Id}'.");
                    }
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new FrameworkDefinitionException(_id, problems);
        }

        return new InspectionFramework(
            _id,
            _name,
            _regulator!,
            _family,
            _inForce!.Value,
            _subjectKinds.ToImmutableArray(),
            _scale!,
            _judgements.ToImmutableArray(),
            _visitTypes.ToImmutableArray(),
            _rules.ToImmutableArray(),
            _timescales.ToImmutableArray(),
            _sources.ToImmutableArray(),
            _notes.ToImmutableArray(),
            _cycle);
    }

    private static void CheckUnique(IEnumerable<string> ids, string what, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                problems.Add($"The {what} id '{id}' is used twice.");
            }
        }
    }

    private void CheckCycles(List<string> problems)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var judgement in _judgements)
        {
            parents[judgement.Id] = judgement.ParentId;
        }

        foreach (var judgement in _judgements)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { judgement.Id };
            for (string? parent = judgement.ParentId; parent is not null; parent = parents.TryGetValue(parent, out var next) ? next : null)
            {
                if (!seen.Add(parent))
                {
                    problems.Add($"Judgement '{judgement.Id}' is part of a cycle of parents.");
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Limiting rules may not form a cycle (a limits b, b limits a): every judgement on such a cycle could only
    /// ever be graded the same, which a framework would say outright rather than by limits.
    /// </summary>
    private void CheckLimitCycles(List<string> problems)
    {
        var limits = _rules.OfType<LimitingJudgementRule>().ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in limits)
        {
            // Depth-first along "target is limited by" edges, looking for a way back to the start's target.
            var stack = new Stack<(string Judgement, ImmutableList<LimitingJudgementRule> Path)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            stack.Push((start.LimitingJudgementId, [start]));
            while (stack.Count > 0)
            {
                var (judgement, path) = stack.Pop();
                if (string.Equals(judgement, start.TargetJudgementId, StringComparison.Ordinal))
                {
                    var ruleIds = path.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
                    if (reported.Add(string.Join(",", ruleIds)))
                    {
                        var chain = string.Join(", ", path.Select(r => $"'{r.TargetJudgementId}' is limited by '{r.LimitingJudgementId}'"));
                        problems.Add($"Limiting rules {string.Join(", ", path.Select(r => $"'{r.Id}'"))} form a cycle ({chain}); the judgements on it could only ever be graded the same.");
                    }

                    continue;
                }

                if (!seen.Add(judgement))
                {
                    continue;
                }

                foreach (var next in limits)
                {
                    if (string.Equals(next.TargetJudgementId, judgement, StringComparison.Ordinal))
                    {
                        stack.Push((next.LimitingJudgementId, path.Add(next)));
                    }
                }
            }
        }
    }
}
