using System.Collections.Generic;
using System.Linq;
using Inspections.Core;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using NodaTime;

namespace Inspections.Import.Ofsted;

/// <summary>
/// One inspection or visit as read from one or more rows, before it becomes an
/// <see cref="Core.Inspection"/>: <see cref="EventMerger"/> merges events read from different sheets.
/// </summary>
/// <remarks>Mutable, and used by one import on one thread only.</remarks>
internal sealed class OfficialEvent
{
    public OfficialEvent(string framework, string visit, string name, SourceRow source)
    {
        Framework = framework;
        Visit = visit;
        Name = name;
        Sources.Add(source);
    }

    /// <summary>The framework id.</summary>
    public string Framework { get; set; }

    /// <summary>The visit type id.</summary>
    public string Visit { get; set; }

    /// <summary>The authority's name as the row writes it.</summary>
    public string Name { get; set; }

    /// <summary>The GSS code, when the row or the authority index gives one.</summary>
    public string? Gss { get; set; }

    /// <summary>
    /// Who the authority is, for merging: the register's current GSS code when the register knows it (an authority
    /// whose code changed, as Barnsley's did in 2021, is one authority), else the GSS code, else the name's key.
    /// </summary>
    public string Key => RegisterKey ?? Gss ?? "name:" + AuthorityName.Key(Name);

    /// <summary>The register's current GSS code for the authority, when the register knows it.</summary>
    public string? RegisterKey { get; set; }

    /// <summary>The DfE number, when known.</summary>
    public int? La { get; set; }

    /// <summary>The first day of fieldwork, when the row gives it.</summary>
    public LocalDate? FieldworkStart { get; set; }

    /// <summary>The publication date, when the row gives it.</summary>
    public LocalDate? Published { get; set; }

    /// <summary>Judgement id and grade id, in column order.</summary>
    public List<KeyValuePair<string, string>> Judgements { get; } = [];

    /// <summary>Judgements the row writes "-" for.</summary>
    public List<string> NotJudged { get; } = [];

    /// <summary>The visit's theme, for focused and monitoring visits.</summary>
    public string? Theme { get; set; }

    /// <summary>The rows it was read from.</summary>
    public List<SourceRow> Sources { get; } = [];

    /// <summary>What the notes must say besides the sources (recoded words, corrections), without repeats.</summary>
    public List<string> Remarks { get; } = [];

    /// <summary>
    /// The 1-based column of each value read, keyed by judgement id or by <c>published</c>, <c>fieldwork</c>,
    /// <c>visit</c> (for messages about a disagreement between rows).
    /// </summary>
    public Dictionary<string, (int Number, string Name)> Columns { get; } = [];

    /// <summary>Whether a grade was recoded from the current wording back to the grade of the time.</summary>
    public bool Recoded { get; set; }

    /// <summary>The most authoritative source's rank (<see cref="SourceRow.Rank"/>).</summary>
    public int Rank => Sources.Count == 0 ? 0 : Sources.Max(s => s.Rank);

    /// <summary>Whether the event is a graded ILACS standard or short inspection (the kind the sheets share).</summary>
    /// <param name="catalog">The catalog that says which frameworks are ILACS (<see cref="FrameworkFamily.Ilacs"/>).</param>
    /// <returns>Whether it is.</returns>
    public bool IsIlacsInspection(FrameworkCatalog catalog) =>
        catalog.TryGet(Framework, out var framework) && framework.Family == FrameworkFamily.Ilacs
        && Visit is VisitTypeIds.StandardInspection or VisitTypeIds.ShortInspection;

    /// <summary>Adds a remark once.</summary>
    /// <param name="remark">The remark.</param>
    public void Remark(string remark)
    {
        if (!Remarks.Contains(remark))
        {
            Remarks.Add(remark);
        }
    }
}
