using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Inspections.Core.Validation;

/// <summary>
/// What each diagnostic code of the <c>inspections/v1</c> contract means and how severe it is: one descriptor per
/// code of <see cref="DiagnosticCodes"/>. Every diagnostic the reader and the validator report is made from one of
/// these, so a code's severity is decided here and nowhere else.
/// </summary>
/// <remarks>Thread-safe; the descriptors are immutable.</remarks>
public static class DiagnosticDescriptors
{
    /// <summary>The document is not valid JSON, or is not an object, or breaks a reading rule (duplicate, unknown or null property, nesting or size limit).</summary>
    public static readonly DiagnosticDescriptor MalformedDocument = new(DiagnosticCodes.MalformedDocument, DiagnosticSeverity.Error, "The document is not valid JSON, or is not an object, or breaks a reading rule (duplicate, unknown or null property, nesting or size limit).");

    /// <summary>A required property is missing.</summary>
    public static readonly DiagnosticDescriptor MissingProperty = new(DiagnosticCodes.MissingProperty, DiagnosticSeverity.Error, "A required property is missing.");

    /// <summary>A value has the wrong type or form (a date not yyyy-MM-dd, a gss not matching, a blank name).</summary>
    public static readonly DiagnosticDescriptor InvalidValue = new(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, "A value has the wrong type or form (a date not yyyy-MM-dd, a gss not matching, a blank name).");

    /// <summary>Unknown framework id.</summary>
    public static readonly DiagnosticDescriptor UnknownFramework = new(DiagnosticCodes.UnknownFramework, DiagnosticSeverity.Error, "Unknown framework id.");

    /// <summary>The visit type is not one of the framework's visit types.</summary>
    public static readonly DiagnosticDescriptor UnknownVisitType = new(DiagnosticCodes.UnknownVisitType, DiagnosticSeverity.Error, "The visit type is not one of the framework's visit types.");

    /// <summary>A judgement id that the framework does not define (or that the visit type does not judge).</summary>
    public static readonly DiagnosticDescriptor UnknownJudgement = new(DiagnosticCodes.UnknownJudgement, DiagnosticSeverity.Error, "A judgement id that the framework does not define (or that the visit type does not judge).");

    /// <summary>A grade id that is not on the judgement's scale.</summary>
    public static readonly DiagnosticDescriptor GradeNotOnScale = new(DiagnosticCodes.GradeNotOnScale, DiagnosticSeverity.Error, "A grade id that is not on the judgement's scale.");

    /// <summary>A judgement that the visit type requires is missing.</summary>
    public static readonly DiagnosticDescriptor MissingRequiredJudgement = new(DiagnosticCodes.MissingRequiredJudgement, DiagnosticSeverity.Error, "A judgement that the visit type requires is missing.");

    /// <summary>An ungraded visit type carries judgements.</summary>
    public static readonly DiagnosticDescriptor UngradedVisitWithJudgements = new(DiagnosticCodes.UngradedVisitWithJudgements, DiagnosticSeverity.Error, "An ungraded visit type carries judgements.");

    /// <summary>A sub-judgement is graded but its parent judgement is neither graded nor listed in notJudged.</summary>
    public static readonly DiagnosticDescriptor SubJudgementWithoutParent = new(DiagnosticCodes.SubJudgementWithoutParent, DiagnosticSeverity.Error, "A sub-judgement is graded but its parent judgement is neither graded nor listed in notJudged.");

    /// <summary>A judgement is both graded and listed in notJudged, or notJudged names a judgement the visit type does not grade, or names one twice.</summary>
    public static readonly DiagnosticDescriptor NotJudgedConflict = new(DiagnosticCodes.NotJudgedConflict, DiagnosticSeverity.Error, "A judgement is both graded and listed in notJudged, or notJudged names a judgement the visit type does not grade, or names one twice.");

    /// <summary>A framework rule that must hold is broken.</summary>
    public static readonly DiagnosticDescriptor RuleBroken = new(DiagnosticCodes.RuleBroken, DiagnosticSeverity.Error, "A framework rule that must hold is broken.");

    /// <summary>A framework rule that normally holds is broken (the handbook says \"likely\").</summary>
    public static readonly DiagnosticDescriptor LikelyRuleBroken = new(DiagnosticCodes.LikelyRuleBroken, DiagnosticSeverity.Warning, "A framework rule that normally holds is broken (the handbook says \"likely\").");

    /// <summary>Fieldwork starts before the framework came into force or after it was withdrawn; with no fieldwork, the framework was not in force in the six months before publication.</summary>
    public static readonly DiagnosticDescriptor FieldworkOutsideFramework = new(DiagnosticCodes.FieldworkOutsideFramework, DiagnosticSeverity.Error, "Fieldwork starts before the framework came into force or after it was withdrawn; with no fieldwork, the framework was not in force in the six months before publication.");

    /// <summary>Fieldwork ends before it starts, or publication precedes the end of fieldwork.</summary>
    public static readonly DiagnosticDescriptor DatesOutOfOrder = new(DiagnosticCodes.DatesOutOfOrder, DiagnosticSeverity.Error, "Fieldwork ends before it starts, or publication precedes the end of fieldwork.");

    /// <summary>Fieldwork is longer than the visit type's usual length, or publication is more than 12 weeks after fieldwork.</summary>
    public static readonly DiagnosticDescriptor UnusualDates = new(DiagnosticCodes.UnusualDates, DiagnosticSeverity.Warning, "Fieldwork is longer than the visit type's usual length, or publication is more than 12 weeks after fieldwork.");

    /// <summary>A recommendation's timescale is not one of the framework's timescales.</summary>
    public static readonly DiagnosticDescriptor UnknownTimescale = new(DiagnosticCodes.UnknownTimescale, DiagnosticSeverity.Error, "A recommendation's timescale is not one of the framework's timescales.");

    /// <summary>The subject kind is not one this framework inspects.</summary>
    public static readonly DiagnosticDescriptor SubjectKindNotInspected = new(DiagnosticCodes.SubjectKindNotInspected, DiagnosticSeverity.Error, "The subject kind is not one this framework inspects.");

    /// <summary>Every descriptor, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [MalformedDocument, MissingProperty, InvalidValue, UnknownFramework, UnknownVisitType, UnknownJudgement, GradeNotOnScale, MissingRequiredJudgement, UngradedVisitWithJudgements, SubJudgementWithoutParent, NotJudgedConflict, RuleBroken, LikelyRuleBroken, FieldworkOutsideFramework, DatesOutOfOrder, UnusualDates, UnknownTimescale, SubjectKindNotInspected];

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
