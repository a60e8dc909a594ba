using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Catalog.Definitions;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog;

/// <summary>
/// A set of frameworks with the lineage that links their judgements and the crosswalks that link their
/// scales. <see cref="Default"/> holds the nine frameworks of 2008 onwards: apa-2008, cafcass-2009,
/// slac-2009, protection-of-children-2012, looked-after-children-2013, sif-2013, ilacs-2018, ilacs-2023 and
/// ilacs-2026.
/// </summary>
/// <remarks>
/// <para>
/// A framework's dates in force are those of the fieldwork Ofsted did under it, as its official record shows,
/// not only of the handbook's launch and withdrawal: re-inspections under an old framework ran on after its
/// successor began (SLAC to July 2012, SIF re-inspections to July 2018), so the periods of two frameworks may
/// overlap and <see cref="InForceOn(LocalDate, SubjectKind)"/> may answer more than one.
/// </para>
/// <para>
/// A catalog is immutable and thread-safe. Lookups by id and by date allocate nothing: the frameworks in force
/// on each stretch of dates are worked out once, when the catalog is built.
/// </para>
/// </remarks>
public sealed class FrameworkCatalog
{
    private static readonly Lazy<FrameworkCatalog> s_default = new(CreateDefault);

    private readonly Dictionary<string, InspectionFramework> _byId;
    private readonly LocalDate[] _segmentStarts;
    private readonly ImmutableArray<InspectionFramework>[][] _segmentsByKind;

    /// <summary>Creates a catalog.</summary>
    /// <param name="frameworks">The frameworks; ids unique.</param>
    /// <param name="lineage">The successions linking their judgements; each must name frameworks and judgements of the catalog.</param>
    /// <param name="comparer">The grade comparer (with its crosswalks) to use across scales, or null for <see cref="GradeComparer.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="frameworks"/>, <paramref name="lineage"/> or an item of them is null.</exception>
    /// <exception cref="ArgumentException">Two frameworks share an id, or a succession names a framework or judgement the catalog lacks.</exception>
    public FrameworkCatalog(IEnumerable<InspectionFramework> frameworks, IEnumerable<JudgementSuccession> lineage, GradeComparer? comparer = null)
    {
        if (frameworks is null)
        {
            throw new ArgumentNullException(nameof(frameworks));
        }

        if (lineage is null)
        {
            throw new ArgumentNullException(nameof(lineage));
        }

        All = frameworks.ToImmutableArray();
        _byId = new Dictionary<string, InspectionFramework>(StringComparer.Ordinal);
        foreach (var framework in All)
        {
            if (framework is null)
            {
                throw new ArgumentNullException(nameof(frameworks), "A framework in the list is null.");
            }

            if (_byId.ContainsKey(framework.Id))
            {
                throw new ArgumentException($"Two frameworks have the id '{framework.Id}'.", nameof(frameworks));
            }

            _byId.Add(framework.Id, framework);
        }

        Lineage = lineage.ToImmutableArray();
        foreach (var link in Lineage)
        {
            if (link is null)
            {
                throw new ArgumentNullException(nameof(lineage), "A succession in the list is null.");
            }

            string? problem = LinkProblem(link.FromFrameworkId, link.FromJudgementId, link) ?? LinkProblem(link.ToFrameworkId, link.ToJudgementId, link);
            if (problem is not null)
            {
                throw new ArgumentException(problem, nameof(lineage));
            }
        }

        Comparer = comparer ?? GradeComparer.Default;

        // Stretches of dates over which the set of frameworks in force does not change.
        var boundaries = new SortedSet<LocalDate>();
        foreach (var framework in All)
        {
            boundaries.Add(framework.InForce.Start);
            if (framework.InForce.End is { } end && end < LocalDate.MaxIsoValue)
            {
                boundaries.Add(end.PlusDays(1));
            }
        }

        _segmentStarts = boundaries.ToArray();
        _segmentsByKind = new ImmutableArray<InspectionFramework>[SubjectKinds.All.Length][];
        foreach (var kind in SubjectKinds.All)
        {
            var segments = new ImmutableArray<InspectionFramework>[_segmentStarts.Length];
            for (int i = 0; i < _segmentStarts.Length; i++)
            {
                var day = _segmentStarts[i];
                segments[i] = All.Where(f => f.Inspects(kind) && f.IsInForceOn(day)).ToImmutableArray();
            }

            _segmentsByKind[(int)kind] = segments;
        }
    }

    /// <summary>The built-in catalog of the nine frameworks, their lineage and the built-in crosswalks.</summary>
    public static FrameworkCatalog Default => s_default.Value;

    /// <summary>Every framework, oldest first for the built-in catalog.</summary>
    public ImmutableArray<InspectionFramework> All { get; }

    /// <summary>The successions linking judgements of later frameworks to earlier ones.</summary>
    public ImmutableArray<JudgementSuccession> Lineage { get; }

    /// <summary>The comparer (and so the crosswalks) used to compare grades across scales.</summary>
    public GradeComparer Comparer { get; }

    /// <summary>Finds a framework by id.</summary>
    /// <param name="id">The id; null finds nothing.</param>
    /// <param name="framework">The framework, when found.</param>
    /// <returns><see langword="true"/> when the catalog has it.</returns>
    public bool TryGet(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InspectionFramework? framework)
    {
        framework = null;
        return id is not null && _byId.TryGetValue(id, out framework);
    }

    /// <summary>The framework with id <paramref name="id"/>: <c>FrameworkCatalog.Default[FrameworkIds.Sif2013]</c>.</summary>
    /// <param name="id">The id (see <see cref="FrameworkIds"/>).</param>
    /// <returns>The framework.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such framework; the message lists those it has.</exception>
    /// <remarks>The same as <see cref="Get(string)"/>; thread-safe.</remarks>
    public InspectionFramework this[string id] => Get(id);

    /// <summary>The framework with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such framework; the message lists those it has.</exception>
    public InspectionFramework Get(string id) =>
        TryGet(id ?? throw new ArgumentNullException(nameof(id)), out var framework)
            ? framework
            : throw new KeyNotFoundException($"There is no framework '{id}'; the catalog has {string.Join(", ", All.Select(f => f.Id))}.");

    /// <summary>
    /// The frameworks in force on <paramref name="date"/> for subjects of <paramref name="kind"/>: none, one, or
    /// several where periods overlap (on 16 July 2012 both slac-2009, whose last inspections were then under way,
    /// and protection-of-children-2012; from January to July 2018 both sif-2013, for re-inspections, and
    /// ilacs-2018). A document always names its framework; this answers which it could be.
    /// </summary>
    /// <param name="date">The date (usually the first day of fieldwork), in any calendar.</param>
    /// <param name="kind">The kind of subject.</param>
    /// <returns>The frameworks, in catalog order (oldest first); empty when none was in force. Allocates nothing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public ImmutableArray<InspectionFramework> InForceOn(LocalDate date, SubjectKind kind)
    {
        if (kind is not (SubjectKind.LocalAuthority or SubjectKind.CafcassServiceArea))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined subject kind.");
        }

        int index = Array.BinarySearch(_segmentStarts, FrameworkPeriod.ToIso(date));
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index < 0 ? ImmutableArray<InspectionFramework>.Empty : _segmentsByKind[(int)kind][index];
    }

    /// <summary>
    /// The frameworks in force on <paramref name="date"/> for any kind of subject (local authorities or Cafcass
    /// service areas): <see cref="InForceOn(LocalDate, SubjectKind)"/> for both kinds, in catalog order.
    /// </summary>
    /// <param name="date">The date (usually the first day of fieldwork), in any calendar.</param>
    /// <returns>The frameworks, in catalog order (oldest first); empty when none was in force.</returns>
    /// <remarks>Thread-safe. Allocates only when frameworks for both kinds of subject were in force that day.</remarks>
    public ImmutableArray<InspectionFramework> InForceOn(LocalDate date)
    {
        var forAuthorities = InForceOn(date, SubjectKind.LocalAuthority);
        var forServiceAreas = InForceOn(date, SubjectKind.CafcassServiceArea);
        if (forServiceAreas.IsEmpty)
        {
            return forAuthorities;
        }

        if (forAuthorities.IsEmpty)
        {
            return forServiceAreas;
        }

        return [.. All.Where(f => forAuthorities.Contains(f) || forServiceAreas.Contains(f))];
    }

    /// <summary>
    /// The frameworks in force on at least one day from <paramref name="first"/> to <paramref name="last"/>
    /// (both included) for subjects of <paramref name="kind"/>, such as the six months before a publication date
    /// when the fieldwork dates are not known.
    /// </summary>
    /// <param name="first">The first day, in any calendar.</param>
    /// <param name="last">The last day, in any calendar; not before <paramref name="first"/>.</param>
    /// <param name="kind">The kind of subject.</param>
    /// <returns>The frameworks, in catalog order; empty when none was in force on any of the days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public ImmutableArray<InspectionFramework> InForceDuring(LocalDate first, LocalDate last, SubjectKind kind)
    {
        if (kind is not (SubjectKind.LocalAuthority or SubjectKind.CafcassServiceArea))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined subject kind.");
        }

        if (FrameworkPeriod.ToIso(last) < FrameworkPeriod.ToIso(first))
        {
            throw new ArgumentException($"The last day ({DateText.Format(FrameworkPeriod.ToIso(last))}) is before the first ({DateText.Format(FrameworkPeriod.ToIso(first))}).", nameof(last));
        }

        return All.Where(f => f.Inspects(kind) && f.InForce.Overlaps(first, last)).ToImmutableArray();
    }

    /// <summary>
    /// Finds the judgement of an earlier framework that a judgement of a later one succeeds, following the
    /// lineage through any frameworks between them (shortest chain first).
    /// </summary>
    /// <param name="laterFramework">The later framework's id.</param>
    /// <param name="laterJudgement">The later judgement's id.</param>
    /// <param name="earlierFramework">The earlier framework's id.</param>
    /// <param name="chain">The successions from the earlier judgement to the later one, earliest first; empty when both frameworks are the same.</param>
    /// <returns><see langword="true"/> when the later judgement has a predecessor in the earlier framework.</returns>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    public bool TryFindPredecessor(string laterFramework, string laterJudgement, string earlierFramework, out ImmutableArray<JudgementSuccession> chain)
    {
        if (laterFramework is null)
        {
            throw new ArgumentNullException(nameof(laterFramework));
        }

        if (laterJudgement is null)
        {
            throw new ArgumentNullException(nameof(laterJudgement));
        }

        if (earlierFramework is null)
        {
            throw new ArgumentNullException(nameof(earlierFramework));
        }

        chain = ImmutableArray<JudgementSuccession>.Empty;
        if (string.Equals(laterFramework, earlierFramework, StringComparison.Ordinal))
        {
            return TryGet(laterFramework, out var same) && same.IndexOfJudgement(laterJudgement) >= 0;
        }

        // Breadth-first, backwards along the links, so the shortest chain wins.
        var queue = new Queue<(string Framework, string Judgement, ImmutableList<JudgementSuccession> Path)>();
        var seen = new HashSet<(string, string)>();
        queue.Enqueue((laterFramework, laterJudgement, ImmutableList<JudgementSuccession>.Empty));
        seen.Add((laterFramework, laterJudgement));
        while (queue.Count > 0)
        {
            var (framework, judgement, path) = queue.Dequeue();
            foreach (var link in Lineage)
            {
                if (!string.Equals(link.ToFrameworkId, framework, StringComparison.Ordinal)
                    || !string.Equals(link.ToJudgementId, judgement, StringComparison.Ordinal)
                    || !seen.Add((link.FromFrameworkId, link.FromJudgementId)))
                {
                    continue;
                }

                var extended = path.Insert(0, link);
                if (string.Equals(link.FromFrameworkId, earlierFramework, StringComparison.Ordinal))
                {
                    chain = extended.ToImmutableArray();
                    return true;
                }

                queue.Enqueue((link.FromFrameworkId, link.FromJudgementId, extended));
            }
        }

        return false;
    }

    /// <summary>A new catalog with <paramref name="framework"/> added, or replacing the framework of the same id.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    /// <exception cref="ArgumentException">A succession of the lineage no longer fits the replaced framework.</exception>
    public FrameworkCatalog WithFramework(InspectionFramework framework)
    {
        if (framework is null)
        {
            throw new ArgumentNullException(nameof(framework));
        }

        var frameworks = All.Where(f => !string.Equals(f.Id, framework.Id, StringComparison.Ordinal)).Append(framework);
        return new FrameworkCatalog(frameworks, Lineage, Comparer);
    }

    private static FrameworkCatalog CreateDefault() => new(
        [
            Apa2008.Create(),
            Cafcass2009.Create(),
            Slac2009.Create(),
            ProtectionOfChildren2012.Create(),
            LookedAfterChildren2013.Create(),
            Sif2013.Create(),
            Ilacs2018.Create(),
            Ilacs2023.Create(),
            Ilacs2026.Create(),
        ],
        BuiltInLineage.Create(),
        GradeComparer.Default);

    private string? LinkProblem(string frameworkId, string judgementId, JudgementSuccession link) =>
        !_byId.TryGetValue(frameworkId, out var framework)
            ? $"Succession {link} names framework '{frameworkId}', which the catalog lacks."
            : framework.IndexOfJudgement(judgementId) < 0
                ? $"Succession {link} names judgement '{judgementId}', which framework '{frameworkId}' does not define."
                : null;

    /// <summary>The catalog as a person reads it: how many frameworks, and their ids in order, such as <c>10 frameworks: apa-2008, cafcass-2009, …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{All.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} framework{(All.Length == 1 ? string.Empty : "s")}: {string.Join(", ", All.Select(f => f.Id))}";
}
