using System;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Inspections.Cli.Output;

namespace Inspections.Cli.Commands;

/// <summary>
/// Opens the files the command reads so that no file can make it hang or exhaust memory: a named pipe with no
/// writer, a writer that stops sending, <c>/dev/zero</c>, or a file far larger than any real one.
/// </summary>
/// <remarks>
/// Opening, and each read, may take at most the context's patience (10 seconds): a named pipe (FIFO) blocks in
/// open until a writer comes, which may be never. Those calls run on threads of their own, so a call abandoned to a
/// pipe that never opens cannot hold up the next file's. An ordinary file (a regular file with a size, told by
/// <c>stat</c> on Linux: <see cref="FileKind.Ordinary"/>) waits on no one and is opened and read directly,
/// with only its limit. Each kind of file has a size limit: a <c>.json</c> document is read
/// only up to 1 MiB and one byte (the reader's limit), a <c>.jsonl</c> file up to <see cref="MaxJsonLinesBytes"/>,
/// a CSV file up to <see cref="MaxCsvBytes"/>. Past a limit, or out of patience, the file "cannot be read" (an
/// <see cref="IOException"/>), which the command reports with exit code 2. Time lost waiting on files that never
/// open or stop sending is drawn from one budget for the whole run (<see cref="CliContext.SpecialFileBudget"/>, 30
/// seconds); once it is spent, a named pipe or device (told by <c>stat</c>, on Linux) is not opened at all.
/// </remarks>
internal static class FileInput
{
    /// <summary>The most read of one <c>.jsonl</c> file: 1 GiB (a thousand documents of the largest size).</summary>
    public const long MaxJsonLinesBytes = 1L << 30;

    /// <summary>The most read of one CSV file: 64 MiB (the ILACS history is about 110 KB).</summary>
    public const long MaxCsvBytes = 64L << 20;

    /// <summary>
    /// Whether every one of <paramref name="paths"/> (nulls are options not given) is a file; when one is not, says
    /// so on standard error ("inspections: PATH: no such file.") and returns false.
    /// </summary>
    public static bool AllExist(CliContext context, params string?[] paths)
    {
        foreach (string path in paths.OfType<string>())
        {
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"inspections: {Printable.Escape(path)}: no such file.");
                return false;
            }
        }

        return true;
    }

    /// <summary>Opens a file for reading, guarded by the patience, the run's budget for special files and the limit.</summary>
    /// <exception cref="IOException">The file cannot be opened, or does not open in time.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Stream OpenRead(string path, CliContext context, long limit)
    {
        var budget = context.SpecialFileBudget;
        var kind = SpecialFiles.Kind(path);
        if (budget.IsSpent && kind == FileKind.Special)
        {
            // A FIFO or device once the run's budget is spent: not opened at all, so a folder of thousands costs nothing.
            throw new IOException($"a named pipe or device, not opened: the run's {budget.Total.TotalSeconds:0} seconds for files that do not open or stop sending are spent.");
        }

        return OpenRead(path, kind, context.Patience, limit, budget);
    }

    /// <summary>Opens a file for reading, guarded by the patience and the limit (no run budget).</summary>
    /// <exception cref="IOException">The file cannot be opened, or does not open in time.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Stream OpenRead(string path, TimeSpan patience, long limit) => OpenRead(path, SpecialFiles.Kind(path), patience, limit, null);

    private static GuardedStream OpenRead(string path, FileKind kind, TimeSpan patience, long limit, WaitBudget? budget)
    {
        byte[]? raw = NativePaths.Supported ? NativePaths.Encode(path) : null;
        Stream Open() => raw is not null
            ? NativePaths.OpenRead(raw, Output.Printable.Escape(path))
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);

        if (kind == FileKind.Ordinary)
        {
            // A regular file with a size waits on no one: opened and read here, with only the limit.
            return new GuardedStream(Open(), patience: null, limit, budget);
        }

        var opening = Blocking(Open);
        if (!Wait(opening, patience, budget))
        {
            // If it opens after all, close it.
            opening.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
            throw new IOException($"it did not open within {patience.TotalSeconds:0} seconds (a named pipe waits for a writer).");
        }

        return new GuardedStream(opening.Result, patience, limit, budget);
    }

    /// <summary>
    /// Starts a call that may block for ever (opening a named pipe, reading one) on a thread of its own, not the
    /// thread pool's: an abandoned call holds its thread, and the next call must not wait for the pool to grow.
    /// </summary>
    private static Task<T> Blocking<T>(Func<T> call) =>
        Task.Factory.StartNew(call, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static bool Wait(Task task, TimeSpan patience, WaitBudget? budget)
    {
        try
        {
            if (task.Wait(patience))
            {
                return true;
            }

            budget?.Spend(patience);
            return false;
        }
        catch (AggregateException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    /// <summary>
    /// A read-only stream that gives up when the limit is passed or, unless it is an ordinary file (no patience), when
    /// a read takes longer than the patience.
    /// </summary>
    private sealed class GuardedStream(Stream inner, TimeSpan? patience, long limit, WaitBudget? budget) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_read > limit)
            {
                throw new IOException($"it is larger than {Size(limit)}, the most the command reads from such a file.");
            }

            // Read no more than one byte past the limit (the limit may be long.MaxValue: no limit).
            int wanted = limit == long.MaxValue ? count : (int)Math.Min(count, limit - _read + 1);
            int got;
            if (patience is not { } wait)
            {
                got = inner.Read(buffer, offset, wanted);
            }
            else
            {
                var reading = Blocking(() => inner.Read(buffer, offset, wanted));
                if (!Wait(reading, wait, budget))
                {
                    throw new IOException($"nothing came from it for {wait.TotalSeconds:0} seconds.");
                }

                got = reading.Result;
            }

            _read += got;
            if (_read > limit)
            {
                throw new IOException($"it is larger than {Size(limit)}, the most the command reads from such a file.");
            }

            return got;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private static string Size(long bytes) => bytes >= 1L << 30 ? $"{bytes >> 30} GiB" : $"{bytes >> 20} MiB";
    }
}
