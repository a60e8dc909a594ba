using System;
using System.Collections.Generic;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Serialization;

/// <summary>
/// The values read of one document so far; the value readers fill it, and the orchestrator builds the
/// <see cref="Inspection"/> from it when reading found no problem. Where each value was is in the <see cref="SourceMap"/>.
/// </summary>
/// <remarks>
/// Kept with its <see cref="ReadingState"/> for the thread's next document: the lists are its own and reused
/// (<see cref="Reset"/>), so the inspection built copies them. A list property is null until its value was read.
/// </remarks>
internal sealed class ReadDraft
{
    // Storage reused from document to document; the properties below point at it once the value was read.
    private readonly List<JudgementGrade> _judgements = new(8);
    private readonly List<string> _judgementIds = new(8);
    private readonly List<string> _notJudged = new();
    private readonly List<Recommendation> _recommendations = new();

    public bool SchemaRead;
    public string? Framework;
    public string? Visit;
    public string? Theme;
    public SubjectKind? Kind;
    public string? Name;
    public string? Gss;
    public int? La;
    public LocalDate? Start;
    public LocalDate? End;
    public LocalDate? Published;
    public List<JudgementGrade>? Judgements;
    public List<string>? NotJudged;
    public List<Recommendation>? Recommendations;
    public Uri? Source;
    public string? Notes;

    // The recommendation being read.
    public string? Text;
    public string? Timescale;
    public long TimescaleOffset = -1;

    /// <summary>Every judgement id met in <c>judgements</c> so far, graded or not: for finding one given twice.</summary>
    public List<string> JudgementIds => _judgementIds;

    /// <summary>Whether the lists grew past what an ordinary document needs (a hostile one may hold thousands): then the draft is not kept.</summary>
    public bool IsLarge => _judgements.Capacity > 64 || _judgementIds.Capacity > 64 || _notJudged.Capacity > 64 || _recommendations.Capacity > 256;

    /// <summary>Starts the list of judgements (empty) and returns it.</summary>
    public List<JudgementGrade> StartJudgements()
    {
        _judgements.Clear();
        _judgementIds.Clear();
        return Judgements = _judgements;
    }

    /// <summary>Starts the list of ids not judged (empty) and returns it.</summary>
    public List<string> StartNotJudged()
    {
        _notJudged.Clear();
        return NotJudged = _notJudged;
    }

    /// <summary>Starts the list of recommendations (empty) and returns it.</summary>
    public List<Recommendation> StartRecommendations()
    {
        _recommendations.Clear();
        return Recommendations = _recommendations;
    }

    /// <summary>Forgets every value, for the next document; keeps the lists' storage.</summary>
    public void Reset()
    {
        SchemaRead = false;
        Framework = null;
        Visit = null;
        Theme = null;
        Kind = null;
        Name = null;
        Gss = null;
        La = null;
        Start = null;
        End = null;
        Published = null;
        Judgements = null;
        NotJudged = null;
        Recommendations = null;
        Source = null;
        Notes = null;
        Text = null;
        Timescale = null;
        TimescaleOffset = -1;
        _judgements.Clear();
        _judgementIds.Clear();
        _notJudged.Clear();
        _recommendations.Clear();
    }
}
