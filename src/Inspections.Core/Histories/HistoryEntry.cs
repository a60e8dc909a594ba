using System.Collections.Immutable;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Histories;

/// <summary>
/// One inspection in a history, with the date that places it, the authority it was of at the time, and its
/// headline grade (the judgement its visit type names as the headline: overall effectiveness, or SLAC's
/// safeguarding overall effectiveness), where given.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class HistoryEntry
{
    internal HistoryEntry(Inspection inspection, LocalAuthority? authority, string? headlineJudgementId, Grade? headline, ImmutableArray<StrandGrade> strands, bool judgesAnotherBody)
    {
        JudgesAnotherBody = judgesAnotherBody;
        Strands = strands;
        Inspection = inspection;
        Authority = authority;
        HeadlineJudgementId = headlineJudgementId;
        Headline = headline;
    }

    /// <summary>The inspection.</summary>
    public Inspection Inspection { get; }

    /// <summary>The register's authority the inspection was of on its date (a predecessor, in a history that reaches back), or null when the register does not know the subject.</summary>
    public LocalAuthority? Authority { get; }

    /// <summary>The date that places it, <see cref="Inspection.Date"/>: the first day of fieldwork, else the publication date, else null.</summary>
    public LocalDate? Date => Inspection.Date;

    /// <summary>Which date <see cref="Date"/> is (<see cref="Inspection.DateBasis"/>).</summary>
    public InspectionDateBasis DateBasis => Inspection.DateBasis;

    /// <summary>Whether any judgement was graded (an ungraded visit, such as a focused visit, is not).</summary>
    public bool IsGraded => !Inspection.Judgements.IsEmpty;

    /// <summary>
    /// Whether the inspection judges another body than the authority's children's services, as its visit type says
    /// (<see cref="VisitType.JudgesAnotherBody"/>): the review of the Local Safeguarding Children Board that came with a
    /// SIF inspection. Such an entry is in the history, but it is not compared with the authority's inspections and is
    /// never its latest graded one. False when the catalog does not know the framework or visit type.
    /// </summary>
    public bool JudgesAnotherBody { get; }

    /// <summary>The id of the visit type's headline judgement, or null when the framework or visit type is unknown or has none.</summary>
    public string? HeadlineJudgementId { get; }

    /// <summary>The headline judgement's grade on the framework's scale, or null when not graded (or not readable).</summary>
    public Grade? Headline { get; }

    /// <summary>
    /// The grade the inspection gives each judgement strand it grades, in the order of <see cref="JudgementStrands.All"/>:
    /// an inspection with no headline (ILACS from April 2026) is graded all the same, strand by strand. Empty for an
    /// ungraded visit.
    /// </summary>
    public ImmutableArray<StrandGrade> Strands { get; }

    /// <summary>The grade the inspection gives a strand, or null when it does not grade it.</summary>
    /// <param name="strand">The strand.</param>
    /// <returns>The grade, or null.</returns>
    public StrandGrade? GradeOf(JudgementStrand strand)
    {
        foreach (var grade in Strands)
        {
            if (ReferenceEquals(grade.Strand, strand) || grade.Strand.Id == strand.Id)
            {
                return grade;
            }
        }

        return null;
    }

    /// <summary>Builds an entry, reading the headline and the strands' grades from the catalog (and its strands).</summary>
    /// <param name="inspection">The inspection.</param>
    /// <param name="authority">The authority it was of, if known.</param>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The entry.</returns>
    internal static HistoryEntry Of(Inspection inspection, LocalAuthority? authority, FrameworkCatalog catalog) =>
        Of(inspection, authority, catalog, ReferenceEquals(catalog, FrameworkCatalog.Default) ? JudgementStrands.Default : JudgementStrands.Of(catalog));

    /// <summary>Builds an entry, reading the headline from the catalog.</summary>
    /// <param name="inspection">The inspection.</param>
    /// <param name="authority">The authority it was of, if known.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="strands">The catalog's judgement strands.</param>
    /// <returns>The entry.</returns>
    internal static HistoryEntry Of(Inspection inspection, LocalAuthority? authority, FrameworkCatalog catalog, JudgementStrands strands)
    {
        var graded = ImmutableArray.CreateBuilder<StrandGrade>();
        foreach (var strand in strands.All)
        {
            if (strand.TryGetGrade(inspection, catalog, out var member, out var grade) && member is not null)
            {
                graded.Add(new StrandGrade(strand, member, grade));
            }
        }

        string? headlineId = null;
        Grade? headline = null;
        bool judgesAnotherBody = false;
        if (catalog.TryGet(inspection.FrameworkId, out var framework) && framework.TryGetVisitType(inspection.VisitTypeId, out var visit))
        {
            judgesAnotherBody = visit.JudgesAnotherBody;
            headlineId = visit.HeadlineJudgementId;
            if (headlineId is not null && framework.TryGetGrade(inspection, headlineId, out var grade))
            {
                headline = grade;
            }
        }

        return new HistoryEntry(inspection, authority, headlineId, headline, graded.ToImmutable(), judgesAnotherBody);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{(Date is { } date ? DateText.Format(date) : "undated")} {Inspection.FrameworkId} {Inspection.VisitTypeId}" + (Headline is { } h ? $": {h.Label}" : string.Empty);
}
