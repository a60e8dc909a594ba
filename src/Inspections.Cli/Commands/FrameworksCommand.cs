using System.CommandLine;
using System.Linq;
using System.Text.Json;
using Inspections.Cli.Output;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Cli.Commands;

/// <summary><c>inspections frameworks [--at DATE]</c>: lists the frameworks, or those in force on a date.</summary>
internal static class FrameworksCommand
{
    public static Command Create(CliContext context)
    {
        var at = new Option<string?>("--at") { Description = "Keep only the frameworks in force on this date (yyyy-MM-dd).", HelpName = "DATE" };
        var format = CommonOptions.Format();
        var command = new Command("frameworks", "List the frameworks: id, name, in force from and to.") { at, format };
        command.SetAction(parsed => Run(context, parsed.GetValue(at), parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string? atText, string format)
    {
        var frameworks = FrameworkCatalog.Default.All.AsEnumerable();
        if (atText is not null)
        {
            // As documents write dates: yyyy-MM-dd, years 0001 to 9999 (0000-01-01 parses in the ISO calendar, as 1 BC).
            var parsed = LocalDatePattern.Iso.Parse(atText);
            if (!parsed.Success || atText.Length != 10 || parsed.Value.Year is < 1 or > 9999)
            {
                context.Error.WriteLine(parsed.Success && atText.Length == 10
                    ? $"inspections: --at '{Printable.Escape(atText)}': the year must be 0001 to 9999."
                    : $"inspections: --at '{Printable.Escape(atText)}' is not a date in the form yyyy-MM-dd.");
                return ExitCodes.UsageError;
            }

            LocalDate at = parsed.Value;
            frameworks = frameworks.Where(f => f.IsInForceOn(at));
        }

        var list = frameworks.Select(Summarise).ToList();
        if (format == CommonOptions.Json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize<System.Collections.Generic.IReadOnlyList<FrameworkSummary>>(list, CliJsonContext.Default.IReadOnlyListFrameworkSummary));
            return ExitCodes.Success;
        }

        var table = new TextTable("id", "from", "to", "scale", "name");
        foreach (var f in list)
        {
            table.Add(f.Id, f.From, f.To ?? "(in force)", f.Scale, Printable.Escape(f.Name));
        }

        table.WriteTo(context.Out);
        return ExitCodes.Success;
    }

    private static FrameworkSummary Summarise(InspectionFramework f) => new(
        f.Id,
        f.Name,
        f.Regulator,
        LocalDatePattern.Iso.Format(f.InForce.Start),
        f.InForce.End is { } end ? LocalDatePattern.Iso.Format(end) : null,
        f.Scale.Id,
        f.SubjectKinds.Select(k => k.ToId()).ToList());
}
