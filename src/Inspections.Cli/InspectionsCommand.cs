using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using Inspections.Core;
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
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        return Run(args, new CliContext(output, error, errorIsTerminal, patience) { SpecialFileBudget = new WaitBudget(specialFileBudget) });
    }

    /// <summary>Runs a command line in a given context (for tests: a fixed clock, say).</summary>
    internal static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var (output, error) = (context.Out, context.Error);
        var root = Build(context);
        // No response files: '@name' would make the parser read any file (a folder, /dev/zero, a pipe) unguarded,
        // before the command runs. An argument starting with '@' is an argument like any other.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (UsageErrors(parsed) is { Count: > 0 } usageErrors)
        {
            foreach (string message in usageErrors)
            {
                error.WriteLine($"inspections: {message}");
            }

            error.WriteLine($"Run '{CommandPath(parsed.CommandResult)} --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            if (parsed.CommandResult.Command is RootCommand && parsed.Action is System.CommandLine.Help.HelpAction)
            {
                using var help = new StringWriter();
                int code = parsed.Invoke(new InvocationConfiguration { Output = help, Error = error, EnableDefaultExceptionHandler = false });
                output.Write(WithArgumentArity(root, help.ToString()));
                return code;
            }

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

    /// <summary>
    /// What is wrong with a command line, one message each (already escaped), or nothing. An argument that starts with
    /// '-' (not '-' alone, and not after '--') and is no option of its command is an unknown option, reported alone: the
    /// tokens after it may have shifted, so the parser's other complaints would mislead. A word in the place of a
    /// command that is no command is an unknown command. Either gets "did you mean" when one is near
    /// (<see cref="NearMisses"/>).
    /// </summary>
    private static List<string> UsageErrors(ParseResult parsed)
    {
        var messages = new List<string>();
        var command = parsed.CommandResult.Command;
        string path = CommandPath(parsed.CommandResult);
        Token? previous = null;
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            // The value of an option (--at -0001-01-01) is the option's to judge, not an option itself.
            bool optionValue = previous is { Type: TokenType.Option } && TakesValue(parsed.CommandResult, previous.Value);
            previous = token;
            if (!optionValue && token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-')
            {
                int equals = token.Value.IndexOf('=', StringComparison.Ordinal);
                string name = equals > 0 ? token.Value[..equals] : token.Value;
                string didYouMean = DidYouMean.Clause(name, OptionNames(parsed.CommandResult));
                messages.Add($"'{path}' has no option '{Printable.Escape(name)}'{(didYouMean.Length > 0 ? didYouMean : ".")}");
            }
        }

        if (messages.Count > 0)
        {
            return messages;
        }

        if (command.Subcommands.Count > 0 && parsed.UnmatchedTokens.Count > 0 && !parsed.CommandResult.Children.Any())
        {
            // The parser's own words first ("Unrecognized command or argument 'valdate'."), then the nearest command.
            string word = parsed.UnmatchedTokens[0];
            string? suggestion = NearMisses.Suggest(word, command.Subcommands.Select(c => c.Name));
            messages.AddRange(parsed.Errors.Where(e => e.Message.Contains($"'{word}'", StringComparison.Ordinal)).Select(e => Printable.Escape(e.Message)));
            messages.Add(suggestion is null
                ? $"the commands of '{path}' are {string.Join(", ", command.Subcommands.Select(c => c.Name))}."
                : $"there is no command '{Printable.Escape(path + " " + word)}'; did you mean '{path} {suggestion}'?");
            return messages;
        }

        messages.AddRange(parsed.Errors.Select(e => Printable.Escape(e.Message)));
        return messages;
    }

    /// <summary>The command as typed to reach it: <c>inspections</c>, <c>inspections validate</c>, <c>inspections import ofsted</c>.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Parent is null ? "inspections" : c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>Whether the option so named, of this command or passed down to it, takes a value.</summary>
    private static bool TakesValue(CommandResult result, string name) =>
        Options(result).Any(o => (o.Name == name || o.Aliases.Contains(name)) && o.Arity.MaximumNumberOfValues > 0);

    /// <summary>The options a command takes: its own, and those its parents pass down (--help).</summary>
    private static IEnumerable<Option> Options(CommandResult result)
    {
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                foreach (var option in c.Command.Options.Where(o => ReferenceEquals(c, result) || o.Recursive))
                {
                    yield return option;
                }
            }
        }
    }

    /// <summary>The options a command takes, its own and those its parents pass down (--help), with their aliases.</summary>
    private static IEnumerable<string> OptionNames(CommandResult result) => Options(result).SelectMany(o => o.Aliases.Prepend(o.Name));

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
        root.Subcommands.Add(DueCommand.Create(context));
        return root;
    }

    /// <summary>
    /// The root's help, with each command's arguments shown as the command's own usage line shows them (issue 26,
    /// item 6): optional ones in brackets, repeatable ones with "...", as <c>history &lt;SUBJECT&gt; [&lt;PATH&gt;...]</c>;
    /// the parser's list writes every argument as if required. The column of descriptions is re-aligned.
    /// </summary>
    internal static string WithArgumentArity(RootCommand root, string help)
    {
        var labels = root.Subcommands.Where(c => !c.Hidden).ToDictionary(
            c => string.Join(" ", new[] { c.Name }.Concat(c.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.HelpName ?? a.Name}>"))),
            c => string.Join(" ", new[] { c.Name }.Concat(c.Arguments.Where(a => !a.Hidden).Select(a =>
            {
                string label = $"<{a.HelpName ?? a.Name}>" + (a.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty);
                return a.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : label;
            }))),
            StringComparer.Ordinal);
        var lines = help.Split('\n');
        int start = Array.FindIndex(lines, l => l.TrimEnd('\r') == "Commands:");
        if (start < 0)
        {
            return help;
        }

        var rows = new List<(string Label, string Text)>();
        int end = start + 1;
        int oldIndent = 0;
        for (; end < lines.Length && lines[end].StartsWith("  ", StringComparison.Ordinal); end++)
        {
            string line = lines[end];
            if (line.Length > 2 && line[2] != ' ')
            {
                int gap = line.IndexOf("  ", 2, StringComparison.Ordinal);
                string label = gap < 0 ? line[2..] : line[2..gap];
                string rest = gap < 0 ? string.Empty : line[gap..].TrimStart(' ');
                oldIndent = gap < 0 ? oldIndent : line.Length - rest.Length;
                rows.Add((labels.TryGetValue(label, out var shown) ? shown : label, rest));
            }
            else
            {
                rows.Add((string.Empty, line.TrimStart(' ')));
            }
        }

        int width = rows.Max(r => r.Label.Length) + 2;
        var rewritten = rows.Select(r => r.Text.Length == 0 ? "  " + r.Label : "  " + r.Label.PadRight(width) + r.Text);
        return string.Join("\n", lines.Take(start + 1).Concat(rewritten).Concat(lines.Skip(end)));
    }
}
