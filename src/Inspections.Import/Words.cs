using System.Collections.Generic;
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

    /// <summary>How many items, and their noun: <c>1 warning</c>, <c>3 warnings</c>.</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">The items (a list of issues, whatever its shape).</param>
    /// <param name="noun">The noun in the singular.</param>
    /// <returns>The text.</returns>
    public static string Count<T>(IReadOnlyCollection<T> items, string noun) => Count(items.Count, noun);

    /// <summary>How many items, in invariant digits.</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The text.</returns>
    public static string Number<T>(IReadOnlyCollection<T> items) => items.Count.ToString("N0", CultureInfo.InvariantCulture);
}
