// One file because it is one command: its options and run, then one writer per format (text, JSON, CSV) of the same
// NextInspections answer, in that order; the facts (rules, windows, backtest) are in Core's Cycles/, not here. A fourth
// format would be a file of its own, as HistoryCsv.cs is for history.
using System;
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
using Inspections.Core.Cycles;
using Inspections.Core.Frameworks;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>inspections due --at DATE [PATH...]</c>: for each local authority, what the framework in force expects next as
/// of a date, from its last graded inspection and the framework's cycle rules, with the rule, its source and how
/// Ofsted has kept to it in the record.
/// </summary>
internal static class DueCommand
{
    /// <summary>The <c>--format</c> value for CSV.</summary>
    public const string CsvFormat = "csv";

    /// <summary>The CSV header, one column per field of a row.</summary>
    public static readonly string[] CsvHeader =
    [
        "name", "gss", "la", "framework", "last_framework", "last_visit", "last_fieldwork_start", "last_published", "last_headline",
        "strands", "rule", "next_visit", "window_opens", "window_closes", "window_as_stated_opens", "window_as_stated_closes", "moved_by_days",
        "monitoring_every", "status", "visits_since", "record_total", "record_early", "record_within", "record_late",
        "record_months_min", "record_months_median", "record_months_max", "departures",
    ];

    public static Command Create(CliContext context)
    {
        var at = new Option<string>("--at") { Description = "The date (yyyy-mm-dd): each authority's last graded inspection begun and published by it.", Required = true, HelpName = "DATE" };
        var paths = new Argument<string[]>("PATH") { Description = "Inspection documents (.json, .jsonl, or folders of them); without any, the official record that ships with the tool.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format")
        {
            Description = "Output format: 'text' for people (the default), 'json' for programs, or 'csv' (RFC 4180, one row per authority).",
            DefaultValueFactory = _ => CommonOptions.Text,
            HelpName = "text|json|csv",
        };
        format.AcceptOnlyFromAmong(CommonOptions.Text, CommonOptions.Json, CsvFormat);
        var command = new Command(
            "due",
            "When the next inspection is due: for each local authority, what the framework in force expects next as of a date (the next graded inspection's window, monitoring visits for an inadequate authority), the rule and its source, and how Ofsted has kept to it in the record.")
        {
            at, paths, format,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(at)!, parsed.GetValue(paths) ?? [], parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string atText, string[] paths, string format)
    {
        if (LatestCommand.Date(context, "--at", atText) is not { } at)
        {
            return ExitCodes.UsageError;
        }

        var inputs = InspectionInput.Read(context, paths, out int exitCode);
        if (exitCode == ExitCodes.UsageError)
        {
            return exitCode;
        }

        var due = NextInspections.At(InspectionInput.Distinct(context, inputs).Select(i => i.Inspection), at, LocalAuthorityRegister.Default, FrameworkCatalog.Default);
        if (format == CommonOptions.Json)
        {
            WriteJson(context.Out, due);
        }
        else if (format == CsvFormat)
        {
            Csv.Write(context.Out, CsvHeader, due.Authorities.Select(CsvRow));
        }
        else
        {
            WriteText(context.Out, due);
        }

        return exitCode;
    }

    /// <summary>The status as the output names it: <c>in-window</c>, <c>window-passed</c>, ...</summary>
    public static string Word(NextInspectionStatus status) => status switch
    {
        NextInspectionStatus.NotYetInspected => "not-yet-inspected",
        NextInspectionStatus.NoRule => "no-rule",
        NextInspectionStatus.Monitoring => "monitoring",
        NextInspectionStatus.BeforeWindow => "before-window",
        NextInspectionStatus.InWindow => "in-window",
        NextInspectionStatus.WindowPassed => "window-passed",
        _ => "suspended",
    };

    /// <summary>One authority's answer in a sentence (for <c>history</c>): what comes next, its window, its status and the rule.</summary>
    internal static string InWords(NextInspection a)
    {
        string status = Word(a.Status);
        if (a.Rule is not { } rule)
        {
            return status;
        }

        string what = rule.MonitoringInterval is { } every
            ? $"monitoring visits every {Words.Duration(every)} until a {rule.NextVisitTypeId}"
            : $"a {rule.NextVisitTypeId}";
        string window = a.Window is { } w ? $", window {HistoryCommand.Iso(w.Opens)} to {HistoryCommand.Iso(w.Closes)}" : string.Empty;
        return $"{what}{window}, {status} (rule '{Printable.Escape(rule.Id)}': {Printable.Escape(rule.Source)})";
    }

    private static void WriteText(TextWriter o, NextInspections due)
    {
        var framework = due.Authorities.Select(a => a.Framework).FirstOrDefault(f => f is not null);
        o.WriteLine($"Next inspections as of {HistoryCommand.Iso(due.AsOf)}: the framework in force is {(framework is null ? "none" : framework.Id)}; each authority's last graded inspection begun and published by the date.");
        o.WriteLine();
        var counts = new TextTable(string.Empty, string.Empty).RightAlign(1);
        foreach (var group in due.Authorities.GroupBy(a => a.Status).OrderBy(g => g.Key))
        {
            counts.Add(Word(group.Key), group.Count().ToString(CultureInfo.InvariantCulture));
        }

        counts.WriteTo(o, "  ");
        o.WriteLine();

        var table = new TextTable("authority", "last graded", "framework", "visit", "headline", "next", "opens", "closes", "status");
        foreach (var a in due.Authorities)
        {
            var e = a.Last;
            table.Add(
                Printable.Escape(a.Name),
                e is null ? "—" : HistoryCommand.Iso(e.Date) + (e.DateBasis == InspectionDateBasis.Published ? "*" : string.Empty),
                Printable.Escape(e?.Inspection.FrameworkId ?? "—"),
                Printable.Escape(e?.Inspection.VisitTypeId ?? "—"),
                Printable.Escape(e?.Headline?.Label ?? "—"),
                a.Rule is { } rule ? rule.NextVisitTypeId : "—",
                HistoryCommand.Iso(a.Window?.Opens),
                HistoryCommand.Iso(a.Window?.Closes),
                Word(a.Status));
        }

        table.WriteTo(o);
        o.WriteLine("(* dated by publication: the record gives no fieldwork date.)");

        var rules = due.Authorities.Where(a => a.Rule is not null).GroupBy(a => (a.Framework?.Id, a.Rule!.Id)).Select(g => g.First()).ToList();
        if (rules.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Rules:");
            foreach (var a in rules)
            {
                var rule = a.Rule!;
                o.WriteLine($"  {rule.Id} ({Printable.Escape(a.Framework?.Id ?? "—")}): {Printable.Escape(rule.Description)}");
                if (rule.MonitoringInterval is { } every)
                {
                    o.WriteLine($"    monitoring visits: every {Words.Duration(every)}");
                }

                if (rule.Between is { } between)
                {
                    o.WriteLine($"    between inspections: {Printable.Escape(between)}");
                }

                o.WriteLine($"    source: {Printable.Escape(rule.Source)}");
                if (rule.Unconfirmed is { } unconfirmed)
                {
                    o.WriteLine($"    {Printable.Escape(unconfirmed)}");
                }

                o.WriteLine($"    in the record by {HistoryCommand.Iso(due.AsOf)}: {a.Record}");
            }
        }

        var notes = due.Authorities.Where(a => !a.Departures.IsEmpty).ToList();
        if (notes.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Where the record departs from the rule:");
            foreach (var a in notes)
            {
                foreach (string departure in a.Departures)
                {
                    o.WriteLine($"  {Printable.Escape(a.Name)}: {Printable.Escape(departure)}");
                }
            }
        }
    }

    private static void WriteJson(TextWriter output, NextInspections due)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("at", HistoryCommand.Iso(due.AsOf));
            w.WriteStartArray("authorities");
            foreach (var a in due.Authorities)
            {
                w.WriteStartObject();
                w.WriteString("name", a.Name);
                if ((a.Authority?.GssCode ?? a.Last?.Inspection.Subject.GssCode) is { } gss)
                {
                    w.WriteString("gss", gss);
                }
                else
                {
                    w.WriteNull("gss");
                }

                if ((a.Authority?.DfeNumber ?? a.Last?.Inspection.Subject.LaNumber) is { } la)
                {
                    w.WriteNumber("la", la);
                }
                else
                {
                    w.WriteNull("la");
                }

                w.WriteString("framework", a.Framework?.Id);
                if (a.Last is { } e)
                {
                    w.WriteStartObject("last");
                    w.WriteString("framework", e.Inspection.FrameworkId);
                    w.WriteString("visit", e.Inspection.VisitTypeId);
                    Date(w, "fieldworkStart", e.Inspection.Fieldwork?.Start);
                    Date(w, "published", e.Inspection.Published);
                    w.WriteStartObject("judgements");
                    foreach (var j in e.Inspection.Judgements)
                    {
                        w.WriteString(j.JudgementId, j.GradeId);
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("last");
                }

                w.WriteStartArray("strands");
                foreach (string id in a.GradedJudgementIds)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
                if (a.Rule is { } rule)
                {
                    w.WriteStartObject("rule");
                    w.WriteString("id", rule.Id);
                    w.WriteString("description", rule.Description);
                    w.WriteString("source", rule.Source);
                    w.WriteString("unconfirmed", rule.Unconfirmed);
                    w.WriteEndObject();
                    w.WriteStartObject("next");
                    w.WriteString("visit", rule.NextVisitTypeId);
                    Date(w, "windowOpens", a.Window?.Opens);
                    Date(w, "windowCloses", a.Window?.Closes);
                    if (a.Window is { } window)
                    {
                        w.WriteStartObject("asStated");
                        Date(w, "opens", window.AsStated.Start);
                        Date(w, "closes", window.AsStated.End);
                        w.WriteEndObject();
                        w.WriteStartArray("movedBy");
                        foreach (var s in window.MovedBy)
                        {
                            w.WriteStartObject();
                            Date(w, "lastFieldworkBefore", s.LastFieldworkBefore);
                            Date(w, "firstFieldworkAfter", s.FirstFieldworkAfter);
                            w.WriteNumber("days", s.Length.Days);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    }

                    w.WriteString("monitoringEvery", rule.MonitoringInterval is { } every ? PeriodPattern.NormalizingIso.Format(every) : null);
                    w.WriteString("between", rule.Between);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("rule");
                    w.WriteNull("next");
                }

                w.WriteString("status", Word(a.Status));
                w.WriteStartArray("visitsSince");
                foreach (var v in a.VisitsSince)
                {
                    w.WriteStartObject();
                    w.WriteString("framework", v.FrameworkId);
                    w.WriteString("visit", v.VisitTypeId);
                    Date(w, "fieldworkStart", v.Fieldwork?.Start);
                    Date(w, "published", v.Published);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                if (a.Record is { } record)
                {
                    w.WriteStartObject("record");
                    w.WriteNumber("total", record.Total);
                    w.WriteNumber("early", record.Early);
                    w.WriteNumber("within", record.Within);
                    w.WriteNumber("late", record.Late);
                    w.WriteStartObject("monthsAfter");
                    foreach (var (name, fraction) in new[] { ("min", 0.0), ("q1", 0.25), ("median", 0.5), ("q3", 0.75), ("max", 1.0) })
                    {
                        if (record.MonthsAt(fraction) is { } months)
                        {
                            w.WriteNumber(name, months);
                        }
                        else
                        {
                            w.WriteNull(name);
                        }
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("record");
                }

                w.WriteStartArray("departures");
                foreach (string d in a.Departures)
                {
                    w.WriteStringValue(d);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string[] CsvRow(NextInspection a)
    {
        var e = a.Last;
        var w = a.Window;
        var r = a.Record;
        return
        [
            a.Name,
            a.Authority?.GssCode ?? e?.Inspection.Subject.GssCode ?? string.Empty,
            Number(a.Authority?.DfeNumber ?? e?.Inspection.Subject.LaNumber),
            a.Framework?.Id ?? string.Empty,
            e?.Inspection.FrameworkId ?? string.Empty,
            e?.Inspection.VisitTypeId ?? string.Empty,
            e?.Inspection.Fieldwork is { } f ? HistoryCommand.Iso(f.Start) : string.Empty,
            e?.Inspection.Published is { } p ? HistoryCommand.Iso(p) : string.Empty,
            e?.Headline?.Id ?? string.Empty,
            string.Join(";", a.GradedJudgementIds),
            a.Rule?.Id ?? string.Empty,
            a.Rule?.NextVisitTypeId ?? string.Empty,
            w is null ? string.Empty : HistoryCommand.Iso(w.Opens),
            w is null ? string.Empty : HistoryCommand.Iso(w.Closes),
            w is null ? string.Empty : HistoryCommand.Iso(w.AsStated.Start),
            w is null ? string.Empty : HistoryCommand.Iso(w.AsStated.End),
            w is null ? string.Empty : Number(w.MovedBy.Sum(s => s.Length.Days)),
            a.Rule?.MonitoringInterval is { } every ? PeriodPattern.NormalizingIso.Format(every) : string.Empty,
            Word(a.Status),
            Number(a.VisitsSince.Length),
            Number(r?.Total),
            Number(r?.Early),
            Number(r?.Within),
            Number(r?.Late),
            Number(r?.MonthsAt(0)),
            Number(r?.MonthsAt(0.5)),
            Number(r?.MonthsAt(1)),
            string.Join(" | ", a.Departures),
        ];
    }

    private static void Date(Utf8JsonWriter w, string name, LocalDate? date)
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
