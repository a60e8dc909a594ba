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

    // Descriptors made for a test, with the whole message as their one argument.
    private static readonly DiagnosticDescriptor Malformed = new("INS001", DiagnosticSeverity.Error, "Malformed.");
    private static readonly DiagnosticDescriptor Missing = new("INS014", DiagnosticSeverity.Error, "Missing.");
    private static readonly DiagnosticDescriptor Likely = new("INS021", DiagnosticSeverity.Warning, "Likely.");

    [Fact]
    public void A_diagnostic_refuses_missing_text_and_impossible_positions()
    {
        Assert.Throws<ArgumentNullException>(() => new Diagnostic(null!, "$", "m"));
        Assert.Throws<ArgumentException>(() => new Diagnostic(Malformed, "", "m"));
        Assert.Throws<ArgumentException>(() => new Diagnostic(Malformed, "$", ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => Malformed with { Severity = (DiagnosticSeverity)5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Diagnostic(Malformed, "$", "m", line: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Diagnostic(Malformed, "$", "m", 1, -1));
    }

    [Fact]
    public void A_diagnostic_carries_its_descriptor_so_its_code_and_severity_cannot_disagree_with_it()
    {
        var made = DiagnosticDescriptors.NotJudgedTwice.Create("$.notJudged[1]", "Adoption performance", JudgementIds.AdoptionPerformance);

        Assert.Same(DiagnosticDescriptors.NotJudgedTwice, made.Descriptor);
        Assert.Equal((DiagnosticCodes.NotJudgedConflict, DiagnosticSeverity.Error), (made.Code, made.Severity));
        Assert.Equal("'Adoption performance' (adoption-performance) is listed as not judged more than once.", made.Message);
        Assert.Equal(DiagnosticSeverity.Warning, new Diagnostic(Likely, "$", "m").Severity);
        Assert.Throws<ArgumentNullException>(() => made with { Descriptor = null! });
    }

    [Fact]
    public void Every_message_kind_of_a_code_has_the_codes_severity_and_title()
    {
        foreach (var descriptor in DiagnosticDescriptors.Messages)
        {
            var code = DiagnosticDescriptors.Get(descriptor.Code);
            Assert.Equal((code.Severity, code.Title), (descriptor.Severity, descriptor.Title));
        }

        Assert.Equal(
            DiagnosticDescriptors.All.Where(d => string.CompareOrdinal(d.Code, "INS010") >= 0).Select(d => d.Code),
            DiagnosticDescriptors.Messages.Where(d => d.Code != DiagnosticCodes.MissingProperty).Select(d => d.Code).Distinct());
        Assert.Equal(DiagnosticDescriptors.Messages.Length, DiagnosticDescriptors.Messages.Select(d => d.MessageFormat).Distinct().Count());
    }

    [Fact]
    public void A_diagnostic_copied_with_a_null_message_is_refused_too()
    {
        var diagnostic = new Diagnostic(Missing, "$.judgements.care-leavers", "Missing.");

        Assert.Throws<ArgumentNullException>(() => diagnostic with { Message = null! });
    }

    [Fact]
    public void A_diagnostic_reads_as_severity_code_path_and_message()
    {
        var diagnostic = new Diagnostic(Malformed, "$.judgements", "Duplicate property.", 3, 17);

        Assert.Equal("error INS001 at $.judgements (line 3): Duplicate property.", diagnostic.ToString());
    }

    [Fact]
    public void A_result_is_valid_when_it_has_warnings_but_no_errors()
    {
        var warning = new Diagnostic(Likely, "$.judgements.overall-effectiveness", "Worth a look.");
        var error = new Diagnostic(Missing, "$.judgements.care-leavers", "Missing.");

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

    [Theory]
    [InlineData("sif-2013-calderdale-2015.json", true)]
    [InlineData("INS014-missing-required-judgement.json", false)]
    [InlineData("INS021-likely-rule-broken.json", false)]
    public void A_diagnostic_list_and_a_read_result_print_one_summary(string file, bool valid)
    {
        var read = Inspections.Core.Serialization.InspectionJson.Read(File.ReadAllBytes(Path.Combine(valid ? RepositoryPaths.Examples : RepositoryPaths.InvalidExamples, file)));
        Assert.NotNull(read.Inspection);

        Assert.Equal(read.ToString(), read.Diagnostics.ToString());
        Assert.Equal(read.Diagnostics.ToString(), InspectionValidator.Validate(read.Inspection).ToString());
        Assert.Matches("^(valid|invalid), [0-9]+ errors?, [0-9]+ warnings?$", read.Diagnostics.ToString());
    }

    [Fact]
    public void A_diagnostic_list_counts_errors_and_warnings_and_says_how_many_were_not_listed()
    {
        var error = Missing.Create("$.judgements", "Missing.");
        var warning = (DiagnosticDescriptors.UnusualDates with { MessageFormat = "{0}" }).Create("$.published", "Late.");

        var list = new DiagnosticList([error, warning, error], notListedCount: 4);

        Assert.Equal((3, 2, 1, 4), (list.Count, list.ErrorCount, list.WarningCount, list.NotListedCount));
        Assert.False(list.IsValid);
        Assert.True(list.Contains("INS014"));
        Assert.False(list.Contains("INS013"));
        Assert.Equal([error, warning, error], list);
        Assert.Equal("invalid, 2 errors, 1 warning (4 more problems not listed)", list.ToString());
        Assert.NotEqual(list, new DiagnosticList([error, warning, error]));
        Assert.Equal(list, new DiagnosticList([error, warning, error], 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiagnosticList([error], -1));
        Assert.Throws<ArgumentException>(() => new DiagnosticList([error, null!]));
    }

    [Fact]
    public void Every_descriptor_is_found_by_its_code_and_an_unknown_code_names_the_known_ones()
    {
        Assert.All(DiagnosticDescriptors.All, d => Assert.Same(d, DiagnosticDescriptors.Get(d.Code)));
        Assert.Equal(typeof(DiagnosticCodes).GetFields().Length, DiagnosticDescriptors.All.Length);
        var e = Assert.Throws<KeyNotFoundException>(() => DiagnosticDescriptors.Get("INS099"));
        Assert.Contains("'INS099' is not a diagnostic code", e.Message, StringComparison.Ordinal);
        Assert.Contains("INS040", e.Message, StringComparison.Ordinal);
        Assert.False(DiagnosticDescriptors.TryGet(null, out _));
        Assert.Throws<ArgumentNullException>(() => DiagnosticDescriptors.Get(null!));
    }

    [Fact]
    public void A_diagnostic_found_in_a_file_names_the_file_and_a_table_column_counts_from_one()
    {
        var d = new Diagnostic(new DiagnosticDescriptor("IMP021", DiagnosticSeverity.Error, "Not a date."), "publication_date", "Not a date.", 12) { File = "ilacs.csv", Column = 7 };

        Assert.Equal(("ilacs.csv", 7), (d.File, d.Column));
        Assert.Equal("error IMP021 at publication_date (ilacs.csv, line 12): Not a date.", d.ToString());
        Assert.Equal("File", Assert.Throws<ArgumentException>(() => d with { File = "" }).ParamName);
        Assert.Equal("Column", Assert.Throws<ArgumentOutOfRangeException>(() => d with { Column = 0 }).ParamName);
        Assert.NotEqual(d, d with { Column = 8 });
    }
}
