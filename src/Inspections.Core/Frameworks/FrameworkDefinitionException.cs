using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Inspections.Core.Frameworks;

/// <summary>
/// Thrown by <see cref="FrameworkBuilder.Build"/> when a framework definition does not hold together: every
/// problem found is listed in <see cref="Problems"/> and in the message.
/// </summary>
public sealed class FrameworkDefinitionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="frameworkId">The id of the framework being built, or null when it has none yet.</param>
    /// <param name="problems">Each problem, as a sentence.</param>
    public FrameworkDefinitionException(string? frameworkId, IEnumerable<string> problems)
        : this(frameworkId, (problems ?? []).ToImmutableArray())
    {
    }

    private FrameworkDefinitionException(string? frameworkId, ImmutableArray<string> problems)
        : base($"Framework '{frameworkId ?? "(no id)"}' is not a valid definition: " + string.Join(" ", problems))
    {
        FrameworkId = frameworkId;
        Problems = problems;
    }

    /// <summary>The id of the framework being built, or null.</summary>
    public string? FrameworkId { get; }

    /// <summary>Each problem found, as a sentence.</summary>
    public ImmutableArray<string> Problems { get; }
}
