using System.Collections.Immutable;
using System.Globalization;
using Inspections.Core.Catalog;

namespace Inspections.Core.Histories;

/// <summary>
/// How the authorities with more than one graded inspection under a set of frameworks (such as the ILACS revisions)
/// moved in one strand between their first such inspection and their latest: improved, declined, or the same (good
/// or better, or below good), as Ofsted's main findings count them ("Of the 65 LAs that received more than 1
/// inspection under the ILACS framework, 26 LAs (40%) improved their overall effectiveness judgement compared with
/// their first ILACS inspection, and 15 LAs (23%) retained a good or outstanding judgement. There were 12 LAs (18%)
/// that had a decline"). Made by <see cref="StateOfTheNation.ChangesSinceFirst"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StateOfTheNationChanges
{
    internal StateOfTheNationChanges(JudgementStrand strand, ImmutableArray<string> frameworkIds, int authorities, int improved, int declined, int sameGoodOrBetter, int sameBelowGood, int notComparable)
    {
        Strand = strand;
        FrameworkIds = frameworkIds;
        Authorities = authorities;
        Improved = improved;
        Declined = declined;
        SameGoodOrBetter = sameGoodOrBetter;
        SameBelowGood = sameBelowGood;
        NotComparable = notComparable;
    }

    /// <summary>The strand compared.</summary>
    public JudgementStrand Strand { get; }

    /// <summary>The frameworks whose inspections count.</summary>
    public ImmutableArray<string> FrameworkIds { get; }

    /// <summary>The authorities with more than one graded inspection under <see cref="FrameworkIds"/>.</summary>
    public int Authorities { get; }

    /// <summary>Those whose latest grade of the strand is better than their first.</summary>
    public int Improved { get; }

    /// <summary>Those whose latest grade of the strand is worse than their first.</summary>
    public int Declined { get; }

    /// <summary>Those with the same grade, good or better.</summary>
    public int SameGoodOrBetter { get; }

    /// <summary>Those with the same grade, below good.</summary>
    public int SameBelowGood { get; }

    /// <summary>Those whose first or latest inspection did not grade the strand, or graded it on another scale.</summary>
    public int NotComparable { get; }

    /// <summary>The counts in words.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: {1} authorities with more than one inspection under {2}: {3} improved, {4} declined, {5} the same at good or better, {6} the same below good, {7} not comparable",
        Strand.Id, Authorities, string.Join("/", FrameworkIds), Improved, Declined, SameGoodOrBetter, SameBelowGood, NotComparable);
}
