using System;

namespace Inspections.Core;

/// <summary>
/// Who was inspected: a local authority or a Cafcass service area, by the name the report uses, with the
/// ONS GSS code and the DfE local authority number where known.
/// </summary>
/// <remarks>Immutable; equal by value.</remarks>
public sealed record InspectionSubject
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>
    /// The pattern of an English local authority's GSS code (E06 unitary, E08 metropolitan district, E09 London
    /// borough, E10 county, then six digits), as the JSON Schema gives it; <see cref="IsValidGss"/> checks the same rule.
    /// </summary>
    public const string GssPattern = "^E(06|08|09|10)[0-9]{6}$";

    /// <summary>The smallest DfE local authority number: 100.</summary>
    public const int MinLaNumber = 100;

    /// <summary>The largest DfE local authority number: 999.</summary>
    public const int MaxLaNumber = 999;

    /// <summary>Creates a subject.</summary>
    /// <param name="kind">What kind of body it is.</param>
    /// <param name="name">The name as written in the report: 1 to 200 characters, not blank (not only white space, control or invisible characters).</param>
    /// <param name="gssCode">The ONS GSS code (<c>E06</c>, <c>E08</c>, <c>E09</c> or <c>E10</c> then six digits), or null.</param>
    /// <param name="laNumber">The three-digit DfE local authority number (100 to 999), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or too long, or the GSS code does not match its pattern.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined, or <paramref name="laNumber"/> is outside 100–999.</exception>
    public InspectionSubject(SubjectKind kind, string name, string? gssCode = null, int? laNumber = null)
    {
        Kind = kind;
        Name = name;
        GssCode = gssCode;
        LaNumber = laNumber;
    }

    /// <summary>What kind of body was inspected.</summary>
    public SubjectKind Kind
    {
        get;
        init => field = value is SubjectKind.LocalAuthority or SubjectKind.CafcassServiceArea
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Kind), value, "Not a defined subject kind.");
    }

    /// <summary>The name as written in the report.</summary>
    public string Name
    {
        get;
        init => field = value is null
            ? throw new ArgumentNullException(nameof(Name))
            : IsValidName(value) ? value : throw new ArgumentException($"A subject name must be 1 to {MaxNameLength} characters and not blank.", nameof(Name));
    }

    /// <summary>The ONS GSS code, such as <c>E08000033</c> for Calderdale, or null.</summary>
    public string? GssCode
    {
        get;
        init => field = value is null || IsValidGss(value)
            ? value
            : throw new ArgumentException($"'{value}' is not a GSS code of an English local authority (E06, E08, E09 or E10 then six digits).", nameof(GssCode));
    }

    /// <summary>The three-digit DfE local authority number, such as 381 for Calderdale, or null.</summary>
    public int? LaNumber
    {
        get;
        init => field = value is null || IsValidLaNumber(value.Value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(LaNumber), value, $"A DfE local authority number has three digits ({MinLaNumber} to {MaxLaNumber}).");
    }

    /// <summary>Whether <paramref name="value"/> is a DfE local authority number: <see cref="MinLaNumber"/> to <see cref="MaxLaNumber"/>.</summary>
    /// <param name="value">The number (a <see cref="long"/>, so that a reader can ask before narrowing).</param>
    /// <returns><see langword="true"/> when it is in range.</returns>
    public static bool IsValidLaNumber(long value) => value is >= MinLaNumber and <= MaxLaNumber;

    /// <summary>Whether <paramref name="value"/> is a GSS code of an English local authority: it matches <see cref="GssPattern"/>.</summary>
    /// <param name="value">The text; null is not a code.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public static bool IsValidGss(string? value)
    {
        if (value is null || value.Length != 9 || value[0] != 'E')
        {
            return false;
        }

        string prefix = value.Substring(1, 2);
        if (prefix is not ("06" or "08" or "09" or "10"))
        {
            return false;
        }

        for (int i = 3; i < 9; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="value"/> is an acceptable subject name: 1 to 200 characters and not blank. Blank means
    /// showing nothing: white space, control characters, invisible format characters (U+200B, U+FEFF) and combining
    /// marks with nothing to combine with do not make a name.
    /// </summary>
    /// <param name="value">The text; null is not a name.</param>
    /// <returns><see langword="true"/> when acceptable.</returns>
    public static bool IsValidName(string? value) =>
        value is not null && value.Length <= MaxNameLength && !Text.IsBlank(value);

    /// <summary>
    /// The subject as a person reads it: its name, then in brackets its kind in words and the codes given, such as
    /// <c>Calderdale (local authority, GSS E08000033, LA 381)</c> or <c>Cafcass Leeds (Cafcass service area)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Name + " (" + (Kind == SubjectKind.LocalAuthority ? "local authority" : "Cafcass service area")
        + (GssCode is { } gss ? ", GSS " + gss : string.Empty)
        + (LaNumber is { } la ? ", LA " + la.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + ")";
}
