using System.Globalization;
using Inspections.Core.Validation;

namespace Inspections.Cli.Output;

/// <summary>One diagnostic as one line of text: <c>PATH:LINE: severity CODE: message</c>, the path and message escaped.</summary>
internal static class DiagnosticText
{
    public static string Line(string path, Diagnostic diagnostic) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Printable.Escape(path)}:{diagnostic.Line ?? 1}: {Words.Of(diagnostic.Severity)} {Printable.Escape(diagnostic.Code)}: {Printable.Escape(diagnostic.Message)}");
}
