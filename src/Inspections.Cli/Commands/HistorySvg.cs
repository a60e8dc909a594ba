using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Inspections.Cli.Output;
using Inspections.Core;
using Inspections.Core.Catalog;
using Inspections.Core.Comparison;
using Inspections.Core.Histories;
using Inspections.Core.Scales;
using static Inspections.Cli.Commands.SvgPicture;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>history --format svg</c>: a grid of inspections × judgement strands. One row per inspection in date order (its
/// date, framework and visit in words); one column per strand that any inspection of the history graded; each cell
/// names its grade in words on the grade's colour, and, where the library compares it with the graded inspection
/// before, says how it changed (▲ better, ▼ worse, = same, ≠ not comparable) with a connector from the earlier cell,
/// dashed across a framework or authority change and absent where the change is not comparable. Reorganisations are
/// rows of their own. Every text is laid out with DejaVu Sans's advance widths (<see cref="FontMetrics"/>), so no two
/// labels overlap and nothing leaves the canvas.
/// </summary>
internal static class HistorySvg
{
    private const double DateWidth = 92, InspectionWidth = 214, CellWidth = 146, GradedRow = 50, UngradedRow = 30, ReorganisationRow = 26;
    private const double LabelSize = 10.5, GradeSize = 10, NoteSize = 9.5, HeadSize = 10.5, MinWidth = 860;

    private sealed record Row(HistoryEntry? Entry, Core.Authorities.Reorganisation? Reorganisation, double Top, double Height);

    public static string Render(AuthorityHistory history, FrameworkCatalog catalog)
    {
        var strands = HistoryStrands.Of(history);
        string name = history.Authority.Name;
        var dated = history.Entries.Where(e => e.Date is not null).ToList();
        string period = dated.Count == 0 ? "no dated inspections" : $"{dated.Min(e => e.Date!.Value).Year.ToString(CultureInfo.InvariantCulture)}–{dated.Max(e => e.Date!.Value).Year.ToString(CultureInfo.InvariantCulture)}";
        double tableLeft = Margin, strandsLeft = tableLeft + DateWidth + InspectionWidth;
        double width = Math.Max(MinWidth, strandsLeft + (Math.Max(1, strands.Columns.Count) * CellWidth) + Margin);
        var page = new PageLayout(width);

        string title = $"{name}: children's services inspections, {period}";
        page.Title(title);
        string lineage = history.Lineage.Length > 1 ? $" Before {name} existed: {string.Join(", ", history.Lineage.Skip(1).Select(a => a.Name))}." : string.Empty;
        page.Subtitle($"Each row is an inspection or visit; each column a judgement strand, followed across framework revisions by the library's lineage. Each cell names the grade given.{lineage}");

        // The header: each strand's name in words, wrapped to its column.
        double headTop = page.Y + 6;
        var headLines = strands.Columns.Select(c => Lines(FontMetrics.Wrap(HistoryWords.StrandName(c), CellWidth - 10, HeadSize, bold: true), 4)).ToList();
        int headCount = Math.Max(2, headLines.Count == 0 ? 1 : headLines.Max(l => l.Count));
        double headHeight = (headCount * 13) + 8;
        var body = new List<XElement>();
        body.Add(Text(tableLeft + 4, headTop + headHeight - 8, "date", HeadSize, bold: true));
        body.Add(Text(tableLeft + DateWidth + 4, headTop + headHeight - 8, "inspection", HeadSize, bold: true));
        for (int c = 0; c < strands.Columns.Count; c++)
        {
            double x = strandsLeft + (c * CellWidth);
            var lines = headLines[c];
            var head = new XElement(Ns + "g", new XAttribute("class", "strand"), new XAttribute("data-strand", strands.Columns[c].Id));
            head.Add(new XElement(Ns + "title", $"{strands.Columns[c].Name} ({strands.Columns[c].Id}): {string.Join(", ", strands.Columns[c].Members)}"));
            for (int k = 0; k < lines.Count; k++)
            {
                head.Add(Text(x + 5, headTop + headHeight - 8 - ((lines.Count - 1 - k) * 13), lines[k], HeadSize, bold: true));
            }

            body.Add(head);
        }

        double tableTop = headTop + headHeight;
        body.Add(Line(tableLeft, tableTop, width - Margin, tableTop, "#555555", 1));

        // The rows: inspections in date order, with each reorganisation before the first inspection after it.
        var rows = new List<Row>();
        double y = tableTop;
        var pending = history.Reorganisations.OrderBy(r => r.TakesEffect).ToList();
        foreach (var entry in history.Entries)
        {
            while (pending.Count > 0 && entry.Date is { } d && pending[0].TakesEffect <= d)
            {
                rows.Add(new Row(null, pending[0], y, ReorganisationRow));
                y += ReorganisationRow;
                pending.RemoveAt(0);
            }

            double h = strands.Columns.Any(c => HistoryStrands.GradeOf(entry, c) is not null) ? GradedRow : SecondLine(history, entry, strands) is null ? UngradedRow : UngradedRow + 12;
            rows.Add(new Row(entry, null, y, h));
            y += h;
        }

        foreach (var reorganisation in pending)
        {
            rows.Add(new Row(null, reorganisation, y, ReorganisationRow));
            y += ReorganisationRow;
        }

        if (history.Entries.IsEmpty)
        {
            body.Add(Text(tableLeft + 4, y + 20, "No inspections of this authority or its predecessors in the record.", LabelSize, fill: Muted));
            y += UngradedRow;
        }

        var rowOf = rows.Where(r => r.Entry is not null).ToDictionary(r => r.Entry!, r => r);
        bool striped = false;
        foreach (var row in rows)
        {
            if (row.Reorganisation is not null)
            {
                continue;
            }

            var entry = row.Entry!;
            var mark = new XElement(Ns + "g", new XAttribute("class", "inspection"), new XAttribute("data-framework", entry.Inspection.FrameworkId), new XAttribute("data-date", HistoryCommand.Iso(entry.Date)));
            mark.Add(new XElement(Ns + "title", Tooltip(history, entry)));
            if (striped)
            {
                mark.Add(Rect(tableLeft, row.Top, width - Margin - tableLeft, row.Height, "#f6f7f8"));
            }

            striped = !striped;
            string date = entry.Date is { } on ? HistoryCommand.Iso(on) + (entry.DateBasis == InspectionDateBasis.Published ? "*" : string.Empty) : "undated";
            mark.Add(Text(tableLeft + 4, row.Top + 18, date, LabelSize, bold: true));
            mark.Add(Text(tableLeft + DateWidth + 4, row.Top + 18, FontMetrics.Fit(HistoryWords.Inspection(entry.Inspection), InspectionWidth - 10, LabelSize), LabelSize));
            string? second = SecondLine(history, entry, strands);
            if (second is not null)
            {
                // In the inspection's own column, never in the strands' space, where connectors run.
                mark.Add(Text(tableLeft + DateWidth + 4, row.Top + 32, FontMetrics.Fit(second, InspectionWidth - 10, NoteSize), NoteSize, fill: Muted));
            }

            for (int c = 0; c < strands.Columns.Count; c++)
            {
                var column = strands.Columns[c];
                if (HistoryStrands.GradeOf(entry, column) is not { } cell)
                {
                    continue;
                }

                double x = strandsLeft + (c * CellWidth);
                var group = new XElement(Ns + "g", new XAttribute("class", "cell"), new XAttribute("data-strand", column.Id), new XAttribute("data-grade", cell.Grade.Id));
                var move = strands.ChangeInto(entry, column);
                group.Add(new XElement(Ns + "title", $"{HistoryCommand.Iso(entry.Date)} {HistoryWords.StrandName(column)} ({cell.JudgementId}{(cell.Member.IsApproximate ? ", approximately" : string.Empty)}): {cell.Grade.Label}" + (move is null ? string.Empty : $". {HistoryWords.Change(move.Change)}: {move.Change.Reason}")));
                group.Add(GradeCell(x + 4, row.Top + 4, CellWidth - 8, row.Height - 8, cell.Grade));
                string fill = TextOn(cell.Grade);
                var lines = FontMetrics.Wrap(cell.Grade.Label, CellWidth - 16, GradeSize, bold: true);
                int shown = Math.Min(2, lines.Count);
                for (int k = 0; k < shown; k++)
                {
                    string text = k == shown - 1 && lines.Count > shown ? FontMetrics.Fit(lines[k] + " " + string.Join(" ", lines.Skip(shown)), CellWidth - 16, GradeSize, bold: true) : lines[k];
                    group.Add(Text(x + 9, row.Top + 17 + (k * 12.5), text, GradeSize, fill: fill, bold: true));
                }

                if (move is not null)
                {
                    group.Add(Text(x + 9, row.Top + 42, FontMetrics.Fit(HistoryWords.ShortChange(move.Change), CellWidth - 16, NoteSize), NoteSize, fill: fill, cssClass: "change"));
                }

                body.Add(group);
            }

            body.Insert(0, mark);
        }

        // Connectors: from each earlier cell to the cell that is compared with it, in the column's gutter; none where not comparable.
        foreach (var link in strands.Links)
        {
            if (!link.Change.IsComparable || !rowOf.TryGetValue(link.Before, out var from) || !rowOf.TryGetValue(link.After, out var to))
            {
                continue;
            }

            int c = strands.Columns.IndexOf(link.Strand);
            double x = strandsLeft + (c * CellWidth) + 2;
            var group = new XElement(Ns + "g", new XAttribute("class", "connector"), new XAttribute("data-strand", link.Strand.Id), new XAttribute("data-direction", HistoryWords.Direction(link.Change)));
            group.Add(new XElement(Ns + "title", $"{HistoryCommand.Iso(link.Before.Date)} to {HistoryCommand.Iso(link.After.Date)}, {HistoryWords.StrandName(link.Strand)}: {HistoryWords.Change(link.Change)}"));
            group.Add(Line(x, from.Top + (from.Height / 2), x, to.Top + (to.Height / 2), "#374151", 1.5, link.Dashed ? "4 3" : null));
            group.Add(new XElement(Ns + "circle", new XAttribute("cx", N(x)), new XAttribute("cy", N(from.Top + (from.Height / 2))), new XAttribute("r", "2"), new XAttribute("fill", "#374151")));
            group.Add(new XElement(Ns + "circle", new XAttribute("cx", N(x)), new XAttribute("cy", N(to.Top + (to.Height / 2))), new XAttribute("r", "2"), new XAttribute("fill", "#374151")));
            body.Add(group);
        }

        // Reorganisations over the connectors: the change of authority interrupts every strand.
        foreach (var row in rows)
        {
            if (row.Reorganisation is not { } change)
            {
                continue;
            }

            var group = new XElement(Ns + "g", new XAttribute("class", "reorganisation"));
            string words = $"{DateText.Words(change.TakesEffect)}: {string.Join(", ", change.Before)} → {string.Join(", ", change.After)} (reorganisation, {change.Source})";
            group.Add(new XElement(Ns + "title", $"{DateText.Words(change.TakesEffect)}: {change.Description} ({change.Source})"));
            group.Add(Rect(tableLeft, row.Top, width - Margin - tableLeft, row.Height, "#f1ecf7"));
            group.Add(Line(tableLeft, row.Top + 1, width - Margin, row.Top + 1, Purple, 1.5, "6 4"));
            group.Add(Text(tableLeft + 4, row.Top + 17, FontMetrics.Fit(words, width - Margin - tableLeft - 8, LabelSize), LabelSize, fill: Purple));
            body.Add(group);
        }

        body.Add(Line(tableLeft, y, width - Margin, y, "#555555", 1));
        page.Place(body, y);
        page.Legend(
        [
            .. GradeKey(strands.Grades),
            new LegendItem(null, "▲ better, ▼ worse, = same: the change in bands since the graded inspection before, in that strand"),
            new LegendItem(null, "a line joins the two cells compared; dashed: the framework or the authority changed, so a change of band, not like for like; ≈ approximate (a judgement split)"),
            new LegendItem(null, "≠ not comparable: the library does not compare them, so no line is drawn"),
            new LegendItem(null, "* dated by publication: the record has no fieldwork date"),
        ]);
        int undated = history.Entries.Count(e => e.Date is null);
        page.Source(
            "Source: Ofsted, inspections of local authority children's services (official statistics and inspection reports), via Inspections.Data."
            + (undated > 0 ? $" {undated} inspection{(undated == 1 ? " has" : "s have")} no date and {(undated == 1 ? "is" : "are")} listed last." : string.Empty)
            + " Contains public sector information licensed under the Open Government Licence v3.0.");
        return page.ToText(title, Describe(history, strands));
    }

    // At most a number of lines, the last ending in "…" when cut (the full name is in the header's tooltip).
    private static List<string> Lines(List<string> lines, int max) =>
        lines.Count <= max ? lines : [.. lines.Take(max - 1), FontMetrics.Fit(lines[max - 1] + " " + string.Join(" ", lines.Skip(max)), CellWidth - 10, HeadSize, bold: true)];

    private static string? SecondLine(AuthorityHistory history, HistoryEntry entry, HistoryStrands strands)
    {
        var parts = new List<string>();
        if (entry.Authority is { } a && !ReferenceEquals(a, history.Authority))
        {
            parts.Add(a.Name);
        }

        if (entry.JudgesAnotherBody)
        {
            parts.Add("judges the LSCB");
        }
        else if (!strands.Columns.Any(c => HistoryStrands.GradeOf(entry, c) is not null))
        {
            parts.Add(entry.IsGraded ? "graded, in no strand shown" : "not graded" + (entry.Inspection.Theme is { } theme ? $": {theme}" : string.Empty));
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string Tooltip(AuthorityHistory history, HistoryEntry entry) =>
        $"{HistoryCommand.Iso(entry.Date)}{(entry.DateBasis == InspectionDateBasis.Published ? " (published)" : string.Empty)}: {entry.Inspection.FrameworkId} {entry.Inspection.VisitTypeId}, "
        + (entry.IsGraded ? string.Join(", ", entry.Inspection.Judgements.Select(j => $"{j.JudgementId} {j.GradeId}")) : "not graded")
        + (entry.Authority is { } a && !ReferenceEquals(a, history.Authority) ? $" ({a.Name})" : string.Empty);

    private static string Describe(AuthorityHistory history, HistoryStrands strands)
    {
        var parts = history.Entries.Select(e =>
            $"{(e.Date is { } d ? HistoryCommand.Iso(d) : "undated")} {e.Inspection.FrameworkId} {e.Inspection.VisitTypeId}: "
            + (strands.Columns.Select(c => HistoryStrands.GradeOf(e, c) is { } cell ? $"{HistoryWords.StrandName(c)} {cell.Grade.Label}" : null).OfType<string>().ToList() is { Count: > 0 } graded ? string.Join(", ", graded) : "not graded"));
        return $"Grid of {history.Entries.Length} inspections of {history.Authority.Name}"
            + (history.Lineage.Length > 1 ? $" and its predecessors ({string.Join(", ", history.Lineage.Skip(1).Select(a => a.Name))})" : string.Empty)
            + " by judgement strand"
            + (history.Entries.IsEmpty ? "." : ": " + string.Join("; ", parts) + ".");
    }
}
