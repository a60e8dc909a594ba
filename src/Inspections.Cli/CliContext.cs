using System;
using System.IO;
using NodaTime;

namespace Inspections.Cli;

/// <summary>Where a command writes, whether a person is watching standard error, and what day it is.</summary>
/// <param name="Out">Standard output: results only.</param>
/// <param name="Error">Standard error: usage errors, unreadable paths, progress.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress lines are shown only then).</param>
/// <param name="Patience">How long opening a file, or one read from it, may take (see <see cref="Commands.FileInput"/>).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, TimeSpan Patience)
{
    /// <summary>The patience of the command as shipped: 10 seconds.</summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(10);

    /// <summary>The run's budget for files that do not open or stop sending, as shipped: 30 seconds.</summary>
    public static readonly TimeSpan DefaultSpecialFileBudget = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The time the whole run may lose waiting on files that do not open or stop sending (named pipes with no writer):
    /// once spent, named pipes and devices are not opened at all (see <see cref="Commands.FileInput"/>).
    /// </summary>
    public Commands.WaitBudget SpecialFileBudget { get; init; } = new(DefaultSpecialFileBudget);

    /// <summary>
    /// Where "today" comes from (for <c>history</c>'s time since the last graded inspection, its next inspection line
    /// and <c>--neighbours</c>): the system clock as shipped, a fixed one in tests.
    /// </summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Today in UTC, by <see cref="Clock"/>.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InUtc().Date;
}
