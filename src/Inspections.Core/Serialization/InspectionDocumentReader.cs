using System;
using System.Collections.Immutable;
using System.Text.Json;
using Inspections.Core.Catalog;
using Inspections.Core.Documents;
using Inspections.Core;
using Inspections.Core.Validation;

namespace Inspections.Core.Serialization;

/// <summary>
/// Reads one <c>inspections/v1</c> document: <see cref="Preflight"/> (size, encoding), then the
/// <see cref="ObjectWalker"/> over the <see cref="InspectionShape"/> with the <see cref="ValueReaders"/>, then the
/// inspection built from what was read and, when asked, validated; every diagnostic is given a line and byte
/// position through the <see cref="SourceMap"/>. Never throws for any input.
/// </summary>
/// <remarks>
/// Reading stops at the first problem that leaves the JSON unreadable (bad JSON, the nesting limit) and after
/// <see cref="MaxReadingDiagnostics"/> problems.
/// </remarks>
internal static class InspectionDocumentReader
{
    /// <summary>How many reading problems are reported before reading stops.</summary>
    public const int MaxReadingDiagnostics = InspectionJson.MaxDiagnostics;

    /// <summary>
    /// Reads one document: reading diagnostics, then (when it was read and a catalog is given) validation
    /// diagnostics, each with a line and byte position.
    /// </summary>
    /// <param name="utf8">The document's bytes, without a byte order mark.</param>
    /// <param name="firstLine">The line of the file the document starts on (1 for a file of one document).</param>
    /// <param name="firstLineByteOffset">Bytes before the document on its first line (3 after a byte order mark).</param>
    /// <param name="validateWith">The catalog to validate against, or null to read only.</param>
    /// <param name="lineNumber">The line number to give the result (for a line of a .jsonl file), or null.</param>
    /// <returns>The result.</returns>
    public static InspectionReadResult Read(ReadOnlySpan<byte> utf8, int firstLine, int firstLineByteOffset, FrameworkCatalog? validateWith, int? lineNumber)
    {
        var state = ReadingState.Rent(utf8.Length);
        var inspection = Preflight.Check(utf8, state, firstLine, firstLineByteOffset) ? ReadJson(utf8, state, firstLine, firstLineByteOffset) : null;

        var diagnostics = state.ToDiagnostics(utf8, firstLine, firstLineByteOffset);
        int notListed = 0;
        if (inspection is not null && validateWith is not null)
        {
            var validation = InspectionValidator.Validate(inspection, validateWith, InspectionJson.MaxDiagnostics);
            notListed = validation.NotListedCount;
            if (!validation.IsEmpty)
            {
                var lines = new LineIndex(utf8, firstLine, firstLineByteOffset);
                var targets = validation.Targets;
                var builder = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length + validation.Count);
                builder.AddRange(diagnostics);
                for (int i = 0; i < validation.Count; i++)
                {
                    var (line, position) = lines.Locate(state.Map.OffsetOf(targets[i]));
                    builder.Add(validation[i] with { Line = line, BytePositionInLine = position });
                }

                diagnostics = builder.MoveToImmutable();
            }
        }

        ReadingState.Return(state); // nothing built refers to it: the inspection copied the draft's lists
        return new InspectionReadResult(inspection, new DiagnosticList(diagnostics, notListed), lineNumber);
    }

    private static Inspection? ReadJson(ReadOnlySpan<byte> utf8, ReadingState state, int firstLine, int firstLineByteOffset)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = InspectionJson.MaxDepth * 4,
        });

        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                state.Add(ReadingProblems.NotAnObject, DocumentTarget.Root, reader.TokenStartIndex, ObjectWalker.Describe(reader.TokenType));
                return null;
            }

            ObjectWalker.Walk(ref reader, state, InspectionShape.Root, DocumentTarget.Root);
            if (!state.Stopped)
            {
                // Anything after the object is an error that the reader reports as it reads on.
                state.Context = DocumentTarget.Root;
                reader.Read();
            }
        }
        catch (JsonException e)
        {
            var (line, position) = LineIndex.FromReader(e.LineNumber ?? 0, e.BytePositionInLine ?? 0, firstLine, firstLineByteOffset);
            state.AddAndStop(ReadingProblems.NotJson, state.Context, line, position, JsonSyntax.Describe(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0));
            return null;
        }

        return state.HasProblems ? null : Build(state.Draft);
    }

    private static Inspection? Build(ReadDraft d)
    {
        if (!d.SchemaRead || d.Framework is null || d.Visit is null || d.Kind is null || d.Name is null || d.Judgements is null)
        {
            return null; // unreachable without a diagnostic; kept so that a gap in the checks cannot throw
        }

        var inspection = new Inspection(
            d.Framework,
            d.Visit,
            new InspectionSubject(d.Kind.Value, d.Name, d.Gss, d.La),
            d.Start is { } start ? new Fieldwork(start, d.End) : null,
            JudgementGrades.FromDistinct(ImmutableArray.CreateRange(d.Judgements)));
        d.ApplyTo(inspection); // the optional values, each from its slot, before anyone else sees the inspection
        return inspection;
    }
}
