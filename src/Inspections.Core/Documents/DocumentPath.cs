using System.Globalization;
using System.Text;

namespace Inspections.Core.Documents;

/// <summary>
/// Renders JSON paths: <c>$.subject.gss</c>, <c>$.judgements.care-leavers</c>, <c>$.recommendations[2].timescale</c>.
/// A property name made only of ASCII letters, digits, <c>-</c> and <c>_</c> is written after a dot; any other name in
/// brackets and single quotes, with <c>'</c> and <c>\</c> escaped by a backslash (<c>$.judgements['Overall effectiveness']</c>).
/// Paths are only ever rendered from <see cref="DocumentTarget"/>s, never parsed back.
/// </summary>
internal static class DocumentPath
{
    /// <summary>The path of the document itself.</summary>
    public const string Root = "$";

    /// <summary>The path of a property of the object at <paramref name="parent"/>.</summary>
    /// <param name="parent">The object's path.</param>
    /// <param name="name">The property name.</param>
    /// <returns>The path.</returns>
    public static string Property(string parent, string name)
    {
        if (IsPlain(name))
        {
            return parent + "." + name;
        }

        var builder = new StringBuilder(parent.Length + name.Length + 6);
        builder.Append(parent).Append("['");
        foreach (char c in name)
        {
            if (c is '\'' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append("']").ToString();
    }

    /// <summary>The path of an item of the array at <paramref name="parent"/>.</summary>
    /// <param name="parent">The array's path.</param>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The path.</returns>
    public static string Item(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool IsPlain(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
