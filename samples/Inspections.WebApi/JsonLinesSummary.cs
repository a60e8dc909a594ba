using System.Collections.Immutable;

namespace Inspections.WebApi;

/// <summary>The 200 answer for a <c>.jsonl</c> body whose every document is valid.</summary>
/// <param name="Valid">Always true (a body with an invalid document is a 422 problem).</param>
/// <param name="Documents">How many documents the body holds (blank lines are not documents).</param>
/// <param name="Lines">Each document's summary, with its line, in line order.</param>
internal sealed record JsonLinesSummary(bool Valid, int Documents, ImmutableArray<LineSummary> Lines);

/// <summary>One valid document of a <c>.jsonl</c> body.</summary>
/// <param name="Line">The line of the body it is on (1-based).</param>
/// <param name="Summary">Its summary, as the 200 answer for one document gives it.</param>
internal sealed record LineSummary(int Line, ValidationSummary Summary);
