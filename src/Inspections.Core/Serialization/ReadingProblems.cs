using Inspections.Core.Validation;

namespace Inspections.Core.Serialization;

/// <summary>
/// The one table of reading problems and their messages: each a descriptor of INS001, INS002 or INS003 with its own
/// message format. A message says what is wrong; where (path, line, byte position) is in the diagnostic's fields.
/// </summary>
internal static class ReadingProblems
{
    private static readonly DiagnosticDescriptor s_malformed = DiagnosticDescriptors.MalformedDocument;
    private static readonly DiagnosticDescriptor s_missing = DiagnosticDescriptors.MissingProperty;
    private static readonly DiagnosticDescriptor s_invalid = DiagnosticDescriptors.InvalidValue;

    // Preflight: size and encoding.

    /// <summary>{0}: size in bytes; {1}: the limit.</summary>
    public static readonly DiagnosticDescriptor TooLarge = Malformed("The document is {0:N0} bytes; a document may be at most 1 MiB ({1:N0} bytes).");

    /// <summary>{0}: the limit.</summary>
    public static readonly DiagnosticDescriptor TooLargeEndless = Malformed("The document is larger than 1 MiB ({0:N0} bytes), the most a document may be.");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor Utf16 = Malformed("The document is UTF-16 text (it starts with a UTF-16 byte order mark); write it as UTF-8.");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor Utf32 = Malformed("The document is UTF-32 text (it starts with a UTF-32 byte order mark); write it as UTF-8.");

    /// <summary>{0}: the byte.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = Malformed("The document is not UTF-8 text: byte 0x{0:X2} does not start or continue a UTF-8 character.");

    /// <summary>{0}: the surrogate's code; {1}: its index.</summary>
    public static readonly DiagnosticDescriptor TextNotUnicode = Malformed("The text is not valid Unicode: it holds an unpaired surrogate (U+{0:X4}) at character {1}.");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor Empty = Malformed("The document is empty; expected a JSON object.");

    // JSON.

    /// <summary>{0}: what it is.</summary>
    public static readonly DiagnosticDescriptor NotAnObject = Malformed("The document must be a JSON object, but it is {0}.");

    /// <summary>{0}: the JSON reader's own words.</summary>
    public static readonly DiagnosticDescriptor NotJson = Malformed("Not valid JSON: {0}.");

    /// <summary>{0}: the text, shortened.</summary>
    public static readonly DiagnosticDescriptor LooksLikeAPath = Malformed("Not valid JSON: the text is '{0}', which looks like a file name, not a document. Read and Parse take the JSON itself; to read a file, pass its bytes (File.ReadAllBytes(path)) or a stream (File.OpenRead(path)).");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor EndsEarly = Malformed("The document ends before its object is closed.");

    /// <summary>{0}: the limit.</summary>
    public static readonly DiagnosticDescriptor TooDeep = Malformed("The document nests deeper than {0} levels, the limit.");

    /// <summary>{0}: the limit.</summary>
    public static readonly DiagnosticDescriptor Stopped = Malformed("Reading stopped after {0} problems.");

    // Properties.

    /// <summary>{0}: the name; {1}: a hint or nothing; {2}: what the object is; {3}: its properties, listed (<see cref="Documents.MessageText.List"/>).</summary>
    public static readonly DiagnosticDescriptor UnknownProperty = Malformed("Unknown property '{0}'{1}: the properties of {2} are {3}, and no others are accepted.");

    /// <summary>{0}: the name the unknown one differs from only in case.</summary>
    public static readonly DiagnosticDescriptor CaseHint = Malformed(" (names are case-sensitive: did you mean '{0}'?)");

    /// <summary>{0}: the name.</summary>
    public static readonly DiagnosticDescriptor GivenTwice = Malformed("Property '{0}' is given twice; give each property once.");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor NameNotUnicode = Malformed("A property name is not valid Unicode: it escapes an unpaired surrogate (\\uD800 to \\uDFFF).");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor Null = Malformed("null is not allowed: give a value, or leave an optional property out.");

    /// <summary>{0}: the name; {1}: the object ("the document" or its path).</summary>
    public static readonly DiagnosticDescriptor Missing = s_missing with { MessageFormat = "Required property '{0}' is missing from {1}." };

    /// <summary>{0}: the name; {1}: the object; {2}: the property that would make it optional.</summary>
    public static readonly DiagnosticDescriptor MissingUnless = s_missing with { MessageFormat = "Required property '{0}' is missing from {1}: give it, or {2}, or both." };

    /// <summary>{0}: the judgement id.</summary>
    public static readonly DiagnosticDescriptor JudgementTwice = Malformed("Judgement '{0}' is given twice; give each judgement once.");

    // Values.

    /// <summary>{0}: what was expected; {1}: what was found.</summary>
    public static readonly DiagnosticDescriptor WrongType = Invalid("Expected {0}, but found {1}.");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor StringNotUnicode = Invalid("The string is not valid Unicode: it escapes an unpaired surrogate (\\uD800 to \\uDFFF).");

    /// <summary>{0}: the value; {1}: the schema read.</summary>
    public static readonly DiagnosticDescriptor UnknownSchema = Invalid("'{0}' is not a schema this library reads; this version reads \"{1}\".");

    /// <summary>{0}: what the id is ("framework id").</summary>
    public static readonly DiagnosticDescriptor EmptyId = Invalid("A {0} must not be empty.");

    /// <summary>{0}: the date reader's own words.</summary>
    public static readonly DiagnosticDescriptor BadDate = Invalid("{0}.");

    /// <summary>{0}: the value.</summary>
    public static readonly DiagnosticDescriptor UnknownSubjectKind = Invalid("'{0}' is not a subject kind; the kinds are \"local-authority\" and \"cafcass-service-area\".");

    /// <summary>{0}: the limit; {1}: the length.</summary>
    public static readonly DiagnosticDescriptor NameTooLong = Invalid("A subject name is at most {0} characters; this one has {1}.");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor NameBlank = Invalid("A subject name must not be blank.");

    /// <summary>{0}: the limit; {1}: the length.</summary>
    public static readonly DiagnosticDescriptor ThemeTooLong = Invalid("A theme is at most {0} characters; this one has {1}.");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor ThemeBlank = Invalid("A theme must not be blank; leave theme out when the report gives none.");

    /// <summary>{0}: the value.</summary>
    public static readonly DiagnosticDescriptor NotGss = Invalid("'{0}' is not the GSS code of an English local authority: E06, E08, E09 or E10 then six digits, such as E08000033.");

    /// <summary>{0}: the number as written.</summary>
    public static readonly DiagnosticDescriptor LaNotWhole = Invalid($"{{0}} is not a DfE local authority number: write a whole number from {InspectionSubject.MinLaNumber} to {InspectionSubject.MaxLaNumber}, with no fraction or exponent.");

    /// <summary>{0}: the number.</summary>
    public static readonly DiagnosticDescriptor LaOutOfRange = Invalid($"{{0}} is not a DfE local authority number, which has three digits ({InspectionSubject.MinLaNumber} to {InspectionSubject.MaxLaNumber}).");

    /// <summary>{0}: the number as written.</summary>
    public static readonly DiagnosticDescriptor GradeAsNumber = Invalid("A grade is written as its id, such as \"good\" or \"requires-improvement\", never as a number ({0}): official numeric codes run in opposite directions in different frameworks (APA: 4 is best; Ofsted's statistics: 1 is best).");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor EmptyJudgementId = Invalid("A judgement id must not be empty.");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor EmptyGradeId = Invalid("A grade id must not be empty.");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor RecommendationBlank = Invalid("A recommendation's text must not be blank.");

    /// <summary>No arguments.</summary>
    public static readonly DiagnosticDescriptor EmptyTimescale = Invalid("A timescale id must not be empty; leave timescale out when the report gives none.");

    /// <summary>{0}: the value.</summary>
    public static readonly DiagnosticDescriptor SourceHasSpace = Invalid("'{0}' is not a URI: it holds white space or a control character (write a space as %20).");

    /// <summary>{0}: the value.</summary>
    public static readonly DiagnosticDescriptor SourceNotHttp = Invalid("'{0}' is not an absolute http or https URI, such as https://files.ofsted.gov.uk/v1/file/50004288.");

    private static DiagnosticDescriptor Malformed(string format) => s_malformed with { MessageFormat = format };

    private static DiagnosticDescriptor Invalid(string format) => s_invalid with { MessageFormat = format };
}
