// One file because it is the one table of the report layouts Ofsted has published (2013 targeted, SIF with and
// without the LSCB review, LSCB review alone, ILACS 2018/2023/2026): each layout's title, headline and judgement
// wording as regular expressions, and how a report is recognised as one of them. Reading the judgement table by
// position is JudgementTable.cs, fieldwork dates FieldworkText.cs, the authority SubjectTitle.cs.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Inspections.Core;
using Inspections.Core.Authorities;
using Inspections.Core.Catalog;
using Inspections.Core.Validation;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Import.Reports;

/// <summary>What one reading of a report shares: its name, text, options, catalog and where problems go.</summary>
internal sealed class ReportContext(string fileName, ReportPages pages, ReportReaderOptions options, FrameworkCatalog catalog, Action<ReportProblem> problem)
{
    public string FileName { get; } = fileName;

    public ReportPages Pages { get; } = pages;

    public ReportReaderOptions Options { get; } = options;

    public FrameworkCatalog Catalog { get; } = catalog;

    public LocalAuthorityRegister Register => Options.Register ?? LocalAuthorityRegister.Default;

    public List<TextLine> Lines { get; } = [.. pages.AllLines];

    public bool Failed { get; private set; }

    public void Report(Inspections.Core.Validation.DiagnosticDescriptor descriptor, int? page, string path, params object?[] arguments)
    {
        Failed |= descriptor.Severity == DiagnosticSeverity.Error;
        problem(new ReportProblem(descriptor, page, arguments, path));
    }
}

/// <summary>Tells a report's layout from its first page and reads it by that layout's rules.</summary>
internal static class ReportLayouts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Grade = "(?i:outstanding|good|inadequate|requires? improvement)";

    private static readonly Regex LookedAfterTitle = new(@"Inspection of (?:safeguarding and )?looked after children(?:'s)? services", Options);
    private static readonly Regex SifTitle = new(@"(?<re>Re-?inspection|Inspection) of services for children in need of help and protection,? children looked after and care leavers(?: ?\d)?", Options);
    private static readonly Regex LscbTitle = new(@"(?:and )?Review of the effectiveness of the Local Safeguarding Children (?:\d )?Board(?: ?\d)?", Options);
    private static readonly Regex IlacsTitle = new(@"^Inspection of (?<name>.{2,160}?) children's services\b|^(?<name>.{2,160}?) Inspection of (?:local authority )?children's (?:social care )?services\b", Options);
    private static readonly Regex DatesLine = new(@"Inspection dates?\s*:?\s*", Options);
    private static readonly Regex PublishedLine = new(@"(?:Report )?Published\s*:\s*(?<date>\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+\.? \d{4})", Options);
    private static readonly Regex FileNameDate = new(@"- (?<date>\d{1,2} [A-Za-z]+ \d{4})\.pdf$", Options);

    private static readonly Regex HeadlineEarly = new(@"The overall judgement is (?:that )?(?:(?:the )?children's services? (?:are |is )?)?(?<g>" + Grade + @")\b", Options);
    private static readonly Regex HeadlineLater = new(@"Children's services in (?<x>(?:(?! are | is | requires? )[^.]){1,80}?) (?:are |is )?(?<g>" + Grade + @")\b", Options);
    private static readonly Regex LscbSentence = new(
        @"The (?:effectiveness of (?:the )?)?(?:(?:[A-Z][A-Za-z'&.-]*,?|and|upon|on|of|the) ){0,6}?(?:Local )?Safeguarding Children(?:'s)? Board(?: \(LSCB\))?(?: in [A-Z][A-Za-z' -]{1,40}?)? (?:is |are )?(?<g>" + Grade + @")\b" +
        @"|The (?:effectiveness of (?:the )?)?LSCB(?: in [A-Z][A-Za-z' -]{1,40}?)? (?:is |are )?(?<g>" + Grade + @")\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex ReinspectionSaid = new(@"\bthis (?:is|was) a re-?inspection\b", Options);
    private static readonly Regex PreviousInspection = new(
        @"\b(?:previous|last) (?:single |Ofsted |SIF )?inspection(?: report)?(?<object>[^.]{0,160}?)(?:was |were )?(?:published )?(?:in|on) (?:(?:\d{1,2} )?(?<month>January|February|March|April|May|June|July|August|September|October|November|December) )?(?<year>20\d\d)\b",
        Options);

    // What a previous inspection was of when it was not the local authority's SIF inspection: another service, or the
    // 2012-13 inspection of the arrangements for the protection of children ("the last inspection of child protection
    // in 2013", Bedford 2017).
    private static readonly Regex OtherService = new(@"fostering|adoption|children's home|residential|youth|school|secure|LSCB|Safeguarding Children Board|monitoring|focused|short break|private|independent|child protection|protection of children", Options);

    private static readonly TableRow[] SifRows =
    [
        new(JudgementIds.AdoptionPerformance, "2.1 Adoption performance", t => Has(t, "adoption")),
        new(JudgementIds.ExperiencesAndProgressOfCareLeavers, "2.2 Experiences and progress of care leavers", t => Has(t, "care leavers")),
        new(JudgementIds.ChildrenLookedAfterAndAchievingPermanence, "2. Children looked after and achieving permanence", t => Has(t, "looked after")),
        new(JudgementIds.ChildrenWhoNeedHelpAndProtection, "1. Children who need help and protection", t => Has(t, "help and protection")),
        new(JudgementIds.LeadershipManagementAndGovernance, "3. Leadership, management and governance", t => Has(t, "leadership")),
    ];

    private static readonly TableRow[] LookedAfterRows =
    [
        new(JudgementIds.OverallEffectiveness, "Overall effectiveness", t => t.StartsWith("overall effectiveness", StringComparison.OrdinalIgnoreCase)),
        new(JudgementIds.CapacityToImprove, "Capacity to improve", t => t.StartsWith("capacity to improve", StringComparison.OrdinalIgnoreCase)),
        new(JudgementIds.OutcomesForLookedAfterChildren, "Outcomes for looked after children and young people", t => t.StartsWith("outcomes for looked after children", StringComparison.OrdinalIgnoreCase)),
        new(JudgementIds.QualityOfProvision, "Quality of provision", t => t.StartsWith("quality of provision", StringComparison.OrdinalIgnoreCase)),
        new(JudgementIds.LeadershipAndManagement, "Leadership and management", t => t.StartsWith("leadership and management", StringComparison.OrdinalIgnoreCase)),
    ];

    private static readonly TableRow[] IlacsRows =
    [
        new(JudgementIds.ImpactOfLeaders, "The impact of leaders on social work practice with children and families", t => Has(t, "impact of leaders")),
        new(JudgementIds.ChildrenInCareAndCareLeavers, "The experiences and progress of children in care and care leavers", t => Has(t, "in care") && Has(t, "care leavers")),
        new(JudgementIds.ChildrenWhoNeedHelpAndProtection, "The experiences and progress of children who need help and protection", t => Has(t, "help and protection")),
        new(JudgementIds.ChildrenInCare, "The experiences and progress of children in care", t => Has(t, "in care")),
        new(JudgementIds.CareLeavers, "The experiences and progress of care leavers", t => Has(t, "care leavers")),
        new(JudgementIds.OverallEffectiveness, "Overall effectiveness", t => Has(t, "overall effectiveness")),
    ];

    private static readonly Regex SifRowStart = new(@"^\d(?:\.\d)?\.?\s+[A-Z]", RegexOptions.CultureInvariant);
    private static readonly Regex LookedAfterRowStart = new(@"^(?:Overall effectiveness|Capacity to improve|Outcomes for|Quality of provision|Leadership and management)", Options);
    private static readonly Regex IlacsRowStart = new(@"^(?:The )?(?:impact of leaders|experiences and progress)|^Overall effectiveness", Options);

    private static bool Has(string text, string words) => text.Contains(words, StringComparison.OrdinalIgnoreCase);

    private static readonly Regex SifListHeading = new(@"^(?:Recommendations|What does the local authority need to improve\??):?$", Options);
    private static readonly Regex LscbSection = new(
        @"^(?:Section 2\b.*|(?:The )?Local Safeguarding Children(?:'s)? Board(?: \(LSCB\))?|The effectiveness of the Local Safeguarding Children(?:'s)? Board\b.*|Review of the effectiveness of the Local Safeguarding Children(?:'s)? Board\b.*)$", Options);
    private static readonly Regex LscbListHeading = new(@"^(?:Recommendations|Areas for improvement|Priority and immediate action|What does the LSCB need to improve\??):?$", Options);
    private static readonly Regex IlacsListHeading = new(@"^What needs to improve[?:]?$", Options);
    private static readonly Regex LookedAfterListHeading = new(@"^Areas for improvement:?$", Options);

    /// <summary>
    /// Whether a line is a heading (not a line of the contents): its text alone, or its text and a footnote mark, a
    /// number no greater than its own page ("What needs to improve? ¹"); a contents line ends in the later page it
    /// points to ("Recommendations 8" on page 2).
    /// </summary>
    private static bool IsHeading(TextLine line, Regex heading)
    {
        if (line.Segments.Count == 1)
        {
            return heading.IsMatch(line.Text);
        }

        return line.Segments.Count == 2
            && int.TryParse(line.Segments[1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out int mark)
            && mark <= line.Page
            && heading.IsMatch(ReportText.Fold(line.Segments[0].Text));
    }

    public static (ReportLayout?, IReadOnlyList<ReportedInspection>) Read(ReportContext c)
    {
        string rawPage1 = c.Pages.Flat(1, 1);
        string page1 = WithoutFootnoteMarks(rawPage1);
        var dates = DatesLine.Match(page1);
        string title = dates.Success ? page1.Substring(0, dates.Index).Trim() : page1.Substring(0, Math.Min(page1.Length, 300));

        ReportLayout layout;
        var sif = SifTitle.Match(title);
        if (LookedAfterTitle.IsMatch(title))
        {
            layout = ReportLayout.LookedAfterChildren2013;
        }
        else if (sif.Success)
        {
            layout = LscbTitle.IsMatch(title) ? ReportLayout.SifWithLscbReview : ReportLayout.Sif;
        }
        else if (LscbTitle.IsMatch(title))
        {
            layout = ReportLayout.LscbReview;
        }
        else if (IlacsTitle.IsMatch(title))
        {
            layout = ReportLayout.Ilacs2018; // told apart by the table below
        }
        else
        {
            c.Report(ReportCodes.UnknownLayout, 1, ReportCodes.WholeFile);
            return (null, []);
        }

        // Fieldwork, as printed.
        FieldworkPeriods? fieldwork = null;
        string firstPages = c.Pages.Flat(1, 2);
        var printedDates = DatesLine.Match(firstPages);
        if (printedDates.Success)
        {
            fieldwork = FieldworkText.Read(firstPages.Substring(printedDates.Index + printedDates.Length));
        }

        if (fieldwork is null)
        {
            string printed = dates.Success ? page1.Substring(dates.Index, Math.Min(60, page1.Length - dates.Index)) : "no 'Inspection dates' line on the first page";
            c.Report(ReportCodes.NoFieldwork, 1, "fieldwork", "'" + ReportText.Visible(printed, 60) + "'");
            return (layout, []);
        }

        // Who.
        string name = SubjectName(title, layout);
        var authority = SubjectTitle.Resolve(name, c.Register, fieldwork.Start);
        if (authority is null)
        {
            c.Report(ReportCodes.UnknownAuthority, 1, "subject", "'" + ReportText.Visible(name, 80) + "'");
            return (layout, []);
        }

        var subject = new InspectionSubject(SubjectKind.LocalAuthority, authority.Name, authority.GssCode, authority.DfeNumber);
        var published = Published(c, rawPage1);

        var built = new List<Draft>();
        switch (layout)
        {
            case ReportLayout.LookedAfterChildren2013:
                ReadLookedAfter(c, built);
                break;
            case ReportLayout.Sif:
            case ReportLayout.SifWithLscbReview:
                ReadSif(c, built, sif.Groups["re"].Value.StartsWith("Re", StringComparison.OrdinalIgnoreCase), layout == ReportLayout.SifWithLscbReview, page1);
                break;
            case ReportLayout.LscbReview:
                ReadLscb(c, built, standalone: true);
                break;
            default:
                layout = ReadIlacs(c, built, fieldwork);
                break;
        }

        if (c.Failed)
        {
            return (layout, []);
        }

        var documents = new List<ReportedInspection>();
        foreach (var draft in built)
        {
            var notes = new StringBuilder();
            notes.Append("Read from Ofsted's report '").Append(ReportText.Visible(Path.GetFileName(c.FileName), 200)).Append("' (")
                .Append(LayoutName(layout)).Append(", page ").Append(draft.FirstPage.ToString(CultureInfo.InvariantCulture)).Append(").");
            notes.Append(" Fieldwork as printed: '").Append(fieldwork.Printed).Append("'.");
            if (fieldwork.Periods.Count > 1)
            {
                notes.Append(" Two periods on site: ")
                    .Append(string.Join(" and ", fieldwork.Periods.Select(p => Dates.Interval(p.Start, p.End))))
                    .Append("; the fieldwork runs from the first day of the first to the last day of the second.");
            }

            foreach (string note in draft.Notes)
            {
                notes.Append(' ').Append(note);
            }

            notes.Append(' ').Append(published.Note);
            var inspection = new Inspection(draft.FrameworkId, draft.VisitTypeId, subject, new Fieldwork(fieldwork.Start, fieldwork.End), JudgementGrades.Create([.. draft.Grades]))
            {
                Published = published.Date,
                NotJudgedIds = [.. draft.NotJudged],
                Recommendations = [.. draft.Recommendations],
                Source = c.Options.ManifestEntry?.Source,
                Notes = notes.ToString(),
            };

            var validation = InspectionValidator.Validate(inspection, c.Catalog);
            if (!validation.IsValid)
            {
                string problems = string.Join("; ", validation.Where(d => d.IsError).Take(3).Select(d => d.Code + " " + d.Path + ": " + d.Message));
                c.Report(ReportCodes.InvalidDocument, draft.FirstPage, ReportCodes.WholeFile, draft.VisitTypeId, ReportText.Visible(problems, 400));
                continue;
            }

            documents.Add(new ReportedInspection(inspection, layout, draft.VisitTypeBasis, published.Basis, draft.FirstPage));
        }

        return (layout, documents);
    }

    private sealed class Draft
    {
        public required string FrameworkId;
        public required string VisitTypeId;
        public VisitTypeBasis VisitTypeBasis = VisitTypeBasis.Printed;
        public int FirstPage = 1;
        public readonly List<JudgementGrade> Grades = [];
        public readonly List<string> NotJudged = [];
        public List<Recommendation> Recommendations = [];
        public readonly List<string> Notes = [];
    }

    private static string LayoutName(ReportLayout layout) => layout switch
    {
        ReportLayout.LookedAfterChildren2013 => "2013 targeted inspection of looked after children services",
        ReportLayout.Sif => "single inspection framework report",
        ReportLayout.SifWithLscbReview => "single inspection framework report with the review of the LSCB",
        ReportLayout.LscbReview => "review of the LSCB",
        ReportLayout.Ilacs2018 => "ILACS report, four judgements",
        ReportLayout.Ilacs2023 => "ILACS report, five judgements",
        _ => "ILACS report, four judgements without overall effectiveness",
    };

    private static string SubjectName(string title, ReportLayout layout)
    {
        var ilacs = IlacsTitle.Match(title);
        if (layout is ReportLayout.Ilacs2018 && ilacs.Success)
        {
            return ilacs.Groups["name"].Value.Trim();
        }

        string name = SifTitle.Replace(title, " ");
        name = LscbTitle.Replace(name, " ");
        name = LookedAfterTitle.Replace(name, " ");
        name = Regex.Replace(name, @"\s+", " ").Trim();
        return Regex.Replace(name, @"(?<=[A-Za-z])\d$", string.Empty);
    }

    private static (LocalDate? Date, PublishedBasis Basis, string Note) Published(ReportContext c, string page1)
    {
        var manifest = c.Options.ManifestEntry?.Published;
        var line = PublishedLine.Match(page1);
        if (line.Success && FieldworkText.ReadOne(line.Groups["date"].Value) is { } printed)
        {
            if (manifest is { } m && m != printed)
            {
                c.Report(ReportCodes.PublishedDisagrees, 1, "published", DateText.Format(printed), DateText.Format(m));
                return (printed, PublishedBasis.Report, $"Published {DateText.Format(printed)}, as the report says (the manifest says {DateText.Format(m)}).");
            }

            return (printed, PublishedBasis.Report, $"Published {DateText.Format(printed)}, as the report says.");
        }

        if (manifest is { } fromManifest)
        {
            return (fromManifest, PublishedBasis.Manifest, $"Published {DateText.Format(fromManifest)}, as the manifest says (the report prints no date).");
        }

        var name = FileNameDate.Match(Path.GetFileName(c.FileName));
        if (name.Success && FieldworkText.ReadOne(name.Groups["date"].Value) is { } fromName)
        {
            return (fromName, PublishedBasis.FileName, $"Published {DateText.Format(fromName)}, as the file name says (neither the report nor a manifest gives the date).");
        }

        c.Report(ReportCodes.NoPublicationDate, 1, "published");
        return (null, PublishedBasis.None, "No publication date is known.");
    }

    private static int FindLine(ReportContext c, Func<TextLine, bool> match, int from = 0, int maxPage = int.MaxValue)
    {
        for (int i = from; i < c.Lines.Count && c.Lines[i].Page <= maxPage; i++)
        {
            if (match(c.Lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool ReadTable(ReportContext c, Draft draft, int start, Regex rowStart, TableRow[] rows, double minGradeLeft, IEnumerable<string> required)
    {
        var table = start < 0 ? null : JudgementTable.Read(c.Lines, JudgementTable.BackOverGrades(c.Lines, start, minGradeLeft), rowStart, rows, minGradeLeft);
        if (table is null)
        {
            c.Report(ReportCodes.JudgementUnreadable, start < 0 ? 1 : c.Lines[start].Page, "judgements", "the judgement table", "the report has no judgement table where its layout prints one");
            return false;
        }

        foreach (var (label, reason, page) in table.Problems)
        {
            c.Report(ReportCodes.JudgementUnreadable, page, "judgements", ReportText.Visible(label, 80), reason);
        }

        foreach (var (id, grade, _) in table.Rows)
        {
            if (grade is null)
            {
                draft.NotJudged.Add(id);
            }
            else
            {
                draft.Grades.Add(new JudgementGrade(id, grade));
            }
        }

        draft.FirstPage = table.FirstPage;
        foreach (string id in required)
        {
            if (!table.Rows.Any(r => r.JudgementId == id) && !table.Problems.Any())
            {
                var row = rows.First(r => r.JudgementId == id);
                c.Report(ReportCodes.JudgementUnreadable, table.FirstPage, "judgements", row.Label, "the table has no row for it");
            }
        }

        return table.Problems.Count == 0;
    }

    /// <summary>
    /// The recommendations under the list heading at <paramref name="heading"/> (up to line <paramref name="end"/>);
    /// a list the reader cannot delimit is IMP223 and left out, and the notes say so.
    /// </summary>
    private static List<Recommendation> Recommendations(ReportContext c, Draft draft, Func<TextLine, bool> heading, ListTimescales timescales, string what, int from = 0, int end = int.MaxValue)
    {
        // The first heading that a list follows (a contents page can name the heading with no page number).
        RecommendationRead? first = null;
        int firstAt = -1;
        for (int at = FindLine(c, heading, from); at >= 0 && at < end; at = FindLine(c, heading, at + 1))
        {
            var read = RecommendationList.Read(c.Lines, at, timescales, end);
            if (read.Problem is null)
            {
                if (read.Topics.Count > 0)
                {
                    draft.Notes.Add($"The recommendations are printed under the headings {string.Join(", ", read.Topics.Select(t => "'" + t + "'"))}, which the format has no place for.");
                }

                return read.Items;
            }

            if (first is null)
            {
                first = read;
                firstAt = at;
            }
        }

        if (first?.Problem is { } problem)
        {
            c.Report(ReportCodes.RecommendationsUnreadable, c.Lines[firstAt].Page, "recommendations", $"{what}: {problem}");
            draft.Notes.Add($"The recommendations are left out: {what} cannot be delimited ({problem}).");
        }

        return [];
    }

    private static void ReadLookedAfter(ReportContext c, List<Draft> built)
    {
        var draft = new Draft { FrameworkId = FrameworkIds.LookedAfterChildren2013, VisitTypeId = VisitTypeIds.TargetedInspection };
        int start = -1;
        for (int i = 0; i < c.Lines.Count; i++)
        {
            if (c.Lines[i].Text.Equals("Record of main findings", StringComparison.OrdinalIgnoreCase))
            {
                start = i;
            }
        }

        ReadTable(c, draft, start, LookedAfterRowStart, LookedAfterRows, 250, LookedAfterRows.Select(r => r.JudgementId));
        draft.Recommendations = Recommendations(c, draft, l => IsHeading(l, LookedAfterListHeading), ListTimescales.Required, "the list under 'Areas for improvement'");
        built.Add(draft);
    }

    private static void ReadSif(ReportContext c, List<Draft> built, bool titledReinspection, bool withLscb, string page1)
    {
        var draft = new Draft { FrameworkId = FrameworkIds.Sif2013, VisitTypeId = VisitTypeIds.FullInspection };
        if (titledReinspection)
        {
            draft.VisitTypeId = VisitTypeIds.ReInspection;
            draft.Notes.Add("The title says 'Re-inspection'.");
        }
        else if (ReinspectionEvidence(c) is { } evidence)
        {
            draft.VisitTypeId = VisitTypeIds.ReInspection;
            draft.VisitTypeBasis = VisitTypeBasis.FromText;
            draft.Notes.Add($"A re-inspection, although titled 'Inspection of services': the report says '{evidence}'.");
        }

        int start = FindLine(c, l => Regex.IsMatch(l.Text, @"^1\.?\s+Children who need help", Options), maxPage: 3);
        ReadTable(c, draft, start, SifRowStart, SifRows, 250,
            [JudgementIds.ChildrenWhoNeedHelpAndProtection, JudgementIds.ChildrenLookedAfterAndAchievingPermanence, JudgementIds.LeadershipManagementAndGovernance]);

        // The headline: "The overall judgement is …" (to early 2015) or "Children's services in X are / require …".
        string text = WithoutFootnoteMarks(c.Pages.Flat(1, Math.Min(2, c.Pages.Pages.Count)));
        var headline = HeadlineEarly.Match(text);
        if (!headline.Success)
        {
            headline = HeadlineLater.Match(text);
        }

        if (headline.Success && GradeWords.GradeId(headline.Groups["g"].Value) is { } overall)
        {
            draft.Grades.Insert(0, new JudgementGrade(JudgementIds.OverallEffectiveness, overall));
            draft.Notes.Add($"Overall effectiveness from the headline '{Shorten(headline.Value)}'.");
        }
        else
        {
            c.Report(ReportCodes.JudgementUnreadable, 1, "judgements", "overall effectiveness", "no headline sentence ('The overall judgement is …', 'Children's services in … are …') on the first pages");
        }

        // The local authority's list comes before the LSCB's section (which has its own); the title page names the
        // review too, so the section is looked for from page 2 on.
        int lscbSection = withLscb ? FindLine(c, l => l.Page >= 3 && IsHeading(l, LscbSection)) : -1;
        draft.Recommendations = Recommendations(c, draft, l => l.Page >= 2 && IsHeading(l, SifListHeading), ListTimescales.Optional, "the local authority's list", end: lscbSection < 0 ? int.MaxValue : lscbSection);
        built.Add(draft);
        if (withLscb)
        {
            ReadLscb(c, built, standalone: false, after: lscbSection);
        }
    }

    // Footnote marks set as their own line fall between a sentence's words ("require 2 improvement"): sentences are
    // matched without lone one- or two-digit numbers.
    private static string WithoutFootnoteMarks(string text) => LoneNumber.Replace(text, string.Empty);

    private static readonly Regex LoneNumber = new(@"(?<= )\d{1,2} (?=[A-Za-z(])", RegexOptions.CultureInvariant);

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 119), "…");

    private static string? ReinspectionEvidence(ReportContext c)
    {
        string text = c.Pages.Flat(1, Math.Min(c.Pages.Pages.Count, 12));
        var said = ReinspectionSaid.Match(text);
        if (said.Success)
        {
            return said.Value;
        }

        foreach (Match m in PreviousInspection.Matches(text))
        {
            if (OtherService.IsMatch(m.Groups["object"].Value))
            {
                continue;
            }

            int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year == 2013 && !m.Groups["month"].Success)
            {
                // "its last inspection in 2013" (Derby 2017, Gateshead 2015, Somerset 2015): the year alone cannot tell the
                // SIF (from November 2013) from the 2012-13 inspection of the protection of children those reports name.
                continue;
            }

            int month = m.Groups["month"].Success ? FieldworkText.MonthNumber(m.Groups["month"].Value) ?? 1 : 12;

            // The single inspection framework's first fieldwork was in November 2013: a previous inspection then or
            // later was a SIF inspection, so this one is its re-inspection.
            if (year > 2013 || (year == 2013 && month >= 11))
            {
                return Shorten(m.Value);
            }
        }

        return null;
    }

    private static void ReadLscb(ReportContext c, List<Draft> built, bool standalone, int after = -1)
    {
        var draft = new Draft { FrameworkId = FrameworkIds.Sif2013, VisitTypeId = VisitTypeIds.LscbReview };
        Match? found = null;
        int page = 1;
        for (int p = 1; p <= c.Pages.Pages.Count && found is null; p++)
        {
            var m = LscbSentence.Match(WithoutFootnoteMarks(c.Pages.Flat(p, p)));
            if (m.Success)
            {
                found = m;
                page = p;
            }
        }

        if (found is not null && GradeWords.GradeId(found.Groups["g"].Value) is { } grade)
        {
            draft.Grades.Add(new JudgementGrade(JudgementIds.LscbEffectiveness, grade));
            draft.FirstPage = page;
            draft.Notes.Add($"The LSCB's effectiveness from '{Shorten(found.Value)}' (page {page}).");
            if (!standalone)
            {
                draft.Notes.Add("The review of the LSCB, published in one report with the inspection of the local authority's services.");
            }
        }
        else
        {
            c.Report(ReportCodes.JudgementUnreadable, 1, "judgements", "the effectiveness of the LSCB", "no sentence grading the Local Safeguarding Children Board");
        }

        // A combined report's LSCB list is in the LSCB's own section; the review alone has only its own.
        if (standalone || after >= 0)
        {
            draft.Recommendations = Recommendations(c, draft, l => l.Page >= 2 && IsHeading(l, LscbListHeading), ListTimescales.Optional, "the LSCB's list", Math.Max(after + 1, 0));
        }
        else
        {
            c.Report(ReportCodes.RecommendationsUnreadable, null, "recommendations", "the LSCB's list: the report has no heading of the LSCB's section ('The Local Safeguarding Children Board (LSCB)', 'Section 2: …') after its first pages");
            draft.Notes.Add("The recommendations are left out: the LSCB's section cannot be found.");
        }
        built.Add(draft);
    }

    private static ReportLayout ReadIlacs(ReportContext c, List<Draft> built, FieldworkPeriods fieldwork)
    {
        var draft = new Draft { FrameworkId = FrameworkIds.Ilacs2018, VisitTypeId = VisitTypeIds.StandardInspection, VisitTypeBasis = VisitTypeBasis.InferredFromDaysOnSite };
        int start = FindLine(c, l => IlacsRowStart.IsMatch(l.Text), maxPage: 2);
        bool read = ReadTable(c, draft, start, IlacsRowStart, IlacsRows, 200, []);
        var ids = draft.Grades.Select(g => g.JudgementId).Concat(draft.NotJudged).ToHashSet(StringComparer.Ordinal);
        ReportLayout layout;
        if (ids.Contains(JudgementIds.ChildrenInCareAndCareLeavers))
        {
            layout = ReportLayout.Ilacs2018;
            draft.FrameworkId = FrameworkIds.Ilacs2018;
        }
        else if (ids.Contains(JudgementIds.OverallEffectiveness))
        {
            layout = ReportLayout.Ilacs2023;
            draft.FrameworkId = FrameworkIds.Ilacs2023;
        }
        else
        {
            layout = ReportLayout.Ilacs2026;
            draft.FrameworkId = FrameworkIds.Ilacs2026;
        }

        if (read)
        {
            var framework = c.Catalog[draft.FrameworkId];
            if (!framework.IsInForceOn(fieldwork.Start))
            {
                c.Report(ReportCodes.NoFramework, 1, "fieldwork", Dates.Interval(fieldwork.Start, fieldwork.End), draft.FrameworkId);
            }

            foreach (var judgement in framework.Judgements)
            {
                if (!ids.Contains(judgement.Id))
                {
                    c.Report(ReportCodes.JudgementUnreadable, draft.FirstPage, "judgements", judgement.Name, "the table has no row for it");
                }
            }
        }

        int days = fieldwork.Days;
        string inferred = days <= 8 ? VisitTypeIds.ShortInspection : VisitTypeIds.StandardInspection;
        draft.VisitTypeId = inferred;
        if (days is not (5 or 12))
        {
            c.Report(ReportCodes.DaysOnSiteUnusual, 1, "fieldwork", days.ToString(CultureInfo.InvariantCulture), inferred == VisitTypeIds.ShortInspection ? "short" : "standard");
        }

        draft.Notes.Add($"The report does not say short or standard: {(inferred == VisitTypeIds.ShortInspection ? "short" : "standard")}, inferred from its {days} days on site (5 short, 12 standard); Ofsted's table's word should stand over this.");
        draft.Recommendations = Recommendations(c, draft, l => IsHeading(l, IlacsListHeading), ListTimescales.None, "the list under 'What needs to improve'");
        built.Add(draft);
        return layout;
    }
}

/// <summary>Dates as the notes and messages print them: ISO (yyyy-mm-dd), whatever the culture.</summary>
internal static class Dates
{
    public static string Interval(LocalDate start, LocalDate end) => start == end ? DateText.Format(start) : DateText.Format(start) + " to " + DateText.Format(end);
}
