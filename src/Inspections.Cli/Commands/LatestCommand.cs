using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Inspections.Cli.Output;
using Inspections.Core.Catalog;
using Inspections.Core.Histories;
using Inspections.Core.Scales;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>inspections latest --at DATE [--published-by DATE] [PATH...]</c>: the state of the nation, each local authority's
/// latest graded inspection as at a date, and how many stand at each headline grade.
/// </summary>
internal static class LatestCommand
{
    public static Command Create(CliContext context)
    {
        var at = new Option<string>("--at") { Description = "The date (yyyy-mm-dd): inspections whose fieldwork began on or before it (with no fieldwork date: published on or before it).", Required = true, HelpName = "DATE" };
        var publishedBy = new Option<string?>("--published-by") { Description = "The publication cut-off (yyyy-mm-dd), on or after --at; the default is --at. Ofsted's 'as at 31 March' tables count what was published by a later cut-off.", HelpName = "DATE" };
        var paths = new Argument<string[]>("PATH") { Description = "Inspection documents (.json, .jsonl, or folders of them); without any, the official record that ships with the tool.", Arity = ArgumentArity.ZeroOrMore };
        var format = HistoryCommand.FormatWithSvg();
        var command = new Command(
            "latest",
            "The state of the nation: each local authority's latest graded inspection as at a date (with a publication cut-off), and how many stand at each headline grade, per grading scale.")
        {
            at, publishedBy, paths, format,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(at)!, parsed.GetValue(publishedBy), parsed.GetValue(paths) ?? [], parsed.GetValue(format)!));
        return command;
    }

    /// <summary>Reads a yyyy-mm-dd date, or says on standard error what is wrong with it.</summary>
    public static LocalDate? Date(CliContext context, string option, string text)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        context.Error.WriteLine($"inspections: {option} '{text}' is not a date of the form yyyy-mm-dd.");
        return null;
    }

    private static int Run(CliContext context, string atText, string? publishedByText, string[] paths, string format)
    {
        if (Date(context, "--at", atText) is not { } at)
        {
            return ExitCodes.UsageError;
        }

        LocalDate cutOff = at;
        if (publishedByText is not null)
        {
            if (Date(context, "--published-by", publishedByText) is not { } given)
            {
                return ExitCodes.UsageError;
            }

            if (given < at)
            {
                context.Error.WriteLine($"inspections: --published-by {HistoryCommand.Iso(given)} is before --at {HistoryCommand.Iso(at)}; nothing inspected on the last days could count.");
                return ExitCodes.UsageError;
            }

            cutOff = given;
        }

        var inputs = InspectionInput.Read(context, paths, out int exitCode);
        if (exitCode == ExitCodes.UsageError)
        {
            return exitCode;
        }

        var state = StateOfTheNation.At(InspectionInput.Distinct(context, inputs).Select(i => i.Inspection), at, cutOff);
        if (format == CommonOptions.Json)
        {
            WriteJson(context.Out, state);
        }
        else if (format == HistoryCommand.Svg)
        {
            context.Out.Write(LatestSvg.Render(state));
        }
        else
        {
            WriteText(context.Out, state);
        }

        return exitCode;
    }

    private static void WriteText(TextWriter o, StateOfTheNation state)
    {
        o.WriteLine($"Latest graded inspection of each local authority: fieldwork begun by {HistoryCommand.Iso(state.InspectedBy)}, published by {HistoryCommand.Iso(state.PublishedBy)}.");
        o.WriteLine();
        foreach (var distribution in state.Distributions)
        {
            o.WriteLine($"{distribution.Scale.Name} ({distribution.Scale.Id}), {distribution.Total} {(distribution.Total == 1 ? "authority" : "authorities")}:");
            var counts = new TextTable(string.Empty, string.Empty, string.Empty).RightAlign(1).RightAlign(2);
            foreach (var (grade, count) in distribution.Counts.Select(p => (p.Key, p.Value)))
            {
                counts.Add(Printable.Escape(grade.Label), count.ToString(CultureInfo.InvariantCulture), SvgPicture.Percent(distribution.ProportionOf(grade)));
            }

            counts.WriteTo(o, "  ");

            o.WriteLine();
        }

        int noHeadline = state.Subjects.Count(s => s.Entry.Headline is null);
        if (noHeadline > 0)
        {
            o.WriteLine($"{noHeadline} authorities' latest graded inspection has no headline grade (counted above under no scale).");
        }

        if (!state.NotYetInspected.IsEmpty)
        {
            o.WriteLine($"Not yet inspected (no graded inspection that counts): {string.Join(", ", state.NotYetInspected.Select(a => a.Name))}.");
            o.WriteLine();
        }

        // Columns as wide as their widest cell, so that no name or id pushes the rest out of line.
        var table = new TextTable("authority", "framework", "visit", "fieldwork", "published", "headline");
        foreach (var subject in state.Subjects)
        {
            var e = subject.Entry;
            table.Add(
                Printable.Escape(subject.Name),
                Printable.Escape(e.Inspection.FrameworkId),
                Printable.Escape(e.Inspection.VisitTypeId),
                HistoryCommand.Iso(e.Inspection.Fieldwork?.Start),
                HistoryCommand.Iso(e.Inspection.Published),
                Printable.Escape(e.Headline?.Label ?? "—"));
        }

        table.WriteTo(o);
    }

    private static void WriteJson(TextWriter output, StateOfTheNation state)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, CliJsonContext.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("at", HistoryCommand.Iso(state.InspectedBy));
            w.WriteStartArray("subjects");
            foreach (var subject in state.Subjects)
            {
                var e = subject.Entry;
                w.WriteStartObject();
                w.WriteString("name", subject.Name);
                string? gss = subject.Authority?.GssCode ?? e.Inspection.Subject.GssCode;
                int? la = subject.Authority?.DfeNumber ?? e.Inspection.Subject.LaNumber;
                if (gss is null)
                {
                    w.WriteNull("gss");
                }
                else
                {
                    w.WriteString("gss", gss);
                }

                if (la is { } number)
                {
                    w.WriteNumber("la", number);
                }
                else
                {
                    w.WriteNull("la");
                }

                w.WriteString("framework", e.Inspection.FrameworkId);
                w.WriteString("visit", e.Inspection.VisitTypeId);
                WriteDate(w, "fieldworkStart", e.Inspection.Fieldwork?.Start);
                WriteDate(w, "published", e.Inspection.Published);
                if (e.HeadlineJudgementId is { } judgement && e.Headline is { } grade)
                {
                    w.WriteStartObject("headline");
                    w.WriteString("judgement", judgement);
                    w.WriteString("grade", grade.Id);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("headline");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("distribution");
            foreach (var distribution in state.Distributions)
            {
                w.WriteStartObject(distribution.Scale.Id);
                foreach (var pair in distribution.Counts)
                {
                    w.WriteNumber(pair.Key.Id, pair.Value);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteDate(Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, HistoryCommand.Iso(d));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
