using System;
using Inspections.Core.Scales;
using Inspections.Core.Validation;

namespace Inspections.Cli.Output;

/// <summary>The contract's words for enum values.</summary>
internal static class Words
{
    public static string Of(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";

    public static string Of(ComparisonDirection direction) => direction switch
    {
        ComparisonDirection.Better => "better",
        ComparisonDirection.Worse => "worse",
        ComparisonDirection.Same => "same",
        _ => "not-comparable",
    };

    public static string Of(ComparisonBasis basis) => basis switch
    {
        ComparisonBasis.SameScale => "same-scale",
        ComparisonBasis.CrosswalkExact => "crosswalk-exact",
        ComparisonBasis.CrosswalkApproximate => "crosswalk-approximate",
        _ => "none",
    };

    public static string Bands(int steps) => Math.Abs(steps) == 1 ? "1 band" : $"{Math.Abs(steps)} bands";
}
