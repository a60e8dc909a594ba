using System;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Frameworks;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Inspections;

/// <summary>
/// One inspection event: a graded inspection or an ungraded visit of one subject under one framework, with its
/// theme, fieldwork dates, publication date, judgements, judgements not judged, recommendations, source and notes.
/// This is the value a document of schema <c>inspections/v1</c> describes.
/// </summary>
/// <remarks>
/// <para>
/// The framework, visit type, judgement, grade and timescale are kept as ids, exactly as given, so that
/// an inspection can say what a document said even when it is wrong: <see cref="Validation.InspectionValidator"/>
/// reports what does not fit the framework. Values whose form is wrong (a blank name, a malformed GSS code,
/// a relative source URI, a date outside the ISO calendar) cannot be constructed at all.
/// </para>
/// <para>
/// Real records are not always complete: Ofsted's official tables give some inspections a publication date only
/// (<see cref="Fieldwork"/> null), others the first day of fieldwork only (<see cref="Inspections.Fieldwork.End"/> null).
/// The model keeps what is known and invents nothing; validation reports an inspection with no date at all (INS002).
/// </para>
/// <para>Immutable and thread-safe; equal by value (judgements and <see cref="NotJudged"/> in any order; recommendations in order).</para>
/// </remarks>
public sealed record Inspection
{
    /// <summary>Creates an inspection.</summary>
    /// <param name="framework">The framework id, such as <c>sif-2013</c>.</param>
    /// <param name="visit">The visit type id, such as <c>full-inspection</c>.</param>
    /// <param name="subject">Who was inspected.</param>
    /// <param name="fieldwork">The fieldwork dates, inclusive, or null when not known (then give <see cref="Published"/>).</param>
    /// <param name="judgements">The judgements and their grades (<see cref="JudgementGrades.Empty"/> for an ungraded visit).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public Inspection(string framework, string visit, InspectionSubject subject, Fieldwork? fieldwork, JudgementGrades judgements)
    {
        Framework = framework;
        Visit = visit;
        Subject = subject;
        Fieldwork = fieldwork;
        Judgements = judgements;
    }

    /// <summary>The framework id.</summary>
    public string Framework
    {
        get;
        init => field = RequireId(value, nameof(Framework));
    }

    /// <summary>The visit type id.</summary>
    public string Visit
    {
        get;
        init => field = RequireId(value, nameof(Visit));
    }

    /// <summary>Who was inspected.</summary>
    public InspectionSubject Subject
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Subject));
    }

    /// <summary>
    /// The theme of a focused or monitoring visit, as published ("Children in care"), or null: 1 to
    /// <see cref="MaxThemeLength"/> characters, not blank. Accepted on any visit type.
    /// </summary>
    /// <exception cref="ArgumentException">On init: the theme is empty, blank (only white space, control or invisible characters) or too long.</exception>
    public string? Theme
    {
        get;
        init => field = value is null || IsValidTheme(value)
            ? value
            : throw new ArgumentException($"A theme must be 1 to {MaxThemeLength} characters and not blank; leave it out instead.", nameof(Theme));
    }

    /// <summary>The fieldwork dates, inclusive, or null when only the publication date is known.</summary>
    public Fieldwork? Fieldwork { get; init; }

    /// <summary>The day the report was published, or null.</summary>
    /// <exception cref="ArgumentException">On init: the date is not in the ISO calendar.</exception>
    public LocalDate? Published
    {
        get;
        init => field = value is { } date ? Inspections.Fieldwork.RequireIso(date, nameof(Published)) : null;
    }

    /// <summary>The judgements and their grades.</summary>
    public JudgementGrades Judgements
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Judgements));
    }

    /// <summary>
    /// The judgements the published record says were not judged (Ofsted's tables write "-": too few children, say),
    /// as ids kept as given (empty when none). Validation reports an id that is also graded, that the visit type does
    /// not grade, or that is given twice (INS017); a judgement listed here counts as given for INS014 and INS016 and is
    /// never compared.
    /// </summary>
    /// <exception cref="ArgumentException">On init: an id in the list is null or empty.</exception>
    public ImmutableArray<string> NotJudged
    {
        get;
        init
        {
            if (!value.IsDefault)
            {
                foreach (string id in value)
                {
                    if (string.IsNullOrEmpty(id))
                    {
                        throw new ArgumentException("A judgement id in the list of judgements not judged is null or empty.", nameof(NotJudged));
                    }
                }
            }

            field = value.IsDefault ? ImmutableArray<string>.Empty : value;
        }
    } = ImmutableArray<string>.Empty;

    /// <summary>The recommendations, in the report's order (empty when none).</summary>
    public ImmutableArray<Recommendation> Recommendations
    {
        get;
        init
        {
            if (!value.IsDefault && value.Any(r => r is null))
            {
                throw new ArgumentException("A recommendation in the list is null.", nameof(Recommendations));
            }

            field = value.IsDefault ? ImmutableArray<Recommendation>.Empty : value;
        }
    } = ImmutableArray<Recommendation>.Empty;

    /// <summary>The published report's absolute http(s) URI, or null.</summary>
    public Uri? Source
    {
        get;
        init => field = value is null || IsValidSource(value)
            ? value
            : throw new ArgumentException($"'{value.OriginalString}' is not an absolute http or https URI.", nameof(Source));
    }

    /// <summary>Free text kept as written, or null.</summary>
    public string? Notes { get; init; }

    /// <summary>The longest theme accepted.</summary>
    public const int MaxThemeLength = 200;

    /// <summary>
    /// The date recommendations' timescales count from: publication, or without it the end of fieldwork, or null
    /// when neither is known.
    /// </summary>
    public LocalDate? DueDateBasis => Published ?? Fieldwork?.End;

    /// <summary>Whether <paramref name="value"/> is an acceptable theme: 1 to 200 characters and not blank.</summary>
    /// <param name="value">The text; null is not a theme.</param>
    /// <returns><see langword="true"/> when acceptable.</returns>
    public static bool IsValidTheme(string? value) =>
        value is not null && value.Length <= MaxThemeLength && !Text.IsBlank(value);

    /// <summary>Whether <paramref name="uri"/> is acceptable as a source: absolute, with scheme http or https.</summary>
    /// <param name="uri">The URI; null is not acceptable.</param>
    /// <returns>The result.</returns>
    public static bool IsValidSource(Uri? uri) =>
        uri is not null && uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Reads the grade given for a judgement on the framework's scale.</summary>
    /// <param name="judgementId">The judgement id.</param>
    /// <param name="framework">The framework to read the grade against (normally the one <see cref="Framework"/> names).</param>
    /// <param name="grade">The grade, when the judgement is graded with a grade of the framework's scale.</param>
    /// <returns><see langword="true"/> when a grade was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public bool TryGetGrade(string judgementId, InspectionFramework framework, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Grade? grade)
    {
        if (framework is null)
        {
            throw new ArgumentNullException(nameof(framework));
        }

        grade = null;
        return Judgements.TryGetGradeId(judgementId, out var gradeId) && framework.Scale.TryGetGrade(gradeId, out grade);
    }

    /// <summary>
    /// The due date of a recommendation: <see cref="DueDateBasis"/> plus its timescale's calendar period
    /// (31 August + 6 months = 29 February in a leap year).
    /// </summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="framework">The framework whose timescales apply.</param>
    /// <returns>
    /// The due date, or null when the recommendation has no timescale, the framework does not know it, or there is
    /// no <see cref="DueDateBasis"/> (neither publication nor fieldwork end is known).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OverflowException">The due date would fall after 31 December 9999, the last date NodaTime supports.</exception>
    /// <example>
    /// A recommendation due "within six months" of a report published on 31 August 2023 is due on
    /// 29 February 2024; of one published on 31 August 2024, on 28 February 2025.
    /// </example>
    public LocalDate? DueDateOf(Recommendation recommendation, InspectionFramework framework)
    {
        if (recommendation is null)
        {
            throw new ArgumentNullException(nameof(recommendation));
        }

        if (framework is null)
        {
            throw new ArgumentNullException(nameof(framework));
        }

        return DueDateBasis is { } basis && framework.TryGetTimescale(recommendation.Timescale, out var timescale) ? timescale.DueDate(basis) : null;
    }

    /// <inheritdoc/>
    public bool Equals(Inspection? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Framework, other.Framework, StringComparison.Ordinal)
                && string.Equals(Visit, other.Visit, StringComparison.Ordinal)
                && string.Equals(Theme, other.Theme, StringComparison.Ordinal)
                && Subject.Equals(other.Subject)
                && Fieldwork == other.Fieldwork
                && Published == other.Published
                && Judgements.Equals(other.Judgements)
                && SameIdsInAnyOrder(NotJudged, other.NotJudged)
                && Recommendations.SequenceEqual(other.Recommendations)
                && string.Equals(Source?.OriginalString, other.Source?.OriginalString, StringComparison.Ordinal)
                && string.Equals(Notes, other.Notes, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // Order-independent over NotJudged, to agree with Equals.
        int notJudged = NotJudged.Length;
        foreach (string id in NotJudged)
        {
            notJudged += StringComparer.Ordinal.GetHashCode(id);
        }

        return HashCode.Combine(
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(Framework), StringComparer.Ordinal.GetHashCode(Visit), Theme is null ? 0 : StringComparer.Ordinal.GetHashCode(Theme)),
            Subject,
            Fieldwork,
            Published,
            Judgements,
            notJudged,
            Recommendations.Length);
    }

    /// <summary>A short description: framework, visit, subject and fieldwork (or publication date).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Framework} {Visit} of {Subject.Name}, "
        + (Fieldwork is { } fieldwork ? $"fieldwork {fieldwork}" : Published is { } published ? $"published {published:yyyy-MM-dd}" : "no dates");

    /// <summary>Whether two lists hold the same ids the same number of times, in any order; n log n at worst.</summary>
    private static bool SameIdsInAnyOrder(ImmutableArray<string> left, ImmutableArray<string> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        bool sameOrder = true;
        for (int i = 0; i < left.Length && sameOrder; i++)
        {
            sameOrder = string.Equals(left[i], right[i], StringComparison.Ordinal);
        }

        if (sameOrder)
        {
            return true;
        }

        string[] a = left.ToArray();
        string[] b = right.ToArray();
        Array.Sort(a, StringComparer.Ordinal);
        Array.Sort(b, StringComparer.Ordinal);
        for (int i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string RequireId(string value, string name) =>
        value is null ? throw new ArgumentNullException(name)
        : value.Length == 0 ? throw new ArgumentException("An id must not be empty.", name)
        : value;
}
