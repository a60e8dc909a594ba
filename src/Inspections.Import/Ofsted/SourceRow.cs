namespace Inspections.Import.Ofsted;

/// <summary>One row of one sheet that an inspection was read from.</summary>
/// <param name="File">The file's name as given to the importer.</param>
/// <param name="Line">The line the row starts on (the file's first line is 1).</param>
/// <param name="Sheet">The sheet the file was recognised as.</param>
/// <param name="Columns">Which group of columns of the row (the 2009–2023 table has one group per kind of inspection), or null for the whole row.</param>
internal sealed record SourceRow(string File, int Line, OfstedSheet Sheet, string? Columns)
{
    /// <summary>
    /// How authoritative the row is: the 2025 workbook (ILACS history, in-year 2024–25) corrects the 2023 one
    /// (2009–2023 table, in-year 2022–23), so where they disagree the later one stands (the data README).
    /// </summary>
    public int Rank => Sheet is OfstedSheet.IlacsHistory or OfstedSheet.InYear2024To25 ? 2 : 1;

    /// <summary>The row as <c>file:line</c> (the file's name without its folder), with the column group when there is one.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string name = System.IO.Path.GetFileName(File);
        return Columns is null ? $"{name}:{Line}" : $"{name}:{Line} ({Columns})";
    }
}
