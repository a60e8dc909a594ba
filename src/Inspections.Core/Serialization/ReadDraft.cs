using System;
using System.Collections.Generic;
using Inspections.Core.Inspections;
using NodaTime;

namespace Inspections.Core.Serialization;

/// <summary>
/// What has been read of one document so far, with the byte offset of each value read (-1 when not read), so
/// that validation diagnostics can be given a line and byte position too.
/// </summary>
internal sealed class ReadDraft
{
    public long RootOffset = -1;
    public bool SchemaRead;
    public string? Framework;
    public long FrameworkOffset = -1;
    public string? Visit;
    public long VisitOffset = -1;
    public long SubjectOffset = -1;
    public bool SubjectRead;
    public SubjectKind? Kind;
    public long KindOffset = -1;
    public string? Name;
    public long NameOffset = -1;
    public string? Gss;
    public long GssOffset = -1;
    public int? La;
    public long LaOffset = -1;
    public long FieldworkOffset = -1;
    public bool FieldworkRead;
    public LocalDate? Start;
    public long StartOffset = -1;
    public LocalDate? End;
    public long EndOffset = -1;
    public LocalDate? Published;
    public long PublishedOffset = -1;
    public long JudgementsOffset = -1;
    public bool JudgementsRead;
    public List<JudgementGrade>? Judgements;
    public List<long>? JudgementOffsets;
    public long RecommendationsOffset = -1;
    public List<Recommendation>? Recommendations;
    public List<(long Item, long Timescale)>? RecommendationOffsets;
    public Uri? Source;
    public long SourceOffset = -1;
    public string? Notes;
    public long NotesOffset = -1;

    // Built on the first lookup of a judgement's path: a document may hold many thousands of judgements.
    private Dictionary<string, int>? _judgementIndex;

    /// <summary>
    /// The offset of the value a path names, or of the nearest enclosing value read: a missing judgement points at
    /// the judgements object, an unknown path at the document.
    /// </summary>
    /// <param name="path">A JSON path as the validator writes it.</param>
    /// <returns>The offset.</returns>
    public long OffsetOf(string path)
    {
        long offset = path switch
        {
            JsonPaths.Framework => FrameworkOffset,
            JsonPaths.Visit => VisitOffset,
            JsonPaths.Subject => SubjectOffset,
            JsonPaths.SubjectKind => KindOffset,
            JsonPaths.SubjectName => NameOffset,
            JsonPaths.SubjectGss => GssOffset,
            JsonPaths.SubjectLa => LaOffset,
            JsonPaths.Fieldwork => FieldworkOffset,
            JsonPaths.FieldworkStart => StartOffset,
            JsonPaths.FieldworkEnd => EndOffset,
            JsonPaths.Published => PublishedOffset,
            JsonPaths.Judgements => JudgementsOffset,
            JsonPaths.Recommendations => RecommendationsOffset,
            JsonPaths.Source => SourceOffset,
            JsonPaths.Notes => NotesOffset,
            _ => -1,
        };

        if (offset >= 0)
        {
            return offset;
        }

        if (path.StartsWith(JsonPaths.Judgements, StringComparison.Ordinal) && Judgements is not null && JudgementOffsets is not null)
        {
            // Keyed by path, as JsonPaths writes it for both the reader and the validator ($.judgements['a b']).
            if (_judgementIndex is null)
            {
                _judgementIndex = new Dictionary<string, int>(Judgements.Count, StringComparer.Ordinal);
                for (int i = 0; i < Judgements.Count; i++)
                {
                    _judgementIndex[JsonPaths.Property(JsonPaths.Judgements, Judgements[i].JudgementId)] = i;
                }
            }

            if (_judgementIndex.TryGetValue(path, out int index))
            {
                return JudgementOffsets[index];
            }
        }

        if (path.StartsWith(JsonPaths.Recommendations + "[", StringComparison.Ordinal) && RecommendationOffsets is not null)
        {
            int close = path.IndexOf(']');
            if (close > 0
                && int.TryParse(path.Substring(JsonPaths.Recommendations.Length + 1, close - JsonPaths.Recommendations.Length - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int item)
                && item < RecommendationOffsets.Count)
            {
                var (itemOffset, timescale) = RecommendationOffsets[item];
                return path.EndsWith("].timescale", StringComparison.Ordinal) && timescale >= 0 ? timescale : itemOffset;
            }
        }

        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? OffsetOf(path[..cut]) : RootOffset;
    }
}
