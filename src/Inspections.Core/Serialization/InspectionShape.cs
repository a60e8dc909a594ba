using Inspections.Core.Documents;

namespace Inspections.Core.Serialization;

/// <summary>
/// The shape of an <c>inspections/v1</c> document: each object's properties in the order of the format's tables,
/// each with how its value is read (<see cref="ValueReaders"/>), written (<see cref="ValueWriters"/>) and described
/// in the JSON Schema (<see cref="SchemaWriters"/>), and, for an optional property of the document, the
/// <see cref="Inspection"/> property it is bound to (its slot in the <see cref="ReadDraft"/>). The reader's loop, the
/// draft, the writer's order and checks and the schema all come from here: adding an optional property of a kind
/// <see cref="PropertyKinds"/> knows is a line in <see cref="DocumentShape"/>, a line here and the property on
/// <see cref="Inspection"/> (docs/architecture.md, "Adding a property").
/// </summary>
internal static class InspectionShape
{
    /// <summary>The subject.</summary>
    public static readonly ObjectShape Subject = new(
        DocumentShape.Subject, "a subject", "Who was inspected.", valuesHaveOwnContext: true,
        new(DocumentShape.SubjectKind, ValueReaders.SubjectKind, ValueWriters.SubjectKind, SchemaWriters.SubjectKind),
        new(DocumentShape.SubjectName, ValueReaders.SubjectName, ValueWriters.SubjectName, SchemaWriters.SubjectName),
        new(DocumentShape.SubjectGss, ValueReaders.SubjectGss, ValueWriters.SubjectGss, SchemaWriters.SubjectGss),
        new(DocumentShape.SubjectLa, ValueReaders.SubjectLa, ValueWriters.SubjectLa, SchemaWriters.SubjectLa));

    /// <summary>The fieldwork.</summary>
    public static readonly ObjectShape Fieldwork = new(
        DocumentShape.Fieldwork, "fieldwork", "The days of fieldwork, both inclusive; end on or after start.", valuesHaveOwnContext: true,
        new(DocumentShape.FieldworkStart, ValueReaders.FieldworkStart, ValueWriters.FieldworkStart, SchemaWriters.Date),
        new(DocumentShape.FieldworkEnd, ValueReaders.FieldworkEnd, ValueWriters.FieldworkEnd, SchemaWriters.Date));

    /// <summary>A recommendation, an item of <c>recommendations</c>.</summary>
    public static readonly ObjectShape Recommendation = new(
        DocumentShape.Recommendations, "a recommendation", "A recommendation or area for improvement, with its timescale where the report gives one.", valuesHaveOwnContext: false,
        new(DocumentShape.RecommendationText, ValueReaders.RecommendationText, ValueWriters.RecommendationText, SchemaWriters.RecommendationText),
        new(DocumentShape.RecommendationTimescale, ValueReaders.RecommendationTimescale, ValueWriters.RecommendationTimescale, SchemaWriters.NonEmptyString));

    /// <summary>The document.</summary>
    public static readonly ObjectShape Root = new(
        DocumentShape.Root, "an inspection document", null, valuesHaveOwnContext: true,
        new(DocumentShape.Schema, ValueReaders.Schema, ValueWriters.Schema, SchemaWriters.Schema),
        new(DocumentShape.Framework, ValueReaders.Framework, ValueWriters.Framework, SchemaWriters.Framework),
        new(DocumentShape.Visit, ValueReaders.Visit, ValueWriters.Visit, SchemaWriters.Visit),
        PropertyKinds.NotBlankText(DocumentShape.Theme, nameof(Inspection.Theme), Inspection.MaxThemeLength, ReadingProblems.ThemeTooLong, ReadingProblems.ThemeBlank, "The theme of a focused or monitoring visit, as published: 1 to 200 characters, not blank."),
        new(DocumentShape.Subject, ReadSubject, ValueWriters.Subject, SchemaWriters.Subject),
        new(DocumentShape.Fieldwork, ReadFieldwork, ValueWriters.Fieldwork, SchemaWriters.Fieldwork),
        PropertyKinds.Date(DocumentShape.Published, nameof(Inspection.Published)),
        new(DocumentShape.Judgements, ValueReaders.Judgements, ValueWriters.Judgements, SchemaWriters.Judgements),
        new(DocumentShape.NotJudged, ValueReaders.NotJudged, ValueWriters.NotJudged, SchemaWriters.NotJudged, ListOf<string>(nameof(Inspection.NotJudgedIds), 64)),
        new(DocumentShape.Recommendations, ValueReaders.Recommendations, ValueWriters.Recommendations, SchemaWriters.Recommendations, ListOf<Recommendation>(nameof(Inspection.Recommendations), 256)),
        new(DocumentShape.Source, ValueReaders.Source, ValueWriters.Source, SchemaWriters.Source, One<System.Uri?>(nameof(Inspection.Source))),
        PropertyKinds.Text(DocumentShape.Notes, nameof(Inspection.Notes)));

    /// <summary>The draft's slots, by property ordinal: one for each optional property of the document that has one.</summary>
    public static DraftSlot?[] NewSlots()
    {
        var slots = new DraftSlot?[DocumentShape.PropertyCount];
        foreach (var property in Root.Properties)
        {
            if (property.Slot is { } slot)
            {
                slots[property.Property.Ordinal] = slot();
            }
        }

        return slots;
    }

    private static DraftSlot.Factory One<T>(string member)
    {
        var model = new ModelProperty<T>(member);
        return () => new DraftSlot<T>(model);
    }

    private static DraftSlot.Factory ListOf<T>(string member, int largeCapacity)
    {
        var model = new ModelProperty<System.Collections.Immutable.ImmutableArray<T>>(member);
        return () => new ListSlot<T>(model, largeCapacity);
    }

    private static void ReadSubject(ref System.Text.Json.Utf8JsonReader reader, ReadingState state, DocumentTarget target) =>
        ObjectWalker.WalkValue(ref reader, state, Subject, target);

    private static void ReadFieldwork(ref System.Text.Json.Utf8JsonReader reader, ReadingState state, DocumentTarget target) =>
        ObjectWalker.WalkValue(ref reader, state, Fieldwork, target);
}
