using System.CommandLine;
using Inspections.Core.Serialization;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>inspections schema [--format text|json]</c>: prints the JSON Schema (draft 2020-12) of the inspections/v1 document.
/// The schema is itself JSON, so both formats print the same document, byte for byte: <c>--format</c> is taken, as by
/// every command, so that a script can pass <c>--format json</c> to all of them, and what it gets is the schema it
/// asked for, ready for a validator, not wrapped in an envelope it would have to unwrap (docs/cli.md).
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format();
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the inspections/v1 document (the same JSON in either format).") { format };
        command.SetAction(_ =>
        {
            context.Out.Write(InspectionJsonSchema.Generate());
            return ExitCodes.Success;
        });
        return command;
    }
}
