using System.CommandLine;

namespace Inspections.Cli.Commands;

/// <summary>Options every command shares.</summary>
internal static class CommonOptions
{
    public const string Text = "text";
    public const string Json = "json";

    /// <summary><c>--format text|json</c>, default <c>text</c>.</summary>
    public static Option<string> Format()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: 'text' for people (the default) or 'json' for programs.",
            DefaultValueFactory = _ => Text,
            HelpName = "text|json",
        };
        option.AcceptOnlyFromAmong(Text, Json);
        return option;
    }

    /// <summary>
    /// The <c>--out DIR</c> and <c>--jsonl FILE</c> pair of the import commands, added to <paramref name="command"/>
    /// with its rule: not both, and, when <paramref name="oneRequired"/>, one of them.
    /// </summary>
    /// <param name="command">The command to add them to.</param>
    /// <param name="what">What each document is ("inspection", "inspection or visit").</param>
    /// <param name="oneRequired">Whether one of them must be given (otherwise the documents go to standard output).</param>
    public static (Option<string?> OutDir, Option<string?> Jsonl) Output(Command command, string what, bool oneRequired)
    {
        var outDir = new Option<string?>("--out") { Description = $"Write one .json document per {what} into this folder.", HelpName = "DIR" };
        var jsonl = new Option<string?>("--jsonl") { Description = $"Write every {what} as one line of this .jsonl file.", HelpName = "FILE" };
        command.Options.Add(outDir);
        command.Options.Add(jsonl);
        command.Validators.Add(result =>
        {
            bool hasOut = result.GetValue(outDir) is not null, hasJsonl = result.GetValue(jsonl) is not null;
            if (hasOut && hasJsonl)
            {
                result.AddError(oneRequired ? "Give --out DIR or --jsonl FILE (one of them)." : "Give --out or --jsonl, not both.");
            }
            else if (oneRequired && !hasOut && !hasJsonl)
            {
                result.AddError("Give --out DIR or --jsonl FILE (one of them).");
            }
        });
        return (outDir, jsonl);
    }
}
