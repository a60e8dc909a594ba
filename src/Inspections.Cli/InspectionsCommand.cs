using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Inspections.Cli.Commands;
using Inspections.Cli.Output;

namespace Inspections.Cli;

/// <summary>Builds the command tree of <c>inspections</c> and runs it.</summary>
public static class InspectionsCommand
{
    /// <summary>Parses and runs a command line, writing to the given writers.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal (progress lines are shown only then).</param>
    /// <returns>The exit code: 0, 1 or 2 (see <see cref="ExitCodes"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal = false) =>
        Run(args, output, error, errorIsTerminal, CliContext.DefaultPatience);

    /// <summary>Runs a command line with a given patience for files that do not open or stop sending (for tests).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal, TimeSpan patience) =>
        Run(args, output, error, errorIsTerminal, patience, CliContext.DefaultSpecialFileBudget);

    /// <summary>Runs a command line with a given patience and run-wide budget for files that do not open or stop sending (for tests).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal, TimeSpan patience, TimeSpan specialFileBudget)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var context = new CliContext(output, error, errorIsTerminal, patience) { SpecialFileBudget = new WaitBudget(specialFileBudget) };
        var root = Build(context);
        // No response files: '@name' would make the parser read any file (a folder, /dev/zero, a pipe) unguarded,
        // before the command runs. An argument starting with '@' is an argument like any other.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"inspections: {Printable.Escape(parseError.Message)}");
            }

            error.WriteLine("Run 'inspections --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            error.WriteLine($"inspections: {Printable.Escape(e.Message)}");
            return ExitCodes.UsageError;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"inspections: {Printable.Escape(e.Message)}");
            return ExitCodes.UsageError;
        }
#pragma warning disable CA1031 // The command promises a message and never a stack trace, whatever went wrong.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"inspections: internal error: {e.GetType().Name}: {Printable.Escape(e.Message)} (this is a bug; please report it with the command line and its files).");
            return ExitCodes.UsageError;
        }
    }

    private static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "Validates and compares inspection documents (inspections/v1) of the frameworks used to inspect children's services in England.");
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(FrameworksCommand.Create(context));
        root.Subcommands.Add(DescribeCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(HistoryCommand.Create(context));
        root.Subcommands.Add(LatestCommand.Create(context));
        return root;
    }
}
