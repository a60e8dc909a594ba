using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Inspections.Core.Validation;

/// <summary>
/// What each diagnostic code of the <c>inspections/v1</c> contract means and how severe it is: one descriptor per
/// code of <see cref="DiagnosticCodes"/>. Every diagnostic the reader and the validator report is made from one of
/// these, so a code's severity, title and message are decided here and nowhere else.
/// </summary>
/// <remarks>
/// <para>
/// Each descriptor of <see cref="All"/> has its code's first message format. A code with several kinds of message
/// (INS017 has five) has one descriptor per kind, made from the code's with <c>with { MessageFormat = ... }</c>, so all
/// have its severity and title: the validator's are below, the reader's in
/// Serialization/ReadingProblems.cs. <see cref="Messages"/> lists the validator's; docs/validation.md is generated
/// from both. Whoever raises a diagnostic supplies only the message's arguments.
/// </para>
/// <para>Thread-safe; the descriptors are immutable.</para>
/// </remarks>
public static class DiagnosticDescriptors
{
    /// <summary>The document is not valid JSON, or is not an object, or breaks a reading rule (duplicate, unknown or null property, nesting or size limit).</summary>
    public static readonly DiagnosticDescriptor MalformedDocument = new(DiagnosticCodes.MalformedDocument, DiagnosticSeverity.Error, "The document is not valid JSON, or is not an object, or breaks a reading rule (duplicate, unknown or null property, nesting or size limit).", "The document must be a JSON object, but it is {0}.");

    /// <summary>A required property is missing.</summary>
    public static readonly DiagnosticDescriptor MissingProperty = new(DiagnosticCodes.MissingProperty, DiagnosticSeverity.Error, "A required property is missing.", "Required property '{0}' is missing from {1}.");

    /// <summary>A value has the wrong type or form (a date not yyyy-MM-dd, a gss not matching, a blank name).</summary>
    public static readonly DiagnosticDescriptor InvalidValue = new(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, "A value has the wrong type or form (a date not yyyy-MM-dd, a gss not matching, a blank name).", "Expected {0}, but found {1}.");

    /// <summary>Unknown framework id.</summary>
    public static readonly DiagnosticDescriptor UnknownFramework = new(DiagnosticCodes.UnknownFramework, DiagnosticSeverity.Error, "Unknown framework id.", "'{0}' is not a framework id; the frameworks are {1}.{2}");

    /// <summary>The visit type is not one of the framework's visit types.</summary>
    public static readonly DiagnosticDescriptor UnknownVisitType = new(DiagnosticCodes.UnknownVisitType, DiagnosticSeverity.Error, "The visit type is not one of the framework's visit types.", "'{0}' is not a visit type of '{1}' ({2}); its visit types are {3}.{4}");

    /// <summary>A judgement id that the framework does not define (or that the visit type does not judge).</summary>
    public static readonly DiagnosticDescriptor UnknownJudgement = new(DiagnosticCodes.UnknownJudgement, DiagnosticSeverity.Error, "A judgement id that the framework does not define (or that the visit type does not judge).", "'{0}' is not a judgement of '{1}' ({2}); its judgements are {3}.{4}");

    /// <summary>A grade id that is not on the judgement's scale.</summary>
    public static readonly DiagnosticDescriptor GradeNotOnScale = new(DiagnosticCodes.GradeNotOnScale, DiagnosticSeverity.Error, "A grade id that is not on the judgement's scale.", "'{0}' is not a grade of '{1}': {2} grades on the {3} scale, whose grades are {4}.{5}{6}");

    /// <summary>A judgement that the visit type requires is missing.</summary>
    public static readonly DiagnosticDescriptor MissingRequiredJudgement = new(DiagnosticCodes.MissingRequiredJudgement, DiagnosticSeverity.Error, "A judgement that the visit type requires is missing.", "'{0}' ({1}) under {2} must grade '{3}' ({4}), but it is missing.");

    /// <summary>An ungraded visit type carries judgements.</summary>
    public static readonly DiagnosticDescriptor UngradedVisitWithJudgements = new(DiagnosticCodes.UngradedVisitWithJudgements, DiagnosticSeverity.Error, "An ungraded visit type carries judgements.", "'{0}' ({1}) under {2} is not graded, but {3} given; an ungraded visit has an empty judgements object.");

    /// <summary>A sub-judgement is graded but its parent judgement is neither graded nor listed in notJudged.</summary>
    public static readonly DiagnosticDescriptor SubJudgementWithoutParent = new(DiagnosticCodes.SubJudgementWithoutParent, DiagnosticSeverity.Error, "A sub-judgement is graded but its parent judgement is neither graded nor listed in notJudged.", "'{0}' ({1}) is graded, but it is a sub-judgement of '{2}' ({3}), which is neither graded nor listed as not judged; grade the parent too (or list it in notJudged), or leave the sub-judgement out.");

    /// <summary>A judgement is both graded and listed in notJudged, or notJudged names a judgement the visit type does not grade, or names one twice.</summary>
    public static readonly DiagnosticDescriptor NotJudgedConflict = new(DiagnosticCodes.NotJudgedConflict, DiagnosticSeverity.Error, "A judgement is both graded and listed in notJudged, or notJudged names a judgement the visit type does not grade, or names one twice.", "'{0}' ({1}) is listed as not judged, but it is also graded '{2}'; a judgement is either graded or not judged.");

    /// <summary>A framework rule that must hold is broken.</summary>
    public static readonly DiagnosticDescriptor RuleBroken = new(DiagnosticCodes.RuleBroken, DiagnosticSeverity.Error, "A framework rule that must hold is broken.", "Rule '{0}' of {1} must hold, but is broken: {2}");

    /// <summary>A framework rule that normally holds is broken (the handbook says \"likely\").</summary>
    public static readonly DiagnosticDescriptor LikelyRuleBroken = new(DiagnosticCodes.LikelyRuleBroken, DiagnosticSeverity.Warning, "A framework rule that normally holds is broken (the handbook says \"likely\").", "Rule '{0}' of {1} normally holds (allowed, but worth a look), but is broken: {2}");

    /// <summary>Fieldwork starts before the framework came into force or after it was withdrawn; with no fieldwork, the framework was not in force in the six months before publication.</summary>
    public static readonly DiagnosticDescriptor FieldworkOutsideFramework = new(DiagnosticCodes.FieldworkOutsideFramework, DiagnosticSeverity.Error, "Fieldwork starts before the framework came into force or after it was withdrawn; with no fieldwork, the framework was not in force in the six months before publication.", "Fieldwork starts on {0}, when '{1}' ({2}) was not in force: it was in force {3}.");

    /// <summary>Fieldwork ends before it starts, or publication precedes the end of fieldwork.</summary>
    public static readonly DiagnosticDescriptor DatesOutOfOrder = new(DiagnosticCodes.DatesOutOfOrder, DiagnosticSeverity.Error, "Fieldwork ends before it starts, or publication precedes the end of fieldwork.", "Fieldwork ends on {0}, before it starts on {1}.");

    /// <summary>Fieldwork is longer than the visit type's usual length, or publication is more than 12 weeks after fieldwork.</summary>
    public static readonly DiagnosticDescriptor UnusualDates = new(DiagnosticCodes.UnusualDates, DiagnosticSeverity.Warning, "Fieldwork is longer than the visit type's usual length, or publication is more than 12 weeks after fieldwork.", "Fieldwork lasts {0} days, longer than the usual {1} for '{2}' ({3}).");

    /// <summary>A recommendation's timescale is not one of the framework's timescales.</summary>
    public static readonly DiagnosticDescriptor UnknownTimescale = new(DiagnosticCodes.UnknownTimescale, DiagnosticSeverity.Error, "A recommendation's timescale is not one of the framework's timescales.", "'{0}' is not a timescale of {1}; its timescales are {2}.{3}");

    /// <summary>The subject kind is not one this framework inspects.</summary>
    public static readonly DiagnosticDescriptor SubjectKindNotInspected = new(DiagnosticCodes.SubjectKindNotInspected, DiagnosticSeverity.Error, "The subject kind is not one this framework inspects.", "'{0}' ({1}) does not inspect a {2} ({3}); it inspects {4}.");

    // The further kinds of message of a code, each made from the code's descriptor (so with its severity and title).
    // They follow the descriptors they are made from: static fields are initialised in the order they are written.
    // InspectionValidator supplies only the arguments; values quoted from a document are shortened
    // (Documents/MessageText.Shorten) before they are given, and lists are written by MessageText.List.

    /// <summary>INS002 from validation. No arguments.</summary>
    public static readonly DiagnosticDescriptor NoDate = MissingProperty with
    {
        MessageFormat = "Neither fieldwork nor a publication date is given; an inspection needs at least one date: fieldwork.start or published.",
    };

    /// <summary>INS012. {0} judgement name, {1} id, {2} framework id, {3} visit name, {4} visit id, {5} the visit's judgements.</summary>
    public static readonly DiagnosticDescriptor JudgementNotOfVisit = UnknownJudgement with
    {
        MessageFormat = "'{0}' ({1}) is a judgement of {2}, but '{3}' ({4}) does not grade it; it grades {5}.",
    };

    /// <summary>INS017. {0} the id as given, {1} framework name, {2} framework id, {3} its judgements.</summary>
    public static readonly DiagnosticDescriptor NotJudgedUnknown = NotJudgedConflict with
    {
        MessageFormat = "'{0}' is listed as not judged, but it is not a judgement of '{1}' ({2}); its judgements are {3}.",
    };

    /// <summary>INS017. {0} judgement name, {1} id, {2} visit name, {3} visit id, {4} framework id.</summary>
    public static readonly DiagnosticDescriptor NotJudgedOnUngradedVisit = NotJudgedConflict with
    {
        MessageFormat = "'{0}' ({1}) is listed as not judged, but '{2}' ({3}) under {4} is not graded, so nothing can be left out of its grades; an ungraded visit has no notJudged list.",
    };

    /// <summary>INS017. {0} judgement name, {1} id, {2} visit name, {3} visit id, {4} the visit's judgements.</summary>
    public static readonly DiagnosticDescriptor NotJudgedNotOfVisit = NotJudgedConflict with
    {
        MessageFormat = "'{0}' ({1}) is listed as not judged, but '{2}' ({3}) does not grade it; it grades {4}.",
    };

    /// <summary>INS017. {0} judgement name, {1} id.</summary>
    public static readonly DiagnosticDescriptor NotJudgedTwice = NotJudgedConflict with
    {
        MessageFormat = "'{0}' ({1}) is listed as not judged more than once.",
    };

    /// <summary>INS030 without fieldwork. {0} publication date, {1} framework name, {2} framework id, {3} its period in force.</summary>
    public static readonly DiagnosticDescriptor PublishedOutsideFramework = FieldworkOutsideFramework with
    {
        MessageFormat = "The report is published on {0} with no fieldwork dates, but '{1}' ({2}) was not in force on any day of the six months before: it was in force {3}.",
    };

    /// <summary>INS031. {0} publication date, {1} last day of fieldwork.</summary>
    public static readonly DiagnosticDescriptor PublishedBeforeFieldworkEnds = DatesOutOfOrder with
    {
        MessageFormat = "The report is published on {0}, before fieldwork ends on {1}.",
    };

    /// <summary>INS031, the end unknown. {0} publication date, {1} first day of fieldwork.</summary>
    public static readonly DiagnosticDescriptor PublishedBeforeFieldworkStarts = DatesOutOfOrder with
    {
        MessageFormat = "The report is published on {0}, before fieldwork starts on {1}.",
    };

    /// <summary>INS032. {0} publication date, {1} days after, {2} last day of fieldwork.</summary>
    public static readonly DiagnosticDescriptor PublishedLate = UnusualDates with
    {
        MessageFormat = "The report is published on {0}, {1} days after fieldwork ended on {2}: more than the usual 12 weeks.",
    };

    /// <summary>INS032, the end unknown. {0} publication date, {1} days after, {2} first day of fieldwork, {3} the usual length.</summary>
    public static readonly DiagnosticDescriptor PublishedLateEndUnknown = UnusualDates with
    {
        MessageFormat = "The report is published on {0}, {1} days after fieldwork started on {2} (its end is not known): more than the usual {3} of fieldwork and 12 weeks to publication.",
    };

    /// <summary>INS033 under a framework with no timescales. {0} the timescale as given, {1} framework id.</summary>
    public static readonly DiagnosticDescriptor TimescaleWhereNone = UnknownTimescale with
    {
        MessageFormat = "'{0}' is not a timescale of {1}, whose reports give no timescales; leave it out.",
    };

    /// <summary>
    /// The last diagnostic of a document whose problems are not all listed, under the code of the first it counts.
    /// {0}: how many ("59,900 more problems are"); {1}: how many of each code; {2}: how many are listed.
    /// </summary>
    internal const string NotListedFormat = "{0} not listed ({1}): only the first {2} diagnostics of a document are.";

    /// <summary>The descriptor that says how many problems of a code's document were not listed: the code's, with <see cref="NotListedFormat"/>.</summary>
    internal static DiagnosticDescriptor NotListed(DiagnosticDescriptor first) => first with { MessageFormat = NotListedFormat };

    /// <summary>Every descriptor, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [MalformedDocument, MissingProperty, InvalidValue, UnknownFramework, UnknownVisitType, UnknownJudgement, GradeNotOnScale, MissingRequiredJudgement, UngradedVisitWithJudgements, SubJudgementWithoutParent, NotJudgedConflict, RuleBroken, LikelyRuleBroken, FieldworkOutsideFramework, DatesOutOfOrder, UnusualDates, UnknownTimescale, SubjectKindNotInspected];

    /// <summary>
    /// Every descriptor the validator raises, one per kind of message, in code order: the descriptors of
    /// <see cref="All"/> from INS010 on, and the further message kinds of a code (each with the code's severity and
    /// title). The reader's messages (INS001–INS003) are listed in docs/validation.md.
    /// </summary>
    public static ImmutableArray<DiagnosticDescriptor> Messages { get; } =
    [
        NoDate,
        UnknownFramework, UnknownVisitType,
        UnknownJudgement, JudgementNotOfVisit,
        GradeNotOnScale,
        MissingRequiredJudgement,
        UngradedVisitWithJudgements,
        SubJudgementWithoutParent,
        NotJudgedUnknown, NotJudgedOnUngradedVisit, NotJudgedNotOfVisit, NotJudgedTwice, NotJudgedConflict,
        RuleBroken, LikelyRuleBroken,
        FieldworkOutsideFramework, PublishedOutsideFramework,
        DatesOutOfOrder, PublishedBeforeFieldworkEnds, PublishedBeforeFieldworkStarts,
        UnusualDates, PublishedLate, PublishedLateEndUnknown,
        UnknownTimescale, TimescaleWhereNone,
        SubjectKindNotInspected,
    ];

    /// <summary>The descriptor of a code.</summary>
    /// <param name="code">The code, such as <c>INS014</c>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No code <paramref name="code"/> is defined; the message names the codes that are.</exception>
    public static DiagnosticDescriptor Get(string code) =>
        code is null ? throw new ArgumentNullException(nameof(code))
        : TryGet(code, out var descriptor) ? descriptor
        : throw new KeyNotFoundException($"'{code}' is not a diagnostic code; the codes are {string.Join(", ", All.Select(d => d.Code))}.");

    /// <summary>Finds what a code means.</summary>
    /// <param name="code">The code, such as <c>INS014</c>; null finds nothing.</param>
    /// <param name="descriptor">The descriptor, when found.</param>
    /// <returns><see langword="true"/> when the code is defined.</returns>
    public static bool TryGet(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DiagnosticDescriptor? descriptor)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code, code, StringComparison.Ordinal))
            {
                descriptor = candidate;
                return true;
            }
        }

        descriptor = null;
        return false;
    }
}
