using System;
using System.Collections.Generic;
using Inspections.Core;
using NodaTime;

namespace Inspections.Core.Serialization;

/// <summary>
/// The values read of one document so far; the value readers fill it, and the orchestrator builds the
/// <see cref="Inspection"/> from it when reading found no problem. Where each value was is in the <see cref="SourceMap"/>.
/// </summary>
internal sealed class ReadDraft
{
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
}
