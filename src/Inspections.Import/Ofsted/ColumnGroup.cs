using System.Collections.Immutable;

namespace Inspections.Import.Ofsted;

/// <summary>
/// One group of columns of the 2009–2023 table: one kind of inspection, with its publication date column, the
/// inspection type column when there is one, and its grade columns.
/// </summary>
/// <param name="Name">The group's name in notes and messages ("SLAC", "first SIF").</param>
/// <param name="Framework">The framework id (for ILACS, the one the columns imply; the ILACS history's fieldwork date decides when merged).</param>
/// <param name="Visit">The visit type id (for ILACS, read from the type column).</param>
/// <param name="DateColumn">The publication date's heading.</param>
/// <param name="TypeColumn">The inspection type's heading, or null.</param>
/// <param name="Judgements">Heading and judgement id, in order.</param>
/// <param name="AdequateScale">Whether the framework grades adequate (the current wording is recoded).</param>
internal sealed record ColumnGroup(
    string Name,
    string Framework,
    string Visit,
    string DateColumn,
    string? TypeColumn,
    ImmutableArray<(string Column, string Judgement)> Judgements,
    bool AdequateScale);
