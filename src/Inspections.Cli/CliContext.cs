using System.IO;

namespace Inspections.Cli;

/// <summary>Where a command writes, and whether a person is watching standard error.</summary>
/// <param name="Out">Standard output: results only.</param>
/// <param name="Error">Standard error: usage errors, unreadable paths, progress.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress lines are shown only then).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool ErrorIsTerminal);
