using FsCheck;
using FsCheck.Fluent;
using Inspections.Core.Scales;

namespace Inspections.Core.Tests.Scales;

/// <summary>Three grades of one scale (possibly equal), for the order laws.</summary>
public sealed record GradeTriple(Grade A, Grade B, Grade C)
{
    public override string ToString() => $"{A.Scale.Id} [{string.Join(", ", A.Scale.Grades)}]: a={A}, b={B}, c={C}";
}

/// <summary>A scale as the user wrote it: its definition, so it can be built twice.</summary>
public sealed record ScaleDefinition(string Id, string Name, (string Id, string Label)[] Grades, int[]? Codes)
{
    public GradingScale Build() => new(Id, Name, Grades, Codes);

    public override string ToString() =>
        $"{Id} [{string.Join(", ", Grades.Select(g => g.Id))}] codes [{(Codes is null ? "none" : string.Join(", ", Codes))}]";
}

/// <summary>Two scales, and pairs of their grades by rank that may or may not be monotone.</summary>
public sealed record CandidateCrosswalk(GradingScale First, GradingScale Second, (int FirstRank, int SecondRank, CrosswalkMatch Match)[] Pairs)
{
    public bool IsMonotone =>
        Pairs.OrderBy(p => p.FirstRank).Zip(Pairs.OrderBy(p => p.FirstRank).Skip(1), (x, y) => x.SecondRank < y.SecondRank).All(ok => ok);

    public ScaleCrosswalk Build() => new(
        First, Second, Pairs.Select(p => (First.Grades[p.FirstRank].Id, Second.Grades[p.SecondRank].Id, p.Match)));

    public override string ToString() =>
        $"{First.Id} [{string.Join(", ", First.Grades)}] ↔ {Second.Id} [{string.Join(", ", Second.Grades)}]: "
        + string.Join("; ", Pairs.Select(p => $"{First.Grades[p.FirstRank]} {(p.Match == CrosswalkMatch.Exact ? "=" : "≈")} {Second.Grades[p.SecondRank]}"));
}

/// <summary>A complete, one-for-one monotone crosswalk candidate: every grade of both scales is in a pair.</summary>
public sealed record CompleteCrosswalk(CandidateCrosswalk Walk)
{
    public override string ToString() => Walk.ToString();
}

/// <summary>A set of scales, a comparer knowing some crosswalks between them, and two grades drawn from any of them.</summary>
public sealed record ComparisonCase(string World, GradeComparer Comparer, Grade Before, Grade After, bool FrameworkChanged)
{
    public override string ToString() =>
        $"{World}: {Before.Scale.Id}/{Before} → {After.Scale.Id}/{After}, frameworkChanged={FrameworkChanged}";
}

/// <summary>Three grades, each of which may be on any scale of one world, with the world's comparer.</summary>
public sealed record ComparisonTriple(string World, GradeComparer Comparer, Grade A, Grade B, Grade C)
{
    public override string ToString() => $"{World}: {A.Scale.Id}/{A}, {B.Scale.Id}/{B}, {C.Scale.Id}/{C}";
}

/// <summary>
/// Small, private FsCheck generators for grades, scales and crosswalks: the four built-in scales and
/// user-defined random ones (2 to 8 grades, codes none, rising or falling, with gaps), with random monotone
/// crosswalks, partial or complete.
/// </summary>
public static class ScaleGenerators
{
    private static readonly string[] Words =
    [
        "excellent", "outstanding", "very-good", "good", "strong", "fair", "adequate", "satisfactory",
        "requires-improvement", "weak", "poor", "inadequate", "serious-concerns", "failing",
    ];

    private static int s_serial;

    public static Gen<ScaleDefinition> ScaleDefinitions { get; } =
        from size in Gen.Choose(2, 8)
        from ids in Gen.Shuffle(Words)
        from codeKind in Gen.Choose(0, 2)
        from start in Gen.Choose(-5, 5)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 3), size)
        select MakeDefinition(ids.Take(size).ToArray(), codeKind, start, gaps);

    public static Gen<GradingScale> UserScales { get; } = ScaleDefinitions.Select(d => d.Build());

    public static Gen<GradingScale> AnyScales { get; } =
        Gen.Frequency((1, Gen.Elements(GradingScales.All.ToArray())), (2, UserScales));

    public static Gen<Grade> GradesOf(GradingScale scale) => Gen.Elements(scale.Grades.ToArray());

    public static Gen<GradeTriple> GradeTriples { get; } =
        from scale in AnyScales
        from a in GradesOf(scale)
        from b in GradesOf(scale)
        from c in GradesOf(scale)
        select new GradeTriple(a, b, c);

    /// <summary>Two user scales and random pairs of their ranks: any pairing, monotone or not, each grade at most once.</summary>
    public static Gen<CandidateCrosswalk> CandidateCrosswalks { get; } =
        from first in UserScales
        from second in UserScales
        from count in Gen.Choose(1, Math.Min(first.Grades.Length, second.Grades.Length))
        from firstRanks in Gen.Shuffle(Enumerable.Range(0, first.Grades.Length))
        from secondRanks in Gen.Shuffle(Enumerable.Range(0, second.Grades.Length))
        from matches in Gen.ArrayOf(Gen.Elements(CrosswalkMatch.Exact, CrosswalkMatch.Approximate), count)
        select new CandidateCrosswalk(first, second, Zip(firstRanks.Take(count), secondRanks.Take(count), matches));

    /// <summary>Monotone crosswalks between two user scales: the chosen ranks of each side sorted, paired in order.</summary>
    public static Gen<CandidateCrosswalk> MonotoneCrosswalks { get; } =
        from first in UserScales
        from second in UserScales
        select (first, second) into scales
        from complete in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
        from count in complete
            ? Gen.Constant(Math.Min(scales.first.Grades.Length, scales.second.Grades.Length))
            : Gen.Choose(1, Math.Min(scales.first.Grades.Length, scales.second.Grades.Length))
        from firstRanks in Gen.Shuffle(Enumerable.Range(0, scales.first.Grades.Length))
        from secondRanks in Gen.Shuffle(Enumerable.Range(0, scales.second.Grades.Length))
        from matches in Gen.ArrayOf(Gen.Elements(CrosswalkMatch.Exact, CrosswalkMatch.Approximate), count)
        select new CandidateCrosswalk(
            scales.first,
            scales.second,
            Zip(firstRanks.Take(count).Order(), secondRanks.Take(count).Order(), matches));

    /// <summary>
    /// Complete, one-for-one monotone crosswalks: both scales have the same number of grades and every grade
    /// is in a pair.
    /// </summary>
    public static Gen<CandidateCrosswalk> CompleteCrosswalks { get; } =
        from first in UserScales
        from second in ScaleDefinitions.Where(d => d.Grades.Length == first.Grades.Length).Select(d => d.Build())
        from matches in Gen.ArrayOf(Gen.Elements(CrosswalkMatch.Exact, CrosswalkMatch.Approximate), first.Grades.Length)
        let ranks = Enumerable.Range(0, first.Grades.Length).ToArray()
        select new CandidateCrosswalk(first, second, Zip(ranks, ranks, matches));

    /// <summary>
    /// A world of scales with a comparer: the built-in scales with <see cref="GradeComparer.Default"/>, or three user
    /// scales where a monotone crosswalk links the first two and another links the last two (so the first and the
    /// third are linked only through a chain, which must not be used).
    /// </summary>
    public static Gen<(string Name, GradeComparer Comparer, GradingScale[] Scales)> Worlds { get; } =
        Gen.Frequency(
            (1, Gen.Constant(("built-in", GradeComparer.Default, GradingScales.All.ToArray()))),
            (2, from one in MonotoneCrosswalks
                from next in MonotoneCrosswalks
                let third = next.Second
                let second = new CandidateCrosswalk(one.Second, third, next.Pairs
                    .Where(p => p.FirstRank < one.Second.Grades.Length)
                    .ToArray())
                where second.Pairs.Length > 0
                select ("user", new GradeComparer([one.Build(), second.Build()]), new[] { one.First, one.Second, third })));

    public static Gen<ComparisonCase> ComparisonCases { get; } =
        from world in Worlds
        from beforeScale in Gen.Elements(world.Scales)
        from afterScale in Gen.Frequency((1, Gen.Constant(beforeScale)), (2, Gen.Elements(world.Scales)))
        from before in GradesOf(beforeScale)
        from after in GradesOf(afterScale)
        from changed in Gen.Elements(true, false)
        select new ComparisonCase(world.Name, world.Comparer, before, after, changed);

    public static Gen<ComparisonTriple> ComparisonTriples { get; } =
        from world in Worlds
        from scales in Gen.ArrayOf(Gen.Elements(world.Scales), 3)
        from a in GradesOf(scales[0])
        from b in GradesOf(scales[1])
        from c in GradesOf(scales[2])
        select new ComparisonTriple(world.Name, world.Comparer, a, b, c);

    public static Gen<List<Grade>> GradeListsOf(GradingScale scale) => Gen.ListOf(GradesOf(scale));

    // Arbitraries for [Property(Arbitrary = [typeof(ScaleGenerators)])]: no shrinking, the values are small.
    public static Arbitrary<GradeTriple> GradeTripleArb() => Arb.From(GradeTriples);

    public static Arbitrary<ScaleDefinition> ScaleDefinitionArb() => Arb.From(ScaleDefinitions);

    public static Arbitrary<GradingScale> ScaleArb() => Arb.From(AnyScales);

    public static Arbitrary<CandidateCrosswalk> CandidateCrosswalkArb() => Arb.From(CandidateCrosswalks);

    public static Arbitrary<CompleteCrosswalk> CompleteCrosswalkArb() => Arb.From(CompleteCrosswalks.Select(w => new CompleteCrosswalk(w)));

    public static Arbitrary<ComparisonCase> ComparisonCaseArb() => Arb.From(ComparisonCases);

    public static Arbitrary<ComparisonTriple> ComparisonTripleArb() => Arb.From(ComparisonTriples);

    private static ScaleDefinition MakeDefinition(string[] ids, int codeKind, int start, int[] gaps)
    {
        int serial = Interlocked.Increment(ref s_serial);
        var grades = ids.Select(id => (id, char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' '))).ToArray();
        int[]? codes = null;
        if (codeKind != 0)
        {
            codes = new int[ids.Length];
            int code = start;
            for (int i = 0; i < ids.Length; i++)
            {
                codes[i] = code;
                code += codeKind == 1 ? gaps[i] : -gaps[i];
            }
        }

        return new ScaleDefinition($"user-scale-{serial}", $"User scale {serial}", grades, codes);
    }

    private static (int, int, CrosswalkMatch)[] Zip(IEnumerable<int> first, IEnumerable<int> second, CrosswalkMatch[] matches) =>
        first.Zip(second, matches).Select(t => (t.First, t.Second, t.Third)).ToArray();
}
