using System;
using System.Collections.Generic;
using System.Text;

namespace Inspections.Core.Authorities;

/// <summary>
/// How the register compares names: case, punctuation, "&amp;"/"and", "Saint"/"St", a leading "The", "City of"
/// (before or after the name: "City of York", "Bristol, City of") and a trailing "Council" ("City Council",
/// "Borough Council", "Metropolitan Borough Council"; but not "County Council") make no difference.
/// </summary>
internal static class AuthorityNames
{
    /// <summary>The comparable form of a name: lower-case words of letters and digits, one space apart.</summary>
    /// <param name="name">A name.</param>
    /// <returns>The words, such as "kingston upon hull" for "Kingston Upon Hull, City of".</returns>
    internal static string Normalise(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            Flush();
            if (c == '&')
            {
                words.Add("and");
            }
        }

        Flush();
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i] == "saint")
            {
                words[i] = "st";
            }
        }

        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "city" && words[i + 1] == "of")
            {
                words.RemoveRange(i, 2);
                i--;
            }
        }

        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        if (words.Count > 1 && words[words.Count - 1] == "council")
        {
            words.RemoveAt(words.Count - 1);
            while (words.Count > 1 && words[words.Count - 1] is "city" or "borough" or "metropolitan")
            {
                words.RemoveAt(words.Count - 1);
            }
        }

        return string.Join(" ", words);

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    /// <summary>The edit distance (insertions, deletions, substitutions) between two strings.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <returns>The number of single-character edits that turn one into the other.</returns>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
