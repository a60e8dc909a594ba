using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Histories;
using Inspections.Core.Scales;
using static Inspections.Cli.Commands.SvgPicture;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>history SUBJECT --neighbours</c>: the authority's latest graded inspection beside its ten statistical neighbours'
/// (the DfE's list, closest first), judgement by judgement, as at today with everything published by today.
/// </summary>
internal static class NeighboursReport
{
    private sealed record Row(LocalAuthority Authority, int Rank, LatestInspection? Latest);

    public static void Write(CliContext context, LocalAuthority authority, IReadOnlyList<InspectionInput> inputs, string format)
    {
        var today = HistoryCommand.Today();
        var state = StateOfTheNation.At(inputs.Select(i => i.Inspection), today, today);
        var register = LocalAuthorityRegister.Default;
        var rows = new List<Row> { new(authority, 0, state.LatestOf(authority)) };
        rows.AddRange(register.StatisticalNeighboursOf(authority).Select((n, i) => new Row(n, i + 1, state.LatestOf(n))));
        var judgements = Columns(rows);
        if (format == CommonOptions.Json)
        {
            WriteJson(context.Out, rows);
        }
        else if (format == HistoryCommand.Svg)
        {
            context.Out.Write(Svg(authority, rows, judgements, today));
        }
        else
        {
            WriteText(context.Out, authority, rows, judgements, today);
        }
    }

    /// <summary>The judgements to show: the subject's latest framework's in its order, then any others in order of appearance.</summary>
    private static List<string> Columns(List<Row> rows)
    {
        var columns = new List<string>();
        foreach (var row in rows)
        {
            if (row.Latest is not { } latest)
            {
                continue;
            }

            var inspection = latest.Entry.Inspection;
            IEnumerable<string> ids = FrameworkCatalog.Default.TryGet(inspection.FrameworkId, out var framework)
                ? framework.Judgements.Select(j => j.Id).Where(inspection.Judgements.Contains)
                : inspection.Judgements.Select(j => j.JudgementId);
            foreach (string id in ids.Where(id => !columns.Contains(id)))
            {
                columns.Add(id);
            }
        }

        return columns;
    }

    private static string Grade(LatestInspection? latest, string judgement, out Grade? grade)
    {
        grade = null;
        if (latest is null || !latest.Entry.Inspection.Judgements.TryGetGradeId(judgement, out var id))
        {
            return "—";
        }

        if (FrameworkCatalog.Default.TryGet(latest.Entry.Inspection.FrameworkId, out var framework) && framework.Scale.TryGetGrade(id, out var g))
        {
            grade = g;
            return g.Label;
        }

        return id;
    }

    private static void WriteText(TextWriter o, LocalAuthority authority, List<Row> rows, List<string> judgements, NodaTime.LocalDate today)
    {
        o.WriteLine($"{HistoryCommand.Describe(authority)} beside its ten statistical neighbours (the DfE's list, closest first), latest graded inspections as at {HistoryCommand.Iso(today)}:");
        o.WriteLine();
        foreach (var row in rows)
        {
            string who = row.Rank == 0 ? $"{row.Authority.Name} (the authority)" : $"{row.Rank,2}. {row.Authority.Name}";
            if (row.Latest is not { } latest)
            {
                o.WriteLine($"{who}: no graded inspection");
                continue;
            }

            var e = latest.Entry;
            o.WriteLine($"{who}: {e.Inspection.FrameworkId} {e.Inspection.VisitTypeId}, {HistoryCommand.Iso(e.Date)}{(e.DateBasis == HistoryDateBasis.Published ? " (published)" : string.Empty)}");
            foreach (string judgement in judgements)
            {
                string label = Grade(latest, judgement, out _);
                if (label != "—")
                {
                    o.WriteLine($"      {judgement}: {label}");
                }
            }
        }
    }

    private static void WriteJson(TextWriter output, List<Row> rows)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Inspections.Cli.Output.CliJsonContext.WriterOptions))
        {
            w.WriteStartObject();
            w.WritePropertyName("subject");
            WriteRow(w, rows[0]);
            w.WriteStartArray("neighbours");
            foreach (var row in rows.Skip(1))
            {
                WriteRow(w, row);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteRow(Utf8JsonWriter w, Row row)
    {
        w.WriteStartObject();
        w.WriteString("name", row.Authority.Name);
        w.WriteString("gss", row.Authority.GssCode);
        if (row.Authority.DfeNumber is { } la)
        {
            w.WriteNumber("la", la);
        }
        else
        {
            w.WriteNull("la");
        }

        if (row.Rank > 0)
        {
            w.WriteNumber("rank", row.Rank);
        }

        if (row.Latest is { } latest)
        {
            var i = latest.Entry.Inspection;
            w.WriteString("framework", i.FrameworkId);
            w.WriteString("visit", i.VisitTypeId);
            w.WriteString("fieldworkStart", i.Fieldwork is { } f ? HistoryCommand.Iso(f.Start) : null);
            w.WriteString("published", i.Published is { } p ? HistoryCommand.Iso(p) : null);
            w.WriteStartObject("judgements");
            foreach (var pair in i.Judgements)
            {
                w.WriteString(pair.JudgementId, pair.GradeId);
            }

            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("framework");
            w.WriteNull("visit");
            w.WriteNull("fieldworkStart");
            w.WriteNull("published");
            w.WriteNull("judgements");
        }

        w.WriteEndObject();
    }

    private static string Svg(LocalAuthority authority, List<Row> rows, List<string> judgements, NodaTime.LocalDate today)
    {
        const double left = 250, top = 150, cellWidth = 128, cellHeight = 30, dateWidth = 110;
        double width = left + dateWidth + (Math.Max(1, judgements.Count) * cellWidth) + 30;
        double height = top + (rows.Count * cellHeight) + 80;
        string title = $"{authority.Name} beside its statistical neighbours: latest inspection grades";
        string description = $"Latest graded inspection as at {HistoryCommand.Iso(today)} of {authority.Name} and its ten statistical neighbours (DfE), judgement by judgement. "
            + string.Join(" ", rows.Select(r => $"{r.Authority.Name}: " + (r.Latest is null ? "no graded inspection." : string.Join(", ", judgements.Select(j => $"{j} {Grade(r.Latest, j, out _)}")) + ".")));
        var svg = Create(width, height, title, description);
        svg.Add(Text(20, 34, title, 19, bold: true));
        svg.Add(Text(20, 56, $"As at {HistoryCommand.Iso(today)}; neighbours are the DfE's ten statistical neighbours, closest first. Each cell names its grade.", 12, fill: "#444444"));
        svg.Add(Text(left + 4, top - 12, "inspected", 11, bold: true));
        for (int c = 0; c < judgements.Count; c++)
        {
            double x = left + dateWidth + (c * cellWidth);
            var head = new XElement(Ns + "text", new XAttribute("transform", $"translate({N(x + 6)},{N(top - 10)}) rotate(-30)"), new XAttribute("font-size", "11"), new XAttribute("font-weight", "bold"), new XAttribute("fill", "#1a1a1a"), judgements[c]);
            svg.Add(head);
        }

        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            double y = top + (r * cellHeight);
            var group = new XElement(Ns + "g", new XAttribute("class", "authority"), new XAttribute("data-name", row.Authority.Name));
            if (r == 0)
            {
                group.Add(Rect(10, y, width - 20, cellHeight, "#fff7d6"));
            }

            group.Add(Text(left - 10, y + 20, r == 0 ? row.Authority.Name : $"{row.Rank}. {row.Authority.Name}", 12, "end", bold: r == 0));
            group.Add(Text(left + 4, y + 20, row.Latest is { } l ? HistoryCommand.Iso(l.Entry.Date) : "not inspected", 11, fill: "#333333"));
            for (int c = 0; c < judgements.Count; c++)
            {
                double x = left + dateWidth + (c * cellWidth);
                string label = Grade(row.Latest, judgements[c], out var grade);
                var cell = new XElement(Ns + "g", new XAttribute("class", "cell"), new XAttribute("data-judgement", judgements[c]), new XAttribute("data-grade", grade?.Id ?? string.Empty));
                cell.Add(new XElement(Ns + "title", $"{row.Authority.Name}, {judgements[c]}: {label}"));
                cell.Add(Rect(x + 2, y + 3, cellWidth - 4, cellHeight - 6, grade is null ? "#f3f4f6" : Colour(grade)));
                cell.Add(Text(x + (cellWidth / 2), y + 19, Abbreviate(label), 10, "middle", grade is null ? "#6b7280" : TextOn(grade)));
                group.Add(cell);
            }

            svg.Add(group);
        }

        svg.Add(Text(20, height - 24, "Source: Ofsted inspection records (OGL v3.0); statistical neighbours: DfE, via the JT-39 ILACS scrape lookup (MIT).", 10, fill: "#444444"));
        return ToText(svg);
    }

    private static string Abbreviate(string label) => label == "Requires improvement to be good" ? "Requires improvement" : label;
}
