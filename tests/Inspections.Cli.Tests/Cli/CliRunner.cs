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

    /// <summary>Runs the command on a day fixed by the test: its "today" is <paramref name="today"/> (in UTC).</summary>
    public static (int Exit, string Out, string Error) RunOn(NodaTime.LocalDate today, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, ErrorIsTerminal: false, CliContext.DefaultPatience) { Clock = new FixedClock(today.AtStartOfDayInZone(NodaTime.DateTimeZone.Utc).ToInstant()) };
        int exit = InspectionsCommand.Run(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A clock that always says the same instant.</summary>
    private sealed class FixedClock(NodaTime.Instant now) : NodaTime.IClock
    {
        public NodaTime.Instant GetCurrentInstant() => now;
    }
}
