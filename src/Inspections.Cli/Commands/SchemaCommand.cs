using System.CommandLine;
using Inspections.Core.Serialization;

namespace Inspections.Cli.Commands;

/// <summary><c>inspections schema</c>: prints the JSON Schema (draft 2020-12) of the inspections/v1 document.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the inspections/v1 document.");
        command.SetAction(_ =>
        {
            context.Out.Write(InspectionJsonSchema.Generate());
            return ExitCodes.Success;
        });
        return command;
    }
}
