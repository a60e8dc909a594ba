using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using Inspections.Core.Documents;

namespace Inspections.Core.Serialization;

/// <summary>An object of the document: its properties in the format's order, and the words that name it in messages.</summary>
internal sealed class ObjectShape
{
    /// <summary>Describes an object.</summary>
    /// <param name="owner">The property whose value it is (the document for the root).</param>
    /// <param name="what">The object in words, for messages ("a subject").</param>
    /// <param name="description">The object in words, for the JSON Schema.</param>
    /// <param name="valuesHaveOwnContext">
    /// Whether a problem the JSON reader finds in a value is reported at the value's property (true) or at the object
    /// (false, for a recommendation, as readers of this format have always been told).
    /// </param>
    /// <param name="properties">Its properties, in the format's order; at most 64.</param>
    public ObjectShape(DocumentProperty owner, string what, string? description, bool valuesHaveOwnContext, params PropertyShape[] properties)
    {
        Owner = owner;
        What = what;
        Description = description;
        ValuesHaveOwnContext = valuesHaveOwnContext;
        Properties = [.. properties];
        Names = [.. properties.Select(p => p.Name)];
        Required = [.. properties.Where(p => p.Property.IsRequired).Select(p => p.Name)];
    }

    /// <summary>The property whose value it is.</summary>
    public DocumentProperty Owner { get; }

    /// <summary>The object in words, for messages.</summary>
    public string What { get; }

    /// <summary>The object in words, for the JSON Schema; null for the document.</summary>
    public string? Description { get; }

    /// <summary>Whether a JSON problem inside a value is reported at the value's property.</summary>
    public bool ValuesHaveOwnContext { get; }

    /// <summary>Its properties, in the format's order.</summary>
    public ImmutableArray<PropertyShape> Properties { get; }

    /// <summary>Their names, in the same order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The names of the required ones.</summary>
    public ImmutableArray<string> Required { get; }

    /// <summary>The index of a property of this object.</summary>
    public int IndexOf(DocumentProperty property)
    {
        for (int i = 0; i < Properties.Length; i++)
        {
            if (ReferenceEquals(Properties[i].Property, property))
            {
                return i;
            }
        }

        throw new System.ArgumentException($"'{property.Path}' is not a property of {What}.", nameof(property));
    }

    /// <summary>The index of the property whose name the reader is on, or -1 for a name the format does not know.</summary>
    public int Match(ref Utf8JsonReader reader)
    {
        var properties = Properties;
        for (int i = 0; i < properties.Length; i++)
        {
            if (reader.ValueTextEquals(properties[i].Property.Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }
}
