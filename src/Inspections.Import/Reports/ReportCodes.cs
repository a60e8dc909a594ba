// The one table of the report reader's IMP codes (IMP200–IMP299): a code's meaning and severity never change.
using System;
using System.Collections.Immutable;
using Inspections.Core.Validation;

namespace Inspections.Import.Reports;

/// <summary>
/// The stable <c>IMP2xx</c> codes of the report reader (<see cref="ReportReader"/>) and its manifest
/// (<see cref="ReportManifest"/>). Each descriptor owns its code, severity and message format; a diagnostic's
/// <see cref="Diagnostic.File"/> names the report (or manifest), <see cref="Diagnostic.Line"/> the 1-based page (or
/// manifest line), and its <see cref="Diagnostic.Path"/> says what in the report it is about. An error means the file
/// (or the document named) gave no document; a warning means a document was written and the notes say what was left out.
/// Immutable and thread-safe.
/// </summary>
public static class ReportCodes
{
    /// <summary>The <see cref="Diagnostic.Path"/> of a diagnostic about the file as a whole.</summary>
    public const string WholeFile = "(file)";

    /// <summary>IMP200 (error): the file is not a PDF (it does not start with <c>%PDF-</c>); nothing is read from it.</summary>
    public static readonly DiagnosticDescriptor NotAPdf = new(
        "IMP200", DiagnosticSeverity.Error, "The file is not a PDF",
        "the file is not a PDF: it starts with {0}, not '%PDF-'{1}; nothing is read from it");

    /// <summary>IMP201 (error): the PDF cannot be opened (damaged or truncated); nothing is read from it.</summary>
    public static readonly DiagnosticDescriptor Damaged = new(
        "IMP201", DiagnosticSeverity.Error, "The PDF cannot be opened",
        "the PDF cannot be opened: it is damaged or truncated ({0}); nothing is read from it");

    /// <summary>IMP202 (error): the PDF is encrypted with a password; nothing is read from it.</summary>
    public static readonly DiagnosticDescriptor Encrypted = new(
        "IMP202", DiagnosticSeverity.Error, "The PDF is encrypted",
        "the PDF is encrypted and needs a password; nothing is read from it");

    /// <summary>IMP203 (error): the file is larger, or has more pages, than any real report; nothing is read from it.</summary>
    public static readonly DiagnosticDescriptor TooLarge = new(
        "IMP203", DiagnosticSeverity.Error, "The file is too large",
        "the file has {0}, more than the reader takes ({1}; no real report is over 1 MB or 100 pages); nothing is read from it");

    /// <summary>IMP204 (error): a page cannot be read (its content is damaged); the report is not read.</summary>
    public static readonly DiagnosticDescriptor PageUnreadable = new(
        "IMP204", DiagnosticSeverity.Error, "A page cannot be read",
        "the page cannot be read ({0}); the report is not read, since what the page says cannot be known");

    /// <summary>IMP205 (error): the PDF has no text the reader can use (a scan, or an empty document).</summary>
    public static readonly DiagnosticDescriptor NoText = new(
        "IMP205", DiagnosticSeverity.Error, "The PDF has no text",
        "the PDF has no text on its first page (a scanned or empty document); nothing is read from it");

    /// <summary>IMP206 (error): the report's text holds control, escape or direction-changing characters; it is not read (nor repaired).</summary>
    public static readonly DiagnosticDescriptor ForgedText = new(
        "IMP206", DiagnosticSeverity.Error, "The text holds control characters",
        "the text holds {0} (control, escape or direction-changing characters no real report prints, as text that could forge output would); the report is not read, nor its text repaired");

    /// <summary>IMP210 (error): the first page matches no layout the reader knows; nothing is read from it.</summary>
    public static readonly DiagnosticDescriptor UnknownLayout = new(
        "IMP210", DiagnosticSeverity.Error, "The layout is not known",
        "the report's first page matches no layout the reader knows (2013 looked after children, SIF, LSCB review, ILACS); nothing is read from it");

    /// <summary>IMP211 (error): the report names no local authority the register knows; it gives no document.</summary>
    public static readonly DiagnosticDescriptor UnknownAuthority = new(
        "IMP211", DiagnosticSeverity.Error, "The authority is not known",
        "the report's title names no local authority the register knows (title: {0}); it gives no document");

    /// <summary>IMP212 (error): the report has no "Inspection dates" line that reads as dates; it gives no document.</summary>
    public static readonly DiagnosticDescriptor NoFieldwork = new(
        "IMP212", DiagnosticSeverity.Error, "The fieldwork dates cannot be read",
        "the report's 'Inspection dates' line cannot be read as dates ({0}); it gives no document");

    /// <summary>IMP213 (error): a judgement's grade cannot be read; it is not guessed, and the document is not written.</summary>
    public static readonly DiagnosticDescriptor JudgementUnreadable = new(
        "IMP213", DiagnosticSeverity.Error, "A judgement cannot be read",
        "the grade of '{0}' cannot be read ({1}); it is not guessed, and the document is not written");

    /// <summary>IMP214 (error): the fieldwork falls when no framework of this layout was in force.</summary>
    public static readonly DiagnosticDescriptor NoFramework = new(
        "IMP214", DiagnosticSeverity.Error, "No framework was in force",
        "the fieldwork ({0}) falls when no framework of the report's layout ({1}) was in force; it gives no document");

    /// <summary>IMP215 (error): the document the report gives is not a valid inspections/v1 document.</summary>
    public static readonly DiagnosticDescriptor InvalidDocument = new(
        "IMP215", DiagnosticSeverity.Error, "The document is not valid",
        "the report's {0} is not a valid inspections/v1 document ({1}); it is not written");

    /// <summary>IMP220 (warning): the report prints no publication date, nor does the manifest or the file name give one.</summary>
    public static readonly DiagnosticDescriptor NoPublicationDate = new(
        "IMP220", DiagnosticSeverity.Warning, "No publication date",
        "neither the report, the manifest nor the file name gives a publication date; the document has none");

    /// <summary>IMP221 (warning): the report's own publication date and the manifest's differ; the report's stands.</summary>
    public static readonly DiagnosticDescriptor PublishedDisagrees = new(
        "IMP221", DiagnosticSeverity.Warning, "The publication dates disagree",
        "the report says it was published on {0}, the manifest on {1}; the report's date stands and the notes say so");

    /// <summary>IMP222 (warning): an ILACS report's days on site are neither 5 (short) nor 12 (standard); the nearer is taken and the notes say so.</summary>
    public static readonly DiagnosticDescriptor DaysOnSiteUnusual = new(
        "IMP222", DiagnosticSeverity.Warning, "The days on site are unusual",
        "the fieldwork lasts {0} days, neither a short (5) nor a standard (12) inspection; it is read as {1} (8 days or fewer: short), and the notes say so");

    /// <summary>IMP223 (warning): a recommendation cannot be read as text; the list is left out.</summary>
    public static readonly DiagnosticDescriptor RecommendationsUnreadable = new(
        "IMP223", DiagnosticSeverity.Warning, "The recommendations cannot be read",
        "the recommendations cannot be read ({0}); the document leaves them out and the notes say so");

    /// <summary>IMP230 (error): a manifest row is not usable (wrong field count, no file, a bad URN, date or URL).</summary>
    public static readonly DiagnosticDescriptor ManifestRowInvalid = new(
        "IMP230", DiagnosticSeverity.Error, "A manifest row cannot be used",
        "the manifest row cannot be used: {0}; its report is read without it");

    /// <summary>IMP231 (error): the manifest lists the same file twice.</summary>
    public static readonly DiagnosticDescriptor ManifestFileRepeated = new(
        "IMP231", DiagnosticSeverity.Error, "A manifest row repeats a file",
        "the manifest lists '{0}' again (first on line {1}); neither row is used, since which is right cannot be told");

    /// <summary>IMP232 (error): the manifest's header is not <c>file,urn,published,source</c>.</summary>
    public static readonly DiagnosticDescriptor ManifestHeader = new(
        "IMP232", DiagnosticSeverity.Error, "The manifest's header is wrong",
        "the manifest's header is not 'file,urn,published,source' (or is not UTF-8 text); nothing in it is used");

    /// <summary>Every code of the report reader, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        NotAPdf, Damaged, Encrypted, TooLarge, PageUnreadable, NoText, ForgedText,
        UnknownLayout, UnknownAuthority, NoFieldwork, JudgementUnreadable, NoFramework, InvalidDocument,
        NoPublicationDate, PublishedDisagrees, DaysOnSiteUnusual, RecommendationsUnreadable,
        ManifestRowInvalid, ManifestFileRepeated, ManifestHeader,
    ];

    /// <summary>Finds a code's descriptor.</summary>
    /// <param name="code">The code, such as <c>IMP200</c>; null finds nothing.</param>
    /// <param name="descriptor">The descriptor, when the code is one of <see cref="All"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryGetDescriptor(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DiagnosticDescriptor? descriptor)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code, code, StringComparison.Ordinal))
            {
                descriptor = candidate;
                return true;
            }
        }

        descriptor = null;
        return false;
    }

    internal static Diagnostic At(this DiagnosticDescriptor descriptor, string file, int? page, string path, params object?[] arguments) =>
        new(descriptor, path, descriptor.FormatMessage(arguments), page) { File = file };
}
