using Inspections.Core;

namespace Inspections.Import.Ofsted;

/// <summary>Messages of the Ofsted importer that more than one sheet's mapper gives.</summary>
internal static class OfstedMessages
{
    /// <summary>
    /// IMP103's message for a name cell that cannot be a subject's name: blank (white space, control or invisible
    /// characters only), or longer than <see cref="InspectionSubject.MaxNameLength"/>. The name itself is not quoted:
    /// it is either invisible or too long to print.
    /// </summary>
    /// <param name="name">The cell.</param>
    /// <param name="consequence">What follows for the row, such as "it is not imported".</param>
    /// <returns>The message.</returns>
    public static string NoAuthority(string name, string consequence) =>
        name.Length > InspectionSubject.MaxNameLength
            ? $"The local authority name is {name.Length} characters long, more than the {InspectionSubject.MaxNameLength} a subject's name may have, so {consequence}."
            : $"The row names no local authority (the cell is blank or holds only invisible characters), so {consequence}.";
}
