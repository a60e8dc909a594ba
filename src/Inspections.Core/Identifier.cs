using System;

namespace Inspections.Core;

/// <summary>
/// The rules for ids (of frameworks, visit types, judgements, scales, grades and timescales): lower-case
/// kebab-case ASCII such as <c>requires-improvement</c>; letters, digits and single hyphens, starting with a
/// letter or digit and not ending with a hyphen; at most 100 characters.
/// </summary>
public static class Identifier
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>Whether <paramref name="value"/> is a well-formed id.</summary>
    /// <param name="value">The text to check; null is not an id.</param>
    /// <returns><see langword="true"/> when the text is lower-case kebab-case ASCII.</returns>
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length == 0 || value.Length > MaxLength)
        {
            return false;
        }

        char previous = '-';
        foreach (char c in value)
        {
            bool letterOrDigit = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (!letterOrDigit && !(c == '-' && previous != '-'))
            {
                return false;
            }

            previous = c;
        }

        return previous != '-';
    }

    /// <summary>Returns <paramref name="value"/> when it is a well-formed id; throws otherwise.</summary>
    /// <param name="value">The id to check.</param>
    /// <param name="parameterName">The name of the argument, for the exception.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not lower-case kebab-case.</exception>
    public static string Require(string value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"'{value}' is not a valid id: ids are lower-case kebab-case ASCII (letters, digits and single hyphens), 1 to {MaxLength} characters.",
                parameterName);
        }

        return value;
    }
}
