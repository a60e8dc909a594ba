using System.Globalization;
using System.Text;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Core.Tests.Catalog;

/// <summary>
/// Renders docs/frameworks.md from a catalog: one section per framework (dates, regulator, scale, judgement
/// tree, visit types, rules, timescales, lineage, notes and sources), framed by the hand-written prose below.
/// Every fact comes from the framework definitions, so the page cannot drift from the code;
/// <see cref="FrameworkDocsTests"/> fails when the file differs from this rendering.
/// </summary>
internal static class FrameworkDocsRenderer
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");

    private const string Header = """
        # The inspection frameworks

        <!-- Generated from FrameworkCatalog.Default by tests/Inspections.Core.Tests/Catalog/FrameworkDocsRenderer.cs.
             Do not edit by hand: change the definitions in src/Inspections.Core/Catalog/Definitions/ (or the prose in
             the renderer), then run  UPDATE_DOCS=1 dotnet test tests/Inspections.Core.Tests --filter FrameworkDocsTests
             A test fails whenever this file and the catalog disagree. -->

        Since 2008, the children's services of English local authorities (and, for a time, the service areas of
        Cafcass) have been inspected under nine frameworks. Each had its own judgements, its own words for the
        grades, its own kinds of visit and its own rules for how the judgements relate. This page describes each
        framework as the library models it in `FrameworkCatalog.Default`, with the sources of every fact, and marks
        what the sources leave unconfirmed and what the library chose where they are silent.

        The ids (of frameworks, visit types, judgements, scales, grades and timescales) are the public contract of
        `shared/spec/identifiers.md`; they never change meaning. The facts come first from Ofsted's own record:
        the official statistics in `shared/data/ofsted` ("Ofsted, Children's social care data in England 2023,
        table LA_inspections_2009-2023" and "Ofsted, Local authority inspection outcomes as at 31 March 2025", with
        the in-year tables; Crown copyright, Open Government Licence v3.0), which tests read row by row to check
        every date, required judgement and rule below. Where Ofsted published nothing, they come from handbooks,
        reports, council minutes and the press, cited per fact, and from the research notes in
        `shared/domain/frameworks.md` (an older secondary summary, corrected where the record disagrees). Contains
        public sector information licensed under the Open Government Licence v3.0.

        ## How to read a framework

        - **In force** gives the first and last day the framework applied, both inclusive: the days of the
          fieldwork Ofsted did under it, as its record shows, not only the handbook's launch and withdrawal. Where
          inspections under an old framework ran on after the next began, the two overlap (SLAC and the 2012
          protection of children inspections in June and July 2012; SIF re-inspections and ILACS from January to
          July 2018), so `InForceOn` may answer two frameworks; a document always names its own. Fieldwork that
          starts outside the dates is an error (INS030); with no fieldwork dates, the framework must have been in
          force in the six months before publication. The current framework is open ended.
        - **Judgements** form a tree. The top-level judgements are the framework's key judgements; the *headline*
          is the one that sums up a visit (usually overall effectiveness). An indented judgement is a graded
          sub-judgement: it may only be graded when its parent is (INS016).
        - **Visit types** say whether a visit is graded, how long its fieldwork usually lasts (a longer one is a
          warning, INS032), how much notice the local authority usually gets, and which judgements it must grade
          (a missing one is an error, INS014) and which it may. An ungraded visit carries no judgements (INS015).
        - **Rules** say how judgements relate. A rule the handbook states as always holding is *must*: breaking it
          is an error (INS020). A rule that normally holds ("likely", or seen in the published record but not
          confirmed in a handbook) is *likely*: breaking it is a warning (INS021) and the inspection stays valid.
          A rule applies only when every judgement it reads is graded on the framework's scale.
        - **Timescales** are the bands a recommendation may carry. A recommendation is due that calendar period
          after publication (or after fieldwork ends, when there is no publication date): 31 August plus six months
          is 29 February in a leap year and 28 February otherwise. A timescale the framework does not use is an
          error (INS033).
        - **Lineage** links a judgement to the judgement of an earlier framework it succeeds. Comparisons across
          frameworks follow these links and no others, the overall line included; a link marked *approximate*
          joins judgements that do not cover the same ground (a judgement split in two), and a comparison along
          it says so.
        - **UNCONFIRMED** marks a fact the domain notes could not check against a primary source. **Modelling
          choice** marks a decision the library made where the sources are silent or disagree.

        ## Using the catalog

        ```csharp
        using Inspections.Core.Catalog;
        using Inspections.Core;
        using NodaTime;

        var catalog = FrameworkCatalog.Default;

        // Which framework applied to a local authority whose fieldwork began on 13 January 2015?
        var sif = catalog.InForceOn(new LocalDate(2015, 1, 13), SubjectKind.LocalAuthority)[0]; // sif-2013

        // On 16 July 2012 two were: SLAC's last inspections were under way after the 2012 ones began.
        var both = catalog.InForceOn(new LocalDate(2012, 7, 16), SubjectKind.LocalAuthority); // slac-2009, protection-of-children-2012

        // Its judgement tree, visit types and rules.
        foreach (var judgement in sif.Judgements)
        {
            Console.WriteLine($"{(judgement.IsSubJudgement ? "  " : "")}{judgement.Id}: {judgement.Name}");
        }

        var full = sif.GetVisitType("full-inspection");      // graded, usually 4 weeks
        var rule = sif.Rules[0];                             // inadequate-key-judgement-means-inadequate-overall (must)
        ```

        Lookups by id and by date allocate nothing once the catalog is built, and the catalog is safe to share
        between threads. To model a framework of your own, use `FrameworkBuilder`; `Build` checks the definition
        (unique ids, parents and rules that name judgements it defines, no cycle of parents or of limiting rules,
        no visit type grading a sub-judgement without its parent) and lists every problem in a
        `FrameworkDefinitionException`. `FrameworkCatalog.WithFramework` gives a catalog with your framework added.

        """;

    private const string Footer = """
        ## Where the sources are unclear, and what the library chose

        - **Names.** identifiers.md names the 2023 and 2026 revisions of ILACS by what changed ("ILACS as revised
          in 2023 (care leavers judged on their own)"); Ofsted's own title stayed "Inspecting local authority
          children's services". The library keeps the contract's names.
        - **Timescales.** identifiers.md gives the three timescales for APA, Cafcass, SLAC and 2012 reports, and
          the spec's own sif-2013 example uses `immediately`; the domain notes confirm them only for Cafcass (the
          Greater London report) and the 2012 framework (Bath and North East Somerset). The library allows them
          for those five frameworks and for none of the ILACS versions.
        - **Dates from the record.** The 2009–2023 table gives publication dates only, so a framework's last day
          is the end of the month of the last fieldwork known from a report or the press (SLAC: Bexley, July 2012;
          SIF: Torbay, 11 June – 5 July 2018). Where no fieldwork date was found (the targeted looked after children
          inspections of 2013, the last Cafcass service-area inspection) the dates are marked UNCONFIRMED.
        - **Required judgements.** A visit type requires what Ofsted's official table gives for every outcome of
          that kind, so that the official record can be written down without inventing grades: SLAC requires the
          two strands' overall effectiveness (identifiers.md also lists capacity for improvement), the 2012
          protection of children inspections and the targeted inspections of 2013 their overall effectiveness.
          The other judgements stay, optional.
        - **Rules the record contradicts.** A rule stays only where a test over Ofsted's official rows shows it
          holding on every outcome. The SIF's "help and protection limits overall effectiveness" did not (18 of
          173 outcomes break it) and the 2012 rule on quality of practice could not be checked (the table has
          overall effectiveness only); both were removed, and the framework notes say why.
        - **Visit types the contract leaves out.** The SIF's monitoring visits to inadequate authorities, the
          2016 targeted local authority inspections and joint targeted area inspections (JTAIs, from 2016) have
          no ids in identifiers.md and are not modelled.
        - **Versions of ILACS.** ILACS is one framework that Ofsted updated several times; the catalog splits it
          where the judgements changed (January 2023, April 2026) and decides the version by the first day of
          fieldwork, which every dated row of the real CSV bears out.
        - **The domain notes themselves.** `shared/domain/frameworks.md` has two sections numbered 9, and cites
          the JT-39 CSV at commit 28e3fdbc… while `shared/data/README.md` gives commit 54af59bf…; the outcome
          tables of section 8 agree with the CSV shipped in `shared/data`.
        """;

    /// <summary>Renders the whole page, with "\n" line endings.</summary>
    public static string Render(FrameworkCatalog catalog)
    {
        var md = new StringBuilder();
        Text(md, Header);
        RenderSummary(md, catalog);
        foreach (var framework in catalog.All)
        {
            RenderFramework(md, catalog, framework);
        }

        Text(md, Footer);
        return md.ToString();
    }

    private static void RenderSummary(StringBuilder md, FrameworkCatalog catalog)
    {
        Line(md, "## The frameworks at a glance");
        Line(md);
        Line(md, "| framework | name | in force | scale | inspects | visit types |");
        Line(md, "|---|---|---|---|---|---|");
        foreach (var f in catalog.All)
        {
            Line(md, $"| [`{f.Id}`](#{f.Id}) | {f.Name} | {Dates(f.InForce)} | `{f.Scale.Id}` | {string.Join(", ", f.SubjectKinds.Select(k => $"`{k.ToId()}`"))} | "
                + $"{string.Join(", ", f.VisitTypes.Select(v => $"`{v.Id}`{(v.IsGraded ? "" : " (ungraded)")}"))} |");
        }

        Line(md);
    }

    private static void RenderFramework(StringBuilder md, FrameworkCatalog catalog, InspectionFramework f)
    {
        Line(md, $"## {f.Id}");
        Line(md);
        Line(md, $"**{f.Name}**");
        Line(md);
        Line(md, "| | |");
        Line(md, "|---|---|");
        Line(md, $"| Id | `{f.Id}` |");
        Line(md, $"| Regulator | {f.Regulator} |");
        Line(md, $"| In force | {Dates(f.InForce)} |");
        Line(md, $"| Inspects | {string.Join(", ", f.SubjectKinds.Select(k => $"`{k.ToId()}`"))} |");
        Line(md, $"| Scale | {Scale(f.Scale)} |");
        Line(md);

        Line(md, "### Judgements");
        Line(md);
        var headlines = f.VisitTypes.Select(v => v.HeadlineJudgementId).Where(h => h is not null).ToHashSet(StringComparer.Ordinal);
        foreach (var judgement in f.Judgements.Where(j => !j.IsSubJudgement))
        {
            RenderJudgement(md, f, judgement, 0, headlines);
        }

        Line(md);

        Line(md, "### Visit types");
        Line(md);
        Line(md, "| visit type | graded | usual fieldwork | notice | must grade | may also grade |");
        Line(md, "|---|---|---|---|---|---|");
        foreach (var v in f.VisitTypes)
        {
            var optional = v.JudgementIds.Where(j => !v.RequiredJudgementIds.Contains(j, StringComparer.Ordinal)).ToList();
            Line(md, $"| `{v.Id}`: {v.Name} | {(v.IsGraded ? "yes" : "no")} | {Length(v.UsualFieldworkLength)} | {v.Notice} | "
                + $"{(v.IsGraded ? Ids(v.RequiredJudgementIds) : "nothing: ungraded")} | {(v.IsGraded ? Ids(optional) : "nothing")} |");
        }

        Line(md);

        Line(md, "### Rules");
        Line(md);
        if (f.Rules.IsEmpty)
        {
            Line(md, "None: no rule constrains how this framework's judgements relate (see the notes below for why).");
        }
        else
        {
            Line(md, "| rule | strength | formally | in words | source |");
            Line(md, "|---|---|---|---|---|");
            foreach (var rule in f.Rules)
            {
                Line(md, $"| `{rule.Id}` | {Strength(rule.Strength)} | {Formally(rule)} | {rule.Description} | {rule.Source ?? "none given"} |");
            }
        }

        Line(md);

        Line(md, "### Inspection cycle");
        Line(md);
        if (f.Cycle is not { } cycle)
        {
            Line(md, "None stated: the sources give no rule for when this framework's next inspection comes.");
        }
        else
        {
            Line(md, cycle.Window is { } window
                ? $"Window: {window.Wording} (from {Length(window.Before)} before to {Length(window.After)} after {Length(window.Anniversary)} from the previous inspection's first day of fieldwork). Source: {cycle.WindowSource}."
                : "Window: none stated.");
            Line(md);
            Line(md, "| rule | when the last graded inspection has | next | in the window | between inspections | source | unconfirmed |");
            Line(md, "|---|---|---|---|---|---|---|");
            foreach (var rule in cycle.Rules)
            {
                string between = (rule.MonitoringInterval is { } every ? $"monitoring visits every {Length(every)}; " : string.Empty) + (rule.Between ?? "—");
                Line(md, $"| `{rule.Id}`: {rule.Description} | {string.Join(" and ", rule.Conditions)} | `{rule.NextVisitTypeId}` | {(rule.InWindow ? "yes" : "no: Ofsted times it")} | {between} | {rule.Source} | {rule.Unconfirmed ?? "—"} |");
            }

            foreach (var suspension in cycle.Suspensions)
            {
                Line(md);
                Line(md, $"**Suspended:** no fieldwork from {suspension.LastFieldworkBefore.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {suspension.FirstFieldworkAfter.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} ({suspension.Length.Days} days); a window after an inspection before it that would close after it began moves later by as much (**modelling choice**: Ofsted published no moved windows). {suspension.Description} Source: {suspension.Source}.");
            }
        }

        Line(md);

        Line(md, "### Recommendation timescales");
        Line(md);
        if (f.Timescales.IsEmpty)
        {
            Line(md, "None: a recommendation under this framework carries no timescale (one that does is INS033).");
        }
        else
        {
            Line(md, "| timescale | in the reports' words | due |");
            Line(md, "|---|---|---|");
            foreach (var t in f.Timescales)
            {
                Line(md, $"| `{t.Id}` | {t.Name} | {(t.Period.Equals(Period.Zero) ? "on publication" : Length(t.Period) + " after publication")} |");
            }
        }

        Line(md);

        Line(md, "### Lineage");
        Line(md);
        var earlier = catalog.Lineage.Where(l => l.ToFrameworkId == f.Id).ToList();
        var later = catalog.Lineage.Where(l => l.FromFrameworkId == f.Id).ToList();
        if (earlier.Count == 0 && later.Count == 0)
        {
            Line(md, "None: no judgement of another framework in the catalog precedes or succeeds one of this framework.");
        }

        foreach (var link in earlier)
        {
            Line(md, $"- `{link.ToJudgementId}` succeeds `{link.FromFrameworkId}` / `{link.FromJudgementId}`{(link.IsApproximate ? " (approximate)" : "")}. {link.Note}");
        }

        foreach (var link in later)
        {
            Line(md, $"- `{link.FromJudgementId}` is succeeded by `{link.ToFrameworkId}` / `{link.ToJudgementId}`{(link.IsApproximate ? " (approximate)" : "")}. {link.Note}");
        }

        var orphans = f.Judgements.Where(j => !later.Any(l => l.FromJudgementId == j.Id)).Select(j => j.Id).ToList();
        if (later.Count > 0 && orphans.Count > 0)
        {
            Line(md, $"- No later judgement succeeds {Ids(orphans)}.");
        }

        Line(md);

        Line(md, "### Notes: unconfirmed facts and modelling choices");
        Line(md);
        if (f.Notes.IsEmpty)
        {
            Line(md, "None.");
        }

        foreach (var note in f.Notes)
        {
            Line(md, $"- {Note(note)}");
        }

        Line(md);

        Line(md, "### Sources");
        Line(md);
        foreach (var source in f.Sources)
        {
            Line(md, $"- {source}");
        }

        Line(md);
    }

    private static void RenderJudgement(StringBuilder md, InspectionFramework f, Judgement judgement, int depth, HashSet<string?> headlines)
    {
        string role = headlines.Contains(judgement.Id) ? " (headline)" : judgement.IsSubJudgement ? " (graded sub-judgement)" : "";
        Line(md, $"{new string(' ', depth * 2)}- `{judgement.Id}`: {judgement.Name}{role}");
        foreach (var child in f.GetSubJudgements(judgement.Id))
        {
            RenderJudgement(md, f, child, depth + 1, headlines);
        }
    }

    private static string Scale(GradingScale scale)
    {
        var grades = string.Join(", ", scale.Grades.Select(g => $"`{g.Id}` ({g.Label}{(g.OfficialCode is { } code ? $", {code}" : "")})"));
        string codes = scale.CodeDirection switch
        {
            NumericCodeDirection.HigherIsBetter => "official codes run higher is better",
            NumericCodeDirection.LowerIsBetter => "official codes run lower is better",
            _ => "no official codes",
        };
        return $"`{scale.Id}`: {grades}; best first, {codes}";
    }

    private static string Formally(FrameworkRule rule) => rule switch
    {
        ForcedGradeRule forced =>
            $"if {Or(forced.TriggerJudgementIds)} is `{forced.GradeId}`, `{forced.TargetJudgementId}` is `{forced.GradeId}`",
        LimitingJudgementRule limiting =>
            $"`{limiting.TargetJudgementId}` is no better than `{limiting.LimitingJudgementId}`",
        _ => throw new NotSupportedException($"The renderer does not know rules of kind {rule.GetType().Name}."),
    };

    private static string Or(IReadOnlyList<string> ids) =>
        ids.Count == 1 ? $"`{ids[0]}`" : "any of " + string.Join(", ", ids.Select(i => $"`{i}`"));

    private static string Strength(RuleStrength strength) => strength switch
    {
        RuleStrength.Must => "must (INS020, error)",
        RuleStrength.Likely => "likely (INS021, warning)",
        _ => throw new NotSupportedException($"Unknown strength {strength}."),
    };

    private static string Note(string note)
    {
        foreach (var (prefix, label) in new[] { ("UNCONFIRMED: ", "**UNCONFIRMED.**"), ("Modelling choice: ", "**Modelling choice.**") })
        {
            if (note.StartsWith(prefix, StringComparison.Ordinal))
            {
                string rest = note[prefix.Length..];
                return $"{label} {char.ToUpperInvariant(rest[0])}{rest[1..]}";
            }
        }

        throw new InvalidOperationException($"A note must start 'UNCONFIRMED: ' or 'Modelling choice: ': {note}");
    }

    private static string Dates(FrameworkPeriod period) =>
        period.End is { } end
            ? $"{LongDate.Format(period.Start)} to {LongDate.Format(end)}"
            : $"from {LongDate.Format(period.Start)} (still in force)";

    private static string Length(Period period)
    {
        var parts = new List<string>();
        Add(period.Years, "year");
        Add(period.Months, "month");
        Add(period.Weeks, "week");
        Add(period.Days, "day");
        return parts.Count == 0 ? "none" : string.Join(" ", parts);

        void Add(long n, string unit)
        {
            if (n != 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? "" : "s")}"));
            }
        }
    }

    private static string Ids(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "nothing" : string.Join(", ", list.Select(i => $"`{i}`"));
    }

    private static void Text(StringBuilder md, string text) => md.Append(text.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');

    private static void Line(StringBuilder md, string line = "") => md.Append(line).Append('\n');
}
