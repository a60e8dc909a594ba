using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Inspections.Core.Documents;

/// <summary>
/// The one way a message quotes, shortens and lists values: a hostile document may hold an id of a megabyte, and a
/// message must read the same on every machine. Every message of the library (the reader, the validator, the writer)
/// quotes through this class, so none cuts a character in two (a surrogate pair is kept whole or left out whole) and
/// none depends on the current culture.
/// </summary>
/// <remarks>
/// Public so that other packages (the importers, the CLI) quote the same way. Thread-safe; allocates only the text
/// returned.
/// </remarks>
public static class MessageText
{
    /// <summary>How many UTF-16 code units of a value a message quotes by default.</summary>
    public const int DefaultLength = 60;

    /// <summary>
    /// The text, or its first <paramref name="max"/> UTF-16 units and an ellipsis (<c>…</c>), never ending in half a
    /// surrogate pair.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="max">The most units to keep, 0 or more.</param>
    /// <returns>The text to quote.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is negative.</exception>
    public static string Shorten(string text, int max = DefaultLength)
    {
        Preconditions.NotNull(text, nameof(text));
        if (max < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "A length must not be negative.");
        }

        if (text.Length <= max)
        {
            return text;
        }

        int cut = max;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]) && char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        return text.Remove(cut) + "…";
    }

    /// <summary>The value shortened (<see cref="Shorten"/>) between single quotes: <c>'requires-improvment'</c>.</summary>
    /// <param name="value">The value as given.</param>
    /// <returns>The quoted text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Quote(string value) => "'" + Shorten(value) + "'";

    /// <summary>
    /// Items as English lists them: <c>none</c>, <c>a</c>, <c>a and b</c>, <c>a, b and c</c>. The items are written as
    /// given (they are the library's own ids and names, not quoted values).
    /// </summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static string List(IEnumerable<string> items)
    {
        Preconditions.NotNull(items, nameof(items));
        var list = items as IReadOnlyList<string> ?? new List<string>(items);
        switch (list.Count)
        {
            case 0:
                return "none";
            case 1:
                return list[0];
        }

        var text = new StringBuilder();
        for (int i = 0; i < list.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == list.Count - 1 ? " and " : ", ").Append(list[i]);
        }

        return text.ToString();
    }

    /// <summary>A count and its noun, culture-invariant, with thousands separated: <c>1 judgement is</c>, <c>59,900 problems are</c>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="singular">The words after 1.</param>
    /// <param name="plural">The words after any other count.</param>
    /// <returns>The text.</returns>
    public static string Count(long count, string singular, string plural) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
