using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.WebApi;

/// <summary>One diagnostic as the responses carry it: the library's <see cref="Diagnostic"/>, field for field.</summary>
/// <param name="Code">The stable code, such as <c>INS014</c>.</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Path">The JSON path of the value concerned.</param>
/// <param name="Line">The 1-based line, or null (written, not left out) when not known.</param>
/// <param name="BytePositionInLine">The 0-based byte position within the line, or null (written) when not known.</param>
/// <param name="Message">The problem in plain English.</param>
internal sealed record DiagnosticResponse(
    string Code,
    string Severity,
    string Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? BytePositionInLine,
    string Message)
{
    /// <summary>
    /// The diagnostics of a reading, in the library's order; the only place that knows the library's diagnostic
    /// shape, so a change to it is made here.
    /// </summary>
    /// <param name="result">The reading.</param>
    /// <param name="errors">Whether to take the errors (true) or the warnings (false), or null for both.</param>
    /// <returns>The diagnostics.</returns>
    public static ImmutableArray<DiagnosticResponse> Of(InspectionReadResult result, bool? errors = null)
    {
        var list = ImmutableArray.CreateBuilder<DiagnosticResponse>();
        foreach (Diagnostic d in result.Diagnostics)
        {
            if (errors is null || d.IsError == errors)
            {
                list.Add(new DiagnosticResponse(d.Code, d.IsError ? "error" : "warning", d.Path, d.Line, d.BytePositionInLine, d.Message));
            }
        }

        return list.ToImmutable();
    }
}
