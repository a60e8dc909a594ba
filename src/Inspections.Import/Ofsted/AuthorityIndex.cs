using System;
using System.Collections.Generic;

namespace Inspections.Import.Ofsted;

/// <summary>
/// Finds the GSS code of an authority that a sheet names without one (the 2009–2023 table, the 2022–23 sheet), from
/// the names and codes that the ILACS history and the 2024–25 sheet give side by side, matched by
/// <see cref="AuthorityName.Key"/>.
/// </summary>
/// <remarks>Built once per import; read-only afterwards.</remarks>
internal sealed class AuthorityIndex
{
    private readonly Dictionary<string, string?> _gssByName = new(StringComparer.Ordinal);

    /// <summary>Adds a name and code that a sheet gives together.</summary>
    /// <param name="name">The name.</param>
    /// <param name="gss">The GSS code.</param>
    public void Add(string name, string gss)
    {
        string key = AuthorityName.Key(name);
        if (_gssByName.TryGetValue(key, out string? known) && known != gss)
        {
            _gssByName[key] = null; // two codes for one name: ambiguous, so never used
            return;
        }

        _gssByName[key] = gss;
    }

    /// <summary>Finds the code for a name.</summary>
    /// <param name="name">The name as a sheet writes it.</param>
    /// <param name="gss">The code, when one authority has that name.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetGss(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? gss)
    {
        gss = null;
        return _gssByName.TryGetValue(AuthorityName.Key(name), out gss) && gss is not null;
    }
}
