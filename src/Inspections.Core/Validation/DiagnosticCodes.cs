namespace Inspections.Core.Validation;

/// <summary>
/// The stable diagnostic codes of the <c>inspections/v1</c> contract. A code's meaning never changes; new checks
/// get new codes. INS001–INS003 come from reading a document, the rest from validating it. Each code's severity
/// and meaning are in <see cref="DiagnosticDescriptors"/>.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>INS001 (error): not valid JSON, not an object, or a reading rule broken (duplicate, unknown or null property; nesting or size limit).</summary>
    public const string MalformedDocument = "INS001";

    /// <summary>INS002 (error): a required property is missing (also from validation: an inspection with neither fieldwork nor a publication date).</summary>
    public const string MissingProperty = "INS002";

    /// <summary>INS003 (error): a value has the wrong type or form (a date not yyyy-MM-dd, a gss not matching, a blank name).</summary>
    public const string InvalidValue = "INS003";

    /// <summary>INS010 (error): unknown framework id.</summary>
    public const string UnknownFramework = "INS010";

    /// <summary>INS011 (error): the visit type is not one of the framework's visit types.</summary>
    public const string UnknownVisitType = "INS011";

    /// <summary>INS012 (error): a judgement id that the framework (or the visit type) does not define.</summary>
    public const string UnknownJudgement = "INS012";

    /// <summary>INS013 (error): a grade id that is not on the judgement's scale.</summary>
    public const string GradeNotOnScale = "INS013";

    /// <summary>INS014 (error): a judgement that the visit type requires is missing.</summary>
    public const string MissingRequiredJudgement = "INS014";

    /// <summary>INS015 (error): an ungraded visit type carries judgements.</summary>
    public const string UngradedVisitWithJudgements = "INS015";

    /// <summary>INS016 (error): a sub-judgement is graded but its parent judgement is neither graded nor listed in <c>notJudged</c>.</summary>
    public const string SubJudgementWithoutParent = "INS016";

    /// <summary>
    /// INS017 (error): a judgement is both graded and listed in <c>notJudged</c>, or <c>notJudged</c> names a judgement
    /// the visit type does not grade (or that the framework does not define), or names one twice.
    /// </summary>
    public const string NotJudgedConflict = "INS017";

    /// <summary>INS020 (error): a framework rule that must hold is broken.</summary>
    public const string RuleBroken = "INS020";

    /// <summary>INS021 (warning): a framework rule that normally holds is broken.</summary>
    public const string LikelyRuleBroken = "INS021";

    /// <summary>
    /// INS030 (error): fieldwork starts before the framework came into force or after it was withdrawn; with no fieldwork,
    /// the framework was not in force in the six months before publication.
    /// </summary>
    public const string FieldworkOutsideFramework = "INS030";

    /// <summary>INS031 (error): fieldwork ends before it starts, or publication precedes the end of fieldwork.</summary>
    public const string DatesOutOfOrder = "INS031";

    /// <summary>INS032 (warning): fieldwork longer than the visit type's usual length, or publication more than 12 weeks after fieldwork.</summary>
    public const string UnusualDates = "INS032";

    /// <summary>INS033 (error): a recommendation's timescale is not one of the framework's timescales.</summary>
    public const string UnknownTimescale = "INS033";

    /// <summary>INS040 (error): the subject kind is not one this framework inspects.</summary>
    public const string SubjectKindNotInspected = "INS040";
}
