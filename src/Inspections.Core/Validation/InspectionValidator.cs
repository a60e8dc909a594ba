// Kept in one file because the checks run in document order and share the DiagnosticList; split into checks per part when issue 18 gives the validator its descriptors.
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
                $"'{Shorten(inspection.FrameworkId)}' is not a framework id; the frameworks are {JoinIds(catalog.All.Select(f => f.Id))}."
                + NearMisses.Sentence(inspection.FrameworkId, catalog.All.Select(f => f.Id)));
            CheckDates(inspection, null, ref found);
            return found.ToResult();
        }

        if (!framework.TryGetVisitType(inspection.VisitTypeId, out var visit))
        {
            found.Add(DiagnosticDescriptors.UnknownVisitType, new DocumentTarget(DocumentShape.Visit),
                $"'{Shorten(inspection.VisitTypeId)}' is not a visit type of {Name(framework)}; its visit types are {JoinIds(framework.VisitTypes.Select(v => v.Id))}."
                + NearMisses.Sentence(inspection.VisitTypeId, framework.VisitTypes.Select(v => v.Id)));
        }

        if (!framework.Inspects(inspection.Subject.Kind))
        {
            found.Add(DiagnosticDescriptors.SubjectKindNotInspected, new DocumentTarget(DocumentShape.SubjectKind),
                $"{Name(framework)} does not inspect a {Words(inspection.Subject.Kind)} ({inspection.Subject.Kind.ToId()}); "
                + $"it inspects {string.Join(" and ", framework.SubjectKinds.Select(Plural))}.");
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
                    $"Fieldwork starts on {DateText.Format(fieldwork.Start)}, when {Name(framework)} was not in force: "
                    + $"it was in force {Describe(framework.InForce)}.");
            }

            return;
        }

        if (inspection.Published is { } published && !WasInForceBefore(framework.InForce, published))
        {
            found.Add(DiagnosticDescriptors.FieldworkOutsideFramework, new DocumentTarget(DocumentShape.Published),
                $"The report is published on {DateText.Format(published)} with no fieldwork dates, but {Name(framework)} was not in force on any day "
                + $"of the six months before: it was in force {Describe(framework.InForce)}.");
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
                found.Add(DiagnosticDescriptors.MissingProperty, new DocumentTarget(DocumentShape.Fieldwork),
                    "Neither fieldwork nor a publication date is given; an inspection needs at least one date: fieldwork.start or published.");
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
                    $"Fieldwork ends on {DateText.Format(knownEnd)}, before it starts on {DateText.Format(fieldwork.Start)}.");
            }
            else if (visit is not null && firstUnusualDay is { } unusual && knownEnd >= unusual)
            {
                found.Add(DiagnosticDescriptors.UnusualDates, new DocumentTarget(DocumentShape.Fieldwork),
                    $"Fieldwork lasts {fieldwork.LengthInDays} days, longer than the usual {Describe(visit.UsualFieldworkLength)} for "
                    + $"'{visit.Name}' ({visit.Id}).");
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
                found.Add(DiagnosticDescriptors.DatesOutOfOrder, new DocumentTarget(DocumentShape.Published),
                    $"The report is published on {DateText.Format(published)}, before fieldwork ends on {DateText.Format(end)}.");
            }
            else if (fieldwork.IsWellOrdered && TryAdd(end, UsualPublicationDelay, out var latestUsual) && published > latestUsual)
            {
                found.Add(DiagnosticDescriptors.UnusualDates, new DocumentTarget(DocumentShape.Published),
                    $"The report is published on {DateText.Format(published)}, {Period.DaysBetween(end, published)} days after fieldwork "
                    + $"ended on {DateText.Format(end)}: more than the usual 12 weeks.");
            }

            return;
        }

        // The end is not known. Publication before the start is out of order whatever the end was. Lateness can be
        // judged only against the latest day fieldwork of the usual length would have ended: publication more than
        // 12 weeks after that day means publication was late, or fieldwork was unusually long; either is worth a look.
        if (published < fieldwork.Start)
        {
            found.Add(DiagnosticDescriptors.DatesOutOfOrder, new DocumentTarget(DocumentShape.Published),
                $"The report is published on {DateText.Format(published)}, before fieldwork starts on {DateText.Format(fieldwork.Start)}.");
        }
        else if (visit is not null && firstUnusualDay is { } unusualEnd
            && TryAdd(unusualEnd.PlusDays(-1), UsualPublicationDelay, out var latestUsualIfUsual) && published > latestUsualIfUsual)
        {
            found.Add(DiagnosticDescriptors.UnusualDates, new DocumentTarget(DocumentShape.Published),
                $"The report is published on {DateText.Format(published)}, {Period.DaysBetween(fieldwork.Start, published)} days after fieldwork "
                + $"started on {DateText.Format(fieldwork.Start)} (its end is not known): more than the usual {Describe(visit.UsualFieldworkLength)} "
                + "of fieldwork and 12 weeks to publication.");
        }
    }

    private static void CheckJudgements(Inspection inspection, InspectionFramework framework, VisitType? visit, ref Collector found)
    {
        var judgements = inspection.Judgements;
        if (visit is { IsGraded: false } && !judgements.IsEmpty)
        {
            found.Add(DiagnosticDescriptors.UngradedVisitWithJudgements, new DocumentTarget(DocumentShape.Judgements),
                $"'{visit.Name}' ({visit.Id}) under {framework.Id} is not graded, but {Count(judgements.Count, "judgement is", "judgements are")} given; "
                + "an ungraded visit has an empty judgements object.");
        }

        // Once found in the framework, a judgement is compared by the framework's own id, which is usually the very
        // string the visit type holds, so that a match is found by reference rather than character by character.
        int requiredGiven = 0;
        foreach (var pair in judgements)
        {
            if (!framework.TryGetJudgement(pair.JudgementId, out var judgement))
            {
                found.Add(DiagnosticDescriptors.UnknownJudgement, JudgementPath(pair.JudgementId),
                    $"'{Shorten(pair.JudgementId)}' is not a judgement of {Name(framework)}; its judgements are {JoinIds(framework.Judgements.Select(j => j.Id))}."
                    + NearMisses.Sentence(pair.JudgementId, framework.Judgements.Select(j => j.Id)));
                continue;
            }

            if (visit is { IsGraded: true } && Contains(visit.RequiredJudgementIds, judgement.Id))
            {
                requiredGiven++;
            }

            if (visit is { IsGraded: true } && !Contains(visit.JudgementIds, judgement.Id))
            {
                found.Add(DiagnosticDescriptors.UnknownJudgement, JudgementPath(pair.JudgementId),
                    $"'{judgement.Name}' ({pair.JudgementId}) is a judgement of {framework.Id}, but '{visit.Name}' ({visit.Id}) does not grade it; "
                    + $"it grades {JoinIds(visit.JudgementIds)}.");
            }

            if (!framework.Scale.TryGetGrade(pair.GradeId, out _))
            {
                found.Add(DiagnosticDescriptors.GradeNotOnScale, JudgementPath(pair.JudgementId),
                    $"'{Shorten(pair.GradeId)}' is not a grade of '{judgement.Name}': {framework.Id} grades on the {framework.Scale.Id} scale, "
                    + $"whose grades are {JoinIds(framework.Scale.Grades.Select(g => g.Id))}.{NearMisses.Sentence(pair.GradeId, framework.Scale.Grades.Select(g => g.Id))}{ElsewhereHint(pair.GradeId, framework.Scale)}");
            }

            if (judgement.ParentId is { } parentId && !judgements.Contains(parentId) && !Contains(inspection.NotJudgedIds, parentId))
            {
                framework.TryGetJudgement(parentId, out var parent);
                found.Add(DiagnosticDescriptors.SubJudgementWithoutParent, JudgementPath(pair.JudgementId),
                    $"'{judgement.Name}' ({pair.JudgementId}) is graded, but it is a sub-judgement of '{parent?.Name ?? parentId}' ({parentId}), "
                    + "which is neither graded nor listed as not judged; grade the parent too (or list it in notJudged), or leave the sub-judgement out.");
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
                        $"'{visit.Name}' ({visit.Id}) under {framework.Id} must grade '{missing?.Name ?? required}' ({required}), but it is missing.");
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
                    (must
                        ? $"Rule '{rule.Id}' of {framework.Id} must hold, but is broken: "
                        : $"Rule '{rule.Id}' of {framework.Id} normally holds (allowed, but worth a look), but is broken: ")
                    + rule.DescribeBreach(judgements, framework.Scale));
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
                found.Add(DiagnosticDescriptors.NotJudgedConflict, NotJudgedPath(i),
                    $"'{Shorten(id)}' is listed as not judged, but it is not a judgement of {Name(framework)}; its judgements are "
                    + $"{JoinIds(framework.Judgements.Select(j => j.Id))}.");
                continue;
            }

            var judgement = framework.Judgements[index];
            if (visit is { IsGraded: false })
            {
                found.Add(DiagnosticDescriptors.NotJudgedConflict, NotJudgedPath(i),
                    $"'{judgement.Name}' ({id}) is listed as not judged, but '{visit.Name}' ({visit.Id}) under {framework.Id} is not graded, "
                    + "so nothing can be left out of its grades; an ungraded visit has no notJudged list.");
                continue;
            }

            if (visit is not null && !Contains(visit.JudgementIds, judgement.Id))
            {
                found.Add(DiagnosticDescriptors.NotJudgedConflict, NotJudgedPath(i),
                    $"'{judgement.Name}' ({id}) is listed as not judged, but '{visit.Name}' ({visit.Id}) does not grade it; "
                    + $"it grades {JoinIds(visit.JudgementIds)}.");
                continue;
            }

            if (listed[index])
            {
                found.Add(DiagnosticDescriptors.NotJudgedConflict, NotJudgedPath(i),
                    $"'{judgement.Name}' ({id}) is listed as not judged more than once.");
                continue;
            }

            listed[index] = true;
            if (inspection.Judgements.TryGetGradeId(id, out var gradeId))
            {
                found.Add(DiagnosticDescriptors.NotJudgedConflict, NotJudgedPath(i),
                    $"'{judgement.Name}' ({id}) is listed as not judged, but it is also graded '{Shorten(gradeId)}'; "
                    + "a judgement is either graded or not judged.");
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
                found.Add(DiagnosticDescriptors.UnknownTimescale, DocumentTarget.At(DocumentShape.RecommendationTimescale, i),
                    framework.Timescales.IsEmpty
                        ? $"'{Shorten(timescale)}' is not a timescale of {framework.Id}, whose reports give no timescales; leave it out."
                        : $"'{Shorten(timescale)}' is not a timescale of {framework.Id}; its timescales are {JoinIds(framework.Timescales.Select(t => t.Id))}."
                          + NearMisses.Sentence(timescale, framework.Timescales.Select(t => t.Id)));
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

    private static string Name(InspectionFramework framework) => $"'{framework.Name}' ({framework.Id})";

    private static string JoinIds(System.Collections.Generic.IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count switch
        {
            0 => "none",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[list.Count - 1],
        };
    }

    private static string Count(int count, string singular, string plural) => count == 1 ? "1 " + singular : $"{count} {plural}";

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
        private string? _firstOmittedCode;
        private string? _firstOmittedErrorCode;

        public void Add(DiagnosticDescriptor descriptor, DocumentTarget target, string message)
        {
            string code = descriptor.Code;
            var severity = descriptor.Severity;
            _items ??= ImmutableArray.CreateBuilder<Diagnostic>();
            _targets ??= ImmutableArray.CreateBuilder<DocumentTarget>();
            if (limit > 0 && _items.Count >= limit)
            {
                _omitted ??= new System.Collections.Generic.SortedDictionary<string, int>(StringComparer.Ordinal);
                _omitted[code] = _omitted.TryGetValue(code, out int count) ? count + 1 : 1;
                _firstOmittedCode ??= code;
                if (severity == DiagnosticSeverity.Error)
                {
                    _firstOmittedErrorCode ??= code;
                }

                return;
            }

            _items.Add(new Diagnostic(code, severity, target.Path, message));
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
            var items = _items.ToImmutable().Add(new Diagnostic(
                _firstOmittedErrorCode ?? _firstOmittedCode!,
                _firstOmittedErrorCode is null ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
                "$",
                FormattableString.Invariant($"{total:N0} more {(total == 1 ? "problem is" : "problems are")} not listed ({counts}): only the first {limit} diagnostics of a document are.")));
            return new DiagnosticList(items, _targets!.ToImmutable().Add(DocumentTarget.Root), total);
        }
    }
}
