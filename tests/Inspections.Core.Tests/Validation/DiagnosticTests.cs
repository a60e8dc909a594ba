using System.Collections.Immutable;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Validation;

public sealed class DiagnosticTests
{
    [Fact]
    public void The_codes_are_those_of_the_contract_with_their_severities()
    {
        var expected = new (string Code, DiagnosticSeverity Severity)[]
        {
            ("INS001", DiagnosticSeverity.Error), ("INS002", DiagnosticSeverity.Error), ("INS003", DiagnosticSeverity.Error),
            ("INS010", DiagnosticSeverity.Error), ("INS011", DiagnosticSeverity.Error), ("INS012", DiagnosticSeverity.Error),
            ("INS013", DiagnosticSeverity.Error), ("INS014", DiagnosticSeverity.Error), ("INS015", DiagnosticSeverity.Error),
            ("INS016", DiagnosticSeverity.Error), ("INS017", DiagnosticSeverity.Error), ("INS020", DiagnosticSeverity.Error), ("INS021", DiagnosticSeverity.Warning),
            ("INS030", DiagnosticSeverity.Error), ("INS031", DiagnosticSeverity.Error), ("INS032", DiagnosticSeverity.Warning),
            ("INS033", DiagnosticSeverity.Error), ("INS040", DiagnosticSeverity.Error),
        };

        Assert.Equal(expected, DiagnosticDescriptors.All.Select(d => (d.Code, d.Severity)));
    }

    [Fact]
    public void An_unknown_code_has_no_descriptor()
    {
        Assert.False(DiagnosticDescriptors.TryGet("INS099", out _));
        Assert.False(DiagnosticDescriptors.TryGet(null, out _));
    }

    [Fact]
    public void A_diagnostic_refuses_missing_text_and_impossible_positions()
    {
        Assert.Throws<ArgumentNullException>(() => new Diagnostic(null!, DiagnosticSeverity.Error, "$", "m"));
        Assert.Throws<ArgumentException>(() => new Diagnostic("INS001", DiagnosticSeverity.Error, "", "m"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Diagnostic("INS001", (DiagnosticSeverity)5, "$", "m"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Diagnostic("INS001", DiagnosticSeverity.Error, "$", "m", line: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Diagnostic("INS001", DiagnosticSeverity.Error, "$", "m", 1, -1));
    }

    [Fact]
    public void A_diagnostic_copied_with_a_null_message_is_refused_too()
    {
        var diagnostic = new Diagnostic("INS014", DiagnosticSeverity.Error, "$.judgements.care-leavers", "Missing.");

        Assert.Throws<ArgumentNullException>(() => diagnostic with { Message = null! });
    }

    [Fact]
    public void A_diagnostic_reads_as_severity_code_path_and_message()
    {
        var diagnostic = new Diagnostic("INS001", DiagnosticSeverity.Error, "$.judgements", "Duplicate property.", 3, 17);

        Assert.Equal("error INS001 at $.judgements (line 3): Duplicate property.", diagnostic.ToString());
    }

    [Fact]
    public void A_result_is_valid_when_it_has_warnings_but_no_errors()
    {
        var warning = new Diagnostic("INS021", DiagnosticSeverity.Warning, "$.judgements.overall-effectiveness", "Worth a look.");
        var error = new Diagnostic("INS014", DiagnosticSeverity.Error, "$.judgements.care-leavers", "Missing.");

        var warned = new DiagnosticList([warning]);
        var failed = new DiagnosticList([warning, error]);

        Assert.True(warned.IsValid);
        Assert.False(failed.IsValid);
        Assert.Equal((1, 1), (failed.ErrorCount, failed.WarningCount));
        Assert.True(failed.Contains("INS014"));
        Assert.False(warned.Contains("INS014"));
        Assert.True(default(DiagnosticList).IsValid);
        Assert.Empty(default(DiagnosticList));
        Assert.Equal(new DiagnosticList(ImmutableArray<Diagnostic>.Empty), default);
    }
}
