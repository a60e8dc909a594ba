using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;

namespace Inspections.Core.Serialization;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of <c>inspections/v1</c> documents from a framework catalog: the ids
/// the catalog defines (frameworks, visit types, judgements, grades, timescales, subject kinds) become enums, tied
/// together per framework and per visit type with <c>if</c>/<c>then</c>.
/// </summary>
/// <remarks>
/// <para>
/// The schema lets tools in any language check a document's shape and ids. The library's reader stays the
/// reference: a schema cannot see a duplicate property (INS001), a date that is not a calendar day such as
/// 2015-02-30 (INS003), or anything that validation checks across values: framework rules (INS020, INS021) and
/// dates (INS030–INS032). Lengths in the schema count Unicode code points; the library counts UTF-16 code units,
/// which differ only for characters outside the Basic Multilingual Plane.
/// </para>
/// <para>The output is canonical (two-space indentation, <c>\n</c> line ends, a final newline) and depends only on the catalog.</para>
/// </remarks>
public static class InspectionJsonSchema
{
    /// <summary>The pattern of a date: <c>yyyy-MM-dd</c>, with month 01–12 and day 01–31.</summary>
    public const string DatePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    /// <summary>The pattern of a source: an http or https URI with no white space.</summary>
    public const string SourcePattern = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$";

    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Generates the schema for the frameworks of a catalog.</summary>
    /// <param name="catalog">The catalog, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The schema as indented JSON with a final newline.</returns>
    public static string Generate(FrameworkCatalog? catalog = null)
    {
        catalog ??= FrameworkCatalog.Default;
        using var buffer = new MemoryStream(64 * 1024);
        using (var w = new Utf8JsonWriter(buffer, s_options))
        {
            WriteSchema(w, catalog);
        }

        buffer.WriteByte((byte)'\n');
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteSchema(Utf8JsonWriter w, FrameworkCatalog catalog)
    {
        w.WriteStartObject();
        w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        w.WriteString("$id", "urn:inspections-core:schema:inspections-v1");
        w.WriteString("title", "Inspection document, schema inspections/v1");
        w.WriteString(
            "description",
            "One inspection event (a graded inspection or an ungraded visit) of one local authority or Cafcass service area under one framework. "
            + "Generated from the framework catalog by InspectionJsonSchema.Generate. The library's reader is the reference: it also rejects "
            + "duplicate properties and dates that are not calendar days, and validation checks framework rules and dates, which this schema does not.");
        w.WriteString("type", "object");

        SchemaWriters.WriteObjectBody(w, InspectionShape.Root, catalog);

        w.WriteStartArray("allOf");
        foreach (var framework in catalog.All)
        {
            w.WriteStartObject();
            WriteIf(w, "framework", framework.Id);
            w.WriteStartObject("then");
            w.WriteString("$ref", "#/$defs/" + FrameworkDef(framework));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("$defs");
        WriteCommonDefinitions(w, catalog);
        foreach (var scale in catalog.All.Select(f => f.Scale).Distinct())
        {
            w.WriteStartObject(GradeDef(scale));
            w.WriteString("description", $"A grade of the {scale.Id} scale, best first: {string.Join(", ", scale.Grades.Select(g => g.Label))}.");
            SchemaWriters.WriteStrings(w, "enum", scale.Grades.Select(g => g.Id));
            w.WriteEndObject();
        }

        foreach (var framework in catalog.All)
        {
            WriteFramework(w, framework);
        }

        foreach (var framework in catalog.All)
        {
            foreach (var visit in framework.VisitTypes)
            {
                WriteJudgements(w, framework, visit);
            }
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteCommonDefinitions(Utf8JsonWriter w, FrameworkCatalog catalog)
    {
        w.WriteStartObject("date");
        w.WriteString("description", "A local date, yyyy-MM-dd, with no time and no offset.");
        w.WriteString("type", "string");
        w.WriteString("format", "date");
        w.WriteString("pattern", DatePattern);
        w.WriteEndObject();

        SchemaWriters.WriteDefinition(w, "subject", InspectionShape.Subject, catalog);
        SchemaWriters.WriteDefinition(w, "fieldwork", InspectionShape.Fieldwork, catalog);
        SchemaWriters.WriteDefinition(w, "recommendation", InspectionShape.Recommendation, catalog);
    }

    private static void WriteFramework(Utf8JsonWriter w, InspectionFramework framework)
    {
        w.WriteStartObject(FrameworkDef(framework));
        w.WriteString("description", $"{framework.Name} ({framework.Id}).");
        w.WriteStartObject("properties");
        SchemaWriters.WriteEnum(w, "visit", framework.VisitTypes.Select(v => v.Id));
        w.WriteStartObject("subject");
        w.WriteStartObject("properties");
        SchemaWriters.WriteEnum(w, "kind", framework.SubjectKinds.Select(k => k.ToId()));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("recommendations");
        w.WriteStartObject("items");
        w.WriteStartObject("properties");
        if (framework.Timescales.IsEmpty)
        {
            w.WriteBoolean("timescale", false);
        }
        else
        {
            SchemaWriters.WriteEnum(w, "timescale", framework.Timescales.Select(t => t.Id));
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("allOf");
        foreach (var visit in framework.VisitTypes)
        {
            w.WriteStartObject();
            WriteIf(w, "visit", visit.Id);
            w.WriteStartObject("then");
            w.WriteStartObject("properties");
            SchemaWriters.WriteRef(w, "judgements", JudgementsDef(framework, visit));
            w.WriteEndObject();
            WriteGivenOrNotJudged(w, framework, visit);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteJudgements(Utf8JsonWriter w, InspectionFramework framework, VisitType visit)
    {
        w.WriteStartObject(JudgementsDef(framework, visit));
        w.WriteString(
            "description",
            visit.IsGraded
                ? $"The judgements of a {visit.Name.ToLowerInvariant()} ({visit.Id}) under {framework.Id}."
                : $"A {visit.Name.ToLowerInvariant()} ({visit.Id}) under {framework.Id} is not graded: no judgements.");
        w.WriteString("type", "object");
        if (visit.IsGraded)
        {
            w.WriteStartObject("properties");
            foreach (string id in visit.JudgementIds)
            {
                SchemaWriters.WriteRef(w, id, GradeDef(framework.Scale));
            }

            w.WriteEndObject();
        }

        w.WriteBoolean("additionalProperties", false);
        w.WriteEndObject();
    }

    /// <summary>
    /// What a visit type requires of the document as a whole: each required judgement graded or listed in
    /// <c>notJudged</c> (INS014), and each graded sub-judgement's optional parent graded or listed there (INS016).
    /// The judgements object alone cannot say it, since a judgement not judged is absent from it.
    /// </summary>
    private static void WriteGivenOrNotJudged(Utf8JsonWriter w, InspectionFramework framework, VisitType visit)
    {
        var dependent = new List<(string Child, string Parent)>();
        foreach (string id in visit.JudgementIds)
        {
            if (framework.TryGetJudgement(id, out var judgement) && judgement.ParentId is { } parent && !visit.RequiredJudgementIds.Contains(parent, StringComparer.Ordinal))
            {
                dependent.Add((id, parent));
            }
        }

        if (!visit.IsGraded || (visit.RequiredJudgementIds.IsEmpty && dependent.Count == 0))
        {
            return;
        }

        w.WriteStartArray("allOf");
        foreach (string id in visit.RequiredJudgementIds)
        {
            w.WriteStartObject();
            WriteGradedOrNotJudged(w, id);
            w.WriteEndObject();
        }

        foreach (var (child, parent) in dependent)
        {
            w.WriteStartObject();
            w.WriteStartObject("if");
            w.WriteStartObject("properties");
            w.WriteStartObject("judgements");
            SchemaWriters.WriteStrings(w, "required", [child]);
            w.WriteEndObject();
            w.WriteEndObject();
            SchemaWriters.WriteStrings(w, "required", ["judgements"]);
            w.WriteEndObject();
            w.WriteStartObject("then");
            WriteGradedOrNotJudged(w, parent);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes <c>anyOf</c>: the judgement is in <c>judgements</c>, or <c>notJudged</c> lists it.</summary>
    private static void WriteGradedOrNotJudged(Utf8JsonWriter w, string judgementId)
    {
        w.WriteStartArray("anyOf");
        w.WriteStartObject();
        w.WriteStartObject("properties");
        w.WriteStartObject("judgements");
        SchemaWriters.WriteStrings(w, "required", [judgementId]);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteStartObject("properties");
        w.WriteStartObject("notJudged");
        w.WriteStartObject("contains");
        w.WriteString("const", judgementId);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        SchemaWriters.WriteStrings(w, "required", ["notJudged"]);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteIf(Utf8JsonWriter w, string property, string value)
    {
        w.WriteStartObject("if");
        w.WriteStartObject("properties");
        w.WriteStartObject(property);
        w.WriteString("const", value);
        w.WriteEndObject();
        w.WriteEndObject();
        SchemaWriters.WriteStrings(w, "required", [property]);
        w.WriteEndObject();
    }

    // Ids never hold a dot, so these names cannot collide.
    private static string FrameworkDef(InspectionFramework framework) => "framework." + framework.Id;

    private static string GradeDef(GradingScale scale) => "grade." + scale.Id;

    private static string JudgementsDef(InspectionFramework framework, VisitType visit) => $"judgements.{framework.Id}.{visit.Id}";
}
