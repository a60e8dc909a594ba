using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Inspections.Core;
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
        var today = context.Today;
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

    /// <summary>The strands to show: those any row's latest inspection grades, in the order of <see cref="JudgementStrands.All"/>.</summary>
    private static List<JudgementStrand> Columns(List<Row> rows) =>
        JudgementStrands.Default.All.Where(s => rows.Any(r => r.Latest?.Entry.GradeOf(s) is not null)).ToList();

    private static string Grade(LatestInspection? latest, JudgementStrand strand, out Grade? grade)
    {
        grade = latest?.Entry.GradeOf(strand)?.Grade;
        return grade?.Label ?? "—";
    }

    private static void WriteText(TextWriter o, LocalAuthority authority, List<Row> rows, List<JudgementStrand> judgements, NodaTime.LocalDate today)
    {
        o.WriteLine($"{HistoryCommand.Describe(authority)} beside {Vintage}; latest graded inspections as at {HistoryCommand.Iso(today)}, by judgement strand:");
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
            o.WriteLine($"{who}: {e.Inspection.FrameworkId} {e.Inspection.VisitTypeId}, {HistoryCommand.Iso(e.Date)}{(e.DateBasis == InspectionDateBasis.Published ? " (published)" : string.Empty)}");
            foreach (var judgement in judgements)
            {
                string label = Grade(latest, judgement, out _);
                if (label != "—")
                {
                    o.WriteLine($"      {HistoryWords.StrandName(judgement)}: {label}");
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
            w.WriteStartObject("strands");
            foreach (var grade in latest.Entry.Strands)
            {
                w.WriteString(grade.Strand.Id, grade.Grade.Id);
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
            w.WriteNull("strands");
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// Which list the neighbours are: the DfE's statistical neighbours as the JT-39 lookup gives them. The list names
    /// Cumberland and Westmorland and Furness, so it was made after the reorganisation of 1 April 2023; which DfE
    /// release it is, the lookup does not say (UNCONFIRMED).
    /// </summary>
    public const string Vintage = "the DfE's ten statistical neighbours, closest first, as listed after the April 2023 reorganisations (JT-39 lookup, commit 54af59b; the DfE release is not stated)";

    /// <summary>The grid as SVG, for the layout test and <c>--format svg</c>.</summary>
    internal static string RenderSvg(LocalAuthority authority, IReadOnlyList<InspectionInput> inputs, NodaTime.LocalDate today)
    {
        var state = StateOfTheNation.At(inputs.Select(i => i.Inspection), today, today);
        var rows = new List<Row> { new(authority, 0, state.LatestOf(authority)) };
        rows.AddRange(LocalAuthorityRegister.Default.StatisticalNeighboursOf(authority).Select((n, i) => new Row(n, i + 1, state.LatestOf(n))));
        return Svg(authority, rows, Columns(rows), today);
    }

    private static string Svg(LocalAuthority authority, List<Row> rows, List<JudgementStrand> judgements, NodaTime.LocalDate today)
    {
        const double nameWidth = 230, inspectedWidth = 196, cellWidth = 146, rowHeight = 40, labelSize = 10.5, gradeSize = 10, noteSize = 9.5;
        double left = Margin, cellsLeft = left + nameWidth + inspectedWidth;
        double width = Math.Max(860, cellsLeft + (Math.Max(1, judgements.Count) * cellWidth) + Margin);
        var page = new PageLayout(width);
        string title = $"{authority.Name} beside its statistical neighbours: latest inspection grades, judgement by judgement";
        page.Title(title);
        page.Subtitle($"Each authority's latest graded inspection as at {HistoryCommand.Iso(today)} (published by then), by judgement strand. Neighbours: {Vintage}. Each cell names its grade; \"not judged\" where that inspection did not grade the strand (ILACS from April 2026 has no overall effectiveness).");
        var names = judgements.Select(HistoryWords.StrandName).ToList();
        var headLines = names.Select(n => FontMetrics.Wrap(n, cellWidth - 10, labelSize, bold: true)).ToList();
        int headCount = Math.Max(2, headLines.Count == 0 ? 1 : headLines.Max(l => l.Count));
        double headTop = page.Y + 6, headHeight = (headCount * 13) + 8, baseline = headTop + headHeight - 8;
        var body = new List<XElement>
        {
            Text(left + 4, baseline, "authority", labelSize, bold: true),
            Text(left + nameWidth + 4, baseline, "latest graded inspection", labelSize, bold: true),
        };
        for (int c = 0; c < judgements.Count; c++)
        {
            var head = new XElement(Ns + "g", new XAttribute("class", "strand"), new XAttribute("data-strand", judgements[c].Id));
            head.Add(new XElement(Ns + "title", $"{names[c]} ({judgements[c].Id}): {string.Join(", ", judgements[c].Members)}"));
            for (int k = 0; k < headLines[c].Count; k++)
            {
                head.Add(Text(cellsLeft + (c * cellWidth) + 5, baseline - ((headLines[c].Count - 1 - k) * 13), headLines[c][k], labelSize, bold: true));
            }

            body.Add(head);
        }

        double top = headTop + headHeight;
        body.Add(Line(left, top, width - Margin, top, "#555555", 1));
        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            double y = top + (r * rowHeight);
            var group = new XElement(Ns + "g", new XAttribute("class", "authority"), new XAttribute("data-name", row.Authority.Name));
            group.Add(new XElement(Ns + "title", row.Latest is { } t ? $"{row.Authority.Name}: {t.Entry}" : $"{row.Authority.Name}: no graded inspection"));
            if (r == 0)
            {
                group.Add(Rect(left, y, width - Margin - left, rowHeight, "#fff7d6"));
            }
            else if (r % 2 == 0)
            {
                group.Add(Rect(left, y, width - Margin - left, rowHeight, "#f6f7f8"));
            }

            string who = r == 0 ? row.Authority.Name : $"{row.Rank}. {row.Authority.Name}";
            group.Add(Text(left + 4, y + 17, FontMetrics.Fit(who, nameWidth - 10, labelSize, bold: r == 0), labelSize, bold: r == 0));
            if (r == 0)
            {
                group.Add(Text(left + 4, y + 31, "the authority", noteSize, fill: Muted));
            }

            if (row.Latest is { } latest)
            {
                var e = latest.Entry;
                group.Add(Text(left + nameWidth + 4, y + 17, HistoryCommand.Iso(e.Date) + (e.DateBasis == InspectionDateBasis.Published ? "*" : string.Empty), labelSize));
                group.Add(Text(left + nameWidth + 4, y + 31, FontMetrics.Fit(HistoryWords.Inspection(e.Inspection), inspectedWidth - 10, noteSize), noteSize, fill: Muted));
            }
            else
            {
                group.Add(Text(left + nameWidth + 4, y + 17, "no graded inspection", labelSize, fill: Muted));
            }

            for (int c = 0; c < judgements.Count; c++)
            {
                double x = cellsLeft + (c * cellWidth);
                string label = Grade(row.Latest, judgements[c], out var grade);
                var cell = new XElement(Ns + "g", new XAttribute("class", "cell"), new XAttribute("data-judgement", judgements[c].Id), new XAttribute("data-grade", grade?.Id ?? string.Empty));
                if (label == "—")
                {
                    if (row.Latest is not null)
                    {
                        cell.Add(new XElement(Ns + "title", $"{row.Authority.Name}, {names[c]}: not judged at its latest graded inspection"));
                        cell.Add(Text(x + 9, y + 24, "not judged", noteSize, fill: Muted));
                        group.Add(cell);
                    }

                    continue;
                }

                cell.Add(new XElement(Ns + "title", $"{row.Authority.Name}, {names[c]}: {label}"));
                cell.Add(GradeCell(x + 4, y + 4, cellWidth - 8, rowHeight - 8, grade));
                var lines = FontMetrics.Wrap(label, cellWidth - 16, gradeSize, bold: true);
                string fill = grade is null ? Muted : TextOn(grade);
                if (lines.Count == 1)
                {
                    cell.Add(Text(x + 9, y + 24, lines[0], gradeSize, fill: fill, bold: true));
                }
                else
                {
                    cell.Add(Text(x + 9, y + 18, lines[0], gradeSize, fill: fill, bold: true));
                    cell.Add(Text(x + 9, y + 30.5, FontMetrics.Fit(string.Join(" ", lines.Skip(1)), cellWidth - 16, gradeSize, bold: true), gradeSize, fill: fill, bold: true));
                }

                group.Add(cell);
            }

            body.Add(group);
        }

        double bottom = top + (rows.Count * rowHeight);
        body.Add(Line(left, bottom, width - Margin, bottom, "#555555", 1));
        page.Place(body, bottom);
        var grades = rows.SelectMany(r => judgements.Select(j => { Grade(r.Latest, j, out var g); return g; })).OfType<Grade>().Distinct().ToList();
        page.Legend([.. GradeKey(grades), new LegendItem(null, "* dated by publication: the record has no fieldwork date")]);
        page.Source("Source: Ofsted, inspections of local authority children's services, via Inspections.Data; statistical neighbours: DfE, via the JT-39 ILACS scrape lookup (MIT). Contains public sector information licensed under the Open Government Licence v3.0.");
        string description = $"Latest graded inspection as at {HistoryCommand.Iso(today)} of {authority.Name} and its ten statistical neighbours (DfE), judgement by judgement. "
            + string.Join(" ", rows.Select(r => $"{r.Authority.Name}: " + (r.Latest is null ? "no graded inspection." : string.Join(", ", judgements.Select(j => $"{HistoryWords.StrandName(j)} {Grade(r.Latest, j, out _)}")) + ".")));
        return page.ToText(title, description);
    }
}
