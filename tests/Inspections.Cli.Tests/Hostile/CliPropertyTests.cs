using FsCheck;
using FsCheck.Fluent;
using Inspections.Cli.Tests.Cli;
using Inspections.Core.Serialization;
using Inspections.Import;

namespace Inspections.Cli.Tests.Hostile;

/// <summary>
/// Laws of the command and the importer on hostile input: for random argument lists and random file contents the
/// command exits 0, 1 or 2 and never prints a stack trace; the importer returns issues for any text and throws
/// nothing (a file it cannot read at all is refused with one coded issue).
/// </summary>
public sealed class CliPropertyTests
{
    private static readonly string[] s_words =
    [
        "validate", "compare", "frameworks", "describe", "schema", "import", "ilacs-csv", "--format", "json", "text", "xml",
        "--at", "2015-02-30", "2015-03-20", "13/01/2015", "--lookup", "--help", "--version", "-h", "-?", "sif-2013", "SIF-2013",
        "nope", "", " ", "--", "-", "--format=json", "@response", "\u0000", "é", "😀", "%1", "%2", "%3", "%d", "/dev/null",
        "/nonexistent/file.json", "--out", "--jsonl",
    ];

    private static readonly byte[][] s_contents =
    [
        [], "{}"u8.ToArray(), "\uFEFF"u8.ToArray(), [0xFF, 0xFE, 0x00], "null"u8.ToArray(), "[[[[[[[[[[[[[[[[[[[["u8.ToArray(),
        InspectionJson.WriteToUtf8Bytes(Documents.Calderdale2015), InspectionJson.WriteToUtf8Bytes(Documents.Calderdale2010),
        System.Text.Encoding.UTF8.GetBytes(IlacsCsvSamples.Header + "\n" + IlacsCsvSamples.Calderdale2018 + "\n\"x\n"),
    ];

    /// <summary>Runs a command line in a temporary folder holding a.json, b.jsonl and c.csv; %1, %2, %3 and %d name them.</summary>
    private static (int Exit, string Out, string Error) RunWith(string[] words, byte[][] contents)
    {
        using var folder = new TempFolder();
        string[] files = [Path.Combine(folder.Path, "a.json"), Path.Combine(folder.Path, "b.jsonl"), Path.Combine(folder.Path, "c.csv")];
        for (int i = 0; i < files.Length; i++)
        {
            File.WriteAllBytes(files[i], contents[i]);
        }

        string[] args = words.Select(w => w
            .Replace("%1", files[0], StringComparison.Ordinal).Replace("%2", files[1], StringComparison.Ordinal)
            .Replace("%3", files[2], StringComparison.Ordinal).Replace("%d", folder.Path, StringComparison.Ordinal)
            .Replace("--out", "--out=" + Path.Combine(folder.Path, "out"), StringComparison.Ordinal)
            .Replace("--jsonl", "--jsonl=" + Path.Combine(folder.Path, "out.jsonl"), StringComparison.Ordinal)).ToArray();
        return CliRunner.Run(args);
    }

    private static bool EndsWell((int Exit, string Out, string Error) run) =>
        run.Exit is 0 or 1 or 2
        && !run.Error.Contains("   at ", StringComparison.Ordinal)
        && !run.Error.Contains("internal error", StringComparison.Ordinal)
        && (run.Exit != 2 || run.Error.Length > 0);

    [Fact]
    public void Random_argument_lists_and_file_contents_end_with_an_exit_code_and_never_a_stack_trace()
    {
        var command =
            from first in Gen.Elements("validate", "compare", "import", "frameworks", "describe", "schema", "x")
            from rest in Gen.Choose(0, 6).SelectMany(n => Gen.ListOf(Gen.Elements(s_words), n))
            from contents in Gen.ListOf(Gen.Elements(s_contents), 3)
            select (Words: rest.Prepend(first).ToArray(), Contents: contents.ToArray());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(command.ToArbitrary(), c => EndsWell(RunWith(c.Words, c.Contents))));
    }

    [Fact]
    public void Validating_random_bytes_reports_them_and_never_prints_a_stack_trace()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(ArbMap.Default.GeneratorFor<byte[]>().ToArbitrary(), bytes =>
        {
            var run = RunWith(["validate", "%d", "--format", "json"], [bytes, bytes, bytes]);
            return EndsWell(run) && run.Exit == 1 && run.Out.Contains("\"files\": 2", StringComparison.Ordinal);
        }));
    }

    [Fact]
    public void The_importer_returns_issues_for_any_text_and_throws_nothing()
    {
        string[] pieces =
        [
            IlacsCsvSamples.Header, IlacsCsvSamples.Calderdale2018, IlacsCsvSamples.Dorset2025, ",", "\"", "\"\"", "\n", "\r\n",
            "\r", "\u0000", "é", "to requires improvement", "data_unreadable", "not_reported_post_reform", "01/04/2026", "31/02/2024",
            "https://a b", "x,y,z", " ", "urn", "80444",
        ];
        var texts =
            from header in Gen.Frequency((4, Gen.Constant(IlacsCsvSamples.Header + "\n")), (1, Gen.Constant(string.Empty)))
            from body in Gen.Choose(0, 12).SelectMany(n => Gen.ListOf(Gen.Elements(pieces), n))
            select header + string.Concat(body);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var result = IlacsCsvImporter.Import(new StringReader(text));
            if (result.IsRefused)
            {
                return result.Issues.Count == 1 && result.RowCount == 0;
            }

            // Every row is imported or reported, and every import writes and reads back equal.
            return result.RowCount == result.Inspections.Length + result.Skipped.Count
                && result.Inspections.All(i => i.Inspection.Equals(InspectionJson.Read(InspectionJson.WriteToUtf8Bytes(i.Inspection)).Inspection));
        }));
    }
}
