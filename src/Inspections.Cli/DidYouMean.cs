using System.Collections.Generic;
using Inspections.Core;

namespace Inspections.Cli;

/// <summary>The CLI's "did you mean" clause, from <see cref="NearMisses"/>, with the suggestion made printable.</summary>
internal static class DidYouMean
{
    /// <summary><c>; did you mean 'x'?</c> for the suggestion, or an empty string when there is none.</summary>
    public static string Clause(string input, IEnumerable<string> candidates) =>
        NearMisses.Suggest(input, candidates) is { } suggestion ? $"; did you mean '{Output.Printable.Escape(suggestion)}'?" : string.Empty;
}
