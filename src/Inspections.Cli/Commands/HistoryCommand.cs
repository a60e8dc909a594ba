using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Inspections.Cli.Output;
using Inspections.Core;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Comparison;
using Inspections.Core.Cycles;
using Inspections.Core.Histories;
using Inspections.Core.Scales;
using Inspections.Core.Serialization;
using NodaTime;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>inspections history SUBJECT [PATH...] [--neighbours]</c>: one local authority's inspections through its
/// predecessors in date order, each graded one compared with the one before; or, with <c>--neighbours</c>, its latest
/// grades beside its ten statistical neighbours'.
/// </summary>
internal static class HistoryCommand
{
    public const string Svg = "svg";

    /// <summary>The <c>--format</c> of a CSV (RFC 4180) table.</summary>
    public const string Csv = "csv";

    public static Command Create(CliContext context)
    {
        var subject = new Argument<string>("SUBJECT") { Description = "A local authority: any of its names, a GSS code (old or new) or its DfE number." };
        var paths = new Argument<string[]>("PATH") { Description = "Inspection documents (.json, .jsonl, or folders of them); without any, the official record that ships with the tool.", Arity = ArgumentArity.ZeroOrMore };
        var neighbours = new Option<bool>("--neighbours") { Description = "Show the authority's latest grades beside its ten statistical neighbours' (the DfE's list), judgement by judgement." };
        var format = FormatWithSvg(Csv);
        var command = new Command(
            "history",
            "One local authority's inspections in date order, through its predecessors, each graded inspection compared with the one before (across framework changes and reorganisations, with the caveats).")
        {
            subject, paths, neighbours, format,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(subject)!, parsed.GetValue(paths) ?? [], parsed.GetValue(neighbours), parsed.GetValue(format)!));
        return command;
    }

    /// <summary><c>--format text|json|svg</c>, default <c>text</c>, and any more formats named (such as <c>csv</c>).</summary>
    public static Option<string> FormatWithSvg(params string[] more)
    {
        string[] formats = [CommonOptions.Text, CommonOptions.Json, Svg, .. more];
        var option = new Option<string>("--format")
        {
            Description = "Output format: 'text' for people (the default), 'json' for programs, or 'svg' for a picture"
                + (more.Contains(Csv) ? ", or 'csv' for a spreadsheet (RFC 4180, one row per inspection)." : "."),
            DefaultValueFactory = _ => CommonOptions.Text,
            HelpName = string.Join("|", formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>Resolves a subject, or says on standard error which names are nearest.</summary>
    public static LocalAuthority? Resolve(CliContext context, string subject)
    {
        if (LocalAuthorityRegister.Default.TryResolve(subject, out var authority))
        {
            return authority;
        }

        var nearest = LocalAuthorityRegister.Default.NearestNames(subject);
        context.Error.WriteLine($"inspections: no local authority is named or numbered '{Printable.Escape(subject)}'. The nearest names: {string.Join(", ", nearest.Select(Printable.Escape))}.");
        return null;
    }

    private static int Run(CliContext context, string subject, string[] paths, bool neighbours, string format)
    {
        var authority = Resolve(context, subject);
        if (authority is null)
        {
            return ExitCodes.UsageError;
        }

        var inputs = InspectionInput.Read(context, paths, out int exitCode);
        if (exitCode == ExitCodes.UsageError)
        {
            return exitCode;
        }

        if (neighbours)
        {
            NeighboursReport.Write(context, authority, InspectionInput.Distinct(context, inputs), format);
            return exitCode;
        }

        var inspections = InspectionInput.Distinct(context, inputs).Select(i => i.Inspection).ToList();
        var history = AuthorityHistory.Of(authority, inspections);
        var origins = inputs.GroupBy(i => i.Inspection).ToDictionary(g => g.Key, g => g.First().Origin);
        string Origin(HistoryEntry entry) => origins.TryGetValue(entry.Inspection, out var origin) ? origin : InspectionInput.Record;

        // One writer per format: a new view of the history (such as the window after the last inspection) is a
        // section of each writer, fed by the same history.
        switch (format)
        {
            case CommonOptions.Json:
                WriteJson(context.Out, history, Origin);
                break;
            case Svg:
                context.Out.Write(HistorySvg.Render(history, FrameworkCatalog.Default));
                break;
            case Csv:
                HistoryCsv.Write(context.Out, history, Origin);
                break;
            default:
                var today = context.Today;
                WriteText(context.Out, history, today);
                WriteNext(context.Out, NextInspections.At(inspections, today, LocalAuthorityRegister.Default, FrameworkCatalog.Default).Of(authority), today);
                break;
        }

        return exitCode;
    }

    /// <summary>A date as ISO text.</summary>
    public static string Iso(LocalDate? date) => date is { } d ? Words.Date(d) : "—";

    /// <summary>The authority with its codes, region and lifetime: "Calderdale (E08000033, DfE 381, Yorkshire and the Humber)".</summary>
    public static string Describe(LocalAuthority authority)
    {
        var parts = new List<string> { authority.GssCodes.Length > 1 ? $"{authority.GssCode}, earlier {string.Join(", ", authority.GssCodes.Take(authority.GssCodes.Length - 1))}" : authority.GssCode };
        if (authority.DfeNumber is { } number)
        {
            parts.Add($"DfE {number}");
        }

        if (authority.Region.Length > 0)
        {
            parts.Add(authority.Region);
        }

        if (authority.ExistsFrom is { } from)
        {
            parts.Add($"from {DateText.Words(from)}");
        }

        if (authority.ExistsUntil is { } until)
        {
            parts.Add($"until {DateText.Words(until)}");
        }

        return $"{authority.Name} ({string.Join(", ", parts)})";
    }

    private static void WriteText(TextWriter o, AuthorityHistory history, LocalDate today)
    {
        o.WriteLine(Describe(history.Authority));
        if (history.Lineage.Length > 1)
        {
            o.WriteLine($"Through its predecessors: {string.Join(", ", history.Lineage.Skip(1).Select(Describe))}");
        }

        foreach (var change in history.Reorganisations)
        {
            o.WriteLine($"Reorganisation, {DateText.Words(change.TakesEffect)}: {change.Description} ({change.Source})");
        }

        o.WriteLine();
        if (history.Entries.IsEmpty)
        {
            o.WriteLine("No inspections of this authority or its predecessors.");
            return;
        }

        // Columns as wide as their widest cell, so that long ids (protection-of-children-2012) keep them aligned.
        var table = new TextTable("date", "framework", "visit", "headline");
        foreach (var entry in history.Entries)
        {
            string date = entry.Date is { } d ? Iso(d) + (entry.DateBasis == InspectionDateBasis.Published ? "*" : string.Empty) : "undated";
            string headline = entry.Headline is { } h
                ? Printable.Escape(h.Label)
                : entry.IsGraded ? (entry.Strands.IsEmpty ? "(no headline grade)" : $"(no headline; graded in {entry.Strands.Length} strand{(entry.Strands.Length == 1 ? string.Empty : "s")}, below)") : "(not graded" + (entry.Inspection.Theme is { } theme ? $": {Printable.Escape(theme)}" : string.Empty) + ")";
            string who = entry.Authority is { } a && !ReferenceEquals(a, history.Authority) ? $"  [{Printable.Escape(a.Name)}]" : string.Empty;
            table.Add(date, Printable.Escape(entry.Inspection.FrameworkId), Printable.Escape(entry.Inspection.VisitTypeId), headline + who);
        }

        table.WriteTo(o);

        if (history.Entries.Any(e => e.DateBasis == InspectionDateBasis.Published))
        {
            o.WriteLine("* dated by publication: the record gives no fieldwork date.");
        }

        if (history.Entries.Any(e => !e.Strands.IsEmpty))
        {
            o.WriteLine();
            o.WriteLine("Grades by judgement strand (every graded inspection, with or without a headline):");
            foreach (var entry in history.Entries.Where(e => !e.Strands.IsEmpty))
            {
                o.WriteLine($"{(entry.Date is { } d ? Iso(d) : "undated")} {Printable.Escape(entry.Inspection.FrameworkId)} {Printable.Escape(entry.Inspection.VisitTypeId)}: {string.Join("; ", entry.Strands.Select(g => $"{HistoryWords.StrandName(g.Strand)} {g.Grade.Label}{(g.Member.IsApproximate ? " (approximately)" : string.Empty)}"))}");
            }
        }

        if (!history.Changes.IsEmpty)
        {
            o.WriteLine();
            o.WriteLine("Changes, each graded inspection against the graded one before it:");
            foreach (var change in history.Changes)
            {
                var overall = change.Comparison.Overall;
                o.WriteLine($"{Iso(change.Before.Date)} {Printable.Escape(change.Before.Inspection.FrameworkId)} → {Iso(change.After.Date)} {Printable.Escape(change.After.Inspection.FrameworkId)}: headline {change.Before.Headline?.Label ?? "—"} → {change.After.Headline?.Label ?? "—"}, {Movement(overall)}");
                foreach (var line in change.Comparison.Judgements)
                {
                    o.WriteLine($"    {Printable.Escape(line.JudgementId)}: {Printable.Escape(line.BeforeGradeId ?? "—")} → {Printable.Escape(line.AfterGradeId ?? "—")}, {Movement(line)}");
                }

                foreach (var strand in change.Strands)
                {
                    string movement = strand.IsComparable ? Movement(strand.Comparison!) : Printable.Escape(strand.Reason);
                    o.WriteLine($"    strand {HistoryWords.StrandName(strand.Strand)}: {strand.Before?.Grade.Label ?? "—"} → {strand.After?.Grade.Label ?? "—"}, {movement}");
                }

                foreach (string caveat in change.Caveats)
                {
                    o.WriteLine($"    Caveat: {Printable.Escape(caveat)}");
                }
            }
        }

        o.WriteLine();
        if (history.LatestGraded is { } latest && history.TimeSinceLastGraded(today) is { } since)
        {
            o.WriteLine(latest.Date is { } last && last > today
                ? $"Last graded inspection: {Iso(latest.Date)} ({latest.Inspection.FrameworkId}), {Span(Period.Between(today, last, PeriodUnits.YearMonthDay))} after {Iso(today)} (a date still to come)."
                : $"Last graded inspection: {Iso(latest.Date)} ({latest.Inspection.FrameworkId}), {Span(since)} before {Iso(today)}.");
        }
        else
        {
            o.WriteLine("No graded inspection.");
        }
    }

    /// <summary>
    /// The window after the last graded inspection (issue 27), as <c>due</c> gives it for this authority on
    /// <paramref name="today"/>: the kind of inspection next, its window, whether it has passed, and the rule.
    /// </summary>
    private static void WriteNext(TextWriter o, NextInspection? next, LocalDate today)
    {
        if (next is null)
        {
            o.WriteLine($"Next inspection: nothing due as of {Iso(today)} (the authority is not one the framework in force inspects).");
            return;
        }

        o.WriteLine($"Next inspection (as of {Iso(today)}, {(next.Framework is { } f ? "under " + f.Id : "no framework in force")}): {DueCommand.InWords(next)}.");
    }

    /// <summary>A period in words: "2 years, 1 month and 3 days" (the library's <see cref="DateText.Words(Period)"/>).</summary>
    public static string Span(Period period) => DateText.Words(period);

    private static string Movement(JudgementComparison line) => line.Comparison.Direction switch
    {
        ComparisonDirection.Better => $"better by {Words.Bands(line.Comparison.Steps ?? 0)} ({Words.Of(line.Comparison.Basis)})",
        ComparisonDirection.Worse => $"worse by {Words.Bands(line.Comparison.Steps ?? 0)} ({Words.Of(line.Comparison.Basis)})",
        ComparisonDirection.Same => $"the same ({Words.Of(line.Comparison.Basis)})",
        _ => $"not comparable: {Printable.Escape(line.Comparison.Reason)}",
    };

    private static void WriteJson(TextWriter output, AuthorityHistory history, Func<HistoryEntry, string> origin)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CliJsonContext.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("inspections");
            foreach (var entry in history.Entries)
            {
                InspectionJson.Write(writer, entry.Inspection);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("changes");
            foreach (var change in history.Changes)
            {
                // compare's object, as before, with each strand added after its fields.
                var report = JsonSerializer.SerializeToElement(CompareReportOf(change, origin), CliJsonContext.Default.CompareReport);
                writer.WriteStartObject();
                foreach (var property in report.EnumerateObject())
                {
                    property.WriteTo(writer);
                }

                writer.WriteStartArray("strands");
                foreach (var strand in change.Strands)
                {
                    writer.WriteStartObject();
                    writer.WriteString("strand", strand.Strand.Id);
                    writer.WriteString("name", HistoryWords.StrandName(strand.Strand));
                    writer.WriteString("beforeJudgement", strand.Before?.JudgementId);
                    writer.WriteString("before", strand.Before?.Grade.Id);
                    writer.WriteString("afterJudgement", strand.After?.JudgementId);
                    writer.WriteString("after", strand.After?.Grade.Id);
                    writer.WriteString("direction", HistoryWords.Direction(strand));
                    if (strand.IsComparable && strand.Comparison!.Comparison.Steps is { } steps)
                    {
                        writer.WriteNumber("steps", steps);
                    }
                    else
                    {
                        writer.WriteNull("steps");
                    }

                    writer.WriteString("basis", strand.Comparison is { } line ? Words.Of(line.Comparison.Basis) : Words.Of(ComparisonBasis.None));
                    writer.WriteString("reason", strand.Reason);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();

            // Added after cli.md's two arrays: each inspection's grades by strand, in the order of "inspections".
            writer.WriteStartArray("strandGrades");
            foreach (var entry in history.Entries)
            {
                writer.WriteStartObject();
                foreach (var grade in entry.Strands)
                {
                    writer.WriteString(grade.Strand.Id, grade.Grade.Id);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static CompareReport CompareReportOf(HistoryChange change, Func<HistoryEntry, string> origin) => new(
        Reference(change.Before, origin),
        Reference(change.After, origin),
        change.FrameworkChanged,
        change.Caveats.IsEmpty ? null : string.Join(" ", change.Caveats),
        Line(change.Comparison.Overall),
        change.Comparison.Judgements.Select(Line).ToList());

    private static JudgementComparisonReport Line(JudgementComparison line) => new(
        line.JudgementId,
        line.BeforeGradeId,
        line.AfterGradeId,
        Words.Of(line.Comparison.Direction),
        line.Comparison.Steps,
        Words.Of(line.Comparison.Basis),
        line.Comparison.Reason);

    private static InspectionReference Reference(HistoryEntry entry, Func<HistoryEntry, string> origin) => new(
        origin(entry),
        entry.Inspection.Subject.Name,
        entry.Inspection.FrameworkId,
        entry.Inspection.VisitTypeId,
        entry.Inspection.Fieldwork is { } fieldwork ? Words.Date(fieldwork.Start) : null,
        entry.Inspection.Fieldwork?.End is { } end ? Words.Date(end) : null);
}
