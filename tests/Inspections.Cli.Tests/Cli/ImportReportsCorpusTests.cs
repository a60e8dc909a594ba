using System.Text;
using System.Text.RegularExpressions;

namespace Inspections.Cli.Tests.Cli;

/// <summary>
/// Issue 23's first "done when", run in process over the shared reports: <c>inspections import reports
/// ../shared/data/reports --manifest ../shared/data/reports/manifest.csv --out DIR</c>, then <c>inspections validate
/// DIR</c>. Every real PDF gives its documents, none is invalid, and each file that is not a PDF is one IMP200 error.
/// </summary>
public sealed class ImportReportsCorpusTests
{
    private static string Reports => Path.Combine(RepositoryPaths.SharedData, "reports");

    [SharedDataFact]
    public void Every_shared_report_gives_valid_documents_and_each_file_that_is_not_a_PDF_one_IMP200()
    {
        using var folder = new TempFolder();
        string output = Path.Combine(folder.Path, "reports");
        var files = Directory.GetFiles(Reports, "*.pdf", SearchOption.AllDirectories);
        var notPdf = files.Where(f => !StartsWithPdfHeader(f)).Order(StringComparer.Ordinal).ToList();

        var import = CliRunner.Run("import", "reports", Reports, "--manifest", Path.Combine(Reports, "manifest.csv"), "--out", output);

        string text = import.Out.ReplaceLineEndings("\n");
        var errors = text.Split('\n').Where(l => Regex.IsMatch(l, @": error IMP\d{3}: ")).ToList();
        Assert.Equal(notPdf.Select(f => $"{f}: error IMP200: the file is not a PDF:"), errors.Select(l => l[..(l.IndexOf(" the file is not a PDF:", StringComparison.Ordinal) + " the file is not a PDF:".Length)]));
        int written = Directory.GetFiles(output, "*.json").Length;
        Assert.Contains($"{files.Length} files; {files.Length - notPdf.Count} reports read, {notPdf.Count} not read (IMP errors); {written} documents, ", text, StringComparison.Ordinal);
        Assert.Contains($"Documents written: {written}, {written} valid, 0 invalid, ", text, StringComparison.Ordinal);
        Assert.Equal(1, import.Exit);
        Assert.Equal(string.Empty, import.Error);

        // At least one document per real report (a SIF report with its LSCB review gives two).
        Assert.True(written >= files.Length - notPdf.Count, $"{written} documents from {files.Length - notPdf.Count} reports");

        var validate = CliRunner.Run("validate", output);

        Assert.Equal(0, validate.Exit);
        Assert.Matches(new Regex($@"(^|\n){written} files, {written} valid, 0 invalid, \d+ warnings\n$"), validate.Out.ReplaceLineEndings("\n"));
    }

    private static bool StartsWithPdfHeader(string path)
    {
        var head = new byte[5];
        using var stream = File.OpenRead(path);
        return stream.Read(head, 0, head.Length) == head.Length && Encoding.ASCII.GetString(head) == "%PDF-";
    }
}
