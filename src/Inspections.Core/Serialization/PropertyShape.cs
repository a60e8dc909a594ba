using System.Text.Json;
using Inspections.Core.Catalog;
using Inspections.Core.Documents;
using Inspections.Core;

namespace Inspections.Core.Serialization;

/// <summary>Reads the value of a property; the reader is on the value's first token, which is not null.</summary>
/// <param name="reader">The JSON reader.</param>
/// <param name="state">The reading state.</param>
/// <param name="target">The property (with the index of the array item it is in, if any).</param>
internal delegate void ValueReader(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target);

/// <summary>Writes a property of an inspection, name and value, or nothing when it is absent.</summary>
/// <param name="writer">The JSON writer.</param>
/// <param name="name">The property's encoded name.</param>
/// <param name="inspection">The inspection.</param>
/// <param name="index">The index of the array item being written (a recommendation), or -1.</param>
/// <param name="catalog">The catalog that gives the framework's own orders.</param>
internal delegate void ValueWriter(Utf8JsonWriter writer, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog);

/// <summary>Writes the JSON Schema of a property's value, as a property named <paramref name="name"/>.</summary>
/// <param name="writer">The JSON writer.</param>
/// <param name="name">The property's name.</param>
/// <param name="catalog">The catalog whose ids the schema lists.</param>
internal delegate void SchemaWriter(Utf8JsonWriter writer, string name, FrameworkCatalog catalog);

/// <summary>Says why a property of an inspection cannot be written so that it reads back equal, or null when it can.</summary>
/// <param name="inspection">The inspection.</param>
internal delegate string? WriteCheck(Inspection inspection);

/// <summary>
/// One entry of <see cref="InspectionShape"/>: a property of the vocabulary with how it is read, written and described,
/// and, for an optional property of the document, where its value waits while the document is read (its
/// <see cref="DraftSlot"/>) and what the writer checks first. <see cref="PropertyKinds"/> makes whole entries for
/// the usual kinds of value.
/// </summary>
internal sealed class PropertyShape(DocumentProperty property, ValueReader read, ValueWriter write, SchemaWriter schema, DraftSlot.Factory? slot = null, WriteCheck? check = null)
{
    /// <summary>The property.</summary>
    public DocumentProperty Property { get; } = property;

    /// <summary>Its name.</summary>
    public string Name => Property.Name;

    /// <summary>Its name, encoded for the writer once.</summary>
    public JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(property.Name);

    /// <summary>Reads its value.</summary>
    public ValueReader Read { get; } = read;

    /// <summary>Writes it.</summary>
    public ValueWriter Write { get; } = write;

    /// <summary>Describes its value in the JSON Schema.</summary>
    public SchemaWriter Schema { get; } = schema;

    /// <summary>Makes the draft's slot for its value, or null when the draft holds it otherwise (required and nested values).</summary>
    public DraftSlot.Factory? Slot { get; } = slot;

    /// <summary>What the writer checks before writing anything, or null.</summary>
    public WriteCheck? Check { get; } = check;
}
