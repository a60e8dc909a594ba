using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Inspections.Core;
using Inspections.Core.Catalog;
using Inspections.Core.Validation;

// RS0026: the two Read overloads differ in their first parameter (a path, or a stream with its name), which no
// argument list can confuse, and share the optional tail (options, then the catalog convention).
[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Overloads differ in the type of the first parameter.", Scope = "member",
    Target = "~M:Inspections.Import.Reports.ReportReader.Read(System.String,Inspections.Import.Reports.ReportReaderOptions,Inspections.Core.Catalog.FrameworkCatalog)~Inspections.Import.Reports.ReportReadResult")]
[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Overloads differ in the type of the first parameter.", Scope = "member",
    Target = "~M:Inspections.Import.Reports.ReportReader.Read(System.IO.Stream,System.String,Inspections.Import.Reports.ReportReaderOptions,Inspections.Core.Catalog.FrameworkCatalog)~Inspections.Import.Reports.ReportReadResult")]

namespace Inspections.Import.Reports;

/// <summary>
/// Reads Ofsted's published report PDFs (2013 targeted looked after children inspections, SIF reports with and
/// without their LSCB reviews, LSCB reviews alone, ILACS 2018, 2023 and 2026) into inspections/v1 documents, with
/// the fieldwork dates, every judgement in the words of the time, the recommendations, the publication date and the
/// source. It reads the PDF alone: the subject is resolved from the report's own title through the register, and
/// nothing is looked up by file name but the publication date (last of the report's line and the manifest's).
/// A file that is not a PDF, cannot be opened, has no layout the reader knows, or a judgement it cannot read, is an
/// <c>IMP2xx</c> diagnostic (<see cref="ReportCodes"/>) at the file and page; a grade is never guessed.
/// Stateless and thread-safe: one reader may read many reports at once.
/// </summary>
public static class ReportReader
{
    /// <summary>Reads a report file.</summary>
    /// <param name="path">The report's path; diagnostics name it as given.</param>
    /// <param name="options">The manifest entry, register and limits; null: <see cref="ReportReaderOptions.Default"/>.</param>
    /// <param name="catalog">The catalog the documents are validated against; null: <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The documents and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReportReadResult Read(string path, ReportReaderOptions? options = null, FrameworkCatalog? catalog = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = File.OpenRead(path);
        return Read(stream, path, options, catalog);
    }

    /// <summary>Reads a report from a stream (read to its end, up to <see cref="ReportReaderOptions.MaxBytes"/>).</summary>
    /// <param name="stream">The report's bytes.</param>
    /// <param name="fileName">The name diagnostics and notes give the report; its trailing "- D month YYYY" is the publication date of last resort.</param>
    /// <param name="options">The manifest entry, register and limits; null: <see cref="ReportReaderOptions.Default"/>.</param>
    /// <param name="catalog">The catalog the documents are validated against; null: <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The documents and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static ReportReadResult Read(Stream stream, string fileName, ReportReaderOptions? options = null, FrameworkCatalog? catalog = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (fileName is null)
        {
            throw new ArgumentNullException(nameof(fileName));
        }

        if (fileName.Length == 0)
        {
            throw new ArgumentException("A file name must not be empty.", nameof(fileName));
        }

        options ??= ReportReaderOptions.Default;
        catalog ??= FrameworkCatalog.Default;
        var issues = new List<Diagnostic>();
        void Problem(ReportProblem p) => issues.Add(p.Descriptor.At(fileName, p.Page, p.Path, p.Arguments));

        byte[]? bytes = ReadBytes(stream, options.MaxBytes, Problem);
        if (bytes is null)
        {
            return Done(fileName, null, [], issues);
        }

        if (!StartsLikePdf(bytes))
        {
            Problem(new ReportProblem(ReportCodes.NotAPdf, null, [Describe(bytes), LooksLikeHtml(bytes) ? " (it is an HTML page)" : string.Empty]));
            return Done(fileName, null, [], issues);
        }

        var pages = ReportPages.Extract(bytes, options.MaxPages, Problem);
        if (pages is null)
        {
            return Done(fileName, null, [], issues);
        }

        var context = new ReportContext(fileName, pages, options, catalog, Problem);
        var (layout, documents) = ReportLayouts.Read(context);
        return Done(fileName, layout, documents, issues);
    }

    private static ReportReadResult Done(string fileName, ReportLayout? layout, IReadOnlyList<ReportedInspection> documents, List<Diagnostic> issues)
    {
        bool failed = issues.Any(d => d.IsError);
        return new ReportReadResult(fileName, layout, failed ? [] : [.. documents], new DiagnosticList([.. issues]));
    }

    private static byte[]? ReadBytes(Stream stream, long maxBytes, Action<ReportProblem> problem)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                problem(new ReportProblem(ReportCodes.TooLarge, null, [$"more than {maxBytes:N0} bytes", $"{maxBytes:N0} bytes"]));
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static bool StartsLikePdf(byte[] bytes)
    {
        // The PDF header may follow up to 1,024 bytes of junk (ISO 32000-1, 7.5.2 note); real reports start with it.
        ReadOnlySpan<byte> marker = "%PDF-"u8;
        int limit = Math.Min(bytes.Length, 1024);
        return bytes.AsSpan(0, limit).IndexOf(marker) >= 0;
    }

    private static bool LooksLikeHtml(byte[] bytes)
    {
        string head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal) || head.Contains("<html");
    }

    private static string Describe(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return "nothing (the file is empty)";
        }

        var sb = new StringBuilder("'");
        foreach (byte b in bytes.AsSpan(0, Math.Min(bytes.Length, 8)))
        {
            sb.Append(b is >= 0x20 and < 0x7F && b != (byte)'\'' ? ((char)b).ToString() : $"\\x{b:x2}");
        }

        return sb.Append('\'').ToString();
    }
}
