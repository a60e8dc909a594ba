using System;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Frameworks;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Inspections;

/// <summary>
/// One inspection event: a graded inspection or an ungraded visit of one subject under one framework, with its
/// fieldwork dates, publication date, judgements, recommendations, source and notes. This is the value a
/// document of schema <c>inspections/v1</c> describes.
/// </summary>
/// <remarks>
/// <para>
/// The framework, visit type, judgement, grade and timescale are kept as ids, exactly as given, so that
/// an inspection can say what a document said even when it is wrong: <see cref="Validation.InspectionValidator"/>
/// reports what does not fit the framework. Values whose form is wrong (a blank name, a malformed GSS code,
/// a relative source URI, a date outside the ISO calendar) cannot be constructed at all.
/// </para>
/// <para>Immutable and thread-safe; equal by value (judgements in any order; recommendations in order).</para>
/// </remarks>
public sealed record Inspection
{
    /// <summary>Creates an inspection.</summary>
    /// <param name="framework">The framework id, such as <c>sif-2013</c>.</param>
    /// <param name="visit">The visit type id, such as <c>full-inspection</c>.</param>
    /// <param name="subject">Who was inspected.</param>
    /// <param name="fieldwork">The fieldwork dates, inclusive.</param>
    /// <param name="judgements">The judgements and their grades (<see cref="JudgementGrades.Empty"/> for an ungraded visit).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public Inspection(string framework, string visit, InspectionSubject subject, Fieldwork fieldwork, JudgementGrades judgements)
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

    /// <summary>The fieldwork dates, inclusive.</summary>
    public Fieldwork Fieldwork { get; init; }

    /// <summary>The day the report was published, or null.</summary>
    /// <exception cref="ArgumentException">On init: the date is not in the ISO calendar.</exception>
    public LocalDate? Published
    {
        get;
        init => field = value is { } date ? Fieldwork.RequireIso(date, nameof(Published)) : null;
    }

    /// <summary>The judgements and their grades.</summary>
    public JudgementGrades Judgements
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Judgements));
    }

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

    /// <summary>The date recommendations' timescales count from: publication, or without it the end of fieldwork.</summary>
    public LocalDate DueDateBasis => Published ?? Fieldwork.End;

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
    /// <returns>The due date, or null when the recommendation has no timescale or the framework does not know it.</returns>
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

        return framework.TryGetTimescale(recommendation.Timescale, out var timescale) ? timescale.DueDate(DueDateBasis) : null;
    }

    /// <inheritdoc/>
    public bool Equals(Inspection? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Framework, other.Framework, StringComparison.Ordinal)
                && string.Equals(Visit, other.Visit, StringComparison.Ordinal)
                && Subject.Equals(other.Subject)
                && Fieldwork == other.Fieldwork
                && Published == other.Published
                && Judgements.Equals(other.Judgements)
                && Recommendations.SequenceEqual(other.Recommendations)
                && string.Equals(Source?.OriginalString, other.Source?.OriginalString, StringComparison.Ordinal)
                && string.Equals(Notes, other.Notes, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Framework),
        StringComparer.Ordinal.GetHashCode(Visit),
        Subject,
        Fieldwork,
        Published,
        Judgements,
        Recommendations.Length);

    /// <summary>A short description: framework, visit, subject and fieldwork.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Framework} {Visit} of {Subject.Name}, fieldwork {Fieldwork}";

    private static string RequireId(string value, string name) =>
        value is null ? throw new ArgumentNullException(name)
        : value.Length == 0 ? throw new ArgumentException("An id must not be empty.", name)
        : value;
}
