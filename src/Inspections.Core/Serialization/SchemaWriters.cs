using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Inspections.Core.Catalog;
using Inspections.Core;

namespace Inspections.Core.Serialization;

/// <summary>How each property's value is described in the JSON Schema (<see cref="InspectionJsonSchema"/>).</summary>
internal static class SchemaWriters
{
    /// <summary>Writes an object's <c>properties</c>, <c>required</c> and <c>additionalProperties</c> from its shape.</summary>
    public static void WriteObjectBody(Utf8JsonWriter w, ObjectShape shape, FrameworkCatalog catalog)
    {
        w.WriteStartObject("properties");
        foreach (var property in shape.Properties)
        {
            property.Schema(w, property.Name, catalog);
        }

        w.WriteEndObject();
        WriteStrings(w, "required", shape.Required);
        foreach (var property in shape.Properties)
        {
            if (property.Property.RequiredUnless is { } alternative)
            {
                // Required unless the alternative is given: at least one of the two.
                w.WriteStartArray("anyOf");
                foreach (string name in new[] { property.Name, alternative.Name })
                {
                    w.WriteStartObject();
                    WriteStrings(w, "required", [name]);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }
        }

        w.WriteBoolean("additionalProperties", false);
    }

    /// <summary>Writes an object's definition, for <c>$defs</c>.</summary>
    public static void WriteDefinition(Utf8JsonWriter w, string name, ObjectShape shape, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        w.WriteString("description", shape.Description);
        w.WriteString("type", "object");
        WriteObjectBody(w, shape, catalog);
        w.WriteEndObject();
    }

    public static void Schema(Utf8JsonWriter w, string name, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        w.WriteString("const", InspectionJson.Schema);
        w.WriteEndObject();
    }

    public static void Framework(Utf8JsonWriter w, string name, FrameworkCatalog catalog) =>
        WriteEnum(w, name, catalog.All.Select(f => f.Id));

    public static void Visit(Utf8JsonWriter w, string name, FrameworkCatalog catalog) =>
        WriteEnum(w, name, catalog.All.SelectMany(f => f.VisitTypes).Select(v => v.Id).Distinct(System.StringComparer.Ordinal));

    public static void NotJudged(Utf8JsonWriter w, string name, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        w.WriteString("description", "Judgements the published record says were not judged (Ofsted's tables write \"-\"): judgement ids of the framework that the visit type grades, none also graded, no duplicates.");
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Subject(Utf8JsonWriter w, string name, FrameworkCatalog catalog) => WriteRef(w, name, "subject");

    public static void Fieldwork(Utf8JsonWriter w, string name, FrameworkCatalog catalog) => WriteRef(w, name, "fieldwork");

    public static void Date(Utf8JsonWriter w, string name, FrameworkCatalog catalog) => WriteRef(w, name, "date");

    public static void Judgements(Utf8JsonWriter w, string name, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        w.WriteString("type", "object");
        w.WriteStartObject("additionalProperties");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Recommendations(Utf8JsonWriter w, string name, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        w.WriteString("type", "array");
        WriteRef(w, "items", "recommendation");
        w.WriteEndObject();
    }

    public static void Source(Utf8JsonWriter w, string name, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        w.WriteString("type", "string");
        w.WriteString("pattern", InspectionJsonSchema.SourcePattern);
        w.WriteEndObject();
    }

    public static void SubjectKind(Utf8JsonWriter w, string name, FrameworkCatalog catalog) =>
        WriteEnum(w, name, SubjectKinds.All.Select(k => k.ToId()));

    public static void SubjectName(Utf8JsonWriter w, string name, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        w.WriteString("description", "As written in the report: 1 to 200 characters, not blank.");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteNumber("maxLength", InspectionSubject.MaxNameLength);
        w.WriteString("pattern", "\\S");
        w.WriteEndObject();
    }

    public static void SubjectGss(Utf8JsonWriter w, string name, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        w.WriteString("description", "The ONS GSS code of an English local authority.");
        w.WriteString("type", "string");
        w.WriteString("pattern", InspectionSubject.GssPattern);
        w.WriteEndObject();
    }

    public static void SubjectLa(Utf8JsonWriter w, string name, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        w.WriteString("description", "The three-digit DfE local authority number.");
        w.WriteString("type", "integer");
        w.WriteNumber("minimum", InspectionSubject.MinLaNumber);
        w.WriteNumber("maximum", InspectionSubject.MaxLaNumber);
        w.WriteEndObject();
    }

    public static void RecommendationText(Utf8JsonWriter w, string name, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteString("pattern", "\\S");
        w.WriteEndObject();
    }

    public static void NonEmptyString(Utf8JsonWriter w, string name, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();
    }

    public static void WriteEnum(Utf8JsonWriter w, string property, IEnumerable<string> values)
    {
        w.WriteStartObject(property);
        WriteStrings(w, "enum", values);
        w.WriteEndObject();
    }

    public static void WriteRef(Utf8JsonWriter w, string property, string definition)
    {
        w.WriteStartObject(property);
        w.WriteString("$ref", "#/$defs/" + definition);
        w.WriteEndObject();
    }

    public static void WriteStrings(Utf8JsonWriter w, string property, IEnumerable<string> values)
    {
        w.WriteStartArray(property);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
