using System.Collections.Immutable;

namespace Inspections.WebApi;

/// <summary>An RFC 9457 problem details object, with the diagnostics of an invalid document as extension members.</summary>
/// <param name="Type">The problem type: <c>about:blank</c> for 413 and 415, <see cref="Problems.InvalidDocumentType"/> for 422.</param>
/// <param name="Title">A short summary of the problem type.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">This occurrence in plain English.</param>
/// <param name="ErrorCount">For an invalid document: how many errors are listed.</param>
/// <param name="WarningCount">For an invalid document: how many warnings are listed.</param>
/// <param name="NotListedCount">For an invalid document: how many more problems were found than listed (past <c>InspectionJson.MaxDiagnostics</c>).</param>
/// <param name="Diagnostics">For an invalid document: every diagnostic, errors and warnings, in the library's order.</param>
/// <param name="Documents">For a <c>.jsonl</c> body: how many documents (lines that are not blank) it holds.</param>
/// <param name="InvalidLines">For a <c>.jsonl</c> body: the lines whose documents are not valid.</param>
internal sealed record ProblemResponse(
    string Type,
    string Title,
    int Status,
    string Detail,
    int? ErrorCount = null,
    int? WarningCount = null,
    int? NotListedCount = null,
    ImmutableArray<DiagnosticResponse>? Diagnostics = null,
    int? Documents = null,
    ImmutableArray<int>? InvalidLines = null);
