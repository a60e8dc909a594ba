using System.Collections.Generic;

namespace Inspections.Cli.Output;

// The JSON shapes of the CLI contract (../shared/spec/cli.md). They are serialized by CliJsonContext,
// which System.Text.Json generates at compile time: no reflection at run time.

/// <summary>One diagnostic of <c>validate --format json</c>.</summary>
internal sealed record DiagnosticReport(string Code, string Severity, string Path, int? Line, string Message);

/// <summary>One file of <c>validate --format json</c>.</summary>
internal sealed record FileReport(string Path, bool Valid, IReadOnlyList<DiagnosticReport> Diagnostics);

/// <summary>The summary of <c>validate --format json</c>.</summary>
internal sealed record ValidationSummary(int Files, int Valid, int Invalid, int Warnings);

/// <summary>The whole output of <c>validate --format json</c>.</summary>
internal sealed record ValidateReport(IReadOnlyList<FileReport> Files, ValidationSummary Summary);

/// <summary>One line of <c>compare --format json</c>.</summary>
internal sealed record JudgementComparisonReport(
    string Judgement, string? Before, string? After, string Direction, int? Steps, string Basis, string? Reason);

/// <summary>Which inspection a comparison side is.</summary>
internal sealed record InspectionReference(string Path, string Subject, string Framework, string Visit, string? FieldworkStart, string? FieldworkEnd);

/// <summary>The whole output of <c>compare --format json</c>.</summary>
internal sealed record CompareReport(
    InspectionReference Before,
    InspectionReference After,
    bool FrameworkChanged,
    string? Caveat,
    JudgementComparisonReport Overall,
    IReadOnlyList<JudgementComparisonReport> Judgements);

/// <summary>One framework of <c>frameworks --format json</c>.</summary>
internal sealed record FrameworkSummary(string Id, string Name, string Regulator, string From, string? To, string Scale, IReadOnlyList<string> Subjects);

/// <summary>A grade in <c>describe --format json</c>.</summary>
internal sealed record GradeReport(string Id, string Label, int? OfficialCode);

/// <summary>A scale in <c>describe --format json</c>.</summary>
internal sealed record ScaleReport(string Id, string Name, IReadOnlyList<GradeReport> Grades);

/// <summary>A judgement in <c>describe --format json</c>.</summary>
internal sealed record JudgementReport(string Id, string Name, string? Parent);

/// <summary>A visit type in <c>describe --format json</c>.</summary>
internal sealed record VisitTypeReport(
    string Id, string Name, bool Graded, string UsualFieldworkLength, string Notice, string? Headline, IReadOnlyList<string> Judgements, IReadOnlyList<string> Required);

/// <summary>A rule in <c>describe --format json</c>.</summary>
internal sealed record RuleReport(string Id, string Kind, string Strength, string Target, IReadOnlyList<string> Conditions, string Description, string? Source);

/// <summary>A timescale in <c>describe --format json</c>.</summary>
internal sealed record TimescaleReport(string Id, string Name, string Period);

/// <summary>The whole output of <c>describe --format json</c>.</summary>
internal sealed record FrameworkDescription(
    string Id,
    string Name,
    string Regulator,
    string From,
    string? To,
    IReadOnlyList<string> Subjects,
    ScaleReport Scale,
    IReadOnlyList<VisitTypeReport> VisitTypes,
    IReadOnlyList<JudgementReport> Judgements,
    IReadOnlyList<RuleReport> Rules,
    IReadOnlyList<TimescaleReport> Timescales,
    IReadOnlyList<string> Sources);

/// <summary>One issue of <c>import --format json</c>.</summary>
internal sealed record ImportIssueReport(string File, int Line, string? Column, int? ColumnNumber, string Severity, string Code, string Message);

/// <summary>
/// What <c>validate</c> reports on the documents an import wrote (<c>import --format json</c>'s <c>documents</c>):
/// as <c>validate</c>'s summary, counted in documents rather than files (a .jsonl file holds many).
/// </summary>
internal sealed record WrittenSummary(int Documents, int Valid, int Invalid, long Warnings);

/// <summary>
/// The whole output of <c>import --format json</c>. <c>warned</c> is as before (ilacs-csv: rows imported with warnings;
/// ofsted: warnings); <c>importWarnings</c> counts the import's warnings (IMP) in both; <c>documents</c> is what
/// validating the output reports (INS), null when nothing was written because a file was not recognised.
/// </summary>
internal sealed record ImportReport(
    int Rows, int Imported, int Skipped, int Warned, int ImportWarnings, WrittenSummary? Documents, IReadOnlyList<string> Written, IReadOnlyList<ImportIssueReport> Issues);
