using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Inspections.Core.Authorities;
using NodaTime;
using RegisterAuthority = Inspections.Core.Authorities.LocalAuthority;

namespace Inspections.Import.Reports;

/// <summary>
/// Names a report's subject from its own title ("Slough Borough Council", "London Borough of Lambeth", "Inspection of
/// Kent County Council children's services", "Doncaster Children's Services Trust"), through the register: first the
/// name as titled and with the council's style taken off, then the longest register name the title contains.
/// </summary>
internal static class SubjectTitle
{
    private static readonly Regex Suffix = new(
        @"\s+(?:local authority|metropolitan borough council|metropolitan district council|borough council|county council|city council|district council|council|children's services trust|children's trust|children's services)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Prefix = new(
        @"^(?:the |london borough of |royal borough of |city of |council of the |borough of |metropolitan borough of )",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static RegisterAuthority? Resolve(string title, LocalAuthorityRegister register, LocalDate on)
    {
        foreach (string candidate in Candidates(title))
        {
            if (register.TryResolve(candidate, out var authority) && Exists(authority, on))
            {
                return authority;
            }
        }

        // A name the title shortens ("Newcastle" for Newcastle upon Tyne, "East Riding" for East Riding of Yorkshire):
        // the one authority of the time whose name begins with it.
        string shortName = Key(Candidates(title).LastOrDefault() ?? string.Empty);
        if (shortName.Length >= 4)
        {
            var starting = register.Authorities
                .Where(a => Exists(a, on) && a.OtherNames.Prepend(a.Name).Any(n => Key(n).StartsWith(shortName + " ", StringComparison.Ordinal)))
                .ToList();
            if (starting.Count == 1)
            {
                return starting[0];
            }
        }

        // The longest name of an authority that existed then, found whole in the title.
        string folded = " " + Key(title) + " ";
        RegisterAuthority? best = null;
        int bestLength = 0;
        foreach (var authority in register.Authorities)
        {
            if (!Exists(authority, on))
            {
                continue;
            }

            foreach (string name in authority.OtherNames.Prepend(authority.Name))
            {
                string key = Key(name);
                if (key.Length > bestLength && folded.Contains(" " + key + " ", StringComparison.Ordinal))
                {
                    best = authority;
                    bestLength = key.Length;
                }
            }
        }

        return best;
    }

    private static bool Exists(RegisterAuthority authority, LocalDate on) =>
        authority.ExistsOn(on);

    private static IEnumerable<string> Candidates(string title)
    {
        string name = title.Trim();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int round = 0; round < 4 && name.Length > 0; round++)
        {
            if (seen.Add(name))
            {
                yield return name;
            }

            string next = Prefix.Replace(Suffix.Replace(name, string.Empty), string.Empty).Trim();
            if (next == name)
            {
                break;
            }

            name = next;
        }
    }

    // Lower case, '&' as 'and', letters and digits only, single spaces.
    private static string Key(string text)
    {
        var sb = new StringBuilder();
        bool space = false;
        foreach (char raw in ReportText.Fold(text).Replace("&", " and "))
        {
            char c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(c);
                space = false;
            }
            else if (c != '\'')
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
