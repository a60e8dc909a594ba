using FsCheck;
using FsCheck.Fluent;

namespace Inspections.Core.Tests;

/// <summary>
/// Laws of the "did you mean" helper (NearMisses): the distance is a metric (Damerau–Levenshtein, unrestricted), one
/// edit is always within reach, nothing is suggested for an exact match, and suggesting is symmetric: a suggests b
/// exactly when b suggests a, because both of its tests (same letters apart from case and separators; at most two
/// edits apart, case ignored) are symmetric relations.
/// </summary>
public sealed class NearMissesTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(500);

    /// <summary>Short words over a small alphabet with case and separators, so that near misses are common.</summary>
    private static readonly Gen<string> Word =
        Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements('a', 'b', 'c', 'A', 'B', '-', '_', '2'), n)).Select(cs => new string(cs));

    private static readonly Gen<string[]> Words = Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Word, n));

    [Fact]
    public void Nothing_is_suggested_for_an_exact_match()
    {
        var gen = from word in Word from others in Words from at in Gen.Choose(0, others.Length) select (word, others.Take(at).Append(word).Concat(others.Skip(at)).ToArray());
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), c => NearMisses.Suggest(c.word, c.Item2) is null));
    }

    [Fact]
    public void The_distance_is_a_metric()
    {
        var gen = from a in Word from b in Word from c in Word select (a, b, c);
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (a, b, c) = t;
            int ab = NearMisses.Distance(a, b);
            return NearMisses.Distance(a, a) == 0
                && (ab == 0) == (a == b)
                && ab == NearMisses.Distance(b, a)
                && NearMisses.Distance(a, c) <= ab + NearMisses.Distance(b, c);
        }));
    }

    [Fact]
    public void The_distance_is_at_least_the_difference_in_length_and_at_most_the_longer_length()
    {
        var gen = from a in Word from b in Word select (a, b);
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            int d = NearMisses.Distance(t.a, t.b);
            return d >= Math.Abs(t.a.Length - t.b.Length) && d <= Math.Max(t.a.Length, t.b.Length);
        }));
    }

    /// <summary>
    /// One insertion, deletion, substitution or swap of neighbours is one edit, and in a word of three characters or
    /// more is always suggested back (in a shorter word one edit is half of it: <c>-x</c> does not suggest <c>-h</c>).
    /// </summary>
    [Fact]
    public void One_edit_is_within_distance_one_and_is_suggested_back()
    {
        var gen =
            from word in Word.Where(w => w.Length >= 3)
            from kind in Gen.Choose(0, 3)
            from at in Gen.Choose(0, word.Length - 1)
            from letter in Gen.Elements('a', 'x', '-', 'Z')
            select (word, Edited: kind switch
            {
                0 => word.Insert(at, letter.ToString()),
                1 => word.Remove(at, 1),
                2 => word.Remove(at, 1).Insert(at, letter.ToString()),
                _ => at + 1 < word.Length ? word.Remove(at, 2).Insert(at, new string([word[at + 1], word[at]])) : word,
            });
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), t =>
            NearMisses.Distance(t.word, t.Edited) <= 1
            && NearMisses.Suggest(t.Edited, [t.word]) == (t.Edited == t.word ? null : t.word)));
    }

    [Fact]
    public void Suggesting_is_symmetric()
    {
        var gen = from a in Word from b in Word where a != b select (a, b);
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), t =>
            (NearMisses.Suggest(t.a, [t.b]) == t.b) == (NearMisses.Suggest(t.b, [t.a]) == t.a)));
    }

    /// <summary>A suggestion is a candidate, near by one of the two tests, and no other candidate is nearer.</summary>
    [Fact]
    public void A_suggestion_is_a_near_candidate_and_none_is_nearer()
    {
        // 0 for the same letters apart from case and separators; else the edits, case ignored, or "far" when not near.
        static int Nearness(string input, string candidate)
        {
            if (NearMisses.Key(input) == NearMisses.Key(candidate))
            {
                return 0;
            }

            int d = NearMisses.Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            return 2 * d < Math.Max(input.Length, candidate.Length) ? d : int.MaxValue;
        }

        var gen = from input in Word from candidates in Words select (input, candidates);
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            string? suggestion = NearMisses.Suggest(t.input, t.candidates);
            if (suggestion is null)
            {
                return t.candidates.Contains(t.input) || t.candidates.All(c => Nearness(t.input, c) > NearMisses.MaxDistance);
            }

            return t.candidates.Contains(suggestion)
                && Nearness(t.input, suggestion) <= NearMisses.MaxDistance
                && t.candidates.All(c => Nearness(t.input, c) >= Nearness(t.input, suggestion));
        }));
    }

    [Fact]
    public void A_difference_of_case_or_separators_only_is_suggested_however_long()
    {
        var gen = Word.Select(w => w + "-long-enough-to-be-three-edits-away");
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), w =>
        {
            string shouted = w.ToUpperInvariant().Replace("-", "_", StringComparison.Ordinal);
            string squashed = w.Replace("-", string.Empty, StringComparison.Ordinal);
            return (shouted == w || NearMisses.Suggest(shouted, [w]) == w) && (squashed == w || NearMisses.Suggest(squashed, [w]) == w);
        }));
    }

    [Theory]
    [InlineData("valdate", "validate")]
    [InlineData("vaildate", "validate")]
    [InlineData("VALIDATE", "validate")]
    [InlineData("comapre", "compare")]
    [InlineData("framework", "frameworks")]
    [InlineData("describ", "describe")]
    [InlineData("lastest", "latest")]
    public void Known_slips_of_a_command_name_are_suggested(string typed, string meant)
    {
        string[] commands = ["validate", "compare", "frameworks", "describe", "schema", "import", "history", "latest"];
        Assert.Equal(meant, NearMisses.Suggest(typed, commands));
    }

    [Theory]
    [InlineData("nothing-like-it")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("valid")]
    [InlineData("ab")]
    public void A_word_far_from_every_command_gets_no_suggestion(string typed)
    {
        string[] commands = ["validate", "compare", "frameworks", "describe", "schema", "import", "history", "latest"];
        Assert.Null(NearMisses.Suggest(typed, commands));
    }

    /// <summary>
    /// The textbook case that tells the true Damerau–Levenshtein distance from the restricted one (optimal string
    /// alignment): CA to ABC is 2 (swap, then insert), where the restricted distance is 3.
    /// </summary>
    [Fact]
    public void A_short_option_is_not_near_another_it_shares_nothing_with()
    {
        Assert.Null(NearMisses.Suggest("-x", ["-h", "--help", "--format"]));
        Assert.Equal("-h", NearMisses.Suggest("-H", ["-h", "--help"]));
        Assert.Equal("--format", NearMisses.Suggest("--fromat", ["-h", "--help", "--format"]));
    }

    [Fact]
    public void The_distance_is_the_unrestricted_one()
    {
        Assert.Equal(2, NearMisses.Distance("ca", "abc"));
        Assert.Equal(1, NearMisses.Distance("ab", "ba"));
        Assert.Equal(3, NearMisses.Distance("kitten", "sitting"));
    }

    [Theory]
    [InlineData("within-3-months", "within-three-months")]
    [InlineData("Within 6 months", "within-six-months")]
    [InlineData("within_1_month", "within-one-month")]
    public void A_small_number_in_figures_is_suggested_in_words(string typed, string meant)
    {
        Assert.Equal(meant, NearMisses.Suggest(typed, ["within-one-month", "within-three-months", "within-six-months"]));
    }

    [Fact]
    public void A_number_that_is_part_of_a_word_is_not_written_out()
    {
        Assert.Null(NearMisses.Suggest("sif-20133", ["sif-two-thousand-thirteen"]));
        Assert.Equal("sif2013", NearMisses.NumberKey("SIF-2013"));
        Assert.Equal("twotwoab", NearMisses.NumberKey("2-2-ab"));
        Assert.Equal("22ab", NearMisses.NumberKey("22ab"));
    }
}
