using System.Text.Json;
using Inspections.Core.Documents;
using Inspections.Core.Validation;
using NodaTime;
using static Inspections.Core.Serialization.ObjectWalker;

namespace Inspections.Core.Serialization;

/// <summary>
/// Whole entries of <see cref="InspectionShape"/> for the usual kinds of optional value: each reads the value into
/// the draft's slot, writes it from the <see cref="Inspection"/> property it is bound to, describes it in the JSON
/// Schema and says what the writer checks. An optional property of one of these kinds is one line of the shape.
/// </summary>
internal static class PropertyKinds
{
    /// <summary>Free text, kept as written (<c>notes</c>): any string, written as it is.</summary>
    /// <param name="property">The property of the vocabulary.</param>
    /// <param name="member">The <see cref="Inspection"/> property (a <c>string?</c>).</param>
    public static PropertyShape Text(DocumentProperty property, string member)
    {
        var model = new ModelProperty<string?>(member);
        return new PropertyShape(
            property,
            (ref Utf8JsonReader reader, ReadingState state, DocumentTarget target) =>
            {
                if (ReadString(ref reader, state, target, out string? text, out long offset))
                {
                    state.Draft.Slot<string?>(target.Property).Set(text);
                    state.Map.Set(target.Property, offset);
                }
            },
            (writer, name, inspection, index, catalog) =>
            {
                if (model.Get(inspection) is { } text)
                {
                    writer.WriteString(name, text);
                }
            },
            (writer, name, catalog) =>
            {
                writer.WriteStartObject(name);
                writer.WriteString("type", "string");
                writer.WriteEndObject();
            },
            () => new DraftSlot<string?>(model),
            inspection => model.Get(inspection) is { } text ? InspectionDocumentWriter.TextProblem(text, model.Name) : null);
    }

    /// <summary>Text of 1 to <paramref name="maxLength"/> characters that is not blank (<c>theme</c>).</summary>
    /// <param name="property">The property of the vocabulary.</param>
    /// <param name="member">The <see cref="Inspection"/> property (a <c>string?</c>), whose check agrees.</param>
    /// <param name="maxLength">The most characters (UTF-16 code units).</param>
    /// <param name="tooLong">The problem of a longer one: {0} the limit, {1} the length.</param>
    /// <param name="blank">The problem of a blank one (<see cref="Core.Text.IsBlank"/>): no arguments.</param>
    /// <param name="description">The value in words, for the JSON Schema.</param>
    public static PropertyShape NotBlankText(DocumentProperty property, string member, int maxLength, DiagnosticDescriptor tooLong, DiagnosticDescriptor blank, string description)
    {
        var model = new ModelProperty<string?>(member);
        return new PropertyShape(
            property,
            (ref Utf8JsonReader reader, ReadingState state, DocumentTarget target) =>
            {
                if (ReadString(ref reader, state, target, out string? text, out long offset))
                {
                    if (text.Length > maxLength)
                    {
                        state.Add(tooLong, target, offset, maxLength, text.Length);
                    }
                    else if (Core.Text.IsBlank(text))
                    {
                        state.Add(blank, target, offset);
                    }
                    else
                    {
                        state.Draft.Slot<string?>(target.Property).Set(text);
                        state.Map.Set(target.Property, offset);
                    }
                }
            },
            (writer, name, inspection, index, catalog) =>
            {
                if (model.Get(inspection) is { } text)
                {
                    writer.WriteString(name, text);
                }
            },
            (writer, name, catalog) =>
            {
                writer.WriteStartObject(name);
                writer.WriteString("description", description);
                writer.WriteString("type", "string");
                writer.WriteNumber("minLength", 1);
                writer.WriteNumber("maxLength", maxLength);
                writer.WriteString("pattern", "\\S");
                writer.WriteEndObject();
            },
            () => new DraftSlot<string?>(model),
            inspection => model.Get(inspection) is { } text ? InspectionDocumentWriter.TextProblem(text, model.Name) : null);
    }

    /// <summary>A date, <c>yyyy-MM-dd</c> (<c>published</c>).</summary>
    /// <param name="property">The property of the vocabulary.</param>
    /// <param name="member">The <see cref="Inspection"/> property (a <c>LocalDate?</c>).</param>
    public static PropertyShape Date(DocumentProperty property, string member)
    {
        var model = new ModelProperty<LocalDate?>(member);
        return new PropertyShape(
            property,
            (ref Utf8JsonReader reader, ReadingState state, DocumentTarget target) =>
            {
                if (ValueReaders.ReadDate(ref reader, state, target) is { } date)
                {
                    state.Draft.Slot<LocalDate?>(target.Property).Set(date);
                }
            },
            (writer, name, inspection, index, catalog) =>
            {
                if (model.Get(inspection) is { } date)
                {
                    ValueWriters.WriteDate(writer, name, date);
                }
            },
            SchemaWriters.Date,
            () => new DraftSlot<LocalDate?>(model),
            inspection => model.Get(inspection) is { } date ? InspectionDocumentWriter.DateProblem(date, model.Name) : null);
    }
}
