namespace Inspections.Core.Documents;

/// <summary>
/// Shortens a value quoted in a message: a hostile document may hold an id of a megabyte. Every quoting site uses
/// this one helper, so none cuts a character in two: a surrogate pair is kept whole or left out whole.
/// </summary>
internal static class MessageText
{
    /// <summary>How many UTF-16 code units of a value a message quotes by default.</summary>
    public const int DefaultLength = 60;

    /// <summary>The text, or its first <paramref name="max"/> UTF-16 units and an ellipsis, never ending in half a surrogate pair.</summary>
    /// <param name="text">The text.</param>
    /// <param name="max">The most units to keep.</param>
    /// <returns>The text to quote.</returns>
    public static string Shorten(string text, int max = DefaultLength)
    {
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
}
