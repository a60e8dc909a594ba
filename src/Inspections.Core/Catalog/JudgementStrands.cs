using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Frameworks;

namespace Inspections.Core.Catalog;

/// <summary>
/// The judgement strands of a catalog: one strand for each judgement that nothing succeeds (the newest judgement of
/// each line of the catalog's lineage), reaching back through <see cref="FrameworkCatalog.Lineage"/> to every judgement
/// it succeeds. <see cref="Default"/> holds the strands of <see cref="FrameworkCatalog.Default"/>: the five that ILACS
/// grades (<see cref="Ilacs"/>: impact of leaders, help and protection, children in care, care leavers and overall
/// effectiveness) and each earlier framework's own (such as the 2012 child protection inspections' overall effectiveness,
/// <c>protection-of-children-2012-overall-effectiveness</c>).
/// </summary>
/// <remarks>
/// <para>
/// Nothing here repeats the lineage: a strand's members are found by walking it back from the strand's newest judgement,
/// nearest links first and exact links before approximate ones, taking at most one judgement per framework (so the
/// care leavers strand holds the SIF's care leavers sub-judgement, which 2023's care leavers judgement succeeds
/// directly, rather than the SIF's children looked after, which it reaches only through ILACS 2018's joint judgement).
/// A member reached through an approximate link (a split or merger) is approximate. Only local-authority frameworks'
/// top-level judgements start a strand. Why each member belongs is the note of its
/// <see cref="JudgementStrandMember.Succession"/>, with the sources of the frameworks it links.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class JudgementStrands
{
    /// <summary><c>impact-of-leaders</c>: the impact of leaders (ILACS), earlier leadership, management and governance.</summary>
    public const string ImpactOfLeadersId = "impact-of-leaders";

    /// <summary><c>help-and-protection</c>: the experiences and progress of children who need help and protection.</summary>
    public const string HelpAndProtectionId = "help-and-protection";

    /// <summary><c>children-in-care</c>: the experiences and progress of children in care (earlier: looked after).</summary>
    public const string ChildrenInCareId = "children-in-care";

    /// <summary><c>care-leavers</c>: the experiences and progress of care leavers.</summary>
    public const string CareLeaversId = "care-leavers";

    /// <summary><c>overall-effectiveness</c>: the SIF's and ILACS's overall effectiveness, the headline until April 2026.</summary>
    public const string OverallEffectivenessId = "overall-effectiveness";

    // The strands ILACS grades, by the judgement id they end in: ../shared/spec/cli.md ("After April 2026") names them;
    // their judgements are those of the ILACS definitions (Catalog/Definitions/Ilacs2018.cs, Ilacs2023.cs, Ilacs2026.cs).
    private static readonly (string Id, string Name, string JudgementId)[] s_named =
    [
        (ImpactOfLeadersId, "Impact of leaders", JudgementIds.ImpactOfLeaders),
        (HelpAndProtectionId, "Help and protection", JudgementIds.ChildrenWhoNeedHelpAndProtection),
        (ChildrenInCareId, "Children in care", JudgementIds.ChildrenInCare),
        (CareLeaversId, "Care leavers", JudgementIds.CareLeavers),
        (OverallEffectivenessId, "Overall effectiveness", JudgementIds.OverallEffectiveness),
    ];

    private static readonly Lazy<JudgementStrands> s_default = new(() => Of(FrameworkCatalog.Default));

    private readonly Dictionary<string, JudgementStrand> _byId;

    private JudgementStrands(ImmutableArray<JudgementStrand> all, ImmutableArray<JudgementStrand> ilacs)
    {
        All = all;
        Ilacs = ilacs;
        _byId = all.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The strands of <see cref="FrameworkCatalog.Default"/>.</summary>
    public static JudgementStrands Default => s_default.Value;

    /// <summary>Every strand: first those of <see cref="Ilacs"/>, then the earlier frameworks' own, in catalog order.</summary>
    public ImmutableArray<JudgementStrand> All { get; }

    /// <summary>
    /// The strands an ILACS framework grades, in the order impact of leaders, help and protection, children in care,
    /// care leavers, overall effectiveness (those the catalog has).
    /// </summary>
    public ImmutableArray<JudgementStrand> Ilacs { get; }

    /// <summary>Finds a strand by id.</summary>
    /// <param name="id">The id; null finds nothing.</param>
    /// <param name="strand">The strand, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JudgementStrand? strand)
    {
        strand = null;
        return id is not null && _byId.TryGetValue(id, out strand);
    }

    /// <summary>The strand with an id.</summary>
    /// <param name="id">The id, such as <see cref="HelpAndProtectionId"/>.</param>
    /// <returns>The strand.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No strand has the id (the message names the ids there are).</exception>
    public JudgementStrand this[string id]
    {
        get
        {
            if (id is null)
            {
                throw new ArgumentNullException(nameof(id));
            }

            return TryGet(id, out var strand)
                ? strand
                : throw new KeyNotFoundException($"There is no judgement strand '{id}'; the strands are: {string.Join(", ", All.Select(s => s.Id))}.");
        }
    }

    /// <summary>The strands a framework grades (those with a judgement of it), in the order of <see cref="All"/>.</summary>
    /// <param name="frameworkId">A framework id; null or unknown gives none.</param>
    /// <returns>The strands.</returns>
    public ImmutableArray<JudgementStrand> GradedBy(string? frameworkId) =>
        All.Where(s => s.IsGradedBy(frameworkId)).ToImmutableArray();

    /// <summary>The strands of a catalog, walked from its lineage.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The strands.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static JudgementStrands Of(FrameworkCatalog catalog)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var order = catalog.All.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var succeeded = new HashSet<(string, string)>(catalog.Lineage.Select(l => (l.FromFrameworkId, l.FromJudgementId)));
        var named = new List<JudgementStrand>();
        var own = new List<JudgementStrand>();
        foreach (var framework in catalog.All.Where(f => f.Inspects(SubjectKind.LocalAuthority)))
        {
            foreach (var judgement in framework.Judgements.Where(j => !j.IsSubJudgement && !succeeded.Contains((framework.Id, j.Id))))
            {
                var members = Walk(catalog, framework.Id, judgement.Id, order);
                int index = Array.FindIndex(s_named, n => n.JudgementId == judgement.Id);
                if (index >= 0 && framework.Family == FrameworkFamily.Ilacs)
                {
                    named.Add(new JudgementStrand(s_named[index].Id, s_named[index].Name, members));
                }
                else
                {
                    own.Add(new JudgementStrand($"{framework.Id}-{judgement.Id}", $"{framework.Name}: {judgement.Name}", members));
                }
            }
        }

        var ilacs = named.OrderBy(s => Array.FindIndex(s_named, n => n.Id == s.Id)).ToImmutableArray();
        return new JudgementStrands(ilacs.AddRange(own), ilacs);
    }

    private static ImmutableArray<JudgementStrandMember> Walk(FrameworkCatalog catalog, string frameworkId, string judgementId, Dictionary<string, int> order)
    {
        var members = new Dictionary<string, JudgementStrandMember>(StringComparer.Ordinal)
        {
            [frameworkId] = new JudgementStrandMember(frameworkId, judgementId, null, isApproximate: false),
        };
        var level = new List<JudgementStrandMember> { members[frameworkId] };
        while (level.Count > 0)
        {
            var next = new List<JudgementStrandMember>();
            var links = level
                .SelectMany(m => catalog.Lineage
                    .Where(l => l.ToFrameworkId == m.FrameworkId && l.ToJudgementId == m.JudgementId)
                    .Select(l => (Later: m, Link: l)))
                .OrderBy(p => p.Later.IsApproximate || p.Link.IsApproximate);
            foreach (var (later, link) in links)
            {
                if (members.ContainsKey(link.FromFrameworkId))
                {
                    continue;
                }

                var member = new JudgementStrandMember(link.FromFrameworkId, link.FromJudgementId, link, later.IsApproximate || link.IsApproximate);
                members.Add(link.FromFrameworkId, member);
                next.Add(member);
            }

            level = next;
        }

        return members.Values.OrderBy(m => order[m.FrameworkId]).ToImmutableArray();
    }

    /// <summary>The strands' ids, comma-separated.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(", ", All.Select(s => s.Id));
}
