using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Inspections.Core.Catalog;
using Inspections.Core.Validation;
using Inspections.Import.Reports;

namespace Inspections.Import.Record;

/// <summary>What reading a folder of reports for the record gave: how many files, their documents, and every problem the reader found.</summary>
/// <param name="Files">How many <c>.pdf</c> files the folder holds (below it, recursively).</param>
/// <param name="Reports">Their documents, in the files' path order (a combined SIF report: the inspection, then its LSCB review).</param>
/// <param name="Issues">The manifest's problems, then each report's, in path order (the reader's codes).</param>
public sealed record RecordReportsRead(int Files, ImmutableArray<RecordReport> Reports, DiagnosticList Issues);

/// <summary>Ofsted's reports as the record build takes them: the report reader's documents (<see cref="ReportReader"/>), each with how its type and publication date were established.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RecordReports
{
    /// <summary>A report reader's document as the record build takes it.</summary>
    /// <param name="reported">The document and how it was read.</param>
    /// <param name="file">The report's path below the reports folder, as the notes name it.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> is empty.</exception>
    public static RecordReport Of(ReportedInspection reported, string file)
    {
        if (reported is null)
        {
            throw new ArgumentNullException(nameof(reported));
        }

        return new RecordReport(file, reported.Inspection)
        {
            PublishedFrom = reported.PublishedBasis switch
            {
                PublishedBasis.Report => ReportPublication.Printed,
                PublishedBasis.Manifest => ReportPublication.Manifest,
                PublishedBasis.FileName => ReportPublication.FileName,
                _ => ReportPublication.None,
            },
            VisitTypeInferred = reported.VisitTypeBasis == VisitTypeBasis.InferredFromDaysOnSite,
            Layout = reported.Layout.ToString(),
        };
    }

    /// <summary>Reads every <c>.pdf</c> below a folder, in path order (ordinal), with the manifest's row for each file when a manifest is given; the files are read in parallel, one per core, and the result is the same as reading them one after another.</summary>
    /// <param name="folder">The reports folder (<c>../shared/data/reports</c>).</param>
    /// <param name="manifestPath">The manifest (<c>manifest.csv</c>: each report's publication date and URL), or null.</param>
    /// <param name="catalog">The catalog the documents are validated against, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The documents and every problem; a file that is not a readable report is a diagnostic, not an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    /// <exception cref="IOException">The folder, the manifest or a file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public static RecordReportsRead ReadFolder(string folder, string? manifestPath = null, FrameworkCatalog? catalog = null)
    {
        if (folder is null)
        {
            throw new ArgumentNullException(nameof(folder));
        }

        var manifest = manifestPath is null ? null : ReportManifest.Read(manifestPath);
        var issues = new List<Diagnostic>(manifest?.Issues ?? []);
        var reports = ImmutableArray.CreateBuilder<RecordReport>();
        var files = Directory.GetFiles(folder, "*.pdf", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(folder, path).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        // Read in parallel (the reader is stateless), one file per core at a time; results and a failure are taken in
        // path order, so the outcome is the serial one: the first file (in path order) that cannot be opened throws.
        var reads = new ReportReadResult?[files.Count];
        var failures = new ExceptionDispatchInfo?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (path, relative) = files[i];
            try
            {
                var options = manifest is not null && manifest.TryGet(relative, out var entry) ? ReportReaderOptions.Default with { ManifestEntry = entry } : ReportReaderOptions.Default;
                using var stream = File.OpenRead(path);
                reads[i] = ReportReader.Read(stream, relative, options, catalog);
            }
            catch (Exception e)
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }
        });

        for (int i = 0; i < files.Count; i++)
        {
            failures[i]?.Throw();
            var read = reads[i]!;
            reports.AddRange(read.Documents.Select(d => Of(d, files[i].Relative)));
            issues.AddRange(read.Issues);
        }

        return new RecordReportsRead(files.Count, reports.ToImmutable(), new DiagnosticList([.. issues]));
    }
}
