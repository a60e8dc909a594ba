using Inspections.Cli.Tests.Cli;
using Inspections.Core.Serialization;

namespace Inspections.Cli.Tests.Hostile;

/// <summary>
/// The guard on files that may never open or stop sending does not depend on the thread pool: with every pool
/// thread busy (a loaded test host, or calls abandoned to pipes that never open), an ordinary file and a named pipe
/// whose writer answers are still read within the patience, as they are with the pool capped and every one of its
/// threads held. Found on CI: with the waits on the pool, an ordinary
/// file read after two abandoned pipes was reported as "nothing came from it for 1 seconds".
/// </summary>
[Collection(ThreadPoolHeld.Name)]
public sealed class FileWaitThreadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    [Fact]
    public void An_ordinary_file_is_read_with_no_patience_at_all()
    {
        using var folder = new TempFolder();
        string file = folder.File("a.json", InspectionJson.Write(Documents.Calderdale2015));

        var (exit, output, error) = FileHostileTests.RunWith(TimeSpan.Zero, ["validate", file]);

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, exit);
        Assert.Equal("1 files, 1 valid, 0 invalid, 0 warnings", output.Trim());
    }

    [Fact]
    public void A_named_pipe_whose_writer_answers_is_read_while_every_pool_thread_is_busy()
    {
        using var folder = new TempFolder();
        string fifo = FileHostileTests.MakeFifo(folder, "pipe.json");

        byte[] document = InspectionJson.WriteToUtf8Bytes(Documents.Calderdale2015);
        Exception? writeFailure = null;
        var writer = new Thread(() =>
        {
            try
            {
                using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                stream.Write(document);
            }
            catch (IOException e)
            {
                writeFailure = e; // "Broken pipe" when the reader gave up first
            }
        }) { IsBackground = true };

        (int Exit, string Out, string Error) result;
        using (HoldThreadPool())
        {
            writer.Start();
            result = FileHostileTests.RunWith(Patience, ["validate", fifo]);
        }

        Assert.True(writer.Join(TimeSpan.FromSeconds(30)), "the writer did not finish");
        Assert.Equal(string.Empty, result.Error);
        Assert.Null(writeFailure);
        Assert.Equal(0, result.Exit);
        Assert.Equal("1 files, 1 valid, 0 invalid, 0 warnings", result.Out.Trim());
    }

    /// <summary>
    /// Caps the pool at its minimum of threads and keeps every one of them busy until disposal: nothing queued to
    /// the pool runs meanwhile. (The cap is lifted and the threads freed on disposal; the collection runs alone.)
    /// </summary>
    private static IDisposable HoldThreadPool()
    {
        ThreadPool.GetMinThreads(out int workers, out _);
        ThreadPool.GetMaxThreads(out int maxWorkers, out int maxPorts);
        Assert.True(ThreadPool.SetMaxThreads(workers, maxPorts), "the pool could not be capped");
        var gate = new ManualResetEventSlim();
        int started = 0;
        for (int i = 0; i < workers * 4; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                _ =>
                {
                    Interlocked.Increment(ref started);
                    gate.Wait();
                },
                null);
        }

        // Held while some of these wait for a thread (the test host holds pool threads of its own, so perhaps none
        // of these has started).
        var release = new Release(gate, maxWorkers, maxPorts);
        Thread.Sleep(200);
        if (ThreadPool.PendingWorkItemCount == 0)
        {
            release.Dispose();
            Assert.Fail($"the pool could not be held: {Volatile.Read(ref started)} started, {ThreadPool.ThreadCount} threads, minimum {workers}");
        }

        return release;
    }

    private sealed class Release(ManualResetEventSlim gate, int maxWorkers, int maxPorts) : IDisposable
    {
        public void Dispose()
        {
            ThreadPool.SetMaxThreads(maxWorkers, maxPorts);
            gate.Set();
        }
    }
}
