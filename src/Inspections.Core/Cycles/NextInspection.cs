using System.Collections.Immutable;
using System.Linq;
using Inspections.Core.Authorities;
using Inspections.Core.Frameworks;
using Inspections.Core.Histories;

namespace Inspections.Core.Cycles;

/// <summary>
/// What comes next for one authority as of a date: its last graded inspection and the judgements it graded, the
/// framework in force and its cycle rule (with the source), the window and whether it has passed, the ungraded visits
/// since, how Ofsted has kept to the same rule in the record, and, where the record shows Ofsted departing from the
/// rule, sentences that say so instead of predicting a date.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class NextInspection
{
    internal NextInspection(
        string name,
        LocalAuthority? authority,
        HistoryEntry? last,
        InspectionFramework? framework,
        CycleRule? rule,
        InspectionWindow? window,
        NextInspectionStatus status,
        ImmutableArray<Inspection> visitsSince,
        CycleRecord? record,
        ImmutableArray<string> departures)
    {
        Name = name;
        Authority = authority;
        Last = last;
        Framework = framework;
        Rule = rule;
        Window = window;
        Status = status;
        VisitsSince = visitsSince;
        Record = record;
        Departures = departures;
    }

    /// <summary>The authority's name (the register's, or as written when the register does not know it).</summary>
    public string Name { get; }

    /// <summary>The register's authority, or null when the register does not know the subject.</summary>
    public LocalAuthority? Authority { get; }

    /// <summary>The last graded inspection that counts by the date, or null when there is none.</summary>
    public HistoryEntry? Last { get; }

    /// <summary>The judgements the last graded inspection graded (its strands), in the document's order; empty when there is none.</summary>
    public ImmutableArray<string> GradedJudgementIds => Last is null ? ImmutableArray<string>.Empty : Last.Inspection.Judgements.Select(j => j.JudgementId).ToImmutableArray();

    /// <summary>The framework in force on the date (the most recent to come into force, when two overlap), or null.</summary>
    public InspectionFramework? Framework { get; }

    /// <summary>The cycle rule that applies to the last inspection's grades, or null when none does.</summary>
    public CycleRule? Rule { get; }

    /// <summary>The window for the next graded inspection, moved by any suspension; null when the rule sets none.</summary>
    public InspectionWindow? Window { get; }

    /// <summary>Where the authority stands on the date.</summary>
    public NextInspectionStatus Status { get; }

    /// <summary>The ungraded visits (focused and monitoring visits) since the last graded inspection, by the date.</summary>
    public ImmutableArray<Inspection> VisitsSince { get; }

    /// <summary>How Ofsted kept to the same rule in the record, counting only next inspections begun by the date; null without a rule.</summary>
    public CycleRecord? Record { get; }

    /// <summary>Where the record shows Ofsted departing from the rule (a suspension, a passed window, a re-inspection it times itself), in sentences.</summary>
    public ImmutableArray<string> Departures { get; }

    /// <summary>The authority, its status and window, such as <c>Calderdale: InWindow 2021-05-12/2022-05-12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: {Status}" + (Window is { } w ? $" {w}" : string.Empty);
}
