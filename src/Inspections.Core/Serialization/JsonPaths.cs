using System.Text;

namespace Inspections.Core.Serialization;

/// <summary>
/// Builds the JSON paths that diagnostics name: <c>$.subject.gss</c>, <c>$.judgements.care-leavers</c>,
/// <c>$.recommendations[2].timescale</c>. A property name made only of ASCII letters, digits, <c>-</c> and <c>_</c>
/// is written after a dot; any other name in brackets and single quotes, with <c>'</c> and <c>\</c> escaped by a
/// backslash (<c>$.judgements['Overall effectiveness']</c>). The reader and the validator both build paths here, so
/// a path names a value the same way whichever of them reports it.
/// </summary>
internal static class JsonPaths
{
    public const string Root = "$";
    public const string Schema = "$.schema";
    public const string Framework = "$.framework";
    public const string Visit = "$.visit";
    public const string Subject = "$.subject";
    public const string SubjectKind = "$.subject.kind";
    public const string SubjectName = "$.subject.name";
    public const string SubjectGss = "$.subject.gss";
    public const string SubjectLa = "$.subject.la";
    public const string Fieldwork = "$.fieldwork";
    public const string FieldworkStart = "$.fieldwork.start";
    public const string FieldworkEnd = "$.fieldwork.end";
    public const string Published = "$.published";
    public const string Judgements = "$.judgements";
    public const string Recommendations = "$.recommendations";
    public const string Source = "$.source";
    public const string Notes = "$.notes";

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
        parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

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
