using System;
using System.Text.Json;
using Inspections.Core.Catalog;
using Inspections.Core.Documents;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Serialization;

/// <summary>
/// Writes an inspection in the canonical form of <c>inspections/v1</c>: properties in the order of the format's
/// table, judgements in the framework's own order, absent optional properties left out, dates as <c>yyyy-MM-dd</c>.
/// Refuses (with <see cref="ArgumentException"/>) anything the reader would not read back as an equal value.
/// </summary>
internal static class InspectionDocumentWriter
{
    /// <summary>Writes an inspection as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="inspection">The inspection.</param>
    /// <param name="catalog">The catalog that gives the framework's judgement order.</param>
    /// <exception cref="ArgumentException">The inspection holds something that cannot be written losslessly.</exception>
    public static void Write(Utf8JsonWriter writer, Inspection inspection, FrameworkCatalog catalog)
    {
        CheckWritable(inspection);

        writer.WriteStartObject();
        ValueWriters.WriteProperties(writer, InspectionShape.Root, inspection, -1, catalog);
        writer.WriteEndObject();
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
        if (inspection.Fieldwork is null && inspection.Published is null)
        {
            // The reader refuses a document with neither (INS002 at $.fieldwork), so the writer does too.
            return "The inspection has neither fieldwork nor a publication date; a document needs at least one date.";
        }

        string? problem = TextProblem(inspection.FrameworkId, "Framework")
            ?? TextProblem(inspection.VisitTypeId, "Visit")
            ?? TextProblem(inspection.Subject.Name, "Subject.Name")
            ?? (inspection.Fieldwork is { } fieldwork ? DateProblem(fieldwork.Start, "Fieldwork.Start") : null)
            ?? (inspection.Fieldwork?.End is { } end ? DateProblem(end, "Fieldwork.End") : null);
        if (problem is not null)
        {
            return problem;
        }

        // The optional properties of the kinds in PropertyKinds check themselves, in the format's order.
        foreach (var property in InspectionShape.Root.Properties)
        {
            problem = property.Check?.Invoke(inspection);
            if (problem is not null)
            {
                return problem;
            }
        }

        foreach (var pair in inspection.Judgements)
        {
            problem = TextProblem(pair.JudgementId, "A judgement id") ?? TextProblem(pair.GradeId, "A grade id");
            if (problem is not null)
            {
                return problem;
            }
        }

        foreach (string id in inspection.NotJudgedIds)
        {
            problem = TextProblem(id, "A judgement id in NotJudged");
            if (problem is not null)
            {
                return problem;
            }
        }

        foreach (var recommendation in inspection.Recommendations)
        {
            problem = TextProblem(recommendation.Text, "A recommendation's text")
                ?? (recommendation.TimescaleId is { } timescale ? TextProblem(timescale, "A timescale id") : null);
            if (problem is not null)
            {
                return problem;
            }
        }

        if (inspection.Source is { } source && !ValueReaders.TryParseSource(source.OriginalString, out _, out var sourceProblem))
        {
            return $"The source cannot be written so that it reads back: {sourceProblem.FormatMessage(MessageText.Shorten(source.OriginalString))}.";
        }

        return null;
    }

    /// <summary>Why a date cannot be written as <c>yyyy-MM-dd</c>, or null.</summary>
    public static string? DateProblem(LocalDate date, string property) =>
        IsoDate.IsWritable(date)
            ? null
            : $"{property} ({DateText.Format(date)}) cannot be written as yyyy-MM-dd: the format takes ISO calendar dates in the years 0001 to 9999.";

    /// <summary>Text with an unpaired surrogate is not Unicode: no UTF-8 document can hold it, and a JSON writer would silently replace it.</summary>
    public static string? TextProblem(string text, string property)
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
