using System;
using System.Collections.Generic;
using Inspections.Core.Documents;

namespace Inspections.Core.Serialization;

/// <summary>
/// Where each value of a document was read: the byte offset of each property's value, each judgement's grade and
/// each recommendation, so that a diagnostic's <see cref="DocumentTarget"/> (from the reader or the validator) can be
/// given a line and byte position. A target whose value was not read points at the nearest enclosing value that was:
/// a missing judgement at the judgements object, a missing property at its object, anything else at the document.
/// </summary>
/// <remarks>
/// Kept with its <see cref="ReadingState"/> for the thread's next document (<see cref="Reset"/>), so that a document
/// read without a problem allocates nothing here: the offsets are only looked up when a diagnostic needs a line.
/// </remarks>
internal sealed class SourceMap
{
    private readonly long[] _offsets;
    private readonly List<string> _judgementIds = new(8);
    private readonly List<long> _judgementOffsets = new(8);
    private Dictionary<string, int>? _judgementIndex;
    private readonly List<(long Item, long Timescale)> _recommendations = new();
    private readonly List<long> _notJudged = new();

    public SourceMap()
    {
        _offsets = new long[DocumentShape.PropertyCount];
        _offsets.AsSpan().Fill(-1);
    }

    /// <summary>Whether the lists grew past what an ordinary document needs: then the map is not kept.</summary>
    public bool IsLarge => _judgementIds.Capacity > 64 || _recommendations.Capacity > 256 || _notJudged.Capacity > 64;

    /// <summary>Forgets every offset, for the next document; keeps the storage.</summary>
    public void Reset()
    {
        _offsets.AsSpan().Fill(-1);
        _judgementIds.Clear();
        _judgementOffsets.Clear();
        _judgementIndex = null;
        _recommendations.Clear();
        _notJudged.Clear();
    }

    /// <summary>Records where a property's value (or, for an object, its <c>{</c>) starts.</summary>
    public void Set(DocumentProperty property, long offset) => _offsets[property.Ordinal] = offset;

    /// <summary>Records where a judgement's grade starts.</summary>
    public void AddJudgement(string id, long offset)
    {
        _judgementIds.Add(id);
        _judgementOffsets.Add(offset);
    }

    /// <summary>Records where a recommendation starts, and its timescale (-1 when it has none).</summary>
    public void AddRecommendation(long item, long timescale) => _recommendations.Add((item, timescale));

    /// <summary>Records where an item of <c>notJudged</c> starts.</summary>
    public void AddNotJudged(long offset) => _notJudged.Add(offset);

    /// <summary>The byte offset of the value a target names, or of the nearest enclosing value read.</summary>
    public long OffsetOf(DocumentTarget target)
    {
        var property = target.Property;
        if (ReferenceEquals(property, DocumentShape.Judgements) && target.Member is { } id && TryFindJudgement(id, out long grade))
        {
            return grade;
        }

        if (target.Index >= 0 && _recommendations is { } items && target.Index < items.Count
            && (ReferenceEquals(property, DocumentShape.Recommendations) || ReferenceEquals(property.Parent, DocumentShape.Recommendations)))
        {
            var (item, timescale) = items[target.Index];
            return ReferenceEquals(property, DocumentShape.RecommendationTimescale) && timescale >= 0 ? timescale : item;
        }

        if (target.Index >= 0 && ReferenceEquals(property, DocumentShape.NotJudged) && _notJudged is { } notJudged && target.Index < notJudged.Count)
        {
            return notJudged[target.Index];
        }

        for (DocumentProperty? p = property; p is not null; p = p.Parent)
        {
            if (_offsets[p.Ordinal] >= 0)
            {
                return _offsets[p.Ordinal];
            }
        }

        return 0;
    }

    private bool TryFindJudgement(string id, out long offset)
    {
        // A framework grades about a dozen judgements: a scan; a dictionary only for a document of many.
        int index = -1;
        if (_judgementIds.Count <= 16)
        {
            index = _judgementIds.IndexOf(id);
        }
        else
        {
            if (_judgementIndex is null)
            {
                _judgementIndex = new Dictionary<string, int>(_judgementIds.Count, StringComparer.Ordinal);
                for (int i = 0; i < _judgementIds.Count; i++)
                {
                    _judgementIndex[_judgementIds[i]] = i;
                }
            }

            if (!_judgementIndex.TryGetValue(id, out index))
            {
                index = -1;
            }
        }

        offset = index >= 0 ? _judgementOffsets[index] : -1;
        return index >= 0;
    }
}
