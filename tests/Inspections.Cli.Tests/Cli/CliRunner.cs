namespace Inspections.Cli.Tests.Cli;

/// <summary>Runs the command in process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(params string[] args) => Run(errorIsTerminal: false, args);

    public static (int Exit, string Out, string Error) Run(bool errorIsTerminal, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = InspectionsCommand.Run(args, output, error, errorIsTerminal);
        return (exit, output.ToString(), error.ToString());
    }
}
