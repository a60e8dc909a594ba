using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Inspections.Core.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of README.md, docs/ and the packages' READMEs compiles, as a reader would paste it
/// into a new console project (the SDK's implicit usings, nullable enabled, nullable warnings as errors) against
/// the libraries. A block that opens with no <c>using</c> directive and no declaration continues the block before
/// it in the same file (as the prose reads: "var ri" in one block, "ri[...]" in the next); the first block of a
/// file must stand alone. Blocks are compiled, not run.
/// </summary>
public sealed partial class DocSnippetTests
{
    private static readonly string[] ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading",
        "System.Threading.Tasks",
    ];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_references = new(LoadReferences);

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in DocumentFiles())
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void The_docs_have_csharp_blocks_to_check() =>
        Assert.True(DocumentFiles().Sum(f => Blocks(File.ReadAllText(f)).Count) >= 10);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_csharp_block_compiles(string document)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, document)).ReplaceLineEndings("\n");
        var problems = new List<string>();

        foreach (var program in Programs(Blocks(text)))
        {
            problems.AddRange(Compile(program).Select(p => $"{document}:{p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_block_that_does_not_compile_is_reported_with_its_line_in_the_doc()
    {
        var blocks = Blocks("Intro\n\n```csharp\nusing Inspections.Core.Scales;\n\nvar x = GradingScales.NoSuchScale;\n```\n");
        var problems = Programs(blocks).SelectMany(Compile).ToList();

        Assert.Contains(problems, p => p.StartsWith("6: error CS0117", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_without_usings_continues_the_one_before_it()
    {
        var blocks = Blocks("```csharp\nusing Inspections.Core.Scales;\n\nvar ri = GradingScales.FourPointRequiresImprovement;\n```\n\nthen\n\n```csharp\nbool b = ri[\"good\"] > ri[\"inadequate\"];\n```\n");

        Assert.Single(Programs(blocks));
        Assert.Empty(Programs(blocks).SelectMany(Compile));
    }

    [Fact]
    public void A_possible_null_dereference_is_an_error_as_nullable_warnings_are()
    {
        var blocks = Blocks("```csharp\nusing Inspections.Core.Serialization;\n\nvar r = InspectionJson.Read(new byte[0]);\nConsole.WriteLine(r.Inspection.FrameworkId);\n```\n");

        Assert.Contains(Programs(blocks).SelectMany(Compile), p => p.Contains("CS8602", StringComparison.Ordinal));
    }

    private static IEnumerable<string> DocumentFiles() =>
        new[] { Path.Combine(RepositoryPaths.Root, "README.md") }
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Docs, "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "README.md", SearchOption.AllDirectories))
            .Where(f => Blocks(File.ReadAllText(f)).Count > 0)
            .Order(StringComparer.Ordinal);

    /// <summary>The csharp blocks of a Markdown text, each with the 1-based line in the file of its first line.</summary>
    private static List<(int Line, string Code)> Blocks(string markdown)
    {
        var blocks = new List<(int, string)>();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "```csharp")
            {
                continue;
            }

            int start = i + 1;
            int end = start;
            while (end < lines.Length && lines[end].TrimEnd() != "```")
            {
                end++;
            }

            blocks.Add((start + 1, string.Join("\n", lines[start..end])));
            i = end;
        }

        return blocks;
    }

    /// <summary>Groups blocks into programs: a block with no using directive and no declaration continues the one before.</summary>
    private static List<List<(int Line, string Code)>> Programs(List<(int Line, string Code)> blocks)
    {
        var programs = new List<List<(int, string)>>();
        foreach (var block in blocks)
        {
            string firstLine = block.Code.Split('\n').FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("//", StringComparison.Ordinal)) ?? "";
            bool standsAlone = programs.Count == 0 || StartsAProgram().IsMatch(firstLine);
            if (standsAlone)
            {
                programs.Add([block]);
            }
            else
            {
                programs[^1].Add(block);
            }
        }

        return programs;
    }

    /// <summary>
    /// Compiles one program: using directives first, then the statements and declarations of each block in order,
    /// each line mapped back to its line in the doc with #line. Returns "LINE: error CODE: message" per problem.
    /// </summary>
    private static IEnumerable<string> Compile(List<(int Line, string Code)> program)
    {
        var source = new StringBuilder();
        foreach (var ns in ImplicitUsings)
        {
            source.Append("global using global::").Append(ns).Append(";\n");
        }

        var body = new StringBuilder();
        foreach (var (line, code) in program)
        {
            var codeLines = code.Split('\n');
            for (int i = 0; i < codeLines.Length; i++)
            {
                bool isUsing = UsingDirective().IsMatch(codeLines[i]);
                (isUsing ? source : body).Append("#line ").Append(line + i).Append('\n').Append(codeLines[i]).Append('\n');
            }
        }

        source.Append(body);
        var tree = CSharpSyntaxTree.ParseText(source.ToString(), new CSharpParseOptions(LanguageVersion.Latest));
        bool topLevel = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create("DocSnippet", [tree], s_references.Value, options);

        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Id.StartsWith("CS86", StringComparison.Ordinal)))
            .Select(d => $"{d.Location.GetMappedLineSpan().StartLinePosition.Line + 1}: error {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    private static IReadOnlyList<MetadataReference> LoadReferences() => CompilationReferences.Of();

    [GeneratedRegex(@"^(using\s+[\w.]+\s*;|using\s+\w+\s*=|using\s+static\s|namespace\s|(public|internal)\s|\[)")]
    private static partial Regex StartsAProgram();

    [GeneratedRegex(@"^\s*using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>]+)?\s*;\s*$")]
    private static partial Regex UsingDirective();
}
