using System;
using System.Collections.Generic;
using System.Text;

namespace Inspections.Core;

/// <summary>
/// "Did you mean …?" for an id, command or option someone nearly typed: one suggestion, or none. Used by the
/// validator's messages (a grade, timescale, judgement, visit type or framework id) and by the CLI.
/// </summary>
/// <remarks>
/// A candidate is suggested when it differs from the input only in letter case and separators (<c>-</c>, <c>_</c>,
/// <c>.</c>, space: <c>SIF-2013</c>, <c>sif2013</c> for <c>sif-2013</c>) or in a small number written in figures
/// (<c>within-3-months</c> for <c>within-three-months</c>), or else when it is within
/// <see cref="MaxDistance"/> edits of the input, letter case ignored (Damerau–Levenshtein: an insertion, a deletion,
/// a substitution or a swap of two characters is one edit; <c>valdate</c> for <c>validate</c>), and those edits are
/// fewer than half its length (<see cref="IsNear"/>). Nothing is suggested
/// for an input that is itself a candidate. Of several, the one with the fewest edits wins; a tie goes to the first
/// in the order given. Thread-safe.
/// </remarks>
internal static class NearMisses
{
    /// <summary>The most edits a suggestion may be from the input: two.</summary>
    public const int MaxDistance = 2;

    /// <summary>The candidate to suggest for <paramref name="input"/>, or null when none is near or the input is a candidate.</summary>
    public static string? Suggest(string input, IEnumerable<string> candidates)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (candidates is null)
        {
            throw new ArgumentNullException(nameof(candidates));
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        string inputKey = Key(input), inputNumberKey = NumberKey(input), inputFolded = input.ToLowerInvariant();
        foreach (string candidate in candidates)
        {
            if (string.Equals(candidate, input, StringComparison.Ordinal))
            {
                return null;
            }

            int distance;
            if (string.Equals(Key(candidate), inputKey, StringComparison.Ordinal)
                || string.Equals(NumberKey(candidate), inputNumberKey, StringComparison.Ordinal))
            {
                distance = 0;
            }
            else
            {
                string folded = candidate.ToLowerInvariant();
                // The distance is at least the difference in length: no need to measure a long argument.
                if (Math.Abs(folded.Length - inputFolded.Length) > MaxDistance)
                {
                    continue;
                }

                distance = Distance(inputFolded, folded);
                if (!IsNear(distance, inputFolded.Length, folded.Length))
                {
                    continue;
                }
            }

            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether two texts so many edits apart are near: at most <see cref="MaxDistance"/> edits, and fewer edits than half
    /// the longer text, so that a short word is not "near" one it shares nothing with (<c>-x</c> and <c>-h</c> are one
    /// edit apart, but half of each). Symmetric in the two lengths.
    /// </summary>
    public static bool IsNear(int distance, int length, int otherLength) =>
        distance <= MaxDistance && distance * 2 < Math.Max(length, otherLength);

    /// <summary>" Did you mean 'x'?" for the suggestion, or an empty string when there is none (for a message).</summary>
    public static string Sentence(string input, IEnumerable<string> candidates) =>
        Suggest(input, candidates) is { } suggestion ? $" Did you mean '{suggestion}'?" : string.Empty;

    /// <summary>
    /// The Damerau–Levenshtein distance (unrestricted: a swapped pair may be edited further; Lowrance and Wagner, 1975):
    /// the fewest insertions, deletions, substitutions and swaps of adjacent characters that turn one string into the
    /// other, compared char by char (ordinal). It is a metric: zero only for equal strings, symmetric, and it obeys the
    /// triangle inequality.
    /// </summary>
    public static int Distance(string a, string b)
    {
        if (a is null)
        {
            throw new ArgumentNullException(nameof(a));
        }

        if (b is null)
        {
            throw new ArgumentNullException(nameof(b));
        }

        int rows = a.Length + 2, columns = b.Length + 2, infinity = a.Length + b.Length;
        var d = new int[rows * columns];
        d[0] = infinity;
        for (int i = 0; i <= a.Length; i++)
        {
            d[((i + 1) * columns) + 0] = infinity;
            d[((i + 1) * columns) + 1] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[j + 1] = infinity;
            d[columns + j + 1] = j;
        }

        // The last row of a where each character was seen.
        var lastRow = new Dictionary<char, int>();
        for (int i = 1; i <= a.Length; i++)
        {
            int lastMatchColumn = 0;
            for (int j = 1; j <= b.Length; j++)
            {
                int k = lastRow.TryGetValue(b[j - 1], out int seen) ? seen : 0;
                int l = lastMatchColumn;
                int cost = 1;
                if (a[i - 1] == b[j - 1])
                {
                    cost = 0;
                    lastMatchColumn = j;
                }

                int substitute = d[(i * columns) + j] + cost;
                int insert = d[((i + 1) * columns) + j] + 1;
                int delete = d[(i * columns) + j + 1] + 1;
                int swap = d[(k * columns) + l] + (i - k - 1) + 1 + (j - l - 1);
                d[((i + 1) * columns) + j + 1] = Math.Min(Math.Min(substitute, insert), Math.Min(delete, swap));
            }

            lastRow[a[i - 1]] = i;
        }

        return d[((a.Length + 1) * columns) + b.Length + 1];
    }

    /// <summary>The text in lower case without separators: two texts with the same key differ only in case and separators.</summary>
    internal static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is not ('-' or '_' or '.' or ' '))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// <see cref="Key"/> after each word that is a number from 0 to 12 is written out (<c>within-3-months</c> and
    /// <c>Within three months</c> both give the key of <c>within-three-months</c>). Words are what the separators part.
    /// </summary>
    internal static string NumberKey(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (string word in text.Split('-', '_', '.', ' '))
        {
            key.Append(int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n < s_numbers.Length
                ? s_numbers[n]
                : word.ToLowerInvariant());
        }

        return key.ToString();
    }

    private static readonly string[] s_numbers =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
}
