// One file because it is one command: its options and run, then one writer per format (text, JSON, CSV) of the same
// StateOfTheNation; the SVG is LatestSvg.cs and the counting is Core's Histories/StateOfTheNation*.cs, not here.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    public const string Csv = "csv";

    /// <summary>The values of <c>--by</c>: both kinds of region, Ofsted's or the ONS's.</summary>
    private static readonly string[] s_by = ["region", "ofsted-region", "ons-region"];

    private static readonly string[] s_formats = [CommonOptions.Text, CommonOptions.Json, Csv, HistoryCommand.Svg];

    public static Command Create(CliContext context)
    {
        var at = new Option<string>("--at") { Description = "The date (yyyy-mm-dd, years 0001 to 9999): inspections whose fieldwork began on or before it (with no fieldwork date: published on or before it).", Required = true, HelpName = "DATE" };
        var publishedBy = new Option<string?>("--published-by") { Description = "The publication cut-off (yyyy-mm-dd), on or after --at; the default is --at. Ofsted's 'as at 31 March' tables count what was published by a later cut-off.", HelpName = "DATE" };
        var by = new Option<string?>("--by") { Description = "Split every count by region: 'region' (Ofsted's regions, then the ONS's), 'ofsted-region' or 'ons-region'.", HelpName = "region" };
        by.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string?>();
            if (value is not null && !s_by.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"--by '{value}' is not one of: {string.Join(", ", s_by)}.");
            }
        });
        var paths = new Argument<string[]>("PATH") { Description = "Inspection documents (.json, .jsonl, or folders of them); without any, the official record that ships with the tool.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format")
        {
            Description = "Output format: 'text' for people (the default), 'json' for programs, 'csv' for spreadsheets (one row per authority) or 'svg' for a picture.",
            DefaultValueFactory = _ => CommonOptions.Text,
            HelpName = "text|json|csv|svg",
        };
        format.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is null || !s_formats.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"--format '{value}' is not one of: {string.Join(", ", s_formats)}.");
            }
        });
        var command = new Command(
            "latest",
            "The state of the nation: each local authority's latest graded inspection as at a date (with a publication cut-off), how many stand at each headline grade and in each judgement strand, nationally or by region.")
        {
            at, publishedBy, by, paths, format,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(at)!, parsed.GetValue(publishedBy), parsed.GetValue(by), parsed.GetValue(paths) ?? [], parsed.GetValue(format)!));
        return command;
    }

    /// <summary>
    /// Reads a yyyy-mm-dd date with a year from 0001 to 9999 (as documents write dates), or says on standard error what
    /// is wrong with it, the text escaped.
    /// </summary>
    public static LocalDate? Date(CliContext context, string option, string text)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && text.Length == 10 && parsed.Value.Year is >= 1 and <= 9999)
        {
            return parsed.Value;
        }

        context.Error.WriteLine(parsed.Success && text.Length == 10
            ? $"inspections: {option} '{Printable.Escape(text)}': the year must be 0001 to 9999."
            : $"inspections: {option} '{Printable.Escape(text)}' is not a date of the form yyyy-mm-dd.");
        return null;
    }

    private static ImmutableArray<RegionKind> Kinds(string? by) => by switch
    {
        null => [],
        "ofsted-region" => [RegionKind.Ofsted],
        "ons-region" => [RegionKind.Ons],
        _ => [RegionKind.Ofsted, RegionKind.Ons],
    };

    private static int Run(CliContext context, string atText, string? publishedByText, string? by, string[] paths, string format)
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
        var kinds = Kinds(by);
        if (format == CommonOptions.Json)
        {
            WriteJson(context.Out, state, kinds);
        }
        else if (format == Csv)
        {
            WriteCsv(context.Out, state);
        }
        else if (format == HistoryCommand.Svg)
        {
            context.Out.Write(LatestSvg.Render(state, kinds));
        }
        else
        {
            WriteText(context.Out, state, kinds);
        }

        return exitCode;
    }

    private static string Authorities(int n) => n == 1 ? "1 authority" : $"{n.ToString(CultureInfo.InvariantCulture)} authorities";

    /// <summary>Good or better of a strand: the count and share of those graded on a scale with a "good" grade.</summary>
    internal static (int Count, int Of) GoodOrBetter(StateOfTheNationStrand strand)
    {
        int count = 0, of = 0;
        foreach (var d in strand.Distributions)
        {
            if (d.Scale.TryGetGrade(GradeIds.Good, out var good))
            {
                count += d.CountAtLeast(good);
                of += d.Total;
            }
        }

        return (count, of);
    }

    private static string Share(int count, int of) =>
        of == 0 ? "—" : $"{count.ToString(CultureInfo.InvariantCulture)} ({SvgPicture.Percent((double)count / of)})";

    private static void AddStrandRows(TextTable table, StateOfTheNation state, string? region)
    {
        foreach (var strand in state.Strands)
        {
            var (good, of) = GoodOrBetter(strand);
            string counts = strand.Distributions.IsEmpty
                ? "none graded"
                : string.Join("; ", strand.Distributions.Select(d => string.Join(", ", d.Counts.Select(p => $"{p.Value.ToString(CultureInfo.InvariantCulture)} {p.Key.Label.ToLowerInvariant()}"))));
            var cells = new List<string>();
            if (region is not null)
            {
                cells.Add(region);
            }

            cells.Add(Printable.Escape(strand.Strand.Name));
            cells.Add(strand.Graded.Length.ToString(CultureInfo.InvariantCulture));
            cells.Add(Share(good, of));
            cells.Add(strand.NotGradedAtLatest.Length.ToString(CultureInfo.InvariantCulture));
            cells.Add(Printable.Escape(counts) + (strand.ApproximateCount > 0 ? $" ({strand.ApproximateCount.ToString(CultureInfo.InvariantCulture)} by a joint judgement)" : string.Empty));
            table.Add([.. cells]);
        }
    }

    private static void WriteText(TextWriter o, StateOfTheNation state, ImmutableArray<RegionKind> kinds)
    {
        o.WriteLine($"Latest graded inspection of each local authority: fieldwork begun by {HistoryCommand.Iso(state.InspectedBy)}, published by {HistoryCommand.Iso(state.PublishedBy)}.");
        o.WriteLine();
        foreach (var distribution in state.Distributions)
        {
            o.WriteLine($"Headline: {distribution.Scale.Name} ({distribution.Scale.Id}), {Authorities(distribution.Total)}:");
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
            o.WriteLine($"{Authorities(noHeadline)}: the latest graded inspection has no headline judgement (ILACS since April 2026 has none); each is counted in the strands below.");
            o.WriteLine();
        }

        o.WriteLine("Each judgement strand, every authority at its latest graded inspection (one whose latest inspection did not grade the strand is counted apart, never at an older grade):");
        var strands = new TextTable("strand", "graded", "good or better", "not graded at its latest inspection", "grades").RightAlign(1).RightAlign(2).RightAlign(3);
        AddStrandRows(strands, state, null);
        strands.WriteTo(o, "  ");
        o.WriteLine();
        o.WriteLine($"Latest graded inspection by framework: {string.Join(", ", state.FrameworkCounts.Select(p => $"{Printable.Escape(p.Key)} {p.Value.ToString(CultureInfo.InvariantCulture)}"))}.");
        o.WriteLine();

        foreach (var kind in kinds)
        {
            string whose = kind == RegionKind.Ofsted ? "Ofsted region" : "ONS region";
            o.WriteLine($"By {whose}:");
            var table = new TextTable(whose, "strand", "graded", "good or better", "not graded at its latest inspection", "grades").RightAlign(2).RightAlign(3).RightAlign(4);
            foreach (var regional in state.ByRegion(kind))
            {
                AddStrandRows(table, regional, Printable.Escape(regional.Region!.Name) + (regional.Region.GssCode is { } code ? $" ({code})" : string.Empty));
            }

            table.WriteTo(o, "  ");
            o.WriteLine();
        }

        if (!state.NotYetInspected.IsEmpty)
        {
            o.WriteLine($"Not yet inspected (no graded inspection that counts): {string.Join(", ", state.NotYetInspected.Select(a => Printable.Escape(a.Name)))}.");
            o.WriteLine();
        }

        // Columns as wide as their widest cell, so that no name or id pushes the rest out of line.
        var list = new TextTable("authority", "framework", "visit", "fieldwork", "published", "headline");
        foreach (var subject in state.Subjects)
        {
            var e = subject.Entry;
            list.Add(
                Printable.Escape(subject.Name),
                Printable.Escape(e.Inspection.FrameworkId),
                Printable.Escape(e.Inspection.VisitTypeId),
                HistoryCommand.Iso(e.Inspection.Fieldwork?.Start),
                HistoryCommand.Iso(e.Inspection.Published),
                Printable.Escape(e.Headline?.Label ?? "—"));
        }

        list.WriteTo(o);
    }

    private static string? GradeOf(JudgementStrand strand, LatestInspection subject) =>
        strand.TryGetGrade(subject.Entry.Inspection, FrameworkCatalog.Default, out _, out var grade) ? grade.Id : null;

    private static void WriteCsv(TextWriter o, StateOfTheNation state)
    {
        var header = new List<string> { "name", "gss", "la", "ofsted_region", "ons_region", "framework", "visit", "fieldwork_start", "published", "headline_judgement", "headline_grade" };
        header.AddRange(state.Strands.Select(s => s.Strand.Id));
        var rows = state.Subjects.Select(subject =>
        {
            var e = subject.Entry;
            var row = new List<string?>
            {
                subject.Name,
                subject.Authority?.GssCode ?? e.Inspection.Subject.GssCode,
                (subject.Authority?.DfeNumber ?? e.Inspection.Subject.LaNumber)?.ToString(CultureInfo.InvariantCulture),
                subject.Authority is { } a1 ? Regions.Of(a1, RegionKind.Ofsted).Name : null,
                subject.Authority is { } a2 ? Regions.Of(a2, RegionKind.Ons).Name : null,
                e.Inspection.FrameworkId,
                e.Inspection.VisitTypeId,
                e.Inspection.Fieldwork?.Start is { } start ? Words.Date(start) : null,
                e.Inspection.Published is { } published ? Words.Date(published) : null,
                e.Headline is null ? null : e.HeadlineJudgementId,
                e.Headline?.Id,
            };
            row.AddRange(state.Strands.Select(s => GradeOf(s.Strand, subject)));
            return (IReadOnlyList<string?>)row;
        });
        Output.Csv.Write(o, header, rows);
    }

    private static void WriteDistributions(Utf8JsonWriter w, System.Collections.Generic.IEnumerable<GradeDistribution> distributions)
    {
        foreach (var distribution in distributions)
        {
            w.WriteStartObject(distribution.Scale.Id);
            foreach (var pair in distribution.Counts)
            {
                w.WriteNumber(pair.Key.Id, pair.Value);
            }

            w.WriteEndObject();
        }
    }

    private static void WriteStrands(Utf8JsonWriter w, StateOfTheNation state)
    {
        w.WriteStartObject("strands");
        foreach (var strand in state.Strands)
        {
            w.WriteStartObject(strand.Strand.Id);
            w.WriteString("name", strand.Strand.Name);
            w.WriteNumber("graded", strand.Graded.Length);
            w.WriteNumber("notGradedAtLatest", strand.NotGradedAtLatest.Length);
            w.WriteNumber("approximate", strand.ApproximateCount);
            w.WriteStartObject("distribution");
            WriteDistributions(w, strand.Distributions);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteJson(TextWriter output, StateOfTheNation state, ImmutableArray<RegionKind> kinds)
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

                w.WriteStartObject("strands");
                foreach (var strand in state.Strands)
                {
                    if (GradeOf(strand.Strand, subject) is { } grade2)
                    {
                        w.WriteString(strand.Strand.Id, grade2);
                    }
                    else
                    {
                        w.WriteNull(strand.Strand.Id);
                    }
                }

                w.WriteEndObject();
                if (subject.Authority is { } authority)
                {
                    w.WriteString("ofstedRegion", Regions.Of(authority, RegionKind.Ofsted).Name);
                    w.WriteString("onsRegion", Regions.Of(authority, RegionKind.Ons).Name);
                }
                else
                {
                    w.WriteNull("ofstedRegion");
                    w.WriteNull("onsRegion");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("distribution");
            WriteDistributions(w, state.Distributions);
            w.WriteEndObject();
            w.WriteString("publishedBy", HistoryCommand.Iso(state.PublishedBy));
            WriteStrands(w, state);
            w.WriteStartObject("frameworks");
            foreach (var pair in state.FrameworkCounts)
            {
                w.WriteNumber(pair.Key, pair.Value);
            }

            w.WriteEndObject();
            w.WriteStartArray("notYetInspected");
            foreach (var authority in state.NotYetInspected)
            {
                w.WriteStringValue(authority.Name);
            }

            w.WriteEndArray();
            if (!kinds.IsEmpty)
            {
                w.WriteStartArray("regions");
                foreach (var kind in kinds)
                {
                    foreach (var regional in state.ByRegion(kind))
                    {
                        w.WriteStartObject();
                        w.WriteString("kind", kind == RegionKind.Ofsted ? "ofsted" : "ons");
                        w.WriteString("region", regional.Region!.Name);
                        if (regional.Region.GssCode is { } code)
                        {
                            w.WriteString("gss", code);
                        }
                        else
                        {
                            w.WriteNull("gss");
                        }

                        w.WriteNumber("authorities", regional.Subjects.Length + regional.NotYetInspected.Length);
                        w.WriteStartObject("distribution");
                        WriteDistributions(w, regional.Distributions);
                        w.WriteEndObject();
                        WriteStrands(w, regional);
                        w.WriteEndObject();
                    }
                }

                w.WriteEndArray();
            }

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
