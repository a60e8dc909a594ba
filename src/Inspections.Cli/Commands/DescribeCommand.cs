using System.CommandLine;
using System.Linq;
using System.Text.Json;
using Inspections.Cli.Output;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using NodaTime.Text;

namespace Inspections.Cli.Commands;

/// <summary><c>inspections describe FRAMEWORK</c>: prints a framework's scale, visit types, judgement tree, rules and timescales.</summary>
internal static class DescribeCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("FRAMEWORK") { Description = "A framework id, such as sif-2013 (see 'inspections frameworks')." };
        var format = CommonOptions.Format();
        var command = new Command("describe", "Print a framework: scale, visit types, judgement tree, rules, timescales.") { id, format };
        command.SetAction(parsed => Run(context, parsed.GetValue(id)!, parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string id, string format)
    {
        var catalog = FrameworkCatalog.Default;
        if (!catalog.TryGet(id, out var framework))
        {
            string? suggestion = NearMisses.Suggest(id, catalog.All.Select(f => f.Id));
            context.Error.WriteLine(suggestion is null
                ? $"inspections: there is no framework '{Printable.Escape(id)}'; the frameworks are {string.Join(", ", catalog.All.Select(f => f.Id))}."
                : $"inspections: there is no framework '{Printable.Escape(id)}'; did you mean '{suggestion}'? The frameworks are {string.Join(", ", catalog.All.Select(f => f.Id))}.");
            return ExitCodes.UsageError;
        }

        var description = Describe(framework);
        if (format == CommonOptions.Json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(description, CliJsonContext.Default.FrameworkDescription));
            return ExitCodes.Success;
        }

        var o = context.Out;
        o.WriteLine($"{framework.Id}: {framework.Name}");
        o.WriteLine($"Regulator: {framework.Regulator}");
        o.WriteLine($"In force: {description.From} to {description.To ?? "now"}");
        o.WriteLine($"Inspects: {string.Join(", ", description.Subjects)}");
        o.WriteLine();
        o.WriteLine($"Scale {framework.Scale.Id}: {framework.Scale.Name}, best first (Ofsted's code, id, label):");
        var grades = new TextTable(string.Empty, string.Empty, string.Empty).RightAlign(0);
        foreach (var grade in framework.Scale.Grades)
        {
            grades.Add(grade.OfficialCode is { } code ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-", grade.Id, grade.Label);
        }

        grades.WriteTo(o, "  ");
        o.WriteLine();
        o.WriteLine("Judgements:");
        foreach (var judgement in framework.Judgements.Where(j => j.ParentId is null))
        {
            WriteTree(o, framework, judgement, 1);
        }

        o.WriteLine();
        o.WriteLine("Visit types:");
        foreach (var visit in description.VisitTypes)
        {
            o.WriteLine($"  {visit.Id}: {visit.Name} ({(visit.Graded ? "graded" : "ungraded")}; usually {Words.Duration(framework.VisitTypes.Single(v => v.Id == visit.Id).UsualFieldworkLength)} of fieldwork; notice: {visit.Notice})");
            if (visit.Graded)
            {
                o.WriteLine($"    requires: {string.Join(", ", visit.Required)}");
            }
        }

        o.WriteLine();
        o.WriteLine("Rules:");
        if (description.Rules.Count == 0)
        {
            o.WriteLine("  (none)");
        }

        foreach (var rule in description.Rules)
        {
            o.WriteLine($"  {rule.Id} [{rule.Strength}]: {rule.Description}");
        }

        WriteCycle(o, framework);
        o.WriteLine();
        o.WriteLine($"Timescales: {(framework.Timescales.IsEmpty ? "(none)" : string.Join(", ", framework.Timescales.Select(t => $"{t.Id} ({Words.Duration(t.Period)})")))}");
        return ExitCodes.Success;
    }

    /// <summary>The framework's inspection cycle: window, rules with their sources, suspensions (issue 27).</summary>
    private static void WriteCycle(System.IO.TextWriter o, InspectionFramework framework)
    {
        o.WriteLine();
        o.WriteLine("Inspection cycle:");
        if (framework.Cycle is not { } cycle)
        {
            o.WriteLine("  (none stated)");
            return;
        }

        o.WriteLine(cycle.Window is { } window ? $"  window: {window.Wording} (source: {cycle.WindowSource})" : "  window: none stated");
        foreach (var rule in cycle.Rules)
        {
            o.WriteLine($"  {rule.Id}: when {string.Join(" and ", rule.Conditions)}: next {rule.NextVisitTypeId}{(rule.InWindow ? " in the window" : ", no window")}");
            o.WriteLine($"    {rule.Description}");
            if (rule.MonitoringInterval is { } every)
            {
                o.WriteLine($"    monitoring visits every {Words.Duration(every)}");
            }

            if (rule.Between is { } between)
            {
                o.WriteLine($"    between inspections: {between}");
            }

            o.WriteLine($"    source: {rule.Source}");
            if (rule.Unconfirmed is { } unconfirmed)
            {
                o.WriteLine($"    {unconfirmed}");
            }
        }

        foreach (var suspension in cycle.Suspensions)
        {
            o.WriteLine($"  suspended: no fieldwork from {LocalDatePattern.Iso.Format(suspension.LastFieldworkBefore)} to {LocalDatePattern.Iso.Format(suspension.FirstFieldworkAfter)} ({suspension.Length.Days} days; windows it touches move by as much). {suspension.Description}");
            o.WriteLine($"    source: {suspension.Source}");
        }
    }

    private static void WriteTree(System.IO.TextWriter o, InspectionFramework framework, Judgement judgement, int depth)
    {
        o.WriteLine($"{new string(' ', depth * 2)}{judgement.Id}: {judgement.Name}");
        foreach (var child in framework.GetSubJudgements(judgement.Id))
        {
            WriteTree(o, framework, child, depth + 1);
        }
    }

    private static FrameworkDescription Describe(InspectionFramework f) => new(
        f.Id,
        f.Name,
        f.Regulator,
        LocalDatePattern.Iso.Format(f.InForce.Start),
        f.InForce.End is { } end ? LocalDatePattern.Iso.Format(end) : null,
        f.SubjectKinds.Select(k => k.ToId()).ToList(),
        new ScaleReport(f.Scale.Id, f.Scale.Name, f.Scale.Grades.Select(g => new GradeReport(g.Id, g.Label, g.OfficialCode)).ToList()),
        f.VisitTypes.Select(v => new VisitTypeReport(
            v.Id, v.Name, v.IsGraded, PeriodPattern.NormalizingIso.Format(v.UsualFieldworkLength), v.Notice, v.HeadlineJudgementId,
            v.JudgementIds.ToList(), v.RequiredJudgementIds.ToList())).ToList(),
        f.Judgements.Select(j => new JudgementReport(j.Id, j.Name, j.ParentId)).ToList(),
        f.Rules.Select(r => new RuleReport(
            r.Id,
            r is ForcedGradeRule ? "forced-grade" : "limiting-judgement",
            r.Strength == RuleStrength.Must ? "must" : "likely",
            r.TargetJudgementId,
            r.ConditionJudgementIds.ToList(),
            r.Description,
            r.Source)).ToList(),
        f.Timescales.Select(t => new TimescaleReport(t.Id, t.Name, PeriodPattern.NormalizingIso.Format(t.Period))).ToList(),
        f.Sources.ToList());
}
