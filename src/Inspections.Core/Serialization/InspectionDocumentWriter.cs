using System;
using System.Text.Json;
using Inspections.Core.Catalog;
using Inspections.Core.Inspections;
using NodaTime;

namespace Inspections.Core.Serialization;

/// <summary>
/// Writes an inspection in the canonical form of <c>inspections/v1</c>: properties in the order of the format's
/// table, judgements in the framework's own order, absent optional properties left out, dates as <c>yyyy-MM-dd</c>.
/// Refuses (with <see cref="ArgumentException"/>) anything the reader would not read back as an equal value.
/// </summary>
internal static class InspectionDocumentWriter
{
    private static readonly JsonEncodedText s_schema = JsonEncodedText.Encode("schema");
    private static readonly JsonEncodedText s_schemaValue = JsonEncodedText.Encode(InspectionJson.Schema);
    private static readonly JsonEncodedText s_framework = JsonEncodedText.Encode("framework");
    private static readonly JsonEncodedText s_visit = JsonEncodedText.Encode("visit");
    private static readonly JsonEncodedText s_subject = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText s_kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText s_name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText s_gss = JsonEncodedText.Encode("gss");
    private static readonly JsonEncodedText s_la = JsonEncodedText.Encode("la");
    private static readonly JsonEncodedText s_fieldwork = JsonEncodedText.Encode("fieldwork");
    private static readonly JsonEncodedText s_start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText s_end = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText s_published = JsonEncodedText.Encode("published");
    private static readonly JsonEncodedText s_judgements = JsonEncodedText.Encode("judgements");
    private static readonly JsonEncodedText s_recommendations = JsonEncodedText.Encode("recommendations");
    private static readonly JsonEncodedText s_text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText s_timescale = JsonEncodedText.Encode("timescale");
    private static readonly JsonEncodedText s_source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText s_notes = JsonEncodedText.Encode("notes");

    /// <summary>Writes an inspection as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="inspection">The inspection.</param>
    /// <param name="catalog">The catalog that gives the framework's judgement order.</param>
    /// <exception cref="ArgumentException">The inspection holds something that cannot be written losslessly.</exception>
    public static void Write(Utf8JsonWriter writer, Inspection inspection, FrameworkCatalog catalog)
    {
        CheckWritable(inspection);

        writer.WriteStartObject();
        writer.WriteString(s_schema, s_schemaValue);
        writer.WriteString(s_framework, inspection.Framework);
        writer.WriteString(s_visit, inspection.Visit);

        var subject = inspection.Subject;
        writer.WriteStartObject(s_subject);
        writer.WriteString(s_kind, subject.Kind.ToId());
        writer.WriteString(s_name, subject.Name);
        if (subject.Gss is not null)
        {
            writer.WriteString(s_gss, subject.Gss);
        }

        if (subject.LaNumber is { } la)
        {
            writer.WriteNumber(s_la, la);
        }

        writer.WriteEndObject();

        if (inspection.Fieldwork is { } fieldwork)
        {
            writer.WriteStartObject(s_fieldwork);
            WriteDate(writer, s_start, fieldwork.Start);
            if (fieldwork.End is { } end)
            {
                WriteDate(writer, s_end, end);
            }

            writer.WriteEndObject();
        }

        if (inspection.Published is { } published)
        {
            WriteDate(writer, s_published, published);
        }

        WriteJudgements(writer, inspection, catalog);

        if (!inspection.Recommendations.IsEmpty)
        {
            writer.WriteStartArray(s_recommendations);
            foreach (var recommendation in inspection.Recommendations)
            {
                writer.WriteStartObject();
                writer.WriteString(s_text, recommendation.Text);
                if (recommendation.Timescale is not null)
                {
                    writer.WriteString(s_timescale, recommendation.Timescale);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (inspection.Source is not null)
        {
            writer.WriteString(s_source, inspection.Source.OriginalString);
        }

        if (inspection.Notes is not null)
        {
            writer.WriteString(s_notes, inspection.Notes);
        }

        writer.WriteEndObject();
    }

    private static void WriteJudgements(Utf8JsonWriter writer, Inspection inspection, FrameworkCatalog catalog)
    {
        var judgements = inspection.Judgements;
        writer.WriteStartObject(s_judgements);
        if (catalog.TryGet(inspection.Framework, out var framework))
        {
            // The framework's own order first, then any judgement the framework does not define, as given.
            foreach (var judgement in framework.Judgements)
            {
                if (judgements.TryGetGradeId(judgement.Id, out string? grade))
                {
                    writer.WriteString(judgement.Id, grade);
                }
            }

            foreach (var pair in judgements)
            {
                if (framework.IndexOfJudgement(pair.JudgementId) < 0)
                {
                    writer.WriteString(pair.JudgementId, pair.GradeId);
                }
            }
        }
        else
        {
            foreach (var pair in judgements)
            {
                writer.WriteString(pair.JudgementId, pair.GradeId);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, LocalDate date)
    {
        Span<byte> text = stackalloc byte[IsoDate.Length];
        IsoDate.Format(date, text);
        writer.WriteString(name, text);
    }

    private static void CheckWritable(Inspection inspection)
    {
        string? problem = FindProblem(inspection);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(inspection));
        }
    }

    /// <summary>The first thing in the inspection that cannot be written so that it reads back equal, or null.</summary>
    private static string? FindProblem(Inspection inspection)
    {
        string? problem = TextProblem(inspection.Framework, "Framework")
            ?? TextProblem(inspection.Visit, "Visit")
            ?? TextProblem(inspection.Subject.Name, "Subject.Name")
            ?? (inspection.Fieldwork is { } fieldwork ? DateProblem(fieldwork.Start, "Fieldwork.Start") : null)
            ?? (inspection.Fieldwork?.End is { } end ? DateProblem(end, "Fieldwork.End") : null)
            ?? (inspection.Published is { } published ? DateProblem(published, "Published") : null)
            ?? (inspection.Notes is { } notes ? TextProblem(notes, "Notes") : null);
        if (problem is not null)
        {
            return problem;
        }

        foreach (var pair in inspection.Judgements)
        {
            problem = TextProblem(pair.JudgementId, "A judgement id") ?? TextProblem(pair.GradeId, "A grade id");
            if (problem is not null)
            {
                return problem;
            }
        }

        foreach (var recommendation in inspection.Recommendations)
        {
            problem = TextProblem(recommendation.Text, "A recommendation's text")
                ?? (recommendation.Timescale is { } timescale ? TextProblem(timescale, "A timescale id") : null);
            if (problem is not null)
            {
                return problem;
            }
        }

        if (inspection.Source is { } source && !InspectionDocumentReader.TryParseSource(source.OriginalString, out _, out string? sourceProblem))
        {
            return $"The source cannot be written so that it reads back: {sourceProblem}.";
        }

        return null;
    }

    private static string? DateProblem(LocalDate date, string property) =>
        IsoDate.IsWritable(date)
            ? null
            : $"{property} ({date}) cannot be written as yyyy-MM-dd: the format takes ISO calendar dates in the years 0001 to 9999.";

    /// <summary>Text with an unpaired surrogate is not Unicode: no UTF-8 document can hold it, and a JSON writer would silently replace it.</summary>
    private static string? TextProblem(string text, string property)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"{property} holds an unpaired surrogate (U+{(int)c:X4} at index {i}); it is not Unicode text and cannot be written without loss.";
            }
        }

        return null;
    }
}
