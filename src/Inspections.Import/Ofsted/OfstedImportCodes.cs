namespace Inspections.Import.Ofsted;

/// <summary>
/// The IMP codes of <see cref="OfstedImporter"/> (IMP100–IMP199). Stable: a code never changes meaning.
/// docs/import.md lists each with what it means and what was done.
/// </summary>
internal static class OfstedImportCodes
{
    /// <summary>Error: the file's header is none of the known sheets' headers; nothing in it is imported.</summary>
    public const string NotASheet = "IMP100";

    /// <summary>Error: the file is not UTF-8 text; nothing in it is imported.</summary>
    public const string NotText = "IMP101";

    /// <summary>Error: the row has a non-empty cell past its table's last column; the row is not imported.</summary>
    public const string ExtraCells = "IMP102";

    /// <summary>Error: the row names no local authority (or gives a malformed GSS code); the row is not imported.</summary>
    public const string NoAuthority = "IMP103";

    /// <summary>Error: a date cell is not a date in the form dd/mm/yyyy; the inspection it dates is not imported.</summary>
    public const string BadDate = "IMP104";

    /// <summary>Error: a grade cell holds a word that is not one of Ofsted's grades nor "-"; the inspection is not imported.</summary>
    public const string BadGrade = "IMP105";

    /// <summary>Error: a group of columns has grades but no date; the inspection is not imported.</summary>
    public const string GradesWithoutDate = "IMP106";

    /// <summary>Error: a group of columns has a date but no grade at all; the inspection is not imported.</summary>
    public const string DateWithoutGrades = "IMP107";

    /// <summary>Warning: one judgement's cell is empty where the inspection's others are given; that judgement is left out.</summary>
    public const string MissingGrade = "IMP108";

    /// <summary>Error: the inspection or visit type is not one Ofsted's tables use; the row is not imported.</summary>
    public const string UnknownType = "IMP109";

    /// <summary>Error: no ILACS framework was in force on the date given; the row is not imported.</summary>
    public const string NoFramework = "IMP110";

    /// <summary>Warning: two rows describe the same inspection and disagree; the later workbook's value stands.</summary>
    public const string Disagreement = "IMP111";

    /// <summary>Warning: the local authority's name matches no GSS code the sheets give; the subject has its name only.</summary>
    public const string UnknownAuthority = "IMP112";

    /// <summary>Warning: one sheet lists the same inspection twice; the rows are merged.</summary>
    public const string Repeated = "IMP113";

    /// <summary>Error: a cell contradicts its row (grades on an ungraded visit, a theme on a graded inspection, a care leavers grade before 2023); the row is not imported.</summary>
    public const string Contradiction = "IMP114";

    /// <summary>Error: the publication date is before the first day of fieldwork; the row is not imported.</summary>
    public const string PublishedBeforeFieldwork = "IMP115";

    /// <summary>Warning: an ILACS inspection in the 2009–2023 table or the 2022–23 sheet that the ILACS history lacks; its framework is taken from its columns.</summary>
    public const string NotInIlacsHistory = "IMP116";
}
