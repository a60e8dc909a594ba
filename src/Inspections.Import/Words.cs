using System.Globalization;

namespace Inspections.Import;

/// <summary>Counts in words for the text people read (the results' <c>ToString</c>): invariant digits, singular or plural.</summary>
internal static class Words
{
    /// <summary>A count and its noun: <c>1 row</c>, <c>3,120 rows</c>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">The noun in the singular; the plural adds an s.</param>
    /// <returns>The text.</returns>
    public static string Count(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
