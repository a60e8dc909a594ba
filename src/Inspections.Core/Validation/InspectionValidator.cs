// Kept in one file because the checks run in document order and share the DiagnosticList. Every message is a
// descriptor's (Validation/DiagnosticDescriptors.cs); this file supplies only the arguments.
using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using Inspections.Core.Documents;
using NodaTime;

namespace Inspections.Core.Validation;

/// <summary>
/// Validates an <see cref="Inspection"/> against its framework and returns every problem as a coded
/// <see cref="Diagnostic"/> (INS010–INS040; see <see cref="DiagnosticCodes"/> and docs/validation.md).
/// </summary>
/// <remarks>
/// <para>
/// Validation never throws for an inspection the types allow: whatever the ids, dates and judgements, it
/// returns diagnostics. An inspection is valid when no diagnostic is an error; warnings (INS021, INS032) are
/// allowed. Diagnostics come in document order: framework, visit, subject, fieldwork, publication,
/// judgements (in the order given, then missing ones, then rules), recommendations.
/// </para>
/// <para>
/// Validating a valid inspection that raises no warning allocates nothing. Deterministic and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var result = InspectionValidator.Validate(inspection);
/// if (!result.IsValid)
/// {
///     foreach (var diagnostic in result.Diagnostics)
///     {
///         Console.WriteLine(diagnostic); // error INS014 at $.judgements.care-leavers: ...
///     }
/// }
/// </code>
/// </example>
public static class InspectionValidator
{
    /// <summary>How long after the end of fieldwork publication is still usual: 12 weeks (INS032 beyond).</summary>
    public static readonly Period UsualPublicationDelay = Period.FromWeeks(12);

    // How far back from publication an inspection with no fieldwork dates looks for its framework in force (INS030).
    private static readonly Period s_sixMonthsBack = Period.FromMonths(-6);

    /// <summary>Validates an inspection against a catalog of frameworks.</summary>
    /// <param name="inspection">The inspection.</param>
    /// <param name="catalog">The catalog that holds the inspection's framework, or null for the built-in <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>Every diagnostic found, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inspection"/> is null.</exception>
    public static DiagnosticList Validate(Inspection inspection, FrameworkCatalog? catalog = null) => Validate(inspection, catalog ?? FrameworkCatalog.Default, maxDiagnostics: 0);

    /// <summary>
    /// Validates an inspection, listing at most <paramref name="maxDiagnostics"/> diagnostics: the problems after them
    /// are counted, not listed, and one more diagnostic says how many of each code there were (see docs/validation.md).
    /// </summary>
    /// <param name="inspection">The inspection.</param>
    /// <param name="catalog">The catalog that holds the inspection's framework.</param>
    /// <param name="maxDiagnostics">How many diagnostics to list; 0 for all.</param>
    /// <returns>The diagnostics, in document order, and the count of the rest.</returns>
    internal static DiagnosticList Validate(Inspection inspection, FrameworkCatalog catalog, int maxDiagnostics)
    {
        if (inspection is null)
        {
            throw new ArgumentNullException(nameof(inspection));
        }

        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var found = new Collector(maxDiagnostics);
        if (!catalog.TryGet(inspection.FrameworkId, out var framework))
        {
            found.Add(DiagnosticDescriptors.UnknownFramework, new DocumentTarget(DocumentShape.Framework),
                Shorten(inspection.FrameworkId), JoinIds(catalog.All.Select(f => f.Id)), NearMisses.Sentence(inspection.FrameworkId, catalog.All.Select(f => f.Id)));
            CheckDates(inspection, null, ref found);
            return found.ToResult();
        }

        if (!framework.TryGetVisitType(inspection.VisitTypeId, out var visit))
        {
            found.Add(DiagnosticDescriptors.UnknownVisitType, new DocumentTarget(DocumentShape.Visit),
                Shorten(inspection.VisitTypeId), framework.Name, framework.Id, JoinIds(framework.VisitTypes.Select(v => v.Id)),
                NearMisses.Sentence(inspection.VisitTypeId, framework.VisitTypes.Select(v => v.Id)));
        }

        if (!framework.Inspects(inspection.Subject.Kind))
        {
            found.Add(DiagnosticDescriptors.SubjectKindNotInspected, new DocumentTarget(DocumentShape.SubjectKind),
                framework.Name, framework.Id, Words(inspection.Subject.Kind), inspection.Subject.Kind.ToId(), JoinIds(framework.SubjectKinds.Select(Plural)));
        }

        CheckInForce(inspection, framework, ref found);
        CheckDates(inspection, visit, ref found);
        CheckJudgements(inspection, framework, visit, ref found);
        CheckRecommendations(inspection, framework, ref found);
        return found.ToResult();
    }

    /// <summary>
    /// INS030: fieldwork starts while the framework is in force; without fieldwork, the framework was in force on
    /// some day of the six months up to and including publication.
    /// </summary>
    private static void CheckInForce(Inspection inspection, InspectionFramework framework, ref Collector found)
    {
        if (inspection.Fieldwork is { } fieldwork)
        {
            if (!framework.IsInForceOn(fieldwork.Start))
            {
                found.Add(DiagnosticDescriptors.FieldworkOutsideFramework, new DocumentTarget(DocumentShape.FieldworkStart),
                    DateText.Format(fieldwork.Start), framework.Name, framework.Id, Describe(framework.InForce));
            }

            return;
        }

        if (inspection.Published is { } published && !WasInForceBefore(framework.InForce, published))
        {
            found.Add(DiagnosticDescriptors.PublishedOutsideFramework, new DocumentTarget(DocumentShape.Published),
                DateText.Format(published), framework.Name, framework.Id, Describe(framework.InForce));
        }
    }

    /// <summary>Whether a framework was in force on some day from six months before <paramref name="published"/> to that day.</summary>
    private static bool WasInForceBefore(FrameworkPeriod inForce, LocalDate published)
    {
        if (inForce.Start > published)
        {
            return false;
        }

        // Six months before a date near the start of the calendar does not exist: then every earlier day counts.
        return inForce.End is not { } end || !TryAdd(published, s_sixMonthsBack, out var earliest) || end >= earliest;
    }

    private static void CheckDates(Inspection inspection, VisitType? visit, ref Collector found)
    {
        if (inspection.Fieldwork is not { } fieldwork)
        {
            if (inspection.Published is null)
            {
                found.Add(DiagnosticDescriptors.NoDate, new DocumentTarget(DocumentShape.Fieldwork));
            }

            return;
        }

        // Fieldwork is longer than usual when its last day is on or after start + usual length (a four-week visit
        // lasts at most 28 days). When start + usual length falls beyond the calendar, no fieldwork is longer.
        // With its end unknown, fieldwork has no length to judge.
        LocalDate? firstUnusualDay = visit is not null && TryAdd(fieldwork.Start, visit.UsualFieldworkLength, out var day) ? day : null;
        if (fieldwork.End is { } knownEnd)
        {
            if (!fieldwork.IsWellOrdered)
            {
                found.Add(DiagnosticDescriptors.DatesOutOfOrder, new DocumentTarget(DocumentShape.FieldworkEnd),
                    DateText.Format(knownEnd), DateText.Format(fieldwork.Start));
            }
            else if (visit is not null && firstUnusualDay is { } unusual && knownEnd >= unusual)
            {
                found.Add(DiagnosticDescriptors.UnusualDates, new DocumentTarget(DocumentShape.Fieldwork),
                    fieldwork.LengthInDays, Describe(visit.UsualFieldworkLength), visit.Name, visit.Id);
            }
        }

        if (inspection.Published is not { } published)
        {
            return;
        }

        if (fieldwork.End is { } end)
        {
            if (published < end)
            {
                found.Add(DiagnosticDescriptors.PublishedBeforeFieldworkEnds, new DocumentTarget(DocumentShape.Published),
                    DateText.Format(published), DateText.Format(end));
            }
            else if (fieldwork.IsWellOrdered && TryAdd(end, UsualPublicationDelay, out var latestUsual) && published > latestUsual)
            {
                found.Add(DiagnosticDescriptors.PublishedLate, new DocumentTarget(DocumentShape.Published),
                    DateText.Format(published), Period.DaysBetween(end, published), DateText.Format(end));
            }

            return;
        }

        // The end is not known. Publication before the start is out of order whatever the end was. Lateness can be
        // judged only against the latest day fieldwork of the usual length would have ended: publication more than
        // 12 weeks after that day means publication was late, or fieldwork was unusually long; either is worth a look.
        if (published < fieldwork.Start)
        {
            found.Add(DiagnosticDescriptors.PublishedBeforeFieldworkStarts, new DocumentTarget(DocumentShape.Published),
                DateText.Format(published), DateText.Format(fieldwork.Start));
        }
        else if (visit is not null && firstUnusualDay is { } unusualEnd
            && TryAdd(unusualEnd.PlusDays(-1), UsualPublicationDelay, out var latestUsualIfUsual) && published > latestUsualIfUsual)
        {
            found.Add(DiagnosticDescriptors.PublishedLateEndUnknown, new DocumentTarget(DocumentShape.Published),
                DateText.Format(published), Period.DaysBetween(fieldwork.Start, published), DateText.Format(fieldwork.Start), Describe(visit.UsualFieldworkLength));
        }
    }

    private static void CheckJudgements(Inspection inspection, InspectionFramework framework, VisitType? visit, ref Collector found)
    {
        var judgements = inspection.Judgements;
        if (visit is { IsGraded: false } && !judgements.IsEmpty)
        {
            found.Add(DiagnosticDescriptors.UngradedVisitWithJudgements, new DocumentTarget(DocumentShape.Judgements),
                visit.Name, visit.Id, framework.Id, MessageText.Count(judgements.Count, "judgement is", "judgements are"));
        }

        // Once found in the framework, a judgement is compared by the framework's own id, which is usually the very
        // string the visit type holds, so that a match is found by reference rather than character by character.
        int requiredGiven = 0;
        foreach (var pair in judgements)
        {
            if (!framework.TryGetJudgement(pair.JudgementId, out var judgement))
            {
                found.Add(DiagnosticDescriptors.UnknownJudgement, JudgementPath(pair.JudgementId),
                    Shorten(pair.JudgementId), framework.Name, framework.Id, JoinIds(framework.Judgements.Select(j => j.Id)),
                    NearMisses.Sentence(pair.JudgementId, framework.Judgements.Select(j => j.Id)));
                continue;
            }

            if (visit is { IsGraded: true } && Contains(visit.RequiredJudgementIds, judgement.Id))
            {
                requiredGiven++;
            }

            if (visit is { IsGraded: true } && !Contains(visit.JudgementIds, judgement.Id))
            {
                found.Add(DiagnosticDescriptors.JudgementNotOfVisit, JudgementPath(pair.JudgementId),
                    judgement.Name, pair.JudgementId, framework.Id, visit.Name, visit.Id, JoinIds(visit.JudgementIds));
            }

            if (!framework.Scale.TryGetGrade(pair.GradeId, out _))
            {
                found.Add(DiagnosticDescriptors.GradeNotOnScale, JudgementPath(pair.JudgementId),
                    Shorten(pair.GradeId), judgement.Name, framework.Id, framework.Scale.Id, JoinIds(framework.Scale.Grades.Select(g => g.Id)),
                    NearMisses.Sentence(pair.GradeId, framework.Scale.Grades.Select(g => g.Id)), ElsewhereHint(pair.GradeId, framework.Scale));
            }

            if (judgement.ParentId is { } parentId && !judgements.Contains(parentId) && !Contains(inspection.NotJudgedIds, parentId))
            {
                framework.TryGetJudgement(parentId, out var parent);
                found.Add(DiagnosticDescriptors.SubJudgementWithoutParent, JudgementPath(pair.JudgementId),
                    judgement.Name, pair.JudgementId, parent?.Name ?? parentId, parentId);
            }
        }

        // Judgement ids are unique, so when as many required judgements were graded as there are, none is missing.
        // A judgement listed as not judged counts as given.
        if (visit is { IsGraded: true } && requiredGiven < visit.RequiredJudgementIds.Length)
        {
            foreach (var required in visit.RequiredJudgementIds)
            {
                if (!judgements.Contains(required) && !Contains(inspection.NotJudgedIds, required))
                {
                    framework.TryGetJudgement(required, out var missing);
                    found.Add(DiagnosticDescriptors.MissingRequiredJudgement, JudgementPath(required),
                        visit.Name, visit.Id, framework.Id, missing?.Name ?? required, required);
                }
            }
        }

        foreach (var rule in framework.Rules)
        {
            if (rule.FindBreach(judgements, framework.Scale, out _, out _))
            {
                bool must = rule.Strength == RuleStrength.Must;
                found.Add(
                    must ? DiagnosticDescriptors.RuleBroken : DiagnosticDescriptors.LikelyRuleBroken,
                    JudgementPath(rule.TargetJudgementId),
                    rule.Id, framework.Id, rule.DescribeBreach(judgements, framework.Scale));
            }
        }

        CheckNotJudged(inspection, framework, visit, ref found);
    }

    /// <summary>
    /// INS017: each judgement listed as not judged is a judgement of the framework that the visit type grades, is not
    /// also graded, and is listed once. Linear in the list; allocates nothing unless it finds a problem.
    /// </summary>
    private static void CheckNotJudged(Inspection inspection, InspectionFramework framework, VisitType? visit, ref Collector found)
    {
        var notJudged = inspection.NotJudgedIds;
        if (notJudged.IsEmpty)
        {
            return;
        }

        // Which of the framework's judgements have been listed already, by the framework's position.
        int count = framework.Judgements.Length;
        Span<bool> listed = count <= 256 ? stackalloc bool[count] : new bool[count];
        for (int i = 0; i < notJudged.Length; i++)
        {
            string id = notJudged[i];
            int index = framework.IndexOfJudgement(id);
            if (index < 0)
            {
                found.Add(DiagnosticDescriptors.NotJudgedUnknown, NotJudgedPath(i),
                    Shorten(id), framework.Name, framework.Id, JoinIds(framework.Judgements.Select(j => j.Id)));
                continue;
            }

            var judgement = framework.Judgements[index];
            if (visit is { IsGraded: false })
            {
                found.Add(DiagnosticDescriptors.NotJudgedOnUngradedVisit, NotJudgedPath(i),
                    judgement.Name, id, visit.Name, visit.Id, framework.Id);
                continue;
            }

            if (visit is not null && !Contains(visit.JudgementIds, judgement.Id))
            {
                found.Add(DiagnosticDescriptors.NotJudgedNotOfVisit, NotJudgedPath(i),
                    judgement.Name, id, visit.Name, visit.Id, JoinIds(visit.JudgementIds));
                continue;
            }

            if (listed[index])
            {
                found.Add(DiagnosticDescriptors.NotJudgedTwice, NotJudgedPath(i), judgement.Name, id);
                continue;
            }

            listed[index] = true;
            if (inspection.Judgements.TryGetGradeId(id, out var gradeId))
            {
                found.Add(DiagnosticDescriptors.NotJudgedConflict, NotJudgedPath(i), judgement.Name, id, Shorten(gradeId));
            }
        }
    }

    private static DocumentTarget NotJudgedPath(int index) => DocumentTarget.At(DocumentShape.NotJudged, index);

    private static void CheckRecommendations(Inspection inspection, InspectionFramework framework, ref Collector found)
    {
        var recommendations = inspection.Recommendations;
        for (int i = 0; i < recommendations.Length; i++)
        {
            var timescale = recommendations[i].TimescaleId;
            if (timescale is not null && !framework.TryGetTimescale(timescale, out _))
            {
                var target = DocumentTarget.At(DocumentShape.RecommendationTimescale, i);
                if (framework.Timescales.IsEmpty)
                {
                    found.Add(DiagnosticDescriptors.TimescaleWhereNone, target, Shorten(timescale), framework.Id);
                }
                else
                {
                    found.Add(DiagnosticDescriptors.UnknownTimescale, target, Shorten(timescale), framework.Id,
                        JoinIds(framework.Timescales.Select(t => t.Id)), NearMisses.Sentence(timescale, framework.Timescales.Select(t => t.Id)));
                }
            }
        }
    }

    private static bool TryAdd(LocalDate date, Period period, out LocalDate result)
    {
        try
        {
            result = date + period;
            return true;
        }
        catch (OverflowException)
        {
            // The date would fall outside the calendar (before -9998 or after 9999).
            result = default;
            return false;
        }
    }

    private static bool Contains(ImmutableArray<string> ids, string id)
    {
        foreach (var candidate in ids)
        {
            if (string.Equals(candidate, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static DocumentTarget JudgementPath(string judgementId) => DocumentTarget.Judgement(judgementId);

    /// <summary>An id from the document, shortened for a message: a hostile document may hold an id of a megabyte.</summary>
    private static string Shorten(string id) => MessageText.Shorten(id);

    private static string JoinIds(System.Collections.Generic.IEnumerable<string> ids) => MessageText.List(ids);

    private static string Words(SubjectKind kind) => kind switch
    {
        SubjectKind.LocalAuthority => "local authority",
        SubjectKind.CafcassServiceArea => "Cafcass service area",
        _ => kind.ToString(),
    };

    private static string Plural(SubjectKind kind) => kind switch
    {
        SubjectKind.LocalAuthority => "local authorities",
        SubjectKind.CafcassServiceArea => "Cafcass service areas",
        _ => kind.ToString(),
    };

    private static string Describe(FrameworkPeriod period) =>
        period.End is { } end ? $"from {DateText.Format(period.Start)} to {DateText.Format(end)}" : $"from {DateText.Format(period.Start)}";

    private static string Describe(Period period)
    {
        var parts = new System.Collections.Generic.List<string>();
        Part(period.Years, "year");
        Part(period.Months, "month");
        Part(period.Weeks, "week");
        Part(period.Days, "day");
        return parts.Count == 0 ? period.ToString() : string.Join(" ", parts);

        void Part(long value, string unit)
        {
            if (value != 0)
            {
                parts.Add(value == 1 ? "1 " + unit : $"{value} {unit}s");
            }
        }
    }

    /// <summary>When a grade id belongs to another well-known scale, says which (the commonest mistake: a later framework's word).</summary>
    private static string ElsewhereHint(string gradeId, GradingScale scale)
    {
        var elsewhere = GradingScales.All.Where(s => !s.Equals(scale) && s.TryGetGrade(gradeId, out _)).Select(s => s.Id).ToList();
        return elsewhere.Count == 0 ? string.Empty : $" ('{gradeId}' is a grade of the {JoinIds(elsewhere)} scale{(elsewhere.Count == 1 ? string.Empty : "s")}.)";
    }

    /// <summary>
    /// Collects diagnostics, allocating only when the first one is added. With a limit, the diagnostics past it are
    /// counted by code, and the result ends with one diagnostic that says how many were not listed.
    /// </summary>
    private struct Collector(int limit)
    {
        private ImmutableArray<Diagnostic>.Builder? _items;
        private ImmutableArray<DocumentTarget>.Builder? _targets;
        private System.Collections.Generic.SortedDictionary<string, int>? _omitted;
        private DiagnosticDescriptor? _firstOmitted;
        private DiagnosticDescriptor? _firstOmittedError;

        public void Add(DiagnosticDescriptor descriptor, DocumentTarget target, params object?[] arguments)
        {
            string code = descriptor.Code;
            var severity = descriptor.Severity;
            _items ??= ImmutableArray.CreateBuilder<Diagnostic>();
            _targets ??= ImmutableArray.CreateBuilder<DocumentTarget>();
            if (limit > 0 && _items.Count >= limit)
            {
                _omitted ??= new System.Collections.Generic.SortedDictionary<string, int>(StringComparer.Ordinal);
                _omitted[code] = _omitted.TryGetValue(code, out int count) ? count + 1 : 1;
                _firstOmitted ??= descriptor;
                if (severity == DiagnosticSeverity.Error)
                {
                    _firstOmittedError ??= descriptor;
                }

                return;
            }

            _items.Add(descriptor.Create(target.Path, arguments));
            _targets.Add(target);
        }

        public readonly DiagnosticList ToResult()
        {
            if (_items is null)
            {
                return default;
            }

            if (_omitted is null)
            {
                return new DiagnosticList(_items.ToImmutable(), _targets!.ToImmutable());
            }

            // The summary takes the code of the first error not listed (or, with none, of the first warning) with that
            // code's own severity, never another code's: the result is valid exactly when it would be with every
            // diagnostic listed.
            int total = _omitted.Values.Sum();
            string counts = JoinIds(_omitted.Select(pair => FormattableString.Invariant($"{pair.Value:N0} {pair.Key}")));
            var summary = DiagnosticDescriptors.NotListed(_firstOmittedError ?? _firstOmitted!)
                .Create(DocumentTarget.Root.Path, MessageText.Count(total, "more problem is", "more problems are"), counts, limit);
            var items = _items.ToImmutable().Add(summary);
            return new DiagnosticList(items, _targets!.ToImmutable().Add(DocumentTarget.Root), total);
        }
    }
}
