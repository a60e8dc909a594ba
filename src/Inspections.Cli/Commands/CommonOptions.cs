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
}
