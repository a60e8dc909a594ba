using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Inspections.Core;

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
/// (<see cref="Fieldwork"/> null), others the first day of fieldwork only (<see cref="Core.Fieldwork.End"/> null).
/// The model keeps what is known and invents nothing; validation reports an inspection with no date at all (INS002).
/// </para>
/// <para>Immutable and thread-safe; equal by value (judgements and <see cref="NotJudgedIds"/> in any order; recommendations in order).</para>
/// </remarks>
public sealed record Inspection
{
    /// <summary>Creates an inspection.</summary>
    /// <param name="frameworkId">The framework id, such as <c>sif-2013</c>.</param>
    /// <param name="visitTypeId">The visit type id, such as <c>full-inspection</c>.</param>
    /// <param name="subject">Who was inspected.</param>
    /// <param name="fieldwork">The fieldwork dates, inclusive, or null when not known (then give <see cref="Published"/>).</param>
    /// <param name="judgements">The judgements and their grades (<see cref="JudgementGrades.Empty"/> for an ungraded visit).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public Inspection(string frameworkId, string visitTypeId, InspectionSubject subject, Fieldwork? fieldwork, JudgementGrades judgements)
    {
        FrameworkId = frameworkId;
        VisitTypeId = visitTypeId;
        Subject = subject;
        Fieldwork = fieldwork;
        Judgements = judgements;
    }

    // Equality is the record's own, field by field in declaration order (EqualityComparer<T>.Default each): a new
    // property of a type equal by value (string, a date, a number, a record) takes part with no line of its own. The
    // three whose types are not equal by value keep their values in the wrappers at the end of this file, which say
    // how they compare: ids not judged in any order, recommendations in order, the source by its text.
    private readonly IdsInAnyOrder _notJudgedIds = new(ImmutableArray<string>.Empty);
    private readonly InOrder<Recommendation> _recommendations = new(ImmutableArray<Recommendation>.Empty);
    private readonly SourceText _source;

    /// <summary>The framework id.</summary>
    public string FrameworkId
    {
        get;
        init => field = Preconditions.NotEmpty(value, nameof(FrameworkId), "An id must not be empty.");
    }

    /// <summary>The visit type id.</summary>
    public string VisitTypeId
    {
        get;
        init => field = Preconditions.NotEmpty(value, nameof(VisitTypeId), "An id must not be empty.");
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
        init => field = value is { } date ? Preconditions.IsoDate(date, nameof(Published)) : null;
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
    public ImmutableArray<string> NotJudgedIds
    {
        get => _notJudgedIds.Items;
        init
        {
            if (!value.IsDefault)
            {
                foreach (string id in value)
                {
                    if (string.IsNullOrEmpty(id))
                    {
                        throw new ArgumentException("A judgement id in the list of judgements not judged is null or empty.", nameof(NotJudgedIds));
                    }
                }
            }

            _notJudgedIds = new(value.IsDefault ? ImmutableArray<string>.Empty : value);
        }
    }

    /// <summary>The recommendations, in the report's order (empty when none).</summary>
    public ImmutableArray<Recommendation> Recommendations
    {
        get => _recommendations.Items;
        init
        {
            if (!value.IsDefault && value.Any(r => r is null))
            {
                throw new ArgumentException("A recommendation in the list is null.", nameof(Recommendations));
            }

            _recommendations = new(value.IsDefault ? ImmutableArray<Recommendation>.Empty : value);
        }
    }

    /// <summary>The published report's absolute http(s) URI, or null.</summary>
    public Uri? Source
    {
        get => _source.Uri;
        init => _source = value is null || IsValidSource(value)
            ? new(value)
            : throw new ArgumentException($"'{value.OriginalString}' is not an absolute http or https URI.", nameof(Source));
    }

    /// <summary>Free text kept as written, or null.</summary>
    public string? Notes { get; init; }

    /// <summary>The longest theme accepted.</summary>
    public const int MaxThemeLength = 200;

    /// <summary>
    /// The date that places this inspection in time, the one answer to "when was it": the first day of fieldwork
    /// when known, else the publication date, else null. Histories order by it, the latest inspection is the one with
    /// the latest, comparisons take the earlier as "before", and an inspection is made under the framework in force
    /// on it. <see cref="DateBasis"/> says which date it is.
    /// </summary>
    public LocalDate? Date => Fieldwork?.Start ?? Published;

    /// <summary>Which date <see cref="Date"/> is: the first day of fieldwork, the publication date, or none.</summary>
    public InspectionDateBasis DateBasis =>
        Fieldwork is not null ? InspectionDateBasis.FieldworkStart
        : Published is not null ? InspectionDateBasis.Published
        : InspectionDateBasis.None;

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

    /// <summary>
    /// A short description: framework, visit, subject and fieldwork (or publication date), such as
    /// <c>sif-2013 full-inspection of Calderdale, fieldwork 2015-01-13/2015-02-04</c>. Dates are ISO 8601 whatever the
    /// current culture.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{FrameworkId} {VisitTypeId} of {Subject.Name}, "
        + (Fieldwork is { } fieldwork ? $"fieldwork {fieldwork}" : Published is { } published ? "published " + DateText.Format(published) : "no dates");

    /// <summary>Ids compared as a multiset (the same ids the same number of times, in any order), ordinally.</summary>
    private readonly struct IdsInAnyOrder(ImmutableArray<string> items) : IEquatable<IdsInAnyOrder>
    {
        public ImmutableArray<string> Items => items.IsDefault ? ImmutableArray<string>.Empty : items;

        public bool Equals(IdsInAnyOrder other) => SameIdsInAnyOrder(Items, other.Items);

        public override bool Equals(object? obj) => obj is IdsInAnyOrder other && Equals(other);

        public override int GetHashCode()
        {
            // Order-independent, to agree with Equals.
            var ids = Items;
            int hash = ids.Length;
            foreach (string id in ids)
            {
                hash += StringComparer.Ordinal.GetHashCode(id);
            }

            return hash;
        }
    }

    /// <summary>Values compared item by item, in order.</summary>
    private readonly struct InOrder<T>(ImmutableArray<T> items) : IEquatable<InOrder<T>>
    {
        public ImmutableArray<T> Items => items.IsDefault ? ImmutableArray<T>.Empty : items;

        public bool Equals(InOrder<T> other) => Items.SequenceEqual(other.Items);

        public override bool Equals(object? obj) => obj is InOrder<T> other && Equals(other);

        public override int GetHashCode() => Items.Length;
    }

    /// <summary>A source URI compared by the text it was made from (<see cref="Uri.OriginalString"/>), ordinally.</summary>
    private readonly struct SourceText(Uri? uri) : IEquatable<SourceText>
    {
        public Uri? Uri => uri;

        public bool Equals(SourceText other) => string.Equals(uri?.OriginalString, other.Uri?.OriginalString, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is SourceText other && Equals(other);

        public override int GetHashCode() => uri is null ? 0 : StringComparer.Ordinal.GetHashCode(uri.OriginalString);
    }

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
}
