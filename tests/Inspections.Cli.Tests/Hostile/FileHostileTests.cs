using System.Diagnostics;
using Inspections.Cli.Tests.Cli;
using Inspections.Core.Serialization;

namespace Inspections.Cli.Tests.Hostile;

/// <summary>
/// Files that are not ordinary files: an endless device, named pipes with no writer or a silent one, symbolic
/// links that lead nowhere or back up the tree. The command ends with a message and exit code 2 (or reports the
/// document), and still reports every other file.
/// </summary>
public sealed class FileHostileTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    // Reading /dev/zero never stalls, but on a loaded machine a second can pass between two reads: those tests wait
    // as long as a person would, so that only the FIFO tests depend on the one-second patience.
    private static readonly TimeSpan Unhurried = TimeSpan.FromMinutes(2);

    private static (int Exit, string Out, string Error) Run(params string[] args) => RunWith(Patience, args);

    private static (int Exit, string Out, string Error) RunUnhurried(params string[] args) => RunWith(Unhurried, args);

    /// <summary>Runs a command line with the given patience, returning its exit code, standard output and error.</summary>
    internal static (int Exit, string Out, string Error) RunWith(TimeSpan patience, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = InspectionsCommand.Run(args, output, error, errorIsTerminal: false, patience);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Makes a named pipe in the folder with mkfifo.</summary>
    internal static string MakeFifo(TempFolder folder, string name)
    {
        string path = Path.Combine(folder.Path, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>Opens a named pipe for writing in the background, which lets a reader waiting in open go on.</summary>
    private static Task<FileStream> OpenWriter(string fifo) => Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write));

    [Fact]
    public void Dev_zero_is_a_document_too_large_not_an_endless_read()
    {
        var (exit, output, _) = RunUnhurried("validate", "/dev/zero");

        Assert.Equal(1, exit);
        Assert.Contains("/dev/zero:1: error INS001: The document is larger than 1 MiB", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dev_zero_behind_a_jsonl_link_is_read_to_the_limit_and_refused()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "zero.jsonl"), "/dev/zero");

        var (exit, _, error) = RunUnhurried("validate", folder.Path);

        Assert.Equal(2, exit);
        Assert.Contains("zero.jsonl: cannot be read: it is larger than 1 GiB", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_refuses_dev_zero_as_an_invalid_document()
    {
        var (exit, _, error) = RunUnhurried("compare", "/dev/zero", "/dev/zero");

        Assert.Equal(1, exit);
        Assert.Contains("The document is larger than 1 MiB", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_reads_dev_zero_to_the_csv_limit_and_refuses_it()
    {
        var (exit, _, error) = RunUnhurried("import", "ilacs-csv", "/dev/zero");

        Assert.Equal(2, exit);
        Assert.Contains("/dev/zero: cannot be read: it is larger than 64 MiB", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_pipe_with_no_writer_is_unreadable_and_the_other_files_are_still_reported()
    {
        using var folder = new TempFolder();
        string fifo = MakeFifo(folder, "a-pipe.json");
        folder.File("b.json", InspectionJson.Write(Documents.Calderdale2015));

        var (exit, output, error) = Run("validate", folder.Path);

        Assert.Equal(2, exit);
        Assert.Contains("a-pipe.json: cannot be read: it did not open within 1 seconds", error, StringComparison.Ordinal);
        Assert.EndsWith("1 files, 1 valid, 0 invalid, 0 warnings\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        (await OpenWriter(fifo)).Dispose(); // lets the abandoned open finish
    }

    [Fact]
    public async Task Once_the_runs_budget_for_files_that_do_not_open_is_spent_named_pipes_are_not_opened()
    {
        using var folder = new TempFolder();
        var fifos = Enumerable.Range(1, 6).Select(i => MakeFifo(folder, $"pipe-{i}.json")).ToList();
        folder.File("z.json", InspectionJson.Write(Documents.Calderdale2015));
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exit = InspectionsCommand.Run(["validate", folder.Path], output, error, errorIsTerminal: false, Patience, TimeSpan.FromSeconds(2));

        Assert.Equal(2, exit);
        var lines = error.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(6, lines.Length);
        Assert.Equal(2, lines.Count(l => l.Contains("it did not open within 1 seconds", StringComparison.Ordinal)));
        Assert.Equal(4, lines.Count(l => l.Contains("not opened: the run's 2 seconds for files that do not open or stop sending are spent", StringComparison.Ordinal)));
        Assert.EndsWith("1 files, 1 valid, 0 invalid, 0 warnings", output.ToString().Trim(), StringComparison.Ordinal);
        foreach (string fifo in fifos.Take(2))
        {
            (await OpenWriter(fifo)).Dispose(); // lets the abandoned opens finish
        }
    }

    [Fact]
    public async Task A_named_pipe_whose_writer_sends_a_document_is_read()
    {
        using var folder = new TempFolder();
        string fifo = MakeFifo(folder, "pipe.json");
        var writing = Task.Run(() =>
        {
            using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            writer.Write(InspectionJson.WriteToUtf8Bytes(Documents.Calderdale2015));
        });

        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = InspectionsCommand.Run(["validate", fifo], output, error, errorIsTerminal: false, TimeSpan.FromSeconds(30));
        await writing;

        Assert.Equal(0, exit);
        Assert.Equal("1 files, 1 valid, 0 invalid, 0 warnings", output.ToString().Trim());
    }

    [Fact]
    public async Task A_named_pipe_whose_writer_says_nothing_is_given_up()
    {
        using var folder = new TempFolder();
        string fifo = MakeFifo(folder, "silent.jsonl");
        var writer = OpenWriter(fifo);

        var (exit, _, error) = Run("validate", fifo);

        Assert.Equal(2, exit);
        Assert.Contains("silent.jsonl: cannot be read:", error, StringComparison.Ordinal);
        (await writer).Dispose(); // the abandoned read ends
    }

    [Fact]
    public void A_link_that_leads_nowhere_is_unreadable_and_the_other_files_are_still_reported()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "dangling.json"), Path.Combine(folder.Path, "nothing-here"));
        folder.File("ok.json", InspectionJson.Write(Documents.Calderdale2015));

        var (exit, output, error) = Run("validate", folder.Path);

        Assert.Equal(2, exit);
        Assert.Contains("dangling.json: cannot be read:", error, StringComparison.Ordinal);
        Assert.Contains("1 files, 1 valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_back_up_the_tree_are_not_followed_and_each_is_named()
    {
        using var folder = new TempFolder();
        folder.File("ok.json", InspectionJson.Write(Documents.Calderdale2015));
        Directory.CreateDirectory(Path.Combine(folder.Path, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "sub", "up"), folder.Path);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "sub", "up-again"), Path.Combine(folder.Path, "sub"));

        var (exit, output, error) = Run("validate", folder.Path);

        Assert.Equal(0, exit);
        Assert.Equal("1 files, 1 valid, 0 invalid, 0 warnings", output.Trim());
        Assert.Equal(
            [$"inspections: {Path.Combine(folder.Path, "sub", "up")}: a link to a folder, not followed; name it to validate what it holds.",
             $"inspections: {Path.Combine(folder.Path, "sub", "up-again")}: a link to a folder, not followed; name it to validate what it holds."],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void A_link_to_a_folder_is_followed_when_it_is_named()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        elsewhere.File("ok.json", InspectionJson.Write(Documents.Calderdale2015));
        string link = Path.Combine(folder.Path, "linked");
        Directory.CreateSymbolicLink(link, elsewhere.Path);

        var (exit, output, error) = Run("validate", link);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal("1 files, 1 valid, 0 invalid, 0 warnings", output.Trim());
    }

    [Fact]
    public void Validating_proc_ends_and_names_the_links_it_does_not_follow()
    {
        // Found by afl-fuzz ('validate //'): following /proc/<pid>/root led to the whole file system again and again.
        var (exit, output, error) = Run("validate", "/proc/self");

        Assert.InRange(exit, 0, 2);
        Assert.Contains("/proc/self/root: a link to a folder, not followed", error, StringComparison.Ordinal);
        Assert.Contains(" files, ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_jsonl_file_that_fails_part_way_keeps_the_lines_read_before()
    {
        // A line of 1 GiB cannot be made quickly; a pipe whose writer sends two lines and then goes quiet can.
        using var folder = new TempFolder();
        string fifo = MakeFifo(folder, "stalls.jsonl");
        string line = InspectionJson.Write(Documents.Calderdale2015, indented: false);
        using var stop = new ManualResetEventSlim();
        var writing = Task.Run(() =>
        {
            using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            writer.Write(System.Text.Encoding.UTF8.GetBytes(line + "\n{\"schema\":1}\n"));
            writer.Flush();
            stop.Wait();
        });

        var (exit, output, error) = Run("validate", fifo, "--format", "json");
        stop.Set();
        await writing;

        Assert.Equal(2, exit);
        Assert.Contains("stalls.jsonl: cannot be read: nothing came from it for 1 seconds", error, StringComparison.Ordinal);
        Assert.Contains("\"valid\": false", output, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"INS003\"", output, StringComparison.Ordinal);
    }
}
