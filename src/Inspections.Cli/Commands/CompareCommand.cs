using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Inspections.Cli.Output;
using Inspections.Core.Comparison;
using Inspections.Core;
using Inspections.Core.Serialization;

namespace Inspections.Cli.Commands;

/// <summary><c>inspections compare A B</c>: compares two inspections of one subject, judgement by judgement and overall.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var first = new Argument<string>("A") { Description = "An inspection document (.json)." };
        var second = new Argument<string>("B") { Description = "Another inspection document of the same subject (.json)." };
        var format = CommonOptions.Format();
        var command = new Command(
            "compare",
            "Compare two inspections of the same subject, judgement by judgement and overall; across frameworks through the lineage and scale crosswalks, with the caveat.")
        {
            first, second, format,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(first)!, parsed.GetValue(second)!, parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string firstPath, string secondPath, string format)
    {
        var first = Read(context, firstPath, out int firstExit);
        if (firstExit == ExitCodes.UsageError && DocumentFiles.IsJsonLines(firstPath))
        {
            return ExitCodes.UsageError;
        }

        var second = Read(context, secondPath, out int secondExit);
        if (first is null || second is null)
        {
            return Math.Max(firstExit, secondExit);
        }

        if (!InspectionComparer.IsSameSubject(first.Subject, second.Subject))
        {
            context.Error.WriteLine(
                $"inspections: {Printable.Escape(firstPath)} is of '{Printable.Escape(first.Subject.Name)}' and {Printable.Escape(secondPath)} of '{Printable.Escape(second.Subject.Name)}': compare takes two inspections of the same subject.");
            return ExitCodes.UsageError;
        }

        var comparison = InspectionComparer.Compare(first, second);
        bool swapped = !ReferenceEquals(comparison.Before, first);
        string beforePath = swapped ? secondPath : firstPath, afterPath = swapped ? firstPath : secondPath;
        var report = new CompareReport(
            Reference(beforePath, comparison.Before),
            Reference(afterPath, comparison.After),
            comparison.FrameworkChanged,
            comparison.Overall.Comparison.Caveat ?? comparison.Judgements.Select(j => j.Comparison.Caveat).FirstOrDefault(c => c is not null),
            Line(comparison.Overall),
            comparison.Judgements.Select(Line).ToList());

        if (format == CommonOptions.Json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Default.CompareReport));
            return ExitCodes.Success;
        }

        var o = context.Out;
        o.WriteLine($"{Printable.Escape(comparison.After.Subject.Name)}: {Describe(report.Before)} → {Describe(report.After)}");
        if (report.Caveat is not null)
        {
            o.WriteLine($"Caveat: {Printable.Escape(report.Caveat)}");
        }

        o.WriteLine();
        // Columns as wide as their widest cell: long grade ids (requires-improvement-to-be-good) keep them aligned.
        var table = new TextTable("judgement", "before", string.Empty, "after", "change");
        foreach (var line in TextRows(comparison, report))
        {
            string movement = line.Direction switch
            {
                "better" => $"better by {Words.Bands(line.Steps ?? 0)} ({line.Basis})",
                "worse" => $"worse by {Words.Bands(line.Steps ?? 0)} ({line.Basis})",
                "same" => $"same ({line.Basis})",
                _ => "not comparable",
            };
            table.Add(Printable.Escape(line.Judgement), Printable.Escape(line.Before ?? "—"), "→", Printable.Escape(line.After ?? "—"), movement);
            if (line.Direction == "not-comparable" && line.Reason is not null)
            {
                table.Add(string.Empty, string.Empty, string.Empty, string.Empty, Printable.Escape(line.Reason));
            }
        }

        table.WriteTo(o);
        return ExitCodes.Success;
    }

    /// <summary>
    /// The rows of the text table: the overall line first, then each judgement. When the overall line compares
    /// the same two judgements as a judgement's line (the headline, overall effectiveness, under both visit types),
    /// that judgement is printed once, first, as "overall-effectiveness (overall)", not as two twin rows; the JSON
    /// keeps both, as "overall" and in "judgements".
    /// </summary>
    private static IEnumerable<JudgementComparisonReport> TextRows(InspectionComparison comparison, CompareReport report)
    {
        var overall = comparison.Overall;
        int twin = -1;
        for (int i = 0; i < comparison.Judgements.Length && overall.BeforeJudgementId is not null && overall.AfterJudgementId is not null; i++)
        {
            var line = comparison.Judgements[i];
            if (line.BeforeJudgementId == overall.BeforeJudgementId && line.AfterJudgementId == overall.AfterJudgementId)
            {
                twin = i;
                break;
            }
        }

        if (twin < 0)
        {
            yield return report.Overall;
        }
        else
        {
            yield return report.Judgements[twin] with { Judgement = $"{report.Judgements[twin].Judgement} (overall)" };
        }

        for (int i = 0; i < report.Judgements.Count; i++)
        {
            if (i != twin)
            {
                yield return report.Judgements[i];
            }
        }
    }

    private static Inspection? Read(CliContext context, string path, out int exitCode)
    {
        if (DocumentFiles.IsJsonLines(path))
        {
            context.Error.WriteLine(
                $"inspections: {Printable.Escape(path)} is a .jsonl file (one document per line); compare takes two single documents (.json). Write the two lines to compare into files of their own.");
            exitCode = ExitCodes.UsageError;
            return null;
        }

        if (!File.Exists(path))
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(path)}: no such file.");
            exitCode = ExitCodes.UsageError;
            return null;
        }

        InspectionReadResult result;
        try
        {
            using var stream = FileInput.OpenRead(path, context, long.MaxValue);
            result = InspectionJson.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(path)}: cannot be read: {Printable.Escape(e.Message)}");
            exitCode = ExitCodes.UsageError;
            return null;
        }

        foreach (var d in result.Diagnostics)
        {
            context.Error.WriteLine(DiagnosticText.Line(path, d));
        }

        if (!result.IsValid || result.Inspection is null)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(path)} is not a valid inspection document, so it is not compared.");
            exitCode = ExitCodes.Invalid;
            return null;
        }

        exitCode = ExitCodes.Success;
        return result.Inspection;
    }

    private static JudgementComparisonReport Line(JudgementComparison line) => new(
        line.JudgementId,
        line.BeforeGradeId,
        line.AfterGradeId,
        Words.Of(line.Comparison.Direction),
        line.Comparison.Steps,
        Words.Of(line.Comparison.Basis),
        line.Comparison.Reason);

    private static InspectionReference Reference(string path, Inspection inspection) => new(
        path,
        inspection.Subject.Name,
        inspection.FrameworkId,
        inspection.VisitTypeId,
        inspection.Fieldwork is { } fieldwork ? Words.Date(fieldwork.Start) : null,
        inspection.Fieldwork?.End is { } end ? Words.Date(end) : null);

    private static string Describe(InspectionReference side) => $"{Printable.Escape(side.Framework)} {Printable.Escape(side.Visit)} ({side.FieldworkStart})";
}
