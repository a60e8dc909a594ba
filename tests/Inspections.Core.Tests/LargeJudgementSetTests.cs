using Inspections.Core;

namespace Inspections.Core.Tests;

/// <summary>
/// Issue 19: equality of inspections with very many judgements (a hostile document may hold 60,000) was quadratic,
/// 7 s for 60,000. These tests hold sets far larger and check the answers; the one bound on time is a hang guard
/// (minutes, where the linear code takes well under a second and the quadratic one took several minutes at this
/// size), not a timing assertion.
/// </summary>
public sealed class LargeJudgementSetTests
{
    private const int Size = 400_000;

    [Fact]
    public async Task Sets_of_400000_judgements_in_opposite_orders_are_equal_and_hash_alike_without_hanging()
    {
        var forward = Pairs(Size, reverse: false);
        var backward = Pairs(Size, reverse: true);

        var equality = Task.Run(() => (Equal: forward.Equals(backward), Inspections: Inspection(forward).Equals(Inspection(backward))));
        var finished = await Task.WhenAny(equality, Task.Delay(TimeSpan.FromMinutes(2)));

        Assert.True(finished == equality, "Equality of two large judgement sets did not finish: it is not linear.");
        var (equal, inspections) = await equality;
        Assert.True(equal);
        Assert.True(inspections);
        Assert.Equal(forward.GetHashCode(), backward.GetHashCode());
    }

    [Fact]
    public void Large_sets_that_differ_in_one_grade_or_one_id_are_not_equal()
    {
        var forward = Pairs(Size, reverse: false);
        var regraded = forward.SetItem("judgement-150000", "bad");
        var renamed = forward.Remove("judgement-0").SetItem("judgement-x", "grade-0");

        Assert.False(forward.Equals(regraded));
        Assert.False(forward.Equals(renamed));
        Assert.True(regraded.TryGetGradeId("judgement-150000", out var grade));
        Assert.Equal("bad", grade);
        Assert.False(renamed.Contains("judgement-0"));
        Assert.Equal(Size, renamed.Count);
    }

    [Fact]
    public void Small_and_large_sets_find_the_same_grades()
    {
        for (int size = 0; size <= 20; size++)
        {
            var set = Pairs(size, reverse: size % 2 == 0);
            for (int i = 0; i < size; i++)
            {
                Assert.True(set.TryGetGradeId($"judgement-{i}", out var grade));
                Assert.Equal($"grade-{i % 4}", grade);
            }

            Assert.False(set.Contains($"judgement-{size}"));
            Assert.False(set.TryGetGradeId(null, out _));
        }
    }

    private static JudgementGrades Pairs(int count, bool reverse) =>
        JudgementGrades.Create(Enumerable.Range(0, count)
            .Select(i => reverse ? count - 1 - i : i)
            .Select(i => new JudgementGrade($"judgement-{i}", $"grade-{i % 4}")));

    private static Inspection Inspection(JudgementGrades judgements) =>
        RealInspections.Calderdale2015 with { Judgements = judgements };
}
