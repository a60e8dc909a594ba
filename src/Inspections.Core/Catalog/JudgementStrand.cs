using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Scales;

namespace Inspections.Core.Catalog;

/// <summary>
/// A judgement strand: what one judgement judges across framework revisions, such as the help and protection of
/// children, judged by SLAC's safeguarding strand, the 2012 child protection inspections, the SIF and every ILACS
/// revision. Its members are joined by the catalog's lineage (<see cref="FrameworkCatalog.Lineage"/>), at most one
/// judgement per framework. Strands come from <see cref="JudgementStrands"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; equal by <see cref="Id"/> within one registry.</remarks>
public sealed class JudgementStrand
{
    private readonly Dictionary<string, JudgementStrandMember> _byFramework;

    internal JudgementStrand(string id, string name, ImmutableArray<JudgementStrandMember> members)
    {
        Id = id;
        Name = name;
        Members = members;
        _byFramework = members.ToDictionary(m => m.FrameworkId, StringComparer.Ordinal);
    }

    /// <summary>The strand's id, such as <c>help-and-protection</c> (<see cref="JudgementStrands.HelpAndProtectionId"/>).</summary>
    public string Id { get; }

    /// <summary>The strand's name in plain English, such as "Help and protection".</summary>
    public string Name { get; }

    /// <summary>The strand's judgement in each framework that has one, in the catalog's framework order (oldest first).</summary>
    public ImmutableArray<JudgementStrandMember> Members { get; }

    /// <summary>The strand's newest judgement: the one every other member is joined to.</summary>
    public JudgementStrandMember Newest => Members[Members.Length - 1];

    /// <summary>Whether the framework has a judgement in this strand ("the framework grades this strand").</summary>
    /// <param name="frameworkId">A framework id; null answers false.</param>
    /// <returns>True when the framework has a member.</returns>
    public bool IsGradedBy(string? frameworkId) => frameworkId is not null && _byFramework.ContainsKey(frameworkId);

    /// <summary>The strand's judgement in a framework.</summary>
    /// <param name="frameworkId">A framework id; null finds nothing.</param>
    /// <param name="member">The member, when the framework has one.</param>
    /// <returns>True when the framework has a member.</returns>
    public bool TryGetMember(string? frameworkId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JudgementStrandMember? member)
    {
        member = null;
        return frameworkId is not null && _byFramework.TryGetValue(frameworkId, out member);
    }

    /// <summary>The strand's judgement in a framework.</summary>
    /// <param name="frameworkId">A framework id.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frameworkId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The framework has no judgement in this strand (the message names the frameworks that have).</exception>
    public JudgementStrandMember this[string frameworkId]
    {
        get
        {
            if (frameworkId is null)
            {
                throw new ArgumentNullException(nameof(frameworkId));
            }

            return TryGetMember(frameworkId, out var member)
                ? member
                : throw new KeyNotFoundException(
                    $"The framework '{frameworkId}' has no judgement in the strand '{Id}'; the frameworks that have: {string.Join(", ", Members.Select(m => m.FrameworkId))}.");
        }
    }

    /// <summary>
    /// The grade an inspection gives this strand: the grade of the strand's judgement in the inspection's framework,
    /// on that framework's scale.
    /// </summary>
    /// <param name="inspection">The inspection.</param>
    /// <param name="catalog">The catalog that knows the inspection's framework.</param>
    /// <param name="member">The strand's judgement in the inspection's framework, when it has one (also when it was not graded).</param>
    /// <param name="grade">The grade, when the inspection graded the strand.</param>
    /// <returns>True when the inspection graded the strand.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool TryGetGrade(
        Inspection inspection,
        FrameworkCatalog catalog,
        out JudgementStrandMember? member,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Grade? grade)
    {
        if (inspection is null)
        {
            throw new ArgumentNullException(nameof(inspection));
        }

        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        grade = null;
        return TryGetMember(inspection.FrameworkId, out member)
            && catalog.TryGet(inspection.FrameworkId, out var framework)
            && framework.TryGetGrade(inspection, member.JudgementId, out grade);
    }

    /// <summary>The strand as its id and members, such as <c>care-leavers: sif-2013/experiences-and-progress-of-care-leavers, …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {string.Join(", ", Members)}";
}
