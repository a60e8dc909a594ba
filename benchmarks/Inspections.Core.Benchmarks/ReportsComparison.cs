using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Inspections.Import;
using Inspections.Import.Ofsted;
using Inspections.Import.Record;
using Inspections.Import.Reports;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// The shared reports read side by side with <c>pdftotext -layout</c> (poppler-utils, the C++ floor for getting
/// their text), in one run (<c>-- --reports [rounds]</c>): in each round, in turns, pdftotext on every file as child
/// processes one after another, our reader over the same files in this process one after another, then both again
/// with one file per core at a time (the parallelism <c>inspections import reports</c> uses); then the record build
/// (tables + reports + scrape, as <c>inspections import record</c> runs it). Each is timed by the wall clock and by
/// CPU time (user + system: of the children for pdftotext, of this process for ours, from getrusage), with the load
/// average before and after. pdftotext is looked for on the PATH; without it that side is skipped and the run says so.
/// </summary>
public static class ReportsComparison
{
    /// <summary>The tool the reader is compared with.</summary>
    public const string PdfToText = "pdftotext";

    /// <summary>Runs the comparison and prints its table.</summary>
    /// <param name="rounds">How many rounds of every side.</param>
    /// <param name="output">Where the figures go.</param>
    public static void Run(int rounds, TextWriter output)
    {
        var corpus = ReportsCorpus.Load();
        string? tool = FindOnPath(PdfToText);
        int cores = Environment.ProcessorCount;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Reports: {corpus.Files.Count} .pdf files below {corpus.Folder} ({corpus.Files.Sum(f => f.Bytes.LongLength) / 1e6:F1} MB, read into memory once for our side); {cores} cores; {rounds} rounds."));
        output.WriteLine(tool is null
            ? $"{PdfToText} is not on the PATH (Debian: apt-get install poppler-utils): its side is skipped; only our reader and the record build are timed."
            : $"{PdfToText}: {tool} ({ToolVersion(tool)}), run as '{PdfToText} -layout FILE -' with its output read and dropped.");
        output.WriteLine($"Load average at the start: {LoadAverage()}");

        var sides = new List<Side>();
        if (tool is not null)
        {
            sides.Add(new Side($"{PdfToText} -layout, one file at a time", Clock.Children, () => PdfToTextAll(tool, corpus, 1)));
        }

        sides.Add(new Side("our reader, one file at a time", Clock.Self, () => ReaderAll(corpus, 1)));
        if (tool is not null)
        {
            sides.Add(new Side($"{PdfToText} -layout, {cores} files at a time", Clock.Children, () => PdfToTextAll(tool, corpus, cores)));
        }

        sides.Add(new Side($"our reader, {cores} files at a time", Clock.Self, () => ReaderAll(corpus, cores)));
        sides.Add(new Side("record build: tables + reports + scrape (RecordReports.ReadFolder, RecordBuilder.Build)", Clock.Self, () => RecordBuild(corpus)));

        // One warm-up of our side (the JIT's tiers, PdfPig's static tables), not counted.
        ReaderAll(corpus, cores);
        for (int round = 1; round <= rounds; round++)
        {
            foreach (var side in sides)
            {
                var figures = side.Measure();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: {side.Name}: wall {figures.Wall:F2} s, CPU {figures.Cpu:F2} s ({figures.What}); load {figures.LoadBefore} -> {figures.LoadAfter}"));
            }
        }

        output.WriteLine();
        output.WriteLine("| side | wall, fastest | wall, median | CPU, fastest | CPU, median | what it did (last round) |");
        output.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var side in sides)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {side.Name} | {side.Runs.Min(r => r.Wall):F2} s | {Median(side.Runs.Select(r => r.Wall)):F2} s | {side.Runs.Min(r => r.Cpu):F2} s | {Median(side.Runs.Select(r => r.Cpu)):F2} s | {side.Runs[^1].What} |"));
        }

        output.WriteLine($"Load average at the end: {LoadAverage()}");
    }

    /// <summary>The command line pdftotext is given for one file: <c>-layout FILE -</c> (text to standard output).</summary>
    /// <param name="path">The report.</param>
    /// <returns>The arguments.</returns>
    public static IReadOnlyList<string> PdfToTextArguments(string path) => ["-layout", path, "-"];

    /// <summary>Our side for one file, as <c>inspections import reports</c> reads it: the reader with the manifest's row.</summary>
    /// <param name="corpus">The reports.</param>
    /// <param name="file">One of its files.</param>
    /// <returns>What the reader gave.</returns>
    public static ReportReadResult Read(ReportsCorpus corpus, ReportsCorpus.File file)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(file);
        return ReportReader.Read(new MemoryStream(file.Bytes, writable: false), file.Path, new ReportReaderOptions { ManifestEntry = corpus.ManifestEntry(file) });
    }

    /// <summary>pdftotext over every file, <paramref name="parallel"/> at a time; the count of files it converted.</summary>
    /// <param name="tool">pdftotext's path.</param>
    /// <param name="corpus">The reports.</param>
    /// <param name="parallel">How many children at once.</param>
    /// <returns>What was done: files converted, failed, characters of text.</returns>
    public static string PdfToTextAll(string tool, ReportsCorpus corpus, int parallel)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        int converted = 0, failed = 0;
        long characters = 0;
        Parallel.ForEach(corpus.Files, new ParallelOptions { MaxDegreeOfParallelism = parallel }, file =>
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in PdfToTextArguments(file.Path))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            string text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            Interlocked.Add(ref characters, text.Length);
            Interlocked.Increment(ref process.ExitCode == 0 ? ref converted : ref failed);
        });

        return string.Create(CultureInfo.InvariantCulture, $"{converted} files converted, {failed} refused (pdftotext exit code not 0), {characters:N0} characters");
    }

    /// <summary>Our reader over every file, <paramref name="parallel"/> at a time.</summary>
    /// <param name="corpus">The reports.</param>
    /// <param name="parallel">How many at once.</param>
    /// <returns>What was done: files read, documents, files refused.</returns>
    public static string ReaderAll(ReportsCorpus corpus, int parallel)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var results = new ReportReadResult[corpus.Files.Count];
        Parallel.For(0, corpus.Files.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, i => results[i] = Read(corpus, corpus.Files[i]));
        int refused = results.Count(r => r.Issues.Any(d => d.IsError));
        return $"{results.Length - refused} files read, {results.Sum(r => r.Documents.Length)} documents, {refused} refused (IMP errors)";
    }

    private static string RecordBuild(ReportsCorpus corpus)
    {
        string data = Path.GetDirectoryName(corpus.Folder)!;
        var sheets = Directory.GetFiles(Path.Combine(data, "ofsted"), "*.csv").Order(StringComparer.Ordinal)
            .Select(f => new KeyValuePair<string, Stream>(f, File.OpenRead(f))).ToList();
        OfstedImportResult tables;
        try
        {
            tables = OfstedImporter.Import(sheets);
        }
        finally
        {
            sheets.ForEach(s => s.Value.Dispose());
        }

        var reports = RecordReports.ReadFolder(corpus.Folder, corpus.ManifestPath);
        var lookup = LocalAuthorityLookup.ReadFile(Path.Combine(data, "Provider_data_lookup.csv"));
        string scrapePath = Path.Combine(data, "ofsted_csc_ilacs_history.csv");
        IlacsImportResult scraped;
        using (var scrapeFile = File.OpenRead(scrapePath))
        {
            scraped = IlacsCsvImporter.ImportUtf8(scrapeFile, scrapePath, lookup);
        }

        var built = RecordBuilder.Build(tables, reports.Reports, new RecordScrape(Path.GetFileName(scrapePath), scraped));
        return $"{reports.Files} report files, {reports.Reports.Length} report documents; {built.Inspections.Length} inspections in the record";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>pdftotext's (or another tool's) path on the PATH, or null.</summary>
    /// <param name="name">The tool.</param>
    /// <returns>Its path, or null.</returns>
    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string ToolVersion(string tool)
    {
        try
        {
            var start = new ProcessStartInfo(tool, "-v") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            string text = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "version unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "version unknown";
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown (no /proc/loadavg)";

    private enum Clock
    {
        Self,
        Children,
    }

    private sealed record Figures(double Wall, double Cpu, string What, string LoadBefore, string LoadAfter);

    private sealed class Side(string name, Clock clock, Func<string> work)
    {
        public string Name { get; } = name;

        public List<Figures> Runs { get; } = [];

        public Figures Measure()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            string loadBefore = LoadAverage();
            double cpu0 = CpuSeconds(clock);
            var watch = Stopwatch.StartNew();
            string what = work();
            double wall = watch.Elapsed.TotalSeconds;
            double cpu = CpuSeconds(clock) - cpu0;
            var figures = new Figures(wall, cpu, what, loadBefore, LoadAverage());
            Runs.Add(figures);
            return figures;
        }
    }

    // getrusage(2): RUSAGE_SELF is this process (every thread: the reader's, the GC's, the JIT's); RUSAGE_CHILDREN is
    // every child that has ended and been waited for (the runtime waits for each pdftotext it starts).
    private static double CpuSeconds(Clock clock)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return clock == Clock.Self ? Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds : double.NaN;
        }

        var usage = new long[18];
        if (GetRUsage(clock == Clock.Self ? 0 : -1, usage) != 0)
        {
            return double.NaN;
        }

        return usage[0] + (usage[1] / 1e6) + usage[2] + (usage[3] / 1e6);
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRUsage(int who, [Out] long[] usage);
}

/// <summary>
/// What the reports comparison reads: every <c>.pdf</c> below <c>../shared/data/reports</c> (the folder's tree, in
/// ordinal path order, as <c>inspections import reports</c> takes a folder), each file's bytes, and the manifest beside
/// them. Both sides take this one list.
/// </summary>
public sealed class ReportsCorpus
{
    private readonly ReportManifestReadResult _manifest;

    private ReportsCorpus(string folder, string manifestPath, IReadOnlyList<File> files, ReportManifestReadResult manifest)
    {
        Folder = folder;
        ManifestPath = manifestPath;
        Files = files;
        _manifest = manifest;
    }

    /// <summary>The reports folder.</summary>
    public string Folder { get; }

    /// <summary>Its manifest.csv.</summary>
    public string ManifestPath { get; }

    /// <summary>Every .pdf below the folder, in ordinal path order.</summary>
    public IReadOnlyList<File> Files { get; }

    /// <summary>Reads the shared reports folder beside the repository.</summary>
    /// <returns>The corpus.</returns>
    public static ReportsCorpus Load()
    {
        string folder = Path.GetFullPath(Path.Combine(BenchmarkFiles.Root, "..", "shared", "data", "reports"));
        string manifestPath = Path.Combine(folder, "manifest.csv");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => new File(f, System.IO.File.ReadAllBytes(f)))
            .ToList();
        return new ReportsCorpus(folder, manifestPath, files, ReportManifest.Read(manifestPath));
    }

    /// <summary>The manifest's row for a file, or null.</summary>
    /// <param name="file">One of the files.</param>
    /// <returns>The row, or null.</returns>
    public ReportManifestEntry? ManifestEntry(File file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string relative = Path.GetRelativePath(Folder, file.Path).Replace('\\', '/');
        return _manifest.TryGet(relative, out var entry) ? entry : null;
    }

    /// <summary>One report file.</summary>
    /// <param name="Path">Its full path.</param>
    /// <param name="Bytes">Its bytes.</param>
    public sealed record File(string Path, byte[] Bytes);
}
