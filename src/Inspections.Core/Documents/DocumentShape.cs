namespace Inspections.Core.Documents;

/// <summary>
/// The vocabulary of <c>inspections/v1</c>, declared once: every property of every object, each with its parent
/// and whether it is required (the order of the format's tables is that of <c>Serialization.InspectionShape</c>). The reader
/// walks objects by these, the writer writes in this order, the schema lists them, and every diagnostic's path is
/// rendered from them. Validation uses them through <see cref="DocumentTarget"/> without knowing about JSON.
/// </summary>
internal static class DocumentShape
{
    /// <summary>The document itself (<c>$</c>).</summary>
    public static readonly DocumentProperty Root = new(string.Empty, null, required: true);

    /// <summary><c>schema</c>.</summary>
    public static readonly DocumentProperty Schema = new("schema", Root, required: true);

    /// <summary><c>framework</c>.</summary>
    public static readonly DocumentProperty Framework = new("framework", Root, required: true);

    /// <summary><c>visit</c>.</summary>
    public static readonly DocumentProperty Visit = new("visit", Root, required: true);

    /// <summary><c>theme</c>: the theme of a focused or monitoring visit.</summary>
    public static readonly DocumentProperty Theme = new("theme", Root, required: false);

    /// <summary><c>subject</c>.</summary>
    public static readonly DocumentProperty Subject = new("subject", Root, required: true);

    /// <summary><c>subject.kind</c>.</summary>
    public static readonly DocumentProperty SubjectKind = new("kind", Subject, required: true);

    /// <summary><c>subject.name</c>.</summary>
    public static readonly DocumentProperty SubjectName = new("name", Subject, required: true);

    /// <summary><c>subject.gss</c>.</summary>
    public static readonly DocumentProperty SubjectGss = new("gss", Subject, required: false);

    /// <summary><c>subject.la</c>.</summary>
    public static readonly DocumentProperty SubjectLa = new("la", Subject, required: false);

    /// <summary><c>published</c> (declared before <c>fieldwork</c>, which refers to it; the table order is in the serialization shape).</summary>
    public static readonly DocumentProperty Published = new("published", Root, required: false);

    /// <summary><c>fieldwork</c>: required unless <c>published</c> is given.</summary>
    public static readonly DocumentProperty Fieldwork = new("fieldwork", Root, required: false, requiredUnless: Published);

    /// <summary><c>fieldwork.start</c>.</summary>
    public static readonly DocumentProperty FieldworkStart = new("start", Fieldwork, required: true);

    /// <summary><c>fieldwork.end</c>.</summary>
    public static readonly DocumentProperty FieldworkEnd = new("end", Fieldwork, required: false);

    /// <summary><c>judgements</c>: its members are judgement ids.</summary>
    public static readonly DocumentProperty Judgements = new("judgements", Root, required: true);

    /// <summary><c>notJudged</c>: an array of judgement ids.</summary>
    public static readonly DocumentProperty NotJudged = new("notJudged", Root, required: false, hasItems: true);

    /// <summary><c>recommendations</c>: an array of objects.</summary>
    public static readonly DocumentProperty Recommendations = new("recommendations", Root, required: false, hasItems: true);

    /// <summary><c>recommendations[i].text</c>.</summary>
    public static readonly DocumentProperty RecommendationText = new("text", Recommendations, required: true);

    /// <summary><c>recommendations[i].timescale</c>.</summary>
    public static readonly DocumentProperty RecommendationTimescale = new("timescale", Recommendations, required: false);

    /// <summary><c>source</c>.</summary>
    public static readonly DocumentProperty Source = new("source", Root, required: false);

    /// <summary><c>notes</c>.</summary>
    public static readonly DocumentProperty Notes = new("notes", Root, required: false);

    /// <summary>How many properties there are: the size of a table indexed by <see cref="DocumentProperty.Ordinal"/>. Declared last.</summary>
    public static readonly int PropertyCount = DocumentProperty.Count;
}
