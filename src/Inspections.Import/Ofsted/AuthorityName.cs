using System.Text;

namespace Inspections.Import.Ofsted;

/// <summary>
/// The key by which the sheets' spellings of one authority's name are matched ("Telford &amp; Wrekin" and
/// "Telford and Wrekin"; "Kingston Upon Hull" and "Kingston upon Hull"; "Southend on Sea" and "Southend-on-Sea";
/// "Bedford Borough" and "Bedford").
/// </summary>
internal static class AuthorityName
{
    /// <summary>The key: lower case, "&amp;" as "and", hyphens and runs of white space as one space, a final " borough" dropped.</summary>
    /// <param name="name">A name as a sheet writes it.</param>
    /// <returns>The key.</returns>
    public static string Key(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (char c in name.Replace("&", " and "))
        {
            char d = c == '-' || char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
            if (d == ' ' && (text.Length == 0 || text[^1] == ' '))
            {
                continue;
            }

            text.Append(d);
        }

        string key = text.ToString().TrimEnd(' ');
        return key.EndsWith(" borough", System.StringComparison.Ordinal) ? key[..^" borough".Length] : key;
    }
}
