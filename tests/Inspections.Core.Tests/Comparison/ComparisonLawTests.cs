using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Catalog;
using Inspections.Core.Comparison;
using Inspections.Core.FsCheck;
using Inspections.Core;

namespace Inspections.Core.Tests.Comparison;

/// <summary>
/// Laws of <see cref="InspectionComparer"/> over any two valid inspections of the built-in catalog (any frameworks,
/// visit types, grades and judgements not judged): each judgement is in one line, and a line compares only what the
/// lineage joins and never a judgement listed as not judged.
/// </summary>
public sealed class ComparisonLawTests
{
    private static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    private static Arbitrary<(Inspection First, Inspection Second)> Pairs =>
        (from first in InspectionGenerators.ValidInspection()
         from second in InspectionGenerators.ValidInspection()
         select (first, second with { Subject = first.Subject })).ToArbitrary();

    [Fact]
    public void Each_judgement_is_in_one_line()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(Pairs, pair =>
        {
            var lines = InspectionComparer.Compare(pair.First, pair.Second).Judgements;
            return lines.Select(l => l.JudgementId).Distinct(StringComparer.Ordinal).Count() == lines.Length;
        }));
    }

    [Fact]
    public void A_comparable_line_joins_one_judgement_or_a_lineage_link()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(Pairs, pair =>
        {
            var result = InspectionComparer.Compare(pair.First, pair.Second);
            return result.Judgements.Prepend(result.Overall).Where(l => l.Comparison.IsComparable).All(line =>
                result.FrameworkChanged
                    ? Catalog.TryFindPredecessor(result.After.FrameworkId, line.AfterJudgementId!, result.Before.FrameworkId, out var chain)
                        && chain[0].FromJudgementId == line.BeforeJudgementId
                        && chain.SequenceEqual(line.Lineage)
                    : line.BeforeJudgementId == line.AfterJudgementId && line.Lineage.IsEmpty);
        }));
    }

    [Fact]
    public void A_judgement_listed_as_not_judged_is_never_compared()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(Pairs, pair =>
        {
            var result = InspectionComparer.Compare(pair.First, pair.Second);
            return result.Judgements.Prepend(result.Overall).Where(l => l.Comparison.IsComparable).All(line =>
                !result.Before.NotJudgedIds.Contains(line.BeforeJudgementId!) && !result.After.NotJudgedIds.Contains(line.AfterJudgementId!));
        }));
    }

    [Fact]
    public void An_approximate_line_says_how_it_was_matched()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(Pairs, pair =>
            InspectionComparer.Compare(pair.First, pair.Second).Judgements.All(line =>
                line.IsApproximate == (line.Note is not null) && line.IsApproximate == line.Lineage.Any(l => l.IsApproximate))));
    }

    [Fact]
    public void The_laws_are_exercised_by_pairs_that_compare_across_frameworks()
    {
        int crossFramework = 0;
        int sameIdWithoutLineage = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(Pairs, pair =>
        {
            var result = InspectionComparer.Compare(pair.First, pair.Second);
            crossFramework += result.FrameworkChanged && result.Judgements.Any(l => l.Comparison.IsComparable) ? 1 : 0;
            sameIdWithoutLineage += result.Judgements.Count(l => !l.Comparison.IsComparable && l.BeforeJudgementId is not null && l.BeforeJudgementId == l.AfterJudgementId && result.FrameworkChanged);
            return true;
        }));

        Assert.True(crossFramework > 0, "No generated pair compared a judgement across frameworks.");
        Assert.True(sameIdWithoutLineage > 0, "No generated pair had one id in two frameworks without lineage.");
    }
}
