using System;
using System.Text.Json;
using Inspections.Core.Catalog;
using Inspections.Core;

namespace Inspections.Core.Serialization;

/// <summary>How each property is written, in canonical form; an absent optional property is left out.</summary>
internal static class ValueWriters
{
    private static readonly JsonEncodedText s_schemaValue = JsonEncodedText.Encode(InspectionJson.Schema);

    /// <summary>Writes the properties of an object of the document in the shape's order.</summary>
    public static void WriteProperties(Utf8JsonWriter writer, ObjectShape shape, Inspection inspection, int index, FrameworkCatalog catalog)
    {
        foreach (var property in shape.Properties)
        {
            property.Write(writer, property.EncodedName, inspection, index, catalog);
        }
    }

    public static void Schema(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog) =>
        w.WriteString(name, s_schemaValue);

    public static void Framework(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog) =>
        w.WriteString(name, inspection.FrameworkId);

    public static void Visit(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog) =>
        w.WriteString(name, inspection.VisitTypeId);

    public static void Subject(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog)
    {
        w.WriteStartObject(name);
        WriteProperties(w, InspectionShape.Subject, inspection, index, catalog);
        w.WriteEndObject();
    }

    public static void SubjectKind(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog) =>
        w.WriteString(name, inspection.Subject.Kind.ToId());

    public static void SubjectName(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog) =>
        w.WriteString(name, inspection.Subject.Name);

    public static void SubjectGss(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog)
    {
        if (inspection.Subject.GssCode is { } gss)
        {
            w.WriteString(name, gss);
        }
    }

    public static void SubjectLa(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog)
    {
        if (inspection.Subject.LaNumber is { } la)
        {
            w.WriteNumber(name, la);
        }
    }

    public static void Fieldwork(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog)
    {
        if (inspection.Fieldwork is null)
        {
            return;
        }

        w.WriteStartObject(name);
        WriteProperties(w, InspectionShape.Fieldwork, inspection, index, catalog);
        w.WriteEndObject();
    }

    public static void FieldworkStart(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog) =>
        WriteDate(w, name, inspection.Fieldwork!.Value.Start);

    public static void FieldworkEnd(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog)
    {
        if (inspection.Fieldwork?.End is { } end)
        {
            WriteDate(w, name, end);
        }
    }

    public static void Judgements(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog)
    {
        var judgements = inspection.Judgements;
        w.WriteStartObject(name);
        if (catalog.TryGet(inspection.FrameworkId, out var framework))
        {
            // The framework's own order first, then any judgement the framework does not define, as given.
            foreach (var judgement in framework.Judgements)
            {
                if (judgements.TryGetGradeId(judgement.Id, out string? grade))
                {
                    w.WriteString(judgement.Id, grade);
                }
            }

            foreach (var pair in judgements)
            {
                if (framework.IndexOfJudgement(pair.JudgementId) < 0)
                {
                    w.WriteString(pair.JudgementId, pair.GradeId);
                }
            }
        }
        else
        {
            foreach (var pair in judgements)
            {
                w.WriteString(pair.JudgementId, pair.GradeId);
            }
        }

        w.WriteEndObject();
    }

    public static void NotJudged(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog)
    {
        var ids = inspection.NotJudgedIds;
        if (ids.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        if (catalog.TryGet(inspection.FrameworkId, out var framework))
        {
            // The framework's own order (each id as often as it is given), then ids the framework does not define, as given.
            foreach (var judgement in framework.Judgements)
            {
                foreach (string id in ids)
                {
                    if (string.Equals(id, judgement.Id, StringComparison.Ordinal))
                    {
                        w.WriteStringValue(id);
                    }
                }
            }

            foreach (string id in ids)
            {
                if (framework.IndexOfJudgement(id) < 0)
                {
                    w.WriteStringValue(id);
                }
            }
        }
        else
        {
            foreach (string id in ids)
            {
                w.WriteStringValue(id);
            }
        }

        w.WriteEndArray();
    }

    public static void Recommendations(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog)
    {
        var recommendations = inspection.Recommendations;
        if (recommendations.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        for (int i = 0; i < recommendations.Length; i++)
        {
            w.WriteStartObject();
            WriteProperties(w, InspectionShape.Recommendation, inspection, i, catalog);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void RecommendationText(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog) =>
        w.WriteString(name, inspection.Recommendations[index].Text);

    public static void RecommendationTimescale(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog)
    {
        if (inspection.Recommendations[index].TimescaleId is { } timescale)
        {
            w.WriteString(name, timescale);
        }
    }

    public static void Source(Utf8JsonWriter w, JsonEncodedText name, Inspection inspection, int index, FrameworkCatalog catalog)
    {
        if (inspection.Source is { } source)
        {
            w.WriteString(name, source.OriginalString);
        }
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    public static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, NodaTime.LocalDate date)
    {
        Span<byte> text = stackalloc byte[IsoDate.Length];
        IsoDate.Format(date, text);
        writer.WriteString(name, text);
    }
}
