namespace Inspections.Core.Frameworks;

/// <summary>How firmly a framework's handbook states a rule.</summary>
public enum RuleStrength
{
    /// <summary>The handbook says it always holds: a breach is an error (INS020).</summary>
    Must = 0,

    /// <summary>The handbook or the published record says it normally holds: a breach is a warning (INS021).</summary>
    Likely = 1,
}
