using System.Reflection;
using System.Text;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Validation;

/// <summary>
/// docs/validation.md's table of messages is generated from the descriptors (the reader's, ReadingProblems, and the
/// validator's, <see cref="DiagnosticDescriptors.Messages"/>): rewrite it with UPDATE_DOCS=1.
/// </summary>
public sealed class MessageTableDocTests
{
    private const string Begin = "<!-- messages: generated from the descriptors by MessageTableDocTests (UPDATE_DOCS=1) -->";
    private const string End = "<!-- end of messages -->";

    private static string DocPath => Path.Combine(RepositoryPaths.Docs, "validation.md");

    [Fact]
    public void The_docs_table_of_messages_is_the_descriptors()
    {
        GeneratedDocs.AssertSection(DocPath, Begin, End, Render());
    }

    [Fact]
    public void The_table_lists_every_code_with_its_severity_and_no_descriptor_has_the_bare_format()
    {
        string table = Render();

        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Contains($"| {descriptor.Code} | {(descriptor.Severity == DiagnosticSeverity.Error ? "error" : "warning")} | `", table, StringComparison.Ordinal);
        }

        Assert.All(ReadingDescriptors().Concat(DiagnosticDescriptors.Messages).Concat(DiagnosticDescriptors.All), d => Assert.NotEqual("{0}", d.MessageFormat));
    }

    internal static IEnumerable<DiagnosticDescriptor> ReadingDescriptors() =>
        typeof(InspectionJson).Assembly.GetType("Inspections.Core.Serialization.ReadingProblems", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .OrderBy(f => f.MetadataToken)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    private static IEnumerable<(string Name, DiagnosticDescriptor Descriptor)> Named(Type type, string prefix) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .OrderBy(f => f.MetadataToken)
            .Select(f => (prefix + f.Name, (DiagnosticDescriptor)f.GetValue(null)!));

    private static string Render()
    {
        var reading = Named(typeof(InspectionJson).Assembly.GetType("Inspections.Core.Serialization.ReadingProblems", throwOnError: true)!, "ReadingProblems.");
        var validation = Named(typeof(DiagnosticDescriptors), "DiagnosticDescriptors.")
            .Where(n => DiagnosticDescriptors.Messages.Contains(n.Descriptor) && string.CompareOrdinal(n.Descriptor.Code, "INS002") >= 0)
            .OrderBy(n => DiagnosticDescriptors.Messages.IndexOf(n.Descriptor));
        var text = new StringBuilder();
        text.Append("| code | severity | descriptor | message (`{0}`, `{1}`, ... are the values of the case) |\n|---|---|---|---|\n");
        var all = reading.Concat(validation)
            .Select((n, i) => (n, i))
            .OrderBy(p => p.n.Descriptor.Code, StringComparer.Ordinal)
            .ThenBy(p => p.i)
            .Select(p => p.n);
        foreach (var (name, descriptor) in all)
        {
            text.Append("| ").Append(descriptor.Code)
                .Append(" | ").Append(descriptor.Severity == DiagnosticSeverity.Error ? "error" : "warning")
                .Append(" | `").Append(name)
                .Append("` | ").Append(descriptor.MessageFormat.Replace("|", "\\|", StringComparison.Ordinal))
                .Append(" |\n");
        }

        return text.ToString();
    }
}
