using System;
using System.Collections.Generic;
using Inspections.Core;
using Inspections.Core.Documents;
using NodaTime;

namespace Inspections.Core.Serialization;

/// <summary>
/// The values read of one document so far; the value readers fill it, and the orchestrator builds the
/// <see cref="Inspection"/> from it when reading found no problem. Where each value was is in the <see cref="SourceMap"/>.
/// </summary>
/// <remarks>
/// The required values (those the constructors of <see cref="Inspection"/>, its subject and fieldwork take) have a
/// field each; every optional property of the document has a <see cref="DraftSlot"/>, made from its entry in
/// <see cref="InspectionShape"/>, so that neither <see cref="Reset"/> nor the build names it. Kept with its
/// <see cref="ReadingState"/> for the thread's next document: the lists are its own and reused, so the inspection
/// built copies them.
/// </remarks>
internal sealed class ReadDraft
{
    // Storage reused from document to document; Judgements points at it once the value was read.
    private readonly List<JudgementGrade> _judgements = new(8);
    private readonly List<string> _judgementIds = new(8);

    // The optional properties of the document, each in the slot its entry in InspectionShape makes, by ordinal.
    private readonly DraftSlot?[] _slots = InspectionShape.NewSlots();

    public bool SchemaRead;
    public string? Framework;
    public string? Visit;
    public SubjectKind? Kind;
    public string? Name;
    public string? Gss;
    public int? La;
    public LocalDate? Start;
    public LocalDate? End;
    public List<JudgementGrade>? Judgements;

    // The recommendation being read.
    public string? Text;
    public string? Timescale;
    public long TimescaleOffset = -1;

    /// <summary>Every judgement id met in <c>judgements</c> so far, graded or not: for finding one given twice.</summary>
    public List<string> JudgementIds => _judgementIds;

    /// <summary>Whether the lists grew past what an ordinary document needs (a hostile one may hold thousands): then the draft is not kept.</summary>
    public bool IsLarge => _judgements.Capacity > 64 || _judgementIds.Capacity > 64 || SlotIsLarge();

    /// <summary>Starts the list of judgements (empty) and returns it.</summary>
    public List<JudgementGrade> StartJudgements()
    {
        _judgements.Clear();
        _judgementIds.Clear();
        return Judgements = _judgements;
    }

    /// <summary>The slot of an optional property that holds one value.</summary>
    public DraftSlot<T> Slot<T>(DocumentProperty property) => (DraftSlot<T>)_slots[property.Ordinal]!;

    /// <summary>The slot of an optional property that holds a list.</summary>
    public ListSlot<T> List<T>(DocumentProperty property) => (ListSlot<T>)_slots[property.Ordinal]!;

    /// <summary>Sets every optional value read on the inspection built from the required ones.</summary>
    public void ApplyTo(Inspection inspection)
    {
        foreach (var slot in _slots)
        {
            slot?.ApplyTo(inspection);
        }
    }

    /// <summary>Forgets every value, for the next document; keeps the lists' storage.</summary>
    public void Reset()
    {
        SchemaRead = false;
        Framework = null;
        Visit = null;
        Kind = null;
        Name = null;
        Gss = null;
        La = null;
        Start = null;
        End = null;
        Judgements = null;
        Text = null;
        Timescale = null;
        TimescaleOffset = -1;
        _judgements.Clear();
        _judgementIds.Clear();
        foreach (var slot in _slots)
        {
            slot?.Clear();
        }
    }

    private bool SlotIsLarge()
    {
        foreach (var slot in _slots)
        {
            if (slot is { IsLarge: true })
            {
                return true;
            }
        }

        return false;
    }
}
