// Kept in one file because every generator here draws from the same plan of one framework and visit type (dates in
// force, required judgements, rules obeyed); splitting it would scatter that plan. Splitting by record shape is tracked.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Core.FsCheck;

/// <summary>
/// FsCheck generators of inspections: valid inspections of a framework and visit type, inspections with exactly
/// one known defect and the diagnostic code it raises, and any inspection the types allow.
/// </summary>
/// <remarks>
/// <para>
/// Everything is read from the framework (by default from <see cref="FrameworkCatalog.Default"/>, whatever it
/// holds): its visit types and their required and optional judgements, its sub-judgements, its scale, its rules,
/// its timescales, the dates it was in force and the subjects it inspects. Nothing about a particular framework is
/// hard-coded, so the generators follow the catalog when it changes, and work for frameworks of your own.
/// </para>
/// <para>
/// A generated valid inspection grades every required judgement and some optional ones (never a sub-judgement
/// without its parent), with grades of the framework's scale that obey every rule that must hold; about one in four
/// leaves rules that only normally hold to chance, so it may carry warnings (INS021). About one in five of a graded
/// visit lists a judgement (sometimes with its sub-judgements) as not judged instead of grading it, as Ofsted's
/// tables write "-", and that judgement may be a required one, even overall effectiveness: in a property, look a
/// grade up with <see cref="JudgementGrades.TryGetGradeId"/>, as <c>Judgements[id]</c> throws for a judgement
/// listed in <see cref="Inspection.NotJudgedIds"/>. About one in five has a theme. Its fieldwork starts while the framework was in force and lasts
/// no longer than the visit type's usual length, and its report, when it has one, is published within 12 weeks.
/// About one in eight has fieldwork with its end unknown, and one in eight a publication date only (within five
/// months of a day the framework was in force), as the official record gives them. Generators give no shrinking: to shrink, wrap them with
/// <see cref="InspectionShrinker"/> (as <see cref="Arbitraries"/> does), whose candidates stay valid.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var sif = FrameworkCatalog.Default.Get("sif-2013");
/// var inspections = InspectionGenerators.ValidInspection(sif, sif.GetVisitType("full-inspection"));
/// Prop.ForAll(Arb.From(inspections, InspectionShrinker.Shrink), i => InspectionValidator.Validate(i).IsValid)
///     .QuickCheckThrowOnFailure();
/// </code>
/// </example>
public static class InspectionGenerators
{
    private static readonly LocalDate LastDate = LocalDate.MaxIsoValue;

    /// <summary>A valid inspection of any framework and visit type of <see cref="FrameworkCatalog.Default"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Inspection> ValidInspection() => ValidInspection(FrameworkCatalog.Default);

    /// <summary>A valid inspection of any framework and visit type of <paramref name="catalog"/>, each pair equally likely.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog holds no framework.</exception>
    public static Gen<Inspection> ValidInspection(FrameworkCatalog catalog) =>
        FrameworkGenerators.FrameworkAndVisitType(catalog).SelectMany(pair => Valid(pair.Framework, pair.VisitType, likelyRulesMayBreak: true));

    /// <summary>A valid inspection of one framework and visit type; it may break rules that only normally hold (INS021 warnings).</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="visitType">One of the framework's visit types.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="visitType"/> is not a visit type of <paramref name="framework"/>.</exception>
    public static Gen<Inspection> ValidInspection(InspectionFramework framework, VisitType visitType) =>
        Valid(RequireVisit(framework, visitType), visitType, likelyRulesMayBreak: true);

    /// <summary>A valid inspection of one framework and visit type, the visit type given by id.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="visitTypeId">The id of one of the framework's visit types, such as <c>full-inspection</c>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The framework has no such visit type.</exception>
    public static Gen<Inspection> ValidInspection(InspectionFramework framework, string visitTypeId)
    {
        if (framework is null)
        {
            throw new ArgumentNullException(nameof(framework));
        }

        return ValidInspection(framework, framework.GetVisitType(visitTypeId));
    }

    /// <summary>A valid inspection of any framework and visit type of <see cref="FrameworkCatalog.Default"/> that raises no diagnostic at all, not even a warning.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Inspection> ValidInspectionWithoutWarnings() => ValidInspectionWithoutWarnings(FrameworkCatalog.Default);

    /// <summary>A valid inspection of any framework and visit type of <paramref name="catalog"/> that raises no diagnostic at all.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog holds no framework.</exception>
    public static Gen<Inspection> ValidInspectionWithoutWarnings(FrameworkCatalog catalog) =>
        FrameworkGenerators.FrameworkAndVisitType(catalog).SelectMany(pair => Valid(pair.Framework, pair.VisitType, likelyRulesMayBreak: false));

    /// <summary>A valid inspection of one framework and visit type that raises no diagnostic at all: it keeps the rules that normally hold too.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="visitType">One of the framework's visit types.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="visitType"/> is not a visit type of <paramref name="framework"/>.</exception>
    public static Gen<Inspection> ValidInspectionWithoutWarnings(InspectionFramework framework, VisitType visitType) =>
        Valid(RequireVisit(framework, visitType), visitType, likelyRulesMayBreak: false);

    /// <summary>
    /// An inspection of <see cref="FrameworkCatalog.Default"/> with exactly one known defect, and the code it must
    /// raise: each code of <see cref="DefectCodes()"/> equally likely.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<DefectiveInspection> InspectionWithOneDefect() => InspectionWithOneDefect(FrameworkCatalog.Default);

    /// <summary>An inspection of <paramref name="catalog"/> with exactly one known defect, and the code it must raise.</summary>
    /// <param name="catalog">The catalog the inspection is validated against.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">No defect can be put into any inspection of the catalog (it holds no framework).</exception>
    public static Gen<DefectiveInspection> InspectionWithOneDefect(FrameworkCatalog catalog)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var codes = DefectCodes(catalog);
        if (codes.IsEmpty)
        {
            throw new ArgumentException("No defect can be put into an inspection of this catalog.", nameof(catalog));
        }

        return Gen.Elements(codes.AsEnumerable()).SelectMany(code => InspectionWithDefect(code, catalog));
    }

    /// <summary>An inspection of <see cref="FrameworkCatalog.Default"/> with one defect that raises <paramref name="code"/>.</summary>
    /// <param name="code">A code of <see cref="DefectCodes()"/>, such as <c>INS014</c>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No defect raising <paramref name="code"/> fits any framework of the catalog.</exception>
    public static Gen<DefectiveInspection> InspectionWithDefect(string code) => InspectionWithDefect(code, FrameworkCatalog.Default);

    /// <summary>An inspection of <paramref name="catalog"/> with one defect that raises <paramref name="code"/>.</summary>
    /// <param name="code">A code of <see cref="DefectCodes(FrameworkCatalog)"/>, such as <c>INS014</c>.</param>
    /// <param name="catalog">The catalog the inspection is validated against.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No defect raising <paramref name="code"/> fits any framework of the catalog.</exception>
    public static Gen<DefectiveInspection> InspectionWithDefect(string code, FrameworkCatalog catalog)
    {
        if (code is null)
        {
            throw new ArgumentNullException(nameof(code));
        }

        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var options = DefectKinds.All
            .Where(k => string.Equals(k.Code, code, StringComparison.Ordinal))
            .SelectMany(k => FrameworkGenerators.VisitsOf(catalog).Where(p => k.AppliesTo(p.Framework, p.VisitType, catalog)).Select(p => (Kind: k, p.Framework, p.VisitType)))
            .ToImmutableArray();
        if (options.IsEmpty)
        {
            throw new ArgumentException(
                $"No defect raising '{code}' fits any framework of the catalog; the codes it can raise are {string.Join(", ", DefectCodes(catalog))}.",
                nameof(code));
        }

        return Gen.Elements(options.AsEnumerable()).SelectMany(option =>
        {
            var attempt =
                from valid in Valid(option.Framework, option.VisitType, likelyRulesMayBreak: false)
                from defect in option.Kind.Choose(option.Framework, option.VisitType, catalog)
                select defect.ApplyTo(valid, catalog);
            return FirstApplied(attempt, 20, option.Kind.Code, option.Framework, option.VisitType);
        });
    }

    /// <summary>The codes <see cref="InspectionWithOneDefect()"/> generates for <see cref="FrameworkCatalog.Default"/>.</summary>
    /// <returns>The codes, in code order.</returns>
    public static ImmutableArray<string> DefectCodes() => DefectCodes(FrameworkCatalog.Default);

    /// <summary>
    /// The codes <see cref="InspectionWithOneDefect(FrameworkCatalog)"/> generates for a catalog: every validation
    /// code from INS010 to INS040 that some framework and visit type of the catalog lets a single defect raise on
    /// its own. (INS016 needs a sub-judgement whose parent a visit may leave out; INS015 an ungraded visit type;
    /// INS040 a framework that does not inspect every kind of subject; INS020 and INS021 rules of those strengths.)
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The codes, in code order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static ImmutableArray<string> DefectCodes(FrameworkCatalog catalog)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var visits = FrameworkGenerators.VisitsOf(catalog);
        return DefectKinds.All
            .Where(k => visits.Any(p => k.AppliesTo(p.Framework, p.VisitType, catalog)))
            .Select(k => k.Code)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(c => c, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>
    /// Any inspection the types allow, valid or not: framework, visit, judgement, grade and timescale ids that are
    /// real or invented (including odd text), dates anywhere NodaTime allows (including its first and last days),
    /// fieldwork that ends before it starts or whose end is unknown, no fieldwork, no date at all, themes, judgements not
    /// judged (real or invented ids, repeated), any subject. For robustness properties such as "validation never throws".
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<Inspection> AnyInspection()
    {
        var catalog = FrameworkCatalog.Default;
        var frameworkIds = catalog.All.Select(f => f.Id).ToImmutableArray();
        var visitIds = catalog.All.SelectMany(f => f.VisitTypes).Select(v => v.Id).Distinct().ToImmutableArray();
        var judgementIds = catalog.All.SelectMany(f => f.Judgements).Select(j => j.Id).Distinct().ToImmutableArray();
        var gradeIds = GradeGenerators.KnownScales.SelectMany(s => s.Grades).Select(g => g.Id).Distinct().ToImmutableArray();
        var timescaleIds = Timescales.All.Select(t => t.Id).ToImmutableArray();

        var judgement =
            from id in IdLike(judgementIds)
            from grade in IdLike(gradeIds)
            select new JudgementGrade(id, grade);
        var judgements = Gen.Choose(0, 8)
            .SelectMany(n => Gen.ListOf(judgement, n))
            .Select(list => JudgementGrades.Create(list.GroupBy(p => p.JudgementId, StringComparer.Ordinal).Select(g => g.First())));
        var recommendation =
            from text in Gen.Elements(SampleData.RecommendationTexts.AsEnumerable()).Or(NonBlankText(500))
            from timescale in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, IdLike(timescaleIds).Select(t => (string?)t)))
            select new Recommendation(text, timescale);
        var recommendations = Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(recommendation, n)).Select(l => l.ToImmutableArray());

        return
            from framework in IdLike(frameworkIds)
            from visit in IdLike(visitIds)
            from subject in AnySubject()
            from start in AnyDate()
            from end in Gen.Frequency((3, Gen.Choose(0, 60).Select(d => AddDaysCapped(start, d))), (1, AnyDate()))
            from endKnown in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
            from hasFieldwork in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
            from published in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, Gen.Choose(-10, 200).Select(d => (LocalDate?)AddDaysCapped(end, d))), (1, AnyDate().Select(d => (LocalDate?)d)))
            from theme in Gen.Frequency(
                (4, Gen.Constant<string?>(null)),
                (1, Gen.Elements(SampleData.Themes.AsEnumerable()).Select(t => (string?)t)),
                (1, AnyText(Inspection.MaxThemeLength).Where(Inspection.IsValidTheme).Select(t => (string?)t)))
            from notJudged in Gen.Frequency(
                (3, Gen.Constant(ImmutableArray<string>.Empty)),
                (1, Gen.Choose(1, 4).SelectMany(n => Gen.ListOf(IdLike(judgementIds), n)).Select(l => l.ToImmutableArray())))
            from grades in judgements
            from recs in recommendations
            from source in Gen.Frequency((1, Gen.Constant<Uri?>(null)), (1, SourceUri().Select(u => (Uri?)u)))
            from notes in Gen.Frequency((2, Gen.Constant<string?>(null)), (1, AnyText(300).Select(t => (string?)t)))
            select new Inspection(framework, visit, subject, hasFieldwork ? new Fieldwork(start, endKnown ? end : null) : null, grades)
            {
                Theme = theme,
                Published = published,
                NotJudgedIds = notJudged,
                Recommendations = recs,
                Source = source,
                Notes = notes,
            };
    }

    /// <summary>A subject of one kind: a real local authority (with or without its GSS code and DfE number) or a Cafcass service area.</summary>
    /// <param name="kind">The kind of subject.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined subject kind.</exception>
    public static Gen<InspectionSubject> Subject(SubjectKind kind) => kind switch
    {
        SubjectKind.LocalAuthority =>
            from la in Gen.Elements(SampleData.LocalAuthorities.AsEnumerable())
            from withGss in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
            from withNumber in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
            select new InspectionSubject(kind, la.Name, withGss ? la.Gss : null, withNumber ? la.La : null),
        SubjectKind.CafcassServiceArea =>
            Gen.Elements(SampleData.CafcassServiceAreas.AsEnumerable()).Select(name => new InspectionSubject(kind, name)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined subject kind."),
    };

    internal static Gen<Inspection> Valid(InspectionFramework framework, VisitType visit, bool likelyRulesMayBreak) =>
        from kind in Gen.Elements(framework.SubjectKinds.AsEnumerable())
        from subject in Subject(kind)
        from dates in DatesFor(framework, visit)
        from theme in Gen.Frequency((4, Gen.Constant<string?>(null)), (1, Gen.Elements(SampleData.Themes.AsEnumerable()).Select(t => (string?)t)))
        from judgements in JudgementsFor(framework, visit, likelyRulesMayBreak)
        from notJudged in NotJudgedFor(framework, visit, judgements, likelyRulesMayBreak)
        from recommendations in RecommendationsFor(framework)
        from source in Gen.Frequency((1, Gen.Constant<Uri?>(null)), (2, SourceUri().Select(u => (Uri?)u)))
        from notes in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements(SampleData.Notes.AsEnumerable()).Select(n => (string?)n)))
        select new Inspection(framework.Id, visit.Id, subject, dates.Fieldwork, notJudged.Judgements)
        {
            Theme = theme,
            Published = dates.Published,
            NotJudgedIds = notJudged.NotJudged,
            Recommendations = recommendations,
            Source = source,
            Notes = notes,
        };

    /// <summary>
    /// The dates of a valid, warning-free inspection: mostly whole fieldwork, published within 12 weeks or not at all;
    /// sometimes fieldwork with its end unknown (published, if at all, within the usual length and 12 weeks of the start);
    /// sometimes a publication date only, within five months of a day the framework was in force.
    /// </summary>
    private static Gen<(Fieldwork? Fieldwork, LocalDate? Published)> DatesFor(InspectionFramework framework, VisitType visit)
    {
        var whole =
            from fieldwork in FieldworkFor(framework, visit)
            from published in Gen.Frequency(
                (1, Gen.Constant<LocalDate?>(null)),
                (3, Gen.Choose(0, 84).Select(d => (LocalDate?)AddDaysCapped(fieldwork.End!.Value, d))))
            select ((Fieldwork?)fieldwork, published);
        var open =
            from fieldwork in FieldworkFor(framework, visit)
            from published in Gen.Frequency(
                (1, Gen.Constant<LocalDate?>(null)),
                (2, Gen.Choose(0, UsualLengthFrom(fieldwork.Start, visit) - 1 + 84).Select(d => (LocalDate?)AddDaysCapped(fieldwork.Start, d))))
            select ((Fieldwork?)new Fieldwork(fieldwork.Start), published);
        var publishedOnly =
            from fieldwork in FieldworkFor(framework, visit)
            from days in Gen.Choose(0, 150)
            select ((Fieldwork?)null, (LocalDate?)AddDaysCapped(fieldwork.Start, days));
        return Gen.Frequency((6, whole), (1, open), (1, publishedOnly));
    }

    /// <summary>
    /// Sometimes moves one graded judgement of a graded visit to the judgements not judged (as Ofsted's tables write
    /// "-"), with its graded sub-judgements when it has any, so long as that breaks no rule the inspection keeps.
    /// </summary>
    private static Gen<(JudgementGrades Judgements, ImmutableArray<string> NotJudged)> NotJudgedFor(
        InspectionFramework framework, VisitType visit, JudgementGrades judgements, bool likelyRulesMayBreak)
    {
        var unchanged = Gen.Constant((judgements, ImmutableArray<string>.Empty));
        if (!visit.IsGraded || judgements.IsEmpty)
        {
            return unchanged;
        }

        var moved =
            from pick in Gen.Choose(0, judgements.Count - 1)
            from withSubs in Gen.Elements(true, false)
            select Move(pick, withSubs);
        return Gen.Frequency((4, unchanged), (1, moved));

        (JudgementGrades, ImmutableArray<string>) Move(int pick, bool withSubs)
        {
            string id = judgements[pick].JudgementId;
            var ids = withSubs
                ? JudgementPlanner.DescendantsOf(framework, id).Where(judgements.Contains).Prepend(id).ToImmutableArray()
                : [id];
            var remaining = judgements;
            foreach (var removed in ids)
            {
                remaining = remaining.Remove(removed);
            }

            // The notJudged list in the framework's order, as the writer writes it.
            var notJudged = ids.OrderBy(framework.IndexOfJudgement).ToImmutableArray();
            bool breaks = JudgementPlanner.Breaks(framework, remaining, likelyRulesMayBreak ? RuleStrength.Must : null);
            return breaks ? (judgements, ImmutableArray<string>.Empty) : (remaining, notJudged);
        }
    }

    internal static LocalDate AddDaysCapped(LocalDate date, int days)
    {
        long room = days >= 0 ? Period.DaysBetween(date, LastDate) : Period.DaysBetween(date, LocalDate.MinIsoValue);
        return date.PlusDays(days >= 0 ? (int)Math.Min(days, room) : (int)Math.Max(days, room));
    }

    /// <summary>The most days fieldwork can last from <paramref name="start"/> without being longer than usual (at least 1).</summary>
    internal static int UsualLengthFrom(LocalDate start, VisitType visit)
    {
        int room = Period.DaysBetween(start, LastDate) + 1;
        try
        {
            int usual = Period.DaysBetween(start, start + visit.UsualFieldworkLength);
            return Math.Max(1, Math.Min(usual, room));
        }
        catch (OverflowException)
        {
            return Math.Max(1, room);
        }
    }

    /// <summary>Retries a defect that did not fit the generated inspection, a bounded number of times, then fails loudly rather than loop.</summary>
    private static Gen<DefectiveInspection> FirstApplied(Gen<DefectiveInspection?> attempt, int attempts, string code, InspectionFramework framework, VisitType visit) =>
        attempt.SelectMany(result =>
            result is not null ? Gen.Constant(result)
            : attempts > 1 ? FirstApplied(attempt, attempts - 1, code, framework, visit)
            : throw new InvalidOperationException(
                $"Could not put a defect raising {code} into a valid inspection of {framework.Id} ({visit.Id}); the framework's rules may leave no room for it."));

    private static InspectionFramework RequireVisit(InspectionFramework framework, VisitType visitType)
    {
        if (framework is null)
        {
            throw new ArgumentNullException(nameof(framework));
        }

        if (visitType is null)
        {
            throw new ArgumentNullException(nameof(visitType));
        }

        if (!framework.TryGetVisitType(visitType.Id, out var own) || !ReferenceEquals(own, visitType))
        {
            throw new ArgumentException($"'{visitType.Id}' is not a visit type of {framework.Id}.", nameof(visitType));
        }

        return framework;
    }

    private static Gen<Fieldwork> FieldworkFor(InspectionFramework framework, VisitType visit)
    {
        var first = framework.InForce.Start;
        var last = framework.InForce.End ?? AddDaysCapped(first, 10 * 365);
        int span = Period.DaysBetween(first, last);
        return
            from offset in Gen.Choose(0, span)
            let start = first.PlusDays(offset)
            from length in Gen.Choose(1, Math.Min(UsualLengthFrom(start, visit), 400))
            select new Fieldwork(start, start.PlusDays(length - 1));
    }

    private static Gen<JudgementGrades> JudgementsFor(InspectionFramework framework, VisitType visit, bool likelyRulesMayBreak)
    {
        if (!visit.IsGraded)
        {
            return Gen.Constant(JudgementGrades.Empty);
        }

        var gradeable = JudgementPlanner.GradeableJudgements(framework, visit);
        var optional = gradeable.Where(j => !visit.RequiredJudgementIds.Contains(j, StringComparer.Ordinal)).ToImmutableArray();
        var grade = GradeGenerators.GradeOf(framework.Scale).Select(g => g.Id);
        return
            from chosen in Gen.SubListOf(optional.AsEnumerable())
            let graded = JudgementPlanner.WithAncestors(framework, visit.RequiredJudgementIds.Concat(chosen))
            from grades in Gen.CollectToArray(graded, _ => grade)
            from repairLikely in likelyRulesMayBreak ? Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false))) : Gen.Constant(true)
            from fallback in Gen.Choose(0, framework.Scale.Grades.Length - 1)
            select JudgementPlanner.Repair(
                framework,
                JudgementGrades.Create(graded.Select((id, i) => new JudgementGrade(id, grades[i]))),
                repairLikely,
                fallback);
    }

    private static Gen<ImmutableArray<Recommendation>> RecommendationsFor(InspectionFramework framework)
    {
        var timescale = framework.Timescales.IsEmpty
            ? Gen.Constant<string?>(null)
            : Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Gen.Elements(framework.Timescales.Select(t => (string?)t.Id))));
        var recommendation =
            from text in Gen.Elements(SampleData.RecommendationTexts.AsEnumerable())
            from scale in timescale
            select new Recommendation(text, scale);
        return Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(recommendation, n)).Select(l => l.ToImmutableArray());
    }

    private static Gen<Uri> SourceUri() =>
        from scheme in Gen.Elements("https", "http")
        from urn in Gen.Choose(80400, 80600)
        select new Uri($"{scheme}://reports.ofsted.gov.uk/provider/44/{urn}");

    private static Gen<InspectionSubject> AnySubject() =>
        from kind in Gen.Elements(SubjectKinds.All.AsEnumerable())
        from name in Gen.Frequency((3, Gen.Elements(SampleData.LocalAuthorities.Select(l => l.Name).Concat(SampleData.CafcassServiceAreas))), (1, NonBlankText(InspectionSubject.MaxNameLength)))
        from gss in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, GssCode().Select(g => (string?)g)))
        from la in Gen.Frequency((1, Gen.Constant<int?>(null)), (1, Gen.Choose(100, 999).Select(n => (int?)n)))
        select new InspectionSubject(kind, name, gss, la);

    private static Gen<string> GssCode() =>
        from prefix in Gen.Elements("E06", "E08", "E09", "E10")
        from number in Gen.Choose(0, 999999)
        select prefix + number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<LocalDate> AnyDate()
    {
        var min = LocalDate.MinIsoValue;
        int all = Period.DaysBetween(min, LastDate);
        var modern = new LocalDate(1990, 1, 1);
        return Gen.Frequency(
            (1, Gen.Elements(min, min.PlusDays(1), LastDate.PlusDays(-1), LastDate)),
            (6, Gen.Choose(0, 50 * 365).Select(modern.PlusDays)),
            (2, Gen.Choose(0, all).Select(min.PlusDays)));
    }

    /// <summary>One of <paramref name="real"/> mostly; sometimes an odd but non-empty string (upper case, spaces, other scripts).</summary>
    private static Gen<string> IdLike(ImmutableArray<string> real) =>
        Gen.Frequency(
            (6, Gen.Elements(real.AsEnumerable())),
            (1, Gen.Elements(real.AsEnumerable()).Select(id => id.ToUpperInvariant())),
            (1, Gen.Elements("x", "overall effectiveness", "4", "good ", "inadéquat", "\u0000", "a\u200Bb")),
            (1, AnyText(40)));

    private static Gen<string> AnyText(int maxLength) =>
        ArbMap.Default.GeneratorFor<string>().Where(s => !string.IsNullOrEmpty(s)).Select(s => s.Length > maxLength ? s.Substring(0, maxLength) : s);

    private static Gen<string> NonBlankText(int maxLength) => AnyText(maxLength).Where(InspectionSubject.IsValidName);
}
