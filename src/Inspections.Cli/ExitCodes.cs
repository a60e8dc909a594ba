namespace Inspections.Cli;

/// <summary>The exit codes of the <c>inspections</c> command (see the CLI contract).</summary>
public static class ExitCodes
{
    /// <summary>Every file is valid (warnings allowed), or the command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>At least one file has an error diagnostic.</summary>
    public const int Invalid = 1;

    /// <summary>A usage error, or a path that cannot be read.</summary>
    public const int UsageError = 2;
}
