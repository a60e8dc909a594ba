using Inspections.Core.Catalog;
using Inspections.Core.Scales;

namespace Inspections.Core.Histories;

/// <summary>
/// The grade one inspection gives one judgement strand (<see cref="JudgementStrand"/>): the grade of the strand's
/// judgement in the inspection's framework, such as North Northamptonshire's May 2026 ILACS inspection's "Outstanding"
/// for the impact of leaders.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StrandGrade
{
    internal StrandGrade(JudgementStrand strand, JudgementStrandMember member, Grade grade)
    {
        Strand = strand;
        Member = member;
        Grade = grade;
    }

    /// <summary>The strand.</summary>
    public JudgementStrand Strand { get; }

    /// <summary>The strand's judgement in the inspection's framework (approximate where a split or merger joins it).</summary>
    public JudgementStrandMember Member { get; }

    /// <summary>The id of the judgement graded.</summary>
    public string JudgementId => Member.JudgementId;

    /// <summary>The grade, on the framework's scale.</summary>
    public Grade Grade { get; }

    /// <summary>The strand and grade, such as <c>impact-of-leaders: Outstanding</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Strand.Id}: {Grade.Label}";
}
