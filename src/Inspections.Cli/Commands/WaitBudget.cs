using System;
using System.Threading;

namespace Inspections.Cli.Commands;

/// <summary>The time a whole run may lose waiting on files that do not open or stop sending. Thread-safe.</summary>
internal sealed class WaitBudget(TimeSpan total)
{
    private long _spentTicks;

    /// <summary>The budget for the run.</summary>
    public TimeSpan Total { get; } = total;

    /// <summary>Whether the budget is spent.</summary>
    public bool IsSpent => Interlocked.Read(ref _spentTicks) >= Total.Ticks;

    /// <summary>Records time lost.</summary>
    public void Spend(TimeSpan lost) => Interlocked.Add(ref _spentTicks, lost.Ticks);
}
