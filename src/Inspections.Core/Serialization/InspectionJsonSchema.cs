using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core.Inspections;
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

    /// <summary>The pattern of an English local authority's GSS code.</summary>
    public const string GssPattern = "^E(06|08|09|10)[0-9]{6}$";

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

        w.WriteStartObject("properties");
        w.WriteStartObject("schema");
        w.WriteString("const", InspectionJson.Schema);
        w.WriteEndObject();
        WriteEnum(w, "framework", catalog.All.Select(f => f.Id));
        WriteEnum(w, "visit", catalog.All.SelectMany(f => f.VisitTypes).Select(v => v.Id).Distinct(StringComparer.Ordinal));
        WriteRef(w, "subject", "subject");
        WriteRef(w, "fieldwork", "fieldwork");
        WriteRef(w, "published", "date");
        w.WriteStartObject("judgements");
        w.WriteString("type", "object");
        w.WriteStartObject("additionalProperties");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("recommendations");
        w.WriteString("type", "array");
        WriteRef(w, "items", "recommendation");
        w.WriteEndObject();
        w.WriteStartObject("source");
        w.WriteString("type", "string");
        w.WriteString("pattern", SourcePattern);
        w.WriteEndObject();
        w.WriteStartObject("notes");
        w.WriteString("type", "string");
        w.WriteEndObject();
        w.WriteEndObject();

        WriteStrings(w, "required", ["schema", "framework", "visit", "subject", "fieldwork", "judgements"]);
        w.WriteBoolean("additionalProperties", false);

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
        WriteCommonDefinitions(w);
        foreach (var scale in catalog.All.Select(f => f.Scale).Distinct())
        {
            w.WriteStartObject(GradeDef(scale));
            w.WriteString("description", $"A grade of the {scale.Id} scale, best first: {string.Join(", ", scale.Grades.Select(g => g.Label))}.");
            WriteStrings(w, "enum", scale.Grades.Select(g => g.Id));
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

    private static void WriteCommonDefinitions(Utf8JsonWriter w)
    {
        w.WriteStartObject("date");
        w.WriteString("description", "A local date, yyyy-MM-dd, with no time and no offset.");
        w.WriteString("type", "string");
        w.WriteString("format", "date");
        w.WriteString("pattern", DatePattern);
        w.WriteEndObject();

        w.WriteStartObject("subject");
        w.WriteString("description", "Who was inspected.");
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        WriteEnum(w, "kind", SubjectKinds.All.Select(k => k.ToId()));
        w.WriteStartObject("name");
        w.WriteString("description", "As written in the report: 1 to 200 characters, not blank.");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteNumber("maxLength", InspectionSubject.MaxNameLength);
        w.WriteString("pattern", "\\S");
        w.WriteEndObject();
        w.WriteStartObject("gss");
        w.WriteString("description", "The ONS GSS code of an English local authority.");
        w.WriteString("type", "string");
        w.WriteString("pattern", GssPattern);
        w.WriteEndObject();
        w.WriteStartObject("la");
        w.WriteString("description", "The three-digit DfE local authority number.");
        w.WriteString("type", "integer");
        w.WriteNumber("minimum", 100);
        w.WriteNumber("maximum", 999);
        w.WriteEndObject();
        w.WriteEndObject();
        WriteStrings(w, "required", ["kind", "name"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteEndObject();

        w.WriteStartObject("fieldwork");
        w.WriteString("description", "The days of fieldwork, both inclusive; end on or after start.");
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        WriteRef(w, "start", "date");
        WriteRef(w, "end", "date");
        w.WriteEndObject();
        WriteStrings(w, "required", ["start", "end"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteEndObject();

        w.WriteStartObject("recommendation");
        w.WriteString("description", "A recommendation or area for improvement, with its timescale where the report gives one.");
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        w.WriteStartObject("text");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteString("pattern", "\\S");
        w.WriteEndObject();
        w.WriteStartObject("timescale");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();
        w.WriteEndObject();
        WriteStrings(w, "required", ["text"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteEndObject();
    }

    private static void WriteFramework(Utf8JsonWriter w, InspectionFramework framework)
    {
        w.WriteStartObject(FrameworkDef(framework));
        w.WriteString("description", $"{framework.Name} ({framework.Id}).");
        w.WriteStartObject("properties");
        WriteEnum(w, "visit", framework.VisitTypes.Select(v => v.Id));
        w.WriteStartObject("subject");
        w.WriteStartObject("properties");
        WriteEnum(w, "kind", framework.SubjectKinds.Select(k => k.ToId()));
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
            WriteEnum(w, "timescale", framework.Timescales.Select(t => t.Id));
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
            WriteRef(w, "judgements", JudgementsDef(framework, visit));
            w.WriteEndObject();
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
            foreach (string id in visit.Judgements)
            {
                WriteRef(w, id, GradeDef(framework.Scale));
            }

            w.WriteEndObject();
            WriteStrings(w, "required", visit.RequiredJudgements);
        }

        w.WriteBoolean("additionalProperties", false);

        // A graded sub-judgement needs its parent (INS016); only worth saying when the parent is optional.
        var dependent = new List<(string Child, string Parent)>();
        foreach (string id in visit.Judgements)
        {
            if (framework.TryGetJudgement(id, out var judgement) && judgement.ParentId is { } parent && !visit.RequiredJudgements.Contains(parent, StringComparer.Ordinal))
            {
                dependent.Add((id, parent));
            }
        }

        if (dependent.Count > 0)
        {
            w.WriteStartObject("dependentRequired");
            foreach (var (child, parent) in dependent)
            {
                WriteStrings(w, child, [parent]);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteIf(Utf8JsonWriter w, string property, string value)
    {
        w.WriteStartObject("if");
        w.WriteStartObject("properties");
        w.WriteStartObject(property);
        w.WriteString("const", value);
        w.WriteEndObject();
        w.WriteEndObject();
        WriteStrings(w, "required", [property]);
        w.WriteEndObject();
    }

    private static void WriteEnum(Utf8JsonWriter w, string property, IEnumerable<string> values)
    {
        w.WriteStartObject(property);
        WriteStrings(w, "enum", values);
        w.WriteEndObject();
    }

    private static void WriteRef(Utf8JsonWriter w, string property, string definition)
    {
        w.WriteStartObject(property);
        w.WriteString("$ref", "#/$defs/" + definition);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string property, IEnumerable<string> values)
    {
        w.WriteStartArray(property);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    // Ids never hold a dot, so these names cannot collide.
    private static string FrameworkDef(InspectionFramework framework) => "framework." + framework.Id;

    private static string GradeDef(GradingScale scale) => "grade." + scale.Id;

    private static string JudgementsDef(InspectionFramework framework, VisitType visit) => $"judgements.{framework.Id}.{visit.Id}";
}
